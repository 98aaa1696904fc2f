# Ayuda de la página de estado que muestra el asistente una vez emitido el certificado de una solicitud en línea.

title = Solicitud de certificado (devuelta)
description = Qué muestra la página «{ -page-request-status }» cuando se emite el certificado de una solicitud en línea, y cómo finalizar la solicitud y asignar el certificado.
intro = La página **{ -page-request-status }** aparece cuando se ha creado una solicitud de certificado en línea y la entidad de certificación (CA) ha emitido el certificado. Reúne lo que necesita saber sobre el nuevo certificado antes de ponerlo en uso.
thumbprint = La página muestra la huella digital del certificado: un valor que identifica este certificado y ningún otro. Úsela para volver a encontrar el certificado, por ejemplo, cuando vaya a asignarlo más adelante o cuando compruebe qué certificado usa un servicio.
checkbox-default = La casilla **{ -checkbox-assign }** está activada de forma predeterminada. Si hace clic en **{ -button-finish }** con la casilla activada, el certificado se asigna a { -product } para los usos que eligió al crear la solicitud.
purposes-heading = Usos predeterminados
purposes-intro = A menos que eligiera otros usos al crear la solicitud, el certificado se asigna a los siguientes:
purpose-default = **{ -usage-default }**: TLS mutuo (MTLS) para las conexiones con clientes y con otros servidores.
purpose-web-internal = **{ -usage-web-internal }**: TLS para las conexiones de clientes y servidores en el sitio de servicios web internos.
purpose-web-external = **{ -usage-web-external }**: TLS para las conexiones de clientes y servidores en el sitio de servicios web externos.
finish-heading = Comprobar el certificado y finalizar
view-details = Haga clic en **{ -button-view-details }** para abrir [el certificado](topic:certificate-details#fields). Confirme que sus propiedades son las que esperaba y que está listo para usarse en el servidor.
finish = Haga clic en **{ -button-finish }** para completar la solicitud de certificado en línea. Si la casilla **{ -checkbox-assign }** está activada, el certificado se asigna al mismo tiempo.
finish-cleared = Si desactivó la casilla, la solicitud se completa igualmente, pero el certificado no se asigna: deberá asignarlo [en un paso aparte](topic:certificate-assignment).
untrusted-chain = Si el certificado raíz de la CA emisora no está en el almacén **{ -store-root }** del asistente, o si falta algún certificado de CA intermedia en el almacén **{ -store-intermediate }**, la página lo indica y no le ofrece la opción de asignar el certificado. Para completar la asignación, importe [el certificado raíz de la CA emisora](topic:trust-import#trusting-a-root) y [todos los certificados de CA intermedia](topic:trust-import#intermediates) y, a continuación, haga clic en **{ -button-assign }** en la página **{ -page-wizard-main }**.
