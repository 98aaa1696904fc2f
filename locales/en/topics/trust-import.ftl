# Help for importing CA certificates into docwiz's trust stores.

title = Trust a certification authority
description = The two trust stores of the certificate wizard, why trusting a root certificate needs your confirmation, and how to import root and intermediate CA certificates.
intro = A certificate is trusted only if its chain leads to a root certificate that you chose to trust. docwiz keeps its own trust stores for this; what a CA sends along with a certificate never makes itself trusted.
stores-heading = The two stores
root-store = **{ -store-root }** holds the root certificates you trust. Only self-signed CA certificates go here (`docwiz trust import-root <FILE>`).
intermediate-store = **{ -store-intermediate }** holds the CA certificates between a root and the certificates it issues. Only CA certificates that are not self-signed go here (`docwiz trust import-intermediate <FILE>`).
root-heading = Trusting a root
root-why = Trusting a root is a serious step: every certificate that the root or its intermediates issue, for any name, becomes trusted. Someone who slips you a root of their own can then pass their certificates off as yours.
root-confirm = That is why the wizard shows the subject and the thumbprint of each root and asks before it imports anything. Without a terminal to ask on, it refuses unless you add `--yes`.
root-check = Before you answer, compare the thumbprint with one you obtained another way, for example from the administrator of the CA. If they differ, do not trust the root.
intermediate-heading = Intermediate CA certificates
intermediate = Intermediate CA certificates are imported without a question: they are trusted only through a root you already trust.
files = Both commands read PEM files, with one or several certificates, and DER files. [The status page of a request](topic:certificate-request-returned) names the exact file to import for each missing certificate.
warning = If one certificate in a file does not belong in the store you chose, for example a server certificate offered as a root, nothing from the file is imported.
