# Ayuda para quitar del almacén un certificado instalado (docwiz certs remove).

title = Quitar un certificado
description = Cómo quitar un certificado y su clave privada del almacén del asistente para certificados cuando ya ningún uso de { -product } lo tiene asignado, y qué se conserva.
intro = Los certificados instalados permanecen en el almacén después de reemplazarse, renovarse o revocarse. `docwiz certs remove <HUELLA_DIGITAL>` quita un certificado que ya no necesita, junto con su clave privada.
how-heading = Quitar un certificado
how = Busque la huella digital del certificado con `docwiz certs list` (o en **{ -button-view-details }**) y ejecute `docwiz certs remove <HUELLA_DIGITAL>`. Los archivos del certificado y su clave privada se eliminan del almacén en un solo paso, y la eliminación se anota en el historial de asignaciones.
in-use = Un certificado asignado a un uso nunca se quita: el comando se niega y nombra los usos. [Asigne primero otro certificado](topic:certificate-assignment) a esos usos, en la página **{ -page-assignment }** o con `docwiz wizard assign`.
kept-heading = Qué se conserva al quitarlo
kept = La solicitud que produjo el certificado conserva su registro y el certificado, y su página de estado indica que el certificado se quitó; su copia de la clave privada se elimina en el mismo paso, de modo que no queda ninguna copia de la clave en el almacén. Lo que `docwiz wizard renew` registró sobre el certificado y su registro de revocación se eliminan con él. Si aún necesita el certificado en otro lugar, [expórtelo con su clave](topic:certificate-export) antes de quitarlo.
revoke-first = Quitar un certificado no lo revoca: sigue siendo válido hasta que expira para cualquiera que tenga una copia de él y de su clave. Si su clave pudo quedar expuesta, [revóquelo](topic:certificate-revocation) primero.
