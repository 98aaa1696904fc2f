# Help for exporting an installed certificate with its key for another server (docwiz certs export).

title = Export a certificate
description = How to export a certificate of the certificate wizard's store, with its private key and chain, for another server: as a PKCS#12 (.pfx) file for Windows and IIS, or as PEM files as certbot writes them.
intro = Another server, a load balancer or a reverse proxy in front of { -product } may need the same certificate. `docwiz certs export` writes an installed certificate with its private key and its CA certificates to files that such servers import.
pfx-heading = A PKCS#12 (.pfx) file
pfx = `docwiz certs export <THUMBPRINT> --pfx <FILE>` writes a new PKCS#12 file that Windows, IIS and `openssl pkcs12` import: the certificate, its private key and its CA certificates, protected with AES-256 and a key derived with PBKDF2.
password = The file is protected with a password: from the first line of `--password-file <FILE>`, or typed twice on the terminal. An empty password is refused. The file is readable only by you (mode 0600), and an existing file is never replaced.
legacy = Windows versions older than Windows 10 version 1709 and Windows Server 2019 cannot read AES-protected files: for them, add `--legacy` (3DES with a SHA-1 MAC).
pem-heading = PEM files
pem = `docwiz certs export <THUMBPRINT> --pem <DIR>` writes four files as certbot writes them, for nginx, Apache, HAProxy and most Linux servers. The directory is created if it does not exist, and files already there are never replaced:
pem-cert = `cert.pem`: the certificate alone;
pem-chain = `chain.pem`: its intermediate CA certificates;
pem-fullchain = `fullchain.pem`: the certificate followed by its chain, what most servers expect;
pem-privkey = `privkey.pem`: the private key, not encrypted, readable only by you (mode 0600).
key-warning = An exported file holds the certificate's private key: whoever has it can act as your server. Copy it only to the servers that need it, delete the copies you no longer need, and if one was exposed, [revoke the certificate](topic:certificate-revocation). The certificate stays in the store and keeps its usages; see [assigning certificates](topic:certificate-assignment).
