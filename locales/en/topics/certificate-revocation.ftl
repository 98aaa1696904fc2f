# Help for revoking a certificate at the CA that issued it (docwiz wizard revoke) and the local CA's CRL (docwiz trust crl).

title = Revoke a certificate
description = How the certificate wizard revokes a certificate at the certification authority (CA) that issued it, what happens to the usages of { -product } that it holds, and how the local CA publishes its certificate revocation list (CRL).
intro = A certificate stays valid until it expires, even when you no longer trust it. Revoking it asks the CA that issued it to declare it invalid now: clients that check revocation then refuse it. `docwiz wizard revoke <THUMBPRINT>` revokes a certificate at its CA and takes it away from the usages that hold it. A revocation cannot be undone.
when-heading = When to revoke a certificate
when = Revoke a certificate when it must not be used any more, and give the reason with `--reason` (the names of RFC 5280):
reason-key = `keyCompromise`: the private key was exposed, for example copied from a server or a backup. Request a new certificate with a new key first, then revoke the old one;
reason-superseded = `superseded`: another certificate replaces it, for example one with other names;
reason-cessation = `cessationOfOperation`: the server or the names in the certificate are no longer in use;
reason-affiliation = `affiliationChanged`: the organization or the names in the subject changed; `caCompromise` and `privilegeWithdrawn` are for the rarer cases the RFC describes.
reason-default = Without `--reason` the reason is `unspecified`. A certificate that is only about to expire does not need to be revoked: [renew it](topic:certificate-renewal) instead.
how-heading = How a certificate is revoked
how = `docwiz wizard revoke <THUMBPRINT>` asks the CA that the certificate's request went to, as the request recorded it:
ca-local = the local CA embedded in docwiz adds the certificate's serial number to its revocation list, which it publishes as a CRL (see below);
ca-acme = an ACME CA is asked with the ACME account that requested the certificate (RFC 8555, section 7.6);
ca-cfssl = a cfssl CA is asked through its revocation API; cfssl can revoke only when `cfssl serve` runs with a certificate database.
confirm = Before anything is done, the command shows the certificate, the CA and the usages that will lose it, and asks for confirmation, as when you trust a root certificate. Without a terminal, add `--yes`. If the CA cannot be reached or refuses, nothing changes.
elsewhere = A certificate that you imported, or requested offline, cannot be revoked by docwiz: only the CA that issued it can revoke it. Revoke it there, with that CA's own tools.
after-heading = After the revocation
after = Once the CA has confirmed the revocation, the certificate is recorded as revoked and every usage that held it loses it, all in one step, with one entry per usage in the assignment history. Assign another certificate to those usages, on the **{ -page-assignment }** page or with `docwiz wizard assign`, or request a new one.
refused = The revoked certificate stays installed, and the **{ -page-wizard-main }** page, `docwiz certs list`, **{ -button-view-details }** and their JSON show it as revoked, with the date and the reason. It can no longer be assigned, finished or renewed. To take it out of the store, [remove it](topic:certificate-removal).
crl-heading = The local CA's revocation list
crl = `docwiz trust crl --out <FILE>` writes the local CA's CRL to a new file (PEM; DER with `--der`), signed by its issuing CA: each revoked certificate with the date and reason of its revocation, and a next update seven days later. Give it to the servers and clients that trust the local CA, and write a new one at least every seven days: `openssl verify -crl_check -CRLfile FILE` then refuses a revoked certificate. To replace the file each time, add `--force` (the new CRL is written beside it and renamed over it, so a server never reads half a file), for example from cron: `0 4 * * 1 /usr/local/bin/docwiz trust crl --out /etc/ssl/local-ca.crl --force --store /root/.local/share/docwiz`.
