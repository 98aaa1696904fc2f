# Help for the Import Certificate page.

title = Import a certificate
description = How to bring a certificate that was issued outside the online wizard into the server's certificate store.
intro = On the **{ -page-import }** page you bring in a certificate that did not arrive through an online request, so that the wizard can check it and assign it like any other.
what-heading = What you can import
what-answer = The answer of a CA to a request that you prepared earlier and sent yourself. The certificate must match the private key that the wizard kept for that request; the request is then complete (`docwiz wizard import-response --request <REQUEST> <FILE>`).
what-existing = A certificate that was issued elsewhere, together with its private key, for example in a password-protected PFX file (`docwiz wizard import <FILE> --key <KEY>`, or `docwiz wizard import <FILE>.pfx --password-file <FILE>`).
checks-heading = What the wizard checks
checks = The wizard reads the file, makes sure it holds a certificate, and checks that the certificate's public key belongs to the private key. If anything does not match, it imports nothing and tells you why.
after = After the import the certificate is listed on the **{ -page-wizard-main }** page with the certificates that are not assigned yet. Click **{ -button-assign }** [to assign it](topic:certificate-assignment); the same checks as for a requested certificate apply.
key-protection = A private key gives whoever holds it the identity of the server. Keep PFX files and their passwords out of shared folders, and delete copies you no longer need once the import has succeeded.
