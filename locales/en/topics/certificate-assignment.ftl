# Help for assigning a certificate to usages, after a request or from the list of certificates.

title = Assign a certificate
description = How the certificate wizard assigns a certificate to the usages of { -product }, what it checks first, and what changes on the server.
intro = Assigning a certificate tells { -product } to use it for one or more usages. It happens when you click **{ -button-finish }** with the check box **{ -checkbox-assign }** selected, or later from the **{ -page-assignment }** page, where you pick an installed certificate from the list and click **{ -button-assign }** (`docwiz wizard assign --thumbprint <THUMBPRINT>`).
checks-heading = What the wizard checks
checks-intro = Before it assigns anything, the wizard checks for each usage that:
check-chain = the certificate chain is trusted: the root CA certificate is in **{ -store-root }** and every intermediate CA certificate is in **{ -store-intermediate }**;
check-validity = the certificate is valid today;
check-eku = its enhanced key usage allows the usage: server authentication for the web services, and server plus client authentication for **{ -usage-default }**;
check-names = one of its subject alternative names covers the FQDN of the server;
check-key = its private key is on the server and belongs to the certificate.
all-or-nothing = If a single check fails for a single usage, nothing is assigned, and the wizard lists every reason. Fix what it names and assign again.
switch-heading = What changes
switch = Each usage switches to the new certificate in one step, so a service never sees half a change. The certificate that the usage had before stays installed: you can switch back to it at any time.
history = Every assignment is recorded with its time, the usage, and the thumbprints of the old and the new certificate.
hook = If you give a deploy hook (`--deploy-hook`), the wizard runs it after the switch, with the usages, the thumbprint and the certificate folder in its environment, for example to reload a web server.
untrusted = While the chain of a certificate is not trusted, the wizard offers no assignment. [Import the missing CA certificates](topic:trust-import) first; the status page names each of them with the command that imports it.
renewal = Certificates expire: the wizard can [renew the assigned certificates](topic:certificate-renewal) when they are due, and the new certificate then takes over the usages of the old one.
later = A certificate can also be [exported](topic:certificate-export) for another server with its key. One that no usage needs any more can be [removed](topic:certificate-removal), and one that must not be used any more, [revoked](topic:certificate-revocation) at its CA.
