# Ayuda de la página Importar certificado.

title = Importar un certificado
description = Cómo incorporar al almacén de certificados del servidor un certificado emitido fuera del asistente en línea.
intro = En la página **{ -page-import }** se incorpora un certificado que no llegó mediante una solicitud en línea, para que el asistente pueda comprobarlo y asignarlo como cualquier otro.
what-heading = Qué se puede importar
what-answer = La respuesta de una CA a una solicitud que usted preparó antes y envió por su cuenta. El certificado debe corresponder a la clave privada que el asistente conservó para esa solicitud; con ello, la solicitud queda completada (`docwiz wizard import-response --request <SOLICITUD> <ARCHIVO>`).
what-existing = Un certificado emitido en otro lugar, junto con su clave privada, por ejemplo en un archivo PFX protegido con contraseña (`docwiz wizard import <ARCHIVO> --key <CLAVE>`, o `docwiz wizard import <ARCHIVO>.pfx --password-file <ARCHIVO>`).
checks-heading = Qué comprueba el asistente
checks = El asistente lee el archivo, se asegura de que contiene un certificado y comprueba que la clave pública del certificado corresponde a la clave privada. Si algo no coincide, no importa nada y le indica el motivo.
after = Después de la importación, el certificado aparece en la página **{ -page-wizard-main }** junto con los certificados que aún no están asignados. Haga clic en **{ -button-assign }** [para asignarlo](topic:certificate-assignment); se aplican las mismas comprobaciones que a un certificado solicitado.
key-protection = Quien tiene una clave privada puede hacerse pasar por el servidor. No deje los archivos PFX ni sus contraseñas en carpetas compartidas y, una vez que la importación se haya realizado correctamente, elimine las copias que ya no necesite.
