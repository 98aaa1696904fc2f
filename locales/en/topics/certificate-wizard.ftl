# Help for the main page of the certificate wizard.

title = Certificate Wizard
description = The main page of the certificate wizard: each certificate usage of { -product } with the certificate assigned to it, open requests, and what you can do next.
intro = The **{ -page-wizard-main }** page is where certificate work on the server starts and ends. It shows which certificate each usage has now, which requests are still open, and which issued certificates are not assigned yet. In docwiz, `docwiz wizard` opens this page.
usages-heading = Certificate usages
usages-intro = { -product } uses certificates for three purposes. Each one can have its own certificate, or one certificate can serve all of them:
item-default = **{ -usage-default }**: mutual TLS (MTLS) between the server, its clients and the other servers. The certificate needs both server and client authentication.
item-web-internal = **{ -usage-web-internal }**: TLS for the web services that clients reach inside the network. Server authentication is enough.
item-web-external = **{ -usage-web-external }**: TLS for the web services published outside the network. Server authentication is enough.
usages-expiry = For each usage the page shows the thumbprint and subject of the assigned certificate, when it expires and how many days are left. Renew a certificate well before it expires: a usage without a valid certificate stops working.
actions-heading = What you can do from this page
action-request = **{ -button-request }** starts a new certificate request: you choose the CA, the names and the key, and the wizard creates the key and the request (`docwiz wizard request`).
action-assign = **{ -button-assign }** assigns an issued certificate to one or more usages (`docwiz wizard assign`). The wizard first checks the certificate chain, the validity period, the enhanced key usage, the names and the private key, and assigns nothing if a check fails.
action-details = **{ -button-view-details }** shows every property of a certificate, including both thumbprints (`docwiz wizard details`).
action-import = **{ -button-import }** adds a certificate that was obtained outside the wizard, together with its private key, or the CA's answer to a request that you prepared for sending later (an offline request).
action-pending = A request whose certificate has not come back yet stays open; its status page tells you what it is waiting for (`docwiz wizard status`).
trust-note = A certificate can be assigned only when the root certificate of its CA is in **{ -store-root }** and every intermediate CA certificate is in **{ -store-intermediate }**. The page lists the import commands while something is missing.
