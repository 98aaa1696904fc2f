# Ayuda de las páginas que preparan una solicitud de certificado.

title = Solicitar un certificado
description = Las páginas del asistente para certificados que preparan una solicitud: cuándo se envía, a qué CA, los nombres que figurarán en el certificado y su clave.
intro = Una solicitud de certificado pasa por varias páginas antes de llegar a una CA. En cada una, usted decide parte de lo que dirá el certificado; después, el asistente crea en el servidor la clave privada y una solicitud de firma de certificado (CSR) que contiene la clave pública y los nombres. En docwiz todo esto se hace con un único comando, `docwiz wizard request`, cuyas opciones corresponden a estas páginas.
timing-heading = Enviar la solicitud ahora o más tarde
timing-intro = La página **{ -page-request-timing }** pregunta cuándo se envía la solicitud a la CA:
timing-now = **{ -option-send-now }**: el asistente envía la solicitud y, si la CA responde en el momento, muestra la página **{ -page-request-status }** con el nuevo certificado.
timing-later = **{ -option-send-later }**: el asistente guarda la solicitud en un archivo. Usted mismo la hace llegar a la CA e importa su respuesta cuando la reciba; hasta entonces, la solicitud queda pendiente (`--offline <ARCHIVO_CSR>`).
ca-heading = Elegir la entidad de certificación
ca-intro = En la página **{ -page-request-ca }** se elige la CA que firma el certificado. docwiz tiene su propia CA, que se crea en el almacén la primera vez que se usa (`--ca local`, el valor predeterminado).
ca-others = La solicitud también puede enviarse a una entidad de certificación ACME (`--ca acme --acme-directory <URL>`) o a un servidor cfssl (`--ca cfssl --cfssl-url <URL>`). Las CA ACME públicas ya no emiten certificados con autenticación del cliente, por lo que un certificado así no sirve para el uso **{ -usage-default }**.
ca-trust = Sea cual sea la CA elegida, [su certificado raíz debe ser de confianza](topic:trust-import#trusting-a-root) antes de que se pueda asignar el certificado. La primera solicitud a una CA que no haya usado nunca suele terminar con una cadena que todavía no es de confianza.
basics-heading = Nombre, clave y configuración de seguridad
basics-name = En la página **{ -page-request-basics }** se indica el nombre de dominio completo (FQDN) del servidor (`--fqdn`). Este nombre pasa a ser el asunto del certificado y su primer nombre alternativo del sujeto.
basics-key = Elija el tipo de clave (`--key <TIPO_DE_CLAVE>`): RSA de 2048 bits es el valor predeterminado y funciona en todas partes; también están disponibles RSA de 3072 o 4096 bits y ECDSA P-256 o P-384. La clave privada nunca sale del servidor.
basics-usages = Los usos que elija aquí (`--usage`) determinan el uso mejorado de clave del certificado: siempre la autenticación del servidor, y la autenticación del cliente solo para **{ -usage-default }**, que requiere TLS mutuo.
sans-heading = Nombres alternativos del sujeto
sans-intro = En la página **{ -page-request-sans }** se agregan todos los demás nombres con los que los clientes acceden al servidor, como los nombres de los servicios web (`--san`, una vez por cada nombre).
sans-rules = Los clientes comprueban estos nombres, no el asunto. Cada nombre debe ser un nombre DNS válido; el asistente lo escribe en minúsculas y omite los duplicados. Los caracteres comodín solo se admiten como la etiqueta situada más a la izquierda (`*.example.com`).
key-safety = La clave privada se guarda en el almacén, legible solo por su propietario, antes de que la solicitud salga del servidor. Una vez que una CA ha emitido un certificado para esa clave, docwiz no la elimina nunca.
next-page = Cuando la CA responde, el asistente muestra la página **{ -page-request-status }** con la huella digital del nuevo certificado.
