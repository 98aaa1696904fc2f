# Help for the status page that the wizard shows once the certificate for an online request is issued.

title = Certificate Request (Returned)
description = What the { -page-request-status } page shows once the certificate for an online request is issued, and how to finish the request and assign the certificate.
intro = The **{ -page-request-status }** page appears when an online certificate request has been created and the certification authority (CA) has issued the certificate. It gathers what you need to know about the new certificate before it is put to use.
thumbprint = The page shows the certificate's thumbprint: a value that identifies this certificate and no other. Use it to find the certificate again, for example when you assign it later or check which certificate a service uses.
checkbox-default = The check box **{ -checkbox-assign }** is selected by default. When you click **{ -button-finish }** with the check box selected, the certificate is assigned to { -product } for the usages you chose while you created the request.
purposes-heading = Default usages
purposes-intro = Unless you chose other usages when you created the request, the certificate is assigned to these:
purpose-default = **{ -usage-default }**: mutual TLS (MTLS) for connections to clients and to other servers.
purpose-web-internal = **{ -usage-web-internal }**: TLS for client and server connections on the internal web services site.
purpose-web-external = **{ -usage-web-external }**: TLS for client and server connections on the external web services site.
finish-heading = Check the certificate and finish
view-details = Click **{ -button-view-details }** to open [the certificate](topic:certificate-details#fields). Confirm that its properties are what you intended and that it is ready to be used on the server.
finish = Click **{ -button-finish }** to complete the online certificate request. If the check box **{ -checkbox-assign }** is selected, the certificate is assigned at the same time.
finish-cleared = If you cleared the check box, the request is still completed, but the certificate is not assigned: you [assign it in a separate step](topic:certificate-assignment).
untrusted-chain = If the root certificate of the issuing CA is not in the wizard's **{ -store-root }** store, or an intermediate CA certificate is not in the **{ -store-intermediate }** store, the page reports it and gives you no option to assign the certificate. To complete the assignment, import [the issuing CA's root certificate](topic:trust-import#trusting-a-root) and [every intermediate CA certificate](topic:trust-import#intermediates), then click **{ -button-assign }** on the **{ -page-wizard-main }** page.
