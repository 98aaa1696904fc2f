# Ayuda para renovar los certificados asignados antes de que caduquen (docwiz wizard renew).

title = Renovar certificados
description = Cómo renueva el asistente para certificados los certificados asignados a los usos de { -product } antes de que caduquen, cuándo le toca renovarse a un certificado y qué ocurre si una renovación falla.
intro = Todos los certificados expiran, y las CA emiten certificados por periodos cada vez más cortos. `docwiz wizard renew` renueva cada certificado asignado a un uso cuando le toca: vuelve a enviar la misma solicitud y pone el nuevo certificado en lugar del anterior, sin que tenga que pasar de nuevo por las páginas **{ -page-request-status }** y **{ -page-assignment }**.
due-heading = Cuándo le toca renovarse a un certificado
due-intro = Un certificado se renueva a partir del primero de estos momentos:
due-lifetime = cuando le queda menos de un tercio de su periodo de validez, y como mucho 30 días antes de expirar (un certificado válido 90 días se renueva 30 días antes; uno válido 6 días, 2 días antes);
due-days = con `--days <N>`, cuando quedan menos de N días, en lugar del tercio;
due-ari = para un certificado de una CA ACME que publica información de renovación (RFC 9773), cuando se abre la ventana de renovación que sugiere la CA, por ejemplo antes de tiempo porque va a revocar el certificado.
due-pages = La página **{ -page-wizard-main }**, la página de estado y `docwiz certs list` muestran cuántos días le quedan a cada certificado y avisan de un certificado asignado al que le toca renovarse, con el comando que lo renueva.
how-heading = Qué hace una renovación
how = Una renovación repite la solicitud que produjo el certificado: los mismos nombres y nombres alternativos del sujeto, tipo de clave, usos, CA y opciones de la CA. Después, el nuevo certificado pasa [las mismas comprobaciones que una asignación](topic:certificate-assignment#checks): su cadena debe ser de confianza, con la raíz en **{ -store-root }** y los certificados de CA intermedia en **{ -store-intermediate }**.
key = Cada renovación crea una clave privada nueva. Con `--reuse-key`, el certificado conserva su clave, por ejemplo cuando la clave está anclada en otro lugar.
takeover = El nuevo certificado asume exactamente los usos que tiene el anterior, en un solo paso y con una entrada por uso en el historial de asignaciones, igual que al hacer clic en **{ -button-assign }**. El certificado anterior sigue instalado: puede volver a asignarlo o [quitarlo](topic:certificate-removal) con `docwiz certs remove <HUELLA_DIGITAL>`.
hook = Un comando de implementación (`--deploy-hook`) se ejecuta una vez por certificado renovado, después del cambio. Además de las variables que define una asignación, DOCWIZ_OLD_THUMBPRINT indica el certificado sustituido.
failure-heading = Cuando una renovación falla
failure = Si la CA rechaza la solicitud, no responde o emite un certificado cuya cadena no es de confianza, el certificado anterior conserva sus usos. El error queda registrado con su motivo: la página **{ -page-wizard-main }**, la página de estado y `docwiz certs list` lo muestran hasta que una renovación tiene éxito, y el comando termina con el código 1. Corrija lo que indica el motivo y vuelva a ejecutar el comando.
imported = Solo se pueden renovar así los certificados que el asistente solicitó en línea a una CA. Un certificado importado, o solicitado sin conexión, debe renovarse donde se emitió; después, importe el nuevo certificado y asígnelo.
timer-heading = Renovar de forma programada
timer = Ejecute `docwiz wizard renew` cada día desde un temporizador de systemd o desde cron. Si no hay nada que renovar, escribe una sola línea y termina con el código 0, así que la programación no genera ruido; el código 1 indica que una renovación falló.
