# Ayuda para asignar un certificado a usos, después de una solicitud o desde la lista de certificados.

title = Asignar un certificado
description = Cómo asigna el asistente para certificados un certificado a los usos de { -product }, qué comprueba antes y qué cambia en el servidor.
intro = Asignar un certificado indica a { -product } que lo utilice para uno o varios usos. La asignación se produce cuando hace clic en **{ -button-finish }** con la casilla **{ -checkbox-assign }** activada, o más adelante desde la página **{ -page-assignment }**, donde elige un certificado instalado en la lista y hace clic en **{ -button-assign }** (`docwiz wizard assign --thumbprint <HUELLA_DIGITAL>`).
checks-heading = Qué comprueba el asistente
checks-intro = Antes de asignar nada, el asistente comprueba para cada uso que:
check-chain = la cadena de certificados es de confianza: el certificado de la CA raíz está en el almacén **{ -store-root }** y todos los certificados de CA intermedia están en el almacén **{ -store-intermediate }**;
check-validity = el certificado es válido en la fecha actual;
check-eku = su uso mejorado de clave permite el uso en cuestión: autenticación del servidor para los servicios web, y autenticación del servidor y del cliente para **{ -usage-default }**;
check-names = uno de sus nombres alternativos del sujeto abarca el FQDN del servidor;
check-key = su clave privada está en el servidor y corresponde al certificado.
all-or-nothing = Basta con que falle una sola comprobación para un solo uso para que no se asigne nada; en ese caso, el asistente enumera todos los motivos. Corrija lo que se indica y vuelva a realizar la asignación.
switch-heading = Qué cambia
switch = Cada uso pasa al nuevo certificado en un solo paso, de modo que ningún servicio llega a ver un cambio a medias. El certificado que ese uso tenía asignado hasta entonces sigue instalado: puede volver a él en cualquier momento.
history = Cada asignación queda registrada con su fecha y hora, el uso y las huellas digitales del certificado anterior y del nuevo.
hook = Si especifica un comando de implementación (`--deploy-hook`), el asistente lo ejecuta después del cambio y le pasa en su entorno los usos, la huella digital y la carpeta del certificado, por ejemplo para volver a cargar un servidor web.
untrusted = Mientras la cadena de un certificado no sea de confianza, el asistente no ofrece ninguna asignación. [Importe primero los certificados de CA que faltan](topic:trust-import); la página de estado indica cada uno de ellos junto con el comando que lo importa.
renewal = Los certificados expiran: el asistente puede [renovar los certificados asignados](topic:certificate-renewal) cuando les toca, y el nuevo certificado asume entonces los usos del anterior.
later = Un certificado también se puede [exportar](topic:certificate-export) con su clave para otro servidor. El que ya no necesita ningún uso se puede [quitar](topic:certificate-removal), y el que ya no se debe usar, [revocar](topic:certificate-revocation) en su CA.
