# Ayuda para revocar un certificado en la CA que lo emitió (docwiz wizard revoke) y para la CRL de la CA local (docwiz trust crl).

title = Revocar un certificado
description = Cómo revoca el asistente para certificados un certificado en la entidad de certificación (CA) que lo emitió, qué ocurre con los usos de { -product } que lo tienen asignado y cómo publica la CA local su lista de revocación de certificados (CRL).
intro = Un certificado sigue siendo válido hasta que expira, aunque usted ya no confíe en él. Revocarlo es pedir a la CA que lo emitió que lo declare no válido desde ahora: los clientes que comprueban la revocación lo rechazan entonces. `docwiz wizard revoke <HUELLA_DIGITAL>` revoca un certificado en su CA y lo retira de los usos que lo tienen asignado. Una revocación no se puede deshacer.
when-heading = Cuándo revocar un certificado
when = Revoque un certificado cuando ya no se deba usar e indique el motivo con `--reason` (los nombres de la RFC 5280):
reason-key = `keyCompromise`: la clave privada quedó expuesta, por ejemplo copiada de un servidor o de una copia de seguridad. Solicite primero un certificado nuevo con una clave nueva y después revoque el anterior;
reason-superseded = `superseded`: otro certificado lo reemplaza, por ejemplo uno con otros nombres;
reason-cessation = `cessationOfOperation`: el servidor o los nombres del certificado ya no se usan;
reason-affiliation = `affiliationChanged`: cambiaron la organización o los nombres del asunto; `caCompromise` y `privilegeWithdrawn` corresponden a los casos menos frecuentes que describe la RFC.
reason-default = Sin `--reason`, el motivo es `unspecified`. Un certificado que solo está a punto de expirar no necesita revocarse: [renuévelo](topic:certificate-renewal) en su lugar.
how-heading = Cómo se revoca un certificado
how = `docwiz wizard revoke <HUELLA_DIGITAL>` se dirige a la CA a la que fue la solicitud del certificado, tal como la solicitud la registró:
ca-local = la CA local integrada en docwiz agrega el número de serie del certificado a su lista de revocación, que publica como CRL (véase más abajo);
ca-acme = a una CA ACME se le pide con la cuenta ACME que solicitó el certificado (RFC 8555, sección 7.6);
ca-cfssl = a una CA cfssl se le pide mediante su API de revocación; cfssl solo puede revocar si `cfssl serve` se ejecuta con una base de datos de certificados.
confirm = Antes de hacer nada, el comando muestra el certificado, la CA y los usos que lo perderán, y pide confirmación, como cuando confía en un certificado raíz. Sin terminal, agregue `--yes`. Si no se puede contactar con la CA o esta se niega, no cambia nada.
elsewhere = docwiz no puede revocar un certificado que usted importó o solicitó sin conexión: solo la CA que lo emitió puede revocarlo. Revóquelo allí, con las herramientas de esa CA.
after-heading = Después de la revocación
after = Una vez que la CA confirma la revocación, el certificado queda registrado como revocado y cada uso que lo tenía asignado lo pierde, todo en un solo paso y con una entrada por uso en el historial de asignaciones. Asigne otro certificado a esos usos, en la página **{ -page-assignment }** o con `docwiz wizard assign`, o solicite uno nuevo.
refused = El certificado revocado sigue instalado, y la página **{ -page-wizard-main }**, `docwiz certs list`, **{ -button-view-details }** y su JSON lo muestran como revocado, con la fecha y el motivo. Ya no se puede asignar, finalizar ni renovar. Para sacarlo del almacén, [quítelo](topic:certificate-removal).
crl-heading = La lista de revocación de la CA local
crl = `docwiz trust crl --out <ARCHIVO>` escribe la CRL de la CA local en un archivo nuevo (PEM; DER con `--der`), firmada por su CA emisora: cada certificado revocado con la fecha y el motivo de su revocación, y una próxima actualización siete días después. Entréguela a los servidores y clientes que confían en la CA local, y escriba una nueva al menos cada siete días: `openssl verify -crl_check -CRLfile ARCHIVO` rechaza entonces un certificado revocado. Para reemplazar el archivo cada vez, añada `--force` (la CRL nueva se escribe al lado y se renombra encima, así que un servidor nunca lee un archivo a medias), por ejemplo desde cron: `0 4 * * 1 /usr/local/bin/docwiz trust crl --out /etc/ssl/local-ca.crl --force --store /root/.local/share/docwiz`.
