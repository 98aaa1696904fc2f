# Ayuda de la página principal del asistente para certificados.

title = Asistente para certificados
description = La página principal del asistente para certificados: cada uso de certificado de { -product } con el certificado que tiene asignado, las solicitudes pendientes y lo que puede hacer a continuación.
intro = Todo el trabajo con certificados en el servidor empieza y termina en la página **{ -page-wizard-main }**. Muestra qué certificado tiene ahora cada uso, qué solicitudes siguen pendientes y qué certificados emitidos aún no se han asignado. En docwiz, `docwiz wizard` abre esta página.
usages-heading = Usos de certificado
usages-intro = { -product } usa certificados para tres fines. Cada uno puede tener su propio certificado, o bien un mismo certificado puede servir para todos:
item-default = **{ -usage-default }**: TLS mutuo (MTLS) entre el servidor, sus clientes y los demás servidores. El certificado necesita tanto la autenticación del servidor como la del cliente.
item-web-internal = **{ -usage-web-internal }**: TLS para los servicios web a los que los clientes acceden desde dentro de la red. Basta con la autenticación del servidor.
item-web-external = **{ -usage-web-external }**: TLS para los servicios web publicados fuera de la red. Basta con la autenticación del servidor.
usages-expiry = Para cada uso, la página muestra la huella digital y el asunto del certificado asignado, cuándo expira y cuántos días le quedan. Renueve los certificados con suficiente antelación: un uso que se queda sin un certificado válido deja de funcionar.
actions-heading = Qué puede hacer desde esta página
action-request = **{ -button-request }** inicia una nueva solicitud de certificado: usted elige la CA, los nombres y la clave, y el asistente crea la clave y la solicitud (`docwiz wizard request`).
action-assign = **{ -button-assign }** asigna un certificado emitido a uno o varios usos (`docwiz wizard assign`). Antes, el asistente comprueba la cadena de certificados, el período de validez, el uso mejorado de clave, los nombres y la clave privada, y no asigna nada si falla alguna comprobación.
action-details = **{ -button-view-details }** muestra todas las propiedades de un certificado, incluidas sus dos huellas digitales (`docwiz wizard details`).
action-import = **{ -button-import }** agrega un certificado obtenido fuera del asistente, junto con su clave privada, o la respuesta de una CA a una solicitud preparada para enviarse más tarde (solicitud sin conexión).
action-pending = Una solicitud cuyo certificado aún no ha llegado sigue pendiente; su página de estado indica qué está esperando (`docwiz wizard status`).
trust-note = Solo se puede asignar un certificado si el certificado raíz de su CA está en el almacén **{ -store-root }** y todos los certificados de CA intermedia están en el almacén **{ -store-intermediate }**. Mientras falte alguno, la página muestra los comandos para importarlo.
