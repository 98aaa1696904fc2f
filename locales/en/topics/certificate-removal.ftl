# Help for removing an installed certificate from the store (docwiz certs remove).

title = Remove a certificate
description = How to remove a certificate and its private key from the certificate wizard's store when no usage of { -product } holds it any more, and what stays behind.
intro = Installed certificates stay in the store after they have been replaced, renewed or revoked. `docwiz certs remove <THUMBPRINT>` removes a certificate that you no longer need, with its private key.
how-heading = Removing a certificate
how = Find the certificate's thumbprint with `docwiz certs list` (or on **{ -button-view-details }**), then run `docwiz certs remove <THUMBPRINT>`. The certificate's files and its private key are deleted from the store in one step, and the removal is written to the assignment history.
in-use = A certificate that a usage holds is never removed: the command refuses and names the usages. [Assign another certificate](topic:certificate-assignment) to them first, on the **{ -page-assignment }** page or with `docwiz wizard assign`.
kept-heading = What removal keeps
kept = The request that produced the certificate keeps its record and the certificate, and its status page says that the certificate was removed; its copy of the private key is deleted in the same step, so no copy of the key stays in the store. What `docwiz wizard renew` recorded about the certificate and its revocation record are deleted with it. If you still need the certificate elsewhere, [export it with its key](topic:certificate-export) before you remove it.
revoke-first = Removing a certificate does not revoke it: it stays valid until it expires for anyone who has a copy of it and its key. If its key may have been exposed, [revoke it](topic:certificate-revocation) first.
