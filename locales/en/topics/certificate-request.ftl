# Help for the pages that prepare a certificate request.

title = Request a certificate
description = The pages of the certificate wizard that prepare a request: when it is sent, to which CA, the names on the certificate and its key.
intro = A certificate request goes through a few pages before a CA sees it. On each one you decide part of what the certificate will say; the wizard then creates the private key on the server and a certificate signing request (CSR) that carries the public key and the names. In docwiz all of it is one command, `docwiz wizard request`, whose options match these pages.
timing-heading = Send the request now or later
timing-intro = The **{ -page-request-timing }** page asks when the request goes to the CA:
timing-now = **{ -option-send-now }**: the wizard submits the request and, when the CA answers at once, shows the **{ -page-request-status }** page with the new certificate.
timing-later = **{ -option-send-later }**: the wizard writes the request to a file. You take it to the CA yourself and import the CA's answer once it arrives; until then the request stays open (`--offline <CSR_FILE>`).
ca-heading = Choose the certification authority
ca-intro = On the **{ -page-request-ca }** page you pick the CA that signs the certificate. docwiz has its own CA, created in the store the first time you use it (`--ca local`, the default).
ca-others = The request can also go to an ACME certification authority (`--ca acme --acme-directory <URL>`) or to a cfssl server (`--ca cfssl --cfssl-url <URL>`). Public ACME CAs no longer issue certificates with client authentication, so such a certificate cannot serve **{ -usage-default }**.
ca-trust = Whatever CA you choose, [its root certificate must be trusted](topic:trust-import#trusting-a-root) before the certificate can be assigned. The first request to a CA you have never used usually ends with a chain that is not trusted yet.
basics-heading = Name, key and security settings
basics-name = On the **{ -page-request-basics }** page you give the fully qualified domain name (FQDN) of the server (`--fqdn`). It becomes the subject of the certificate and its first subject alternative name.
basics-key = Choose the key type (`--key <KEY_TYPE>`): RSA with 2048 bits is the default and works everywhere; RSA 3072 or 4096 and ECDSA P-256 or P-384 are also available. The private key never leaves the server.
basics-usages = The usages you choose here (`--usage`) decide the enhanced key usage of the certificate: server authentication always, and client authentication only for **{ -usage-default }**, which needs mutual TLS.
sans-heading = Subject alternative names
sans-intro = On the **{ -page-request-sans }** page you add every other name under which clients reach the server, such as the names of the web services (`--san`, once for each name).
sans-rules = Clients check these names, not the subject. A name must be a valid DNS name; the wizard writes it in lowercase and leaves out duplicates. A wildcard is allowed only as the leftmost label (`*.example.com`).
key-safety = The private key is written to the store, readable only by its owner, before the request leaves the server. Once a CA has issued a certificate for it, docwiz never deletes that key.
next-page = When the CA has answered, the wizard shows the **{ -page-request-status }** page with the thumbprint of the new certificate.
