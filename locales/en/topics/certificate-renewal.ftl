# Help for renewing assigned certificates before they expire (docwiz wizard renew).

title = Renew certificates
description = How the certificate wizard renews the certificates assigned to the usages of { -product } before they expire, when a certificate is due, and what happens when a renewal fails.
intro = Every certificate expires, and CAs issue certificates for ever shorter periods. `docwiz wizard renew` renews each certificate assigned to a usage when it is due: it sends the same request again and puts the new certificate in place of the old one, without you going through **{ -page-request-status }** and **{ -page-assignment }** again.
due-heading = When a certificate is due
due-intro = A certificate is renewed from the first of these moments:
due-lifetime = when less than a third of its lifetime is left, and at most 30 days before it expires (a certificate valid for 90 days is renewed 30 days before, one valid for 6 days 2 days before);
due-days = with `--days <N>`, when fewer than N days are left, instead of the third;
due-ari = for a certificate from an ACME CA that publishes renewal information (RFC 9773), when the renewal window the CA suggests opens, for example earlier because it will revoke the certificate.
due-pages = The **{ -page-wizard-main }** page, the status page and `docwiz certs list` show how many days each certificate has left, and warn about an assigned certificate that is due, with the command that renews it.
how-heading = What a renewal does
how = A renewal repeats the request that produced the certificate: the same names and subject alternative names, key type, usages, CA and CA options. The new certificate then goes through [the same checks as an assignment](topic:certificate-assignment#checks): its chain must be trusted, with its root in **{ -store-root }** and its intermediate CA certificates in **{ -store-intermediate }**.
key = Each renewal creates a new private key. With `--reuse-key` the certificate keeps its key, for example when a key is pinned elsewhere.
takeover = The new certificate takes over exactly the usages the old one holds, all in one step and one entry per usage in the assignment history, as when you click **{ -button-assign }**. The old certificate stays installed: you can assign it again or [remove it](topic:certificate-removal) with `docwiz certs remove <THUMBPRINT>`.
hook = A deploy hook (`--deploy-hook`) runs once per renewed certificate, after the switch. Besides the variables an assignment sets, DOCWIZ_OLD_THUMBPRINT names the certificate replaced.
failure-heading = When a renewal fails
failure = When the CA refuses the request, cannot be reached, or issues a certificate whose chain is not trusted, the old certificate keeps its usages. The failure is recorded with its reason: the **{ -page-wizard-main }** page, the status page and `docwiz certs list` show it until a renewal succeeds, and the command exits with code 1. Fix what the reason names and run the command again.
imported = Only certificates that the wizard requested online from a CA can be renewed this way. An imported certificate, or one requested offline, must be renewed where it was issued; then import the new certificate and assign it.
timer-heading = Renewing on a schedule
timer = Run `docwiz wizard renew` every day from a systemd timer or from cron. When nothing is due it prints one line and exits with code 0, so the schedule stays quiet; code 1 means that a renewal failed.
