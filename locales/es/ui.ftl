# Cadenas de la línea de comandos y del asistente de docwiz, y términos que la ayuda
# comparte con ellos. Los temas de ayuda nombran botones, casillas, páginas y almacenes
# solo mediante estos términos, de modo que la ayuda y el programa siempre coinciden.

## Términos

-product = Skype Empresarial Server
-page-request-status = Estado de la solicitud de certificado en línea
-page-wizard-main = Asistente para certificados
-button-finish = Finalizar
-button-assign = Asignar
-button-view-details = Ver detalles del certificado
-checkbox-assign = Asignar este certificado a los usos de certificado de { -product }
-store-root = Entidades de certificación raíz de confianza
-store-intermediate = Entidades de certificación intermedias
-usage-default = Predeterminado del servidor
-usage-web-internal = Servicios web internos
-usage-web-external = Servicios web externos
-page-request-timing = Solicitudes retrasadas o inmediatas
-page-request-ca = Elegir una entidad de certificación (CA)
-page-request-basics = Configuración de nombre y seguridad
-page-request-sans = Nombres alternativos del sujeto
-page-assignment = Asignación de certificado
-page-import = Importar certificado
-button-request = Solicitar
-button-import = Importar
-option-send-now = Enviar la solicitud ahora a una entidad de certificación en línea
-option-send-later = Preparar la solicitud ahora, pero enviarla más tarde

## Etiquetas de alerta

alert-note = Nota
alert-tip = Sugerencia
alert-important = Importante
alert-warning = Advertencia
alert-caution = Precaución

## Salida de la ayuda

help-fallback-note = { $count ->
    [one] Un bloque de esta página se muestra en inglés porque aún no está traducido.
   *[other] { $count } bloques de esta página se muestran en inglés porque aún no están traducidos.
}
help-fallback-badge = En inglés: aún no traducido
help-source-label = Texto original en inglés:

## Lista de temas

topics-column-id = Tema
topics-column-title = Título
topics-column-f1 = Palabras clave F1
topics-column-missing = Mensajes sin traducir
topics-complete = completo

## Errores y advertencias

diag-error = error
diag-warning = advertencia
error-unknown-keyword = { $count ->
    [one] Ningún tema de ayuda coincide con la palabra clave { $keywords }.
   *[other] Ningún tema de ayuda coincide con ninguna de las palabras clave { $keywords }.
}
error-nearest-keywords = { $count ->
    [one] Palabra clave conocida más cercana: { $suggestions }
   *[other] Palabras clave conocidas más cercanas: { $suggestions }
}
error-no-nearest-keywords = { $count ->
    [one] Ninguna palabra clave conocida se le parece.
   *[other] Ninguna palabra clave conocida se les parece.
}
error-read = No se puede leer { $path }: { $reason }
error-not-utf8 = Este archivo no es texto UTF-8 válido.
ftl-expected-token = Aquí se esperaba «{ $token }».
ftl-expected-char-range = Aquí se esperaba uno de estos caracteres: { $range }.
ftl-expected-message-field = El mensaje { $id } no tiene valor ni atributos.
ftl-expected-term-field = El término { $id } no tiene valor.
ftl-missing-default-variant = Esta expresión de selección no tiene variante predeterminada (marcada con *).
ftl-missing-value = Aquí se esperaba un valor.
ftl-unterminated-string = Esta cadena literal no está cerrada.
ftl-unbalanced-brace = Esta llave de cierre no tiene llave de apertura.
ftl-expected-expression = Se esperaba una expresión entre las llaves.
ftl-multiple-default-variants = Esta expresión de selección tiene más de una variante predeterminada (marcada con *).
ftl-bad-selector = Aquí solo una variable, un literal, una llamada a función o un atributo de término pueden elegir una variante.
ftl-term-attribute-placeable = Un atributo de término solo puede servir para elegir una variante, no para mostrarse como texto.
ftl-forbidden-callee = Aquí solo se puede llamar a una función cuyo nombre esté en mayúsculas.
ftl-positional-after-named = Los argumentos posicionales deben ir antes que los argumentos con nombre.
ftl-duplicated-argument = El argumento { $name } aparece dos veces.
ftl-bad-escape = La secuencia de escape { $sequence } no es válida aquí.
ftl-expected-literal = Aquí se esperaba un literal de cadena o de número.
error-front-matter-missing = El tema no comienza con un encabezado YAML (una línea con ---).
error-front-matter-unclosed = El encabezado YAML no está cerrado con una línea ---.
error-front-matter-line = Esta línea del encabezado YAML no tiene la forma clave: valor.
error-front-matter-list = El valor de { $key } debe ser una lista, por ejemplo [a, b].
error-front-matter-no-id = El encabezado YAML no tiene id.
error-front-matter-id-mismatch = El id { $id } no coincide con el nombre del archivo, según el cual debería ser { $expected }.
error-template-unclosed = Este marcador de posición se abre con llaves dobles, pero nunca se cierra.
error-template-empty = Este marcador de posición no indica ningún mensaje.
error-template-live = No existe ningún marcador de posición dinámico llamado { $name }.
error-strict-fallback = { $count ->
    [one] --strict: un mensaje recurre al inglés en { $locale }: { $messages }
   *[other] --strict: { $count } mensajes recurren al inglés en { $locale }: { $messages }
}

## Comprobación (lint)

lint-missing-file = La configuración regional { $locale } no tiene el archivo de traducción { $file }.
lint-missing-message = Falta el mensaje { $id } en { $locale }; se muestra en inglés.
lint-obsolete-message = El mensaje { $id } de { $locale } ya no existe en inglés.
lint-unknown-message = Referencia a un mensaje desconocido { $id }.
lint-unknown-term = Referencia a un término desconocido { $id }.
lint-variables-differ = El mensaje { $id } usa las variables { $found }, pero en inglés usa { $expected }.
lint-unfilled-slot = Ningún mensaje en inglés rellena el marcador de posición { $id }.
lint-duplicate-f1 = La palabra clave F1 { $keyword } la reclaman tanto { $first } como { $second }.
lint-no-assetid = El tema { $id } no tiene ms.assetid: asígnele un GUID propio (uuidgen genera uno), el mismo en todas las copias del tema.
lint-bad-assetid = El ms.assetid { $value } de { $id } no es un GUID (dígitos hexadecimales agrupados 8-4-4-4-12).
lint-duplicate-assetid = El ms.assetid { $value } está asignado tanto a { $first } como a { $second }; cada tema necesita el suyo.
lint-id-clash = El mensaje { $id } tiene el mismo nombre que el término -{ $id }: Fluent solo conserva uno de los dos.
lint-ui-clash = El mensaje { $id } también está definido en ui.ftl, que comparte el mismo paquete: solo se usa la definición de ui.ftl.
lint-bold-ui = **{ $text }** nombra a mano un elemento del asistente: use el término { $term } para que la ayuda y el asistente digan siempre lo mismo.
lint-summary = { $errors ->
    [one] Un error
   *[other] { $errors } errores
}, { $warnings ->
    [one] una advertencia.
   *[other] { $warnings } advertencias.
}

## Asistente para certificados: palabras comunes

usage-name-default = { -usage-default }
usage-name-web-internal = { -usage-web-internal }
usage-name-web-external = { -usage-web-external }
status-checkbox = { -checkbox-assign }
value-none = ninguno
eku-server-auth = Autenticación del servidor
eku-client-auth = Autenticación del cliente
eku-any = Cualquier propósito
eku-code-signing = Firma de código
eku-email-protection = Correo seguro
eku-time-stamping = Impresión de fecha
eku-ocsp-signing = Firma OCSP
wizard-f1-line = Ayuda de esta página (palabra clave F1 { $keyword }): { $command }

## Página Estado de la solicitud de certificado en línea

status-title = { -page-request-status }
status-request = Solicitud
status-state = Estado
state-pending = pendiente: esperando la respuesta de la CA
state-issued = emitido
state-failed = con error
status-thumbprint = Huella digital
status-subject = Asunto
status-issuer = Emisor
status-serial = Número de serie
status-valid-from = Válido desde
status-valid-to = Válido hasta
status-sans = Nombre alternativo del sujeto
status-key = Clave
status-eku = Uso mejorado de clave
status-chain = Cadena de certificados
status-usages = Usos de certificado
status-assigned = Asignaciones actuales
status-assigned-none = ninguna todavía
chain-trusted = de confianza
chain-untrusted-root = no es de confianza: el certificado de la CA raíz no está en el almacén { -store-root }
chain-missing-intermediate = incompleta: falta un certificado de CA intermedia en el almacén { -store-intermediate }
chain-expired = expirada: un certificado de la cadena ha expirado
chain-invalid = no válida: no se puede comprobar la cadena
missing-root = Importe el certificado de la CA raíz { $subject } (huella digital { $thumbprint }) en el almacén { -store-root }:
missing-intermediate = Importe el certificado de CA intermedia { $subject } (huella digital { $thumbprint }) en el almacén { -store-intermediate }:
missing-unknown = docwiz no conoce al emisor { $subject }: obtenga su certificado de la CA e impórtelo.
status-assign-available = El certificado se puede asignar.
status-assign-unavailable = No se puede asignar el certificado mientras su cadena de certificados no sea de confianza.
status-assign-revoked = El certificado se revocó el { $date }: ya no se puede asignar. Solicite un certificado nuevo o quite este.
status-assign-removed = El certificado se quitó del almacén junto con su clave (certs remove): ya no se puede asignar.
status-assign-replaced = El certificado se reemplazó al renovarse por el certificado { $thumbprint } el { $date }: volver a asignarlo desharía la renovación.
status-failed-reason = La solicitud ha fallado: { $reason }
status-next = Paso siguiente:
status-done = No queda nada por hacer: el certificado está asignado a sus usos.

## Ver detalles del certificado

details-title = { -button-view-details }
details-version = Versión
details-serial = Número de serie
details-signature-algorithm = Algoritmo de firma
details-issuer = Emisor
details-valid-from = Válido desde
details-valid-to = Válido hasta
details-subject = Asunto
details-public-key = Clave pública
details-sans = Nombre alternativo del sujeto
details-key-usage = Uso de la clave
details-eku = Uso mejorado de clave
details-basic-constraints = Restricciones básicas
details-ca = Entidad de certificación, sin límite de longitud de ruta
details-ca-path = Entidad de certificación, longitud de ruta limitada a { $length }
details-end-entity = Entidad final (no es una entidad de certificación)
details-ski = Identificador de clave de asunto
details-aki = Identificador de clave de entidad emisora
details-sha1 = Huella digital (SHA-1)
details-sha256 = Huella digital (SHA-256)

## Finalizar y asignar

finish-result-cleared = La solicitud se ha completado. Como se desactivó la casilla, el certificado está instalado, pero no asignado. Para asignarlo: { $command }
finish-result-untrusted = La solicitud se ha completado y el certificado está instalado, pero no se ha asignado nada: su cadena no es de confianza. Importe los certificados que indica la página que aparece a continuación y, después, asigne el certificado.
assign-done = El certificado { $thumbprint } está asignado a: { $usages }
assign-replaced = { $usage }: sustituye al certificado { $old }.
refuse-chain = { $usage }: la cadena de certificados no es de confianza ({ $status ->
    [untrusted-root] la CA raíz no es de confianza
    [missing-intermediate] falta un certificado de CA intermedia
    [expired] un certificado ha expirado
    [not-yet-valid] un certificado aún no es válido
   *[other] no se puede comprobar
}).
refuse-validity = { $usage }: el certificado no es válido en este momento (válido desde { $from } hasta { $to }).
refuse-eku-server = { $usage }: el certificado no tiene el uso mejorado de clave Autenticación del servidor.
refuse-eku-client = { $usage }: TLS mutuo requiere el uso mejorado de clave Autenticación del cliente, que el certificado no tiene.
refuse-san = { $usage }: ningún nombre alternativo del sujeto del certificado abarca { $fqdn }.
refuse-key-missing = { $usage }: falta la clave privada del certificado.
refuse-key-mismatch = { $usage }: la clave privada no corresponde al certificado.

## Almacenes de confianza y listas

trust-warning = Está a punto de confiar en esta entidad de certificación raíz. docwiz confiará en todos los certificados que emita:
trust-question = ¿Desea confiar en este certificado raíz? [s/N]
answer-yes = y, yes, s, sí, si
trust-imported-root = Importado en el almacén { -store-root }: { $subject } ({ $thumbprint })
trust-imported-intermediate = Importado en el almacén { -store-intermediate }: { $subject } ({ $thumbprint })
trust-already = Ya está en el almacén: { $subject } ({ $thumbprint })
trust-list-root = { -store-root }
trust-list-intermediate = { -store-intermediate }
certs-title = Certificados instalados
list-empty = (vacío)
list-expires = expira el { $date }
list-assigned = asignado a { $usages }
list-unassigned = sin asignar

## Errores del asistente para certificados

error-invalid-name = «{ $name }» no es un nombre DNS válido.
error-unknown-key-type = Tipo de clave desconocido «{ $value }»: use rsa-2048, rsa-3072, rsa-4096, ecdsa-p256 o ecdsa-p384.
error-unknown-usage = Uso de certificado desconocido «{ $value }»: use default, web-internal o web-external.
error-not-certificate = { $path } no contiene ningún certificado legible (se esperaba PEM, DER o PKCS#7 .p7b).
error-not-root = { $path }: { $subject } no es un certificado de CA autofirmado, por lo que no puede ir en el almacén { -store-root }. No se importó nada.
error-not-intermediate = { $path }: { $subject } no es un certificado de CA intermedia, por lo que no puede ir en el almacén { -store-intermediate }. No se importó nada.
error-request-not-found = No existe la solicitud de certificado «{ $id }».
error-no-request = Todavía no hay ninguna solicitud de certificado. Cree una con: { $command }
error-thumbprint-not-found = No hay ningún certificado con la huella digital { $thumbprint } en el almacén.
error-not-issued = La solicitud { $id } no tiene ningún certificado emitido.
error-refused = { $count ->
    [one] Se rechazó la asignación por este motivo; no se cambió nada:
   *[other] Se rechazó la asignación por estos motivos; no se cambió nada:
}
error-needs-confirmation = Para confiar en un certificado raíz se necesita su confirmación: ejecute el comando en un terminal o agregue --yes. No se importó nada.
error-declined = No se importó nada.
error-write = No se puede escribir { $path }: { $reason }
error-crypto = Error en la operación con la clave o el certificado: { $detail }
error-hook = El comando de implementación { $command } ha fallado ({ $status }); la asignación en sí ya está aplicada.
hook-exit-code = código de salida { $code }
hook-signal = terminado por la señal { $signal }
hook-not-started = no se pudo iniciar: { $reason }

## Estado actual en las páginas de ayuda y en la página principal del asistente

wizard-main-title = { -page-wizard-main }
live-field = **{ $label }:** { $value }
live-status-title = Estado actual de la solicitud { $request }
live-status-none-title = Estado actual
live-no-request = Todavía no hay ninguna solicitud de certificado. Para crear una, ejecute { $command }
live-assign-available = Asignación disponible
live-check-box = Casilla «{ -checkbox-assign }»
check-box-selected = activada
check-box-cleared = desactivada
live-next = Paso siguiente
value-yes = sí
value-no = no
live-usages-title = Usos de certificado actuales
live-usage-none = ningún certificado asignado
live-cert-line = { $thumbprint } ({ $subject }), expira el { $date }, { $days ->
    [one] queda { $days } día
   *[other] quedan { $days } días
}
live-cert-expired = { $thumbprint } ({ $subject }), expiró el { $date }
live-pending-title = Solicitudes pendientes
live-pending-line = { $request } para { $fqdn }: { $state }
live-unassigned-title = Certificados emitidos sin asignar
live-actions-title = Qué puede hacer ahora
live-action-request = Solicitar un certificado
live-action-finish = Finalizar la solicitud { $target }
live-action-assign = Asignar el certificado { $target }
live-action-details = Ver los detalles del certificado { $target }
live-action-import-root = Confiar en la CA raíz { $target }
live-action-import-intermediate = Importar el certificado de CA intermedia { $target }
live-action-process-pending = Revisar la solicitud pendiente { $target }
live-action-import-certificate = Importar un certificado obtenido en otro lugar

## Exportación estática

language-name = Español
site-index-title = Temas de ayuda
site-languages = Idiomas
site-all-topics = Todos los temas
export-summary = { $pages ->
    [one] Se escribió { $pages } página
   *[other] Se escribieron { $pages } páginas
} en { $out } en { $seconds } s; { $fallbacks ->
    [0] todos los mensajes están traducidos.
    [one] { $fallbacks } mensaje se muestra en inglés.
   *[other] { $fallbacks } mensajes se muestran en inglés.
}
export-failed = No se exportó nada.
error-export-foreign = { $path } no está vacío y no lo escribió docwiz export: elija otro directorio. No se escribió nada.

## Certificados de otras entidades de certificación

import-done = El certificado { $thumbprint } está instalado con su clave privada. Para asignarlo: { $command }
error-ca-refused = La solicitud a la CA ({ $ca }) no se completó: { $detail }. La solicitud se conserva con su clave y su página de estado la muestra con error.
# What went wrong between docwiz and a CA ($detail of error-ca-refused).
ca-problem-refused = nada responde en { $host } en el puerto { $port } (se rechazó la conexión)
ca-problem-timeout = { $host } no respondió a tiempo en el puerto { $port }
ca-problem-dns = no se puede resolver el nombre de host { $host } (DNS)
ca-problem-unreachable = no se puede llegar a { $host } (puerto { $port }) desde este equipo: no hay ruta hasta él
ca-problem-tls = falló la conexión segura (TLS) con { $host }: su certificado no es de confianza o falló la negociación
ca-problem-network = falló la conexión con { $host } en el puerto { $port }
ca-problem-http-status = la CA respondió con el código de estado HTTP { $status }
ca-problem-refusal = { $type ->
        [rateLimited] la CA rechazó la solicitud: demasiadas solicitudes para estos nombres o esta cuenta (límite de frecuencia); vuelva a intentarlo más tarde
        [rejectedIdentifier] la CA no emite certificados para estos nombres
        [caa] los registros CAA del dominio no permiten que esta CA emita para él
        [unauthorized] según la CA, esta cuenta no está autorizada para estos nombres
        [incorrectResponse] la CA no recibió la respuesta esperada a su desafío http-01
        [connection] la CA no pudo conectarse a este servidor para comprobar su desafío http-01
        [dns] la CA no encontró estos nombres en el DNS
        [badNonce] la CA tomó una solicitud por una repetición (nonce incorrecto); vuelva a intentarlo
        [serverInternal] la CA sufrió un error interno
        [badCSR] la CA rechazó la solicitud de firma de certificado
       *[other] la CA rechazó la solicitud
    }
ca-problem-with-words = { $problem } (mensaje de la CA: «{ $words }»)
ca-problem-bad-answer = la respuesta de la CA no contiene ningún certificado que docwiz pueda leer
ca-problem-unsupported-url = docwiz solo se comunica con cfssl por http://, y { $url } no es una dirección de ese tipo
ca-problem-authorization = { $status ->
        [invalid] la CA no pudo validar los nombres
        [expired] la autorización de la CA para estos nombres expiró
        [revoked] la CA revocó su autorización para estos nombres
        [deactivated] la autorización de la CA para estos nombres se desactivó
       *[other] la CA no validó los nombres
    }
ca-problem-order = { $status ->
        [invalid] la CA declaró no válido el pedido: no se pudo validar un nombre
       *[other] el pedido a la CA no llegó a estar listo
    }
ca-problem-no-http-challenge = la CA no ofrece el desafío http-01, el único al que responde docwiz
ca-problem-listen = docwiz no puede escuchar en { $address } los desafíos http-01 de la CA: { $reason }
ca-problem-other = docwiz no pudo completar el intercambio con la CA (el detalle técnico figura en el registro de la solicitud y en --json)
error-key-mismatch = El certificado de { $path } no corresponde a la clave privada: no se importó nada.
error-pkcs12 = No se puede abrir { $path }: la contraseña es incorrecta o no es un archivo PKCS#12. No se importó nada.
error-bad-key = { $path } no contiene ninguna clave privada que docwiz pueda leer (PEM: PKCS#8, PKCS#1 o SEC1).

## languages

language-skipped = { $source }: «{ $item }» no es un idioma que docwiz pueda reconocer; se omite.
language-wildcard = { $source }: «{ $item }» (cualquier idioma) no designa ningún idioma concreto; se omite.
language-bad-quality = { $source }: «{ $item }» tiene un valor de calidad mal formado (q va de 0 a 1, con tres decimales como máximo); se omite.
language-none-usable = { $source }: ninguno de los idiomas indicados se puede usar; docwiz responde en inglés.

## lint and fallbacks

help-broken-note = { $count ->
    [one] Un bloque de esta página se muestra en inglés porque su traducción tiene un error.
   *[other] { $count } bloques de esta página se muestran en inglés porque su traducción tiene un error.
}
help-broken-badge = En inglés: la traducción tiene un error
format-fallback = No se puede dar formato al mensaje { $id } ({ $locale }): { $reason } Se muestra el texto en inglés.
format-broken = No se puede dar formato al mensaje { $id } ({ $locale }): { $reason } Se muestra hasta donde ha sido posible.
fluent-unknown-function = la función { $id }() no existe.
fluent-unknown-message = el mensaje { $id } no existe.
fluent-unknown-attribute = el atributo { $id } no existe.
fluent-unknown-term = el término { $id } no existe.
fluent-unknown-variable = no se proporciona la variable { $id }.
fluent-no-value = el mensaje { $id } no tiene valor.
fluent-no-default = una expresión de selección no tiene variante predeterminada.
fluent-cyclic = se remite a sí mismo a través de otros mensajes o términos.
fluent-too-many-placeables = tiene más de 100 sustituciones.
fluent-overriding = { $id } ya está definido.
lint-missing-term = Falta el término { $id } en { $locale }; los mensajes que lo usan se muestran en inglés.
lint-obsolete-term = El término { $id } de { $locale } ya no existe en inglés.
lint-variables-differ-term = El término { $id } usa las variables { $found }, pero en inglés usa { $expected }.
lint-missing-value = El mensaje { $id } no tiene valor, pero en inglés sí lo tiene.
lint-obsolete-value = El mensaje { $id } tiene valor, pero en inglés no lo tiene.
lint-empty-value = El mensaje { $id } está vacío, pero en inglés no.
lint-missing-attribute = Al mensaje { $id } le falta el atributo .{ $attribute } que tiene en inglés.
lint-obsolete-attribute = El atributo .{ $attribute } de { $id } ya no existe en inglés.
lint-empty-attribute = El atributo .{ $attribute } de { $id } está vacío, pero en inglés no.
lint-duplicate-attribute = El atributo .{ $attribute } de { $id } está definido dos veces.
lint-missing-term-ref = { $id } no usa el término { $reference }, que el inglés usa aquí: el texto puede nombrar otra cosa.
lint-missing-message-ref = { $id } no usa el mensaje { $reference }, que el inglés usa aquí.
lint-obsolete-term-ref = { $id } usa el término { $reference }, que el inglés no usa aquí: el texto puede nombrar otra cosa.
lint-obsolete-message-ref = { $id } usa el mensaje { $reference }, que el inglés no usa aquí.
lint-duplicate-message = El mensaje { $id } está definido dos veces en este archivo (primero en la línea { $line }); solo se usa la primera definición.
lint-duplicate-term = El término { $id } está definido dos veces en este archivo (primero en la línea { $line }); solo se usa la primera definición.
lint-duplicate-variant = La variante [{ $key }] de { $id } aparece dos veces; solo se usa la primera.
lint-plural-missing = A las variantes de plural de { $id } les faltan las categorías { $missing }: { $locale } tiene las categorías { $categories }.
lint-plural-typo = [{ $key }] en { $id } no es una categoría de plural de { $locale } ({ $categories }): ¿quería decir [{ $suggestion }]?
lint-plural-never = [{ $key }] en { $id } no es una categoría de plural de { $locale } ({ $categories }): esta variante nunca se elige.
lint-replacement-character = Aquí el carácter U+FFFD sustituye a otro: probablemente el archivo se guardó con otra codificación.
lint-unknown-variable = El mensaje { $id } usa { $variable }, pero su página le proporciona { $provided }.
lint-ui-clash-term = El término { $id } también está definido en ui.ftl, que comparte el mismo paquete: solo se usa la definición de ui.ftl.

## markdown
markdown-too-deep = Anidamiento de más de { $limit } niveles (citas, listas, énfasis, vínculos, elementos HTML): este bloque se omite de la página.
markdown-unknown-alert = [!{ $name }] no es una alerta de GFM (NOTE, TIP, IMPORTANT, WARNING, CAUTION): se muestra como una cita normal.
markdown-unclosed-strong = Este ** no está cerrado: se muestra tal cual.
markdown-raw-html = HTML sin procesar en una traducción: { $tag } (los scripts, los atributos de evento y los vínculos no seguros se quitan de todas las salidas).
help-strict-authoring = { $count ->
    [one] --strict: { $count } error de redacción se muestra tal cual en esta página.
   *[other] --strict: { $count } errores de redacción se muestran tal cual en esta página.
}

## fluent syntax

ftl-expected-entry = Se esperaba un mensaje, un término o un comentario al comienzo de esta línea.
ftl-expected-line-end = La línea debería terminar aquí.
ftl-bad-argument-name = El nombre de un argumento debe ser un identificador simple.
ftl-expected-variant = Se esperaba al menos una variante después de «->».
ftl-expected-variant-key = Aquí se esperaba una clave de variante.
ftl-too-deep = Aquí hay expresiones entre llaves o llamadas a funciones anidadas en más de { $limit } niveles: se omite la entrada.
ftl-unsupported = Esta entrada es Fluent válido, pero la biblioteca Fluent de docwiz no puede leerla: se omite.

## markdown fixes

markdown-alert-as-text = [!{ $name }] se muestra como texto: un marcador de alerta de GFM debe ir solo en la primera línea de su cita, justo después de «> », y el texto en la línea siguiente.

## lint and cli fixes

error-not-a-tree = { $dir } no es un árbol de docwiz: le faltan los directorios content/ y locales/.
fluent-unsupported-function = la función { $id }() forma parte de Fluent, pero docwiz no la admite.

## final fixes

lint-control-character = Este texto contiene el carácter invisible { $code } (un carácter de control): en un terminal podría alterar lo que se muestra.

## chain diagnoses

chain-not-yet-valid = aún no válida: un certificado de la cadena aún no es válido
chain-cert = { $role ->
    [leaf] El certificado
    [root] El certificado de la CA raíz
   *[intermediate] El certificado de CA intermedia
} { $subject } (huella digital { $thumbprint })
chain-reason-expired = { $cert } expiró el { $date }. { $role ->
    [leaf] Solicite un certificado nuevo.
   *[other] Ninguna cadena que pase por él es de confianza hasta que la CA lo reemplace.
}
chain-reason-not-yet-valid = { $cert } aún no es válido: lo será a partir del { $date }. Si esa fecha es incorrecta, compruebe el reloj de este equipo.
chain-reason-ca-as-leaf = { $cert } es un certificado de CA (restricciones básicas CA:TRUE), no un certificado de servidor: no puede usarse para TLS en este servidor (RFC 5280, 4.2.1.9). Solicite a la CA un certificado de entidad final.
chain-reason-not-ca = { $cert } emitió el certificado que está debajo de él, pero no es un certificado de CA (sus restricciones básicas no tienen CA:TRUE, RFC 5280, 4.2.1.9).
chain-reason-no-key-cert-sign = { $cert } es un certificado de CA cuyo uso de la clave no incluye la firma de certificados (keyCertSign), así que no puede firmar certificados (RFC 5280, 4.2.1.3).
chain-reason-path-len = { $cert } tiene una restricción de longitud de ruta de { $limit }; certificados de CA intermedia por debajo de él en esta cadena: { $count } (RFC 5280, 4.2.1.9).
chain-reason-path-too-long = La cadena tiene { $count } certificados de CA intermedia; docwiz acepta como máximo { $limit }. { $cert } queda fuera de ese límite. Es una directiva de docwiz, no un defecto de la cadena (openssl la comprueba): rustls-webpki, con el que docwiz comprueba las cadenas, se detiene en { $limit }, y los clientes TLS basados en él también rechazan una cadena así. Solicite a la CA una cadena más corta.
chain-reason-name-constraints = { $cert } no permite, por sus restricciones de nombres, el nombre { $name } del certificado del servidor: esa CA no puede emitir certificados para ese nombre (RFC 5280, 4.2.1.10).
chain-reason-eku-any-only = { $cert } solo indica anyExtendedKeyUsage como uso mejorado de la clave. La directiva de docwiz exige que la autenticación del servidor (serverAuth) figure de forma explícita, como hacen rustls-webpki y los navegadores; los Baseline Requirements del CA/Browser Forum (7.1.2.7.10) prohíben anyExtendedKeyUsage en los certificados de servidor. Solicite a la CA un certificado con autenticación del servidor.
chain-reason-eku-no-server-auth = { $cert } limita el uso mejorado de su clave a { $eku }, sin autenticación del servidor (serverAuth): { $role ->
    [leaf] no puede usarse para TLS en un servidor.
   *[other] ningún certificado que emita puede usarse para TLS en un servidor.
}
chain-reason-weak-key = { $cert } tiene una clave { $key }. La directiva de docwiz rechaza las claves RSA de menos de 2048 bits, aunque openssl las acepte: los Baseline Requirements del CA/Browser Forum (6.1.5) exigen al menos 2048 bits, y rustls-webpki no comprueba ninguna firma hecha con una clave más corta.
chain-reason-weak-signature = { $cert } está firmado con { $algorithm }. La directiva de docwiz rechaza las firmas SHA-1 y MD5, aunque openssl pueda aceptarlas: se pueden calcular colisiones para ellas, los Baseline Requirements del CA/Browser Forum (7.1.3.2) las prohíben y rustls-webpki no las comprueba. Pida a la CA que lo firme con SHA-256.
chain-reason-unsupported-algorithm = { $cert } usa { $algorithm }, un algoritmo que docwiz no admite: como rustls-webpki, docwiz comprueba RSA (de 2048 a 8192 bits), ECDSA P-256, P-384 y P-521, y Ed25519. No es una cuestión de confianza: docwiz simplemente no puede comprobar esta cadena.
chain-reason-critical-extension = { $cert } contiene una extensión crítica que docwiz no conoce: { $extension }. La RFC 5280 (4.2) exige rechazar un certificado con una extensión crítica desconocida.
chain-reason-bad-signature = { $cert }: su firma no se puede comprobar con la clave de su emisor { $issuer }; el certificado se modificó o esa CA no lo emitió.
chain-reason-key-id-mismatch = { $cert } indica en su identificador de clave de entidad emisora una clave distinta del identificador de clave de asunto de su emisor { $issuer } (RFC 5280, 4.2.1.1): openssl y Windows no le encuentran emisor y rechazan la cadena. El certificado del emisor se sustituyó o se volvió a emitir; use el certificado con el que la CA lo emitió.
chain-reason-invalid = { $cert } no se puede comprobar (rustls-webpki: { $detail }).
chain-reason-self-signed = { $cert } está autofirmado: ninguna CA lo respalda, y docwiz solo confía en cadenas que terminan en un certificado de CA raíz del almacén { -store-root }. Solicite en su lugar un certificado a una CA.
missing-no-file = Llegó en un archivo que también contiene otros certificados: guárdelo solo en un archivo e importe ese archivo.
trust-warning-expired = Advertencia: { $subject } ({ $thumbprint }) expiró el { $date }. docwiz no confía en ninguna cadena que pase por él hasta que se reemplace.
trust-warning-not-yet-valid = Advertencia: { $subject } ({ $thumbprint }) solo es válido a partir del { $date }. Hasta entonces, docwiz no confía en ninguna cadena que pase por él.

## store writes

request-reason-interrupted = se interrumpió antes de guardar la respuesta de la CA (se detuvo el comando o no se pudo escribir en el almacén)
request-reason-text = { $text }
request-reason-ca-unsafe = la entidad de certificación local se negó a firmar: sus claves o certificados están dañados o no son privados (`{ $check }` indica qué falla)
request-reason-other = la CA no pudo emitir el certificado (error de docwiz «{ $code }»)
request-reason-ca-refused = la CA ({ $ca }) no emitió el certificado: { $detail }
error-retry-not-failed = La solicitud { $id } no ha fallado: solo se puede reintentar una solicitud con error.
error-retry-not-local = La solicitud { $id } se envió a una CA externa: solo se pueden reintentar las solicitudes a la CA local. Haga una nueva solicitud; su página de estado muestra el comando.

## store damage

store-problems-title = Problemas en el almacén
store-problem-line = { $file }: { $problem }
store-check-ok = No se encontraron problemas en el almacén { $store }: se comprobaron los vínculos activos, las claves privadas, los registros de las solicitudes, los archivos de certificados y la CA local.
store-check-found = { $count ->
    [one] Se encontró un problema en el almacén { $store }.
   *[other] Se encontraron { $count } problemas en el almacén { $store }.
}
live-usage-damaged = dañado: { $file } no es un vínculo válido a un certificado del almacén, así que ningún certificado cuenta como asignado (vea los problemas más abajo)
live-request-damaged = { $request }: dañada, no se puede leer su registro (vea los problemas más abajo)
list-damaged = dañado: este certificado no se puede usar (vea los problemas más abajo)
error-store-unreadable = No se puede leer el directorio del almacén { $path } ({ $reason }). docwiz no muestra un almacén ilegible como si estuviera vacío: repárelo o dé acceso al usuario que ejecuta docwiz.
error-ca-unsafe = { $count ->
    [one] La CA local se niega a firmar por este problema; no se emitió ningún certificado:
   *[other] La CA local se niega a firmar por estos { $count } problemas; no se emitió ningún certificado:
}
damage-newest-hint = Es la solicitud más reciente, así que no se muestra otra más antigua en su lugar. La solicitud legible más reciente es { $request }: { $command }
damage-unreadable = no se puede leer: { $reason }
damage-not-certificate = no contiene ningún certificado legible: el archivo está dañado o truncado.
damage-bad-key = no contiene ninguna clave privada que docwiz pueda leer: el archivo está dañado o truncado.
damage-not-dir = debería ser un directorio, pero es { $kind ->
    [file] un archivo normal
    [link] un enlace simbólico
   *[other] otro tipo de archivo
}.
damage-symlink = es un enlace simbólico a { $target }: docwiz solo usa archivos guardados en el propio almacén.
damage-live-not-link = debería ser un enlace simbólico a un certificado del almacén, pero es { $kind ->
    [directory] un directorio
    [file] un archivo normal
   *[other] otro tipo de archivo
}. El uso se considera sin asignar.
damage-live-outside = apunta a { $target }, no a un certificado del almacén (../certs/<{ cli-value-thumbprint }>). El uso se considera sin asignar.
damage-live-dangling = apunta a { $target }, que no existe. El uso se considera sin asignar.
damage-live-through-link = apunta a { $target } a través del enlace simbólico { $link }, que puede llevar fuera del almacén. El uso se considera sin asignar.
damage-live-not-cert = apunta a { $target }, que no es un directorio de certificado utilizable (su cert.pem falta, está dañado o no es el certificado que indica su nombre). El uso se considera sin asignar.
damage-cert-thumbprint = contiene el certificado { $actual }, no { $expected } como indica su nombre.
damage-cert-missing = falta: el directorio del certificado no contiene ningún certificado.
damage-key-mode = es una clave privada con los permisos { $mode }: otros usuarios pueden leerla o modificarla. Una clave privada debe tener 0600 (chmod 600).
damage-key-owner = es una clave privada que pertenece al usuario { $owner }, no al usuario que ejecuta docwiz ({ $user }).
damage-key-missing = falta: la clave privada del certificado ha desaparecido.
damage-key-mismatch = no corresponde al certificado { $thumbprint }.
damage-record-missing = falta: la solicitud no tiene registro.
damage-record-truncated = termina antes de que el registro esté completo: el archivo está truncado.
damage-record-syntax = no es JSON válido en este punto.
damage-record-data = no es un registro de solicitud: su contenido no es el que docwiz escribe ahí.
damage-record-field-missing = no es un registro de solicitud: falta el campo «{ $field }».
damage-record-field-duplicate = no es un registro de solicitud: el campo «{ $field }» aparece dos veces.
damage-record-field-unknown = no es un registro de solicitud: docwiz no escribe ningún campo «{ $field }» ahí.
damage-record-value-unknown = no es un registro de solicitud: «{ $value }» no es uno de los valores admitidos aquí ({ $allowed }).
damage-record-value-wrong = no es un registro de solicitud: el valor en esta posición no es del tipo que docwiz escribe ahí (por ejemplo, un número en lugar de un texto).
damage-record-id = es el registro de la solicitud { $id }, no el de { $dir }.
damage-ca-missing = falta aunque { $other } sí está: docwiz no reemplaza una CA sin avisar.
damage-ca-key-mismatch = no corresponde al certificado de CA { $cert }.
damage-ca-not-signed = no está firmado por el certificado de la CA raíz { $root }: lo que emita no se podría verificar.

## files as they come

pem-block-broken = El bloque { $label } que empieza en esta línea está dañado (base64 roto, o falta la línea END).
der-not-canonical = El certificado no está en DER: { $fault ->
        [truncated] un elemento pasa de su final
        [indefinite] una longitud indefinida
        [length] una longitud que no está en su forma más corta
        [length-too-long] una longitud mayor que cualquier certificado
        [tag] una etiqueta que no está en su forma más corta
        [constructed] una cadena en forma construida
        [integer] un INTEGER que no está en su forma más corta
        [boolean] un BOOLEAN distinto de 00 o FF
        [null] un NULL con contenido
        [bit-string] un BIT STRING mal formado
        [oid] un OBJECT IDENTIFIER mal formado
        [depth] un anidamiento más profundo que el de cualquier certificado
       *[trailing] bytes después de su final
    } en el byte { $offset }. Los certificados X.509 son DER (RFC 5280 §4.1), y una huella digital calculada sobre otros bytes no es la que calculan los demás: vuelva a pedir el certificado a su emisor.
der-not-a-certificate = Esto no es un certificado X.509 (RFC 5280 §4.1).
error-invalid-name-why = «{ $name }» no es un nombre DNS válido: { $reason }
name-reason = { $reason ->
        [empty] está vacío.
        [ip] es una dirección IP; docwiz solicita certificados para nombres DNS.
        [wildcard] un comodín solo se permite como etiqueta completa más a la izquierda de un nombre alternativo del sujeto (*.example.com).
        [wildcard-fqdn] --fqdn nombra el propio servidor, que no puede ser un nombre comodín; indique el nombre comodín como nombre alternativo del sujeto: --san *.example.com.
        [numeric] su última etiqueta solo tiene dígitos, lo que se lee como una dirección IP.
        [empty-label] tiene una etiqueta vacía (dos puntos seguidos, o un punto al principio).
        [hyphen] la etiqueta «{ $label }» empieza o termina con un guion.
        [character] la etiqueta «{ $label }» contiene «{ $char }»; los nombres DNS tienen letras, dígitos y guiones (RFC 1123).
        [punycode] la etiqueta «{ $label }» no es Punycode válido (RFC 3492).
        [label-too-long] la etiqueta «{ $label }» supera los 63 octetos en su forma de etiqueta A.
        [idna] la etiqueta «{ $label }» no es una etiqueta internacionalizada válida (UTS #46: un carácter no permitido, o las reglas bidi o de unión de RFC 5893 y RFC 5892).
       *[too-long] supera los 253 octetos en su forma de etiquetas A.
    }
import-certificate-without-key = Este archivo contiene un certificado pero ninguna clave privada: indique la clave con --key <{ cli-value-key }>, o importe un archivo PKCS#12 (.pfx) que contenga ambos.
import-unknown-format = Este archivo no es un certificado PEM con su clave, ni un certificado DER, ni un archivo PKCS#12 (.pfx).
key-none = Aquí no hay ninguna clave privada: el archivo no tiene ningún bloque PEM y no es una clave DER.
key-none-found = Aquí no hay ninguna clave privada; el archivo contiene: { $found }.
key-legacy-encrypted = Esta clave está cifrada en el antiguo formato PEM de OpenSSL ({ $cipher }), que docwiz no lee. Conviértala a PKCS#8 cifrado y luego indique su contraseña con --key-password-file: openssl pkcs8 -topk8 -v2 aes-256-cbc -in { $file } -out key.p8
key-unsupported-algorithm = Esta clave es { $algorithm }, que docwiz no puede usar para un certificado de servidor TLS (usa RSA, ECDSA P-256, P-384 y P-521, y Ed25519).
key-openssh = Esta clave está en el formato de OpenSSH: convierta una copia de { $file } a PKCS#8 con ssh-keygen -p -m PKCS8 -f COPIA.
key-explicit-curve = Esta clave EC detalla los parámetros de su curva; TLS y RFC 5480 exigen una curva con nombre: openssl ec -in { $file } -param_enc named_curve -out key.pem
key-damaged = Esta clave privada está dañada: docwiz no puede leerla.
key-rsa-pss = Es una clave RSA-PSS (id-RSASSA-PSS, RFC 4055), limitada a firmas PSS, que docwiz no usa. Cree una clave RSA y un certificado para ella: openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out key.pem
algorithm-unknown = algoritmo desconocido ({ $oid })
key-encrypted-needs-password = Esta clave está cifrada (PKCS#8): indique su contraseña con --key-password-file <{ cli-value-file }> (un archivo cuya primera línea es la contraseña).
key-encryption-unsupported = Esta clave está cifrada con { $scheme }, que docwiz no lee. Vuelva a cifrarla con PBES2 y AES: openssl pkcs8 -topk8 -v2 aes-256-cbc -in { $file } -out key.p8
key-wrong-password = La contraseña de la clave es incorrecta: no descifra la clave. Revise el archivo indicado con --key-password-file.
pkcs12-mac-mismatch = La contraseña abre las claves, pero la comprobación de integridad (MAC) del archivo falla: el archivo se modificó o se dañó después de crearse. Vuelva a exportarlo.
pkcs12-wrong-password = La contraseña es incorrecta: la comprobación de integridad (MAC) del archivo falla con ella. Revise el archivo indicado con --password-file.
pkcs12-needs-password = Este archivo PKCS#12 necesita una contraseña: indíquela con --password-file <{ cli-value-file }> (un archivo cuya primera línea es la contraseña).
pkcs12-wrong-password-no-mac = La contraseña es incorrecta, o el archivo está dañado: sus claves no se descifran con ella, y el archivo no tiene comprobación de integridad que diga cuál de las dos.
pkcs12-unsupported = Este archivo PKCS#12 usa un algoritmo que docwiz no admite ({ $detail }). Vuelva a exportarlo con AES y SHA-256: openssl pkcs12 -export -keypbe AES-256-CBC -certpbe AES-256-CBC -macalg SHA256 …
pkcs12-damaged = Este archivo PKCS#12 está dañado ({ $detail }).
pkcs12-empty = Este archivo PKCS#12 no contiene ni clave privada ni certificado.
pkcs12-no-key = Este archivo PKCS#12 contiene certificados pero ninguna clave privada (¿exportado con -nokeys?): vuelva a exportarlo con su clave, o importe el certificado con --key <{ cli-value-key }>.
pkcs12-no-certificate = Este archivo PKCS#12 contiene una clave privada pero ningún certificado para ella.
pkcs12-no-such-name = Ningún par de clave y certificado de este archivo se llama «{ $name }»; contiene: { $pairs }.
pkcs12-ambiguous = Este archivo contiene varios pares de clave y certificado ({ $count }): { $pairs }. Elija uno con --friendly-name <{ cli-value-name }> (su nombre descriptivo o su huella digital).
pkcs12-chosen = { $file } contiene varias claves privadas ({ $count }); docwiz tomó «{ $name }» ({ $subject }, { $thumbprint }).
refuse-no-host-name = { $usage }: el certificado no tiene ningún nombre DNS ni dirección IP entre sus nombres alternativos del sujeto, y los clientes TLS no miran el CN de su asunto (RFC 6125).
import-identity = Es válido para estos nombres (sus nombres alternativos del sujeto, que comprueban los clientes TLS): { $names }.
import-no-identity = No tiene ningún nombre DNS ni dirección IP entre sus nombres alternativos del sujeto, así que no se puede asignar: los clientes TLS no miran el CN del asunto (RFC 6125).

## ca and chain fixes
chain-reason-eku-no-client-auth = { $cert } limita el uso mejorado de su clave a { $eku }, sin autenticación del cliente (clientAuth): el certificado del uso «default» la necesita, y openssl rechaza un certificado de cliente emitido bajo una CA así.
chain-unknown-issuer = incompleta: docwiz no conoce al emisor { $subject } (falta un certificado de CA intermedia); obtenga su certificado de la CA e impórtelo
chain-unknown-issuer-url = incompleta: docwiz no conoce al emisor { $subject } (falta un certificado de CA intermedia); obtenga su certificado de la CA (el certificado indica dónde: { $url }) e impórtelo
chain-reason-pss-params = { $cert } está firmado con RSA-PSS con el hash { $hash }, MGF1 con { $mgf } y una sal de { $salt } bytes. docwiz no admite RSA-PSS con estos parámetros: como rustls-webpki, solo comprueba RSA-PSS con SHA-256, SHA-384 o SHA-512, MGF1 con el mismo hash y una sal tan larga como el hash. Esto no significa que la firma sea falsa: docwiz simplemente no puede comprobarla. Pida a la CA que firme con esos parámetros (openssl: -sigopt rsa_pss_saltlen:digest).
trust-warning-weak-key = Advertencia: { $subject } ({ $thumbprint }) tiene una clave { $key }. La directiva de docwiz rechaza las claves RSA de menos de 2048 bits (Baseline Requirements del CA/Browser Forum, 6.1.5): se rechazará toda cadena que pase por esta raíz.
trust-warning-unsupported-key = Advertencia: { $subject } ({ $thumbprint }) usa { $algorithm }, una clave con la que docwiz no puede comprobar firmas (como rustls-webpki, comprueba RSA, ECDSA P-256, P-384 y P-521, y Ed25519): docwiz no podrá comprobar ninguna cadena que pase por esta raíz.
trust-note-weak-self-signature = Nota: { $subject } ({ $thumbprint }) se firma a sí mismo con { $algorithm }. docwiz no rechaza cadenas por ello: una raíz es de confianza por su decisión, no por su propia firma (RFC 5280, 6.1; rustls-webpki hace lo mismo). Pero SHA-1 y MD5 están rotos, y otros programas pueden rechazarla: pida a la CA una raíz firmada con SHA-256.
trust-skipped-root = Se omitió { $subject } ({ $thumbprint }): es un certificado de CA raíz, y confiar en una raíz es una decisión aparte. Para confiar en ella: { $command }
trust-skipped-intermediate = Se omitió { $subject } ({ $thumbprint }): es un certificado de CA intermedia. Para importarlo: { $command }
trust-skipped-leaf = Se omitió { $subject } ({ $thumbprint }): no es un certificado de CA (sus restricciones básicas no tienen CA:TRUE), así que no pertenece a ningún almacén de confianza. Un certificado de servidor se importa con { $command }.
trust-skipped-bad-root = Se omitió { $subject } ({ $thumbprint }): es un certificado de CA autoemitido cuya propia firma no se verifica, así que no es ni raíz ni intermedia: fue alterado.
chain-reason-self-signed-trusted = { $cert } es autofirmado y está él mismo en { -store-root }. Una raíz responde por los certificados que emite, no por sí misma como certificado de servidor: docwiz, como rustls-webpki, nunca toma una raíz de confianza como certificado del servidor. Emita un certificado de servidor bajo esta raíz (u obtenga uno de una CA), y quite este de { -store-root } si iba a ser un certificado de servidor.

## file fixes

der-fault = { $fault ->
        [truncated] un elemento pasa de su final
        [indefinite] una longitud indefinida
        [length] una longitud que no está en su forma más corta
        [length-too-long] una longitud mayor que cualquier certificado
        [tag] una etiqueta que no está en su forma más corta
        [constructed] una cadena en forma construida
        [integer] un INTEGER que no está en su forma más corta
        [boolean] un BOOLEAN distinto de 00 o FF
        [null] un NULL con contenido
        [bit-string] un BIT STRING mal formado
        [oid] un OBJECT IDENTIFIER mal formado
        [depth] un anidamiento más profundo que el de cualquier certificado
       *[trailing] bytes después de su final
    }
der-extension-not-canonical = El certificado no está en DER: el valor de su extensión { $extension } tiene { $fault ->
        [truncated] un elemento que pasa de su final
        [indefinite] una longitud indefinida
        [length] una longitud que no está en su forma más corta
        [length-too-long] una longitud mayor que cualquier certificado
        [tag] una etiqueta que no está en su forma más corta
        [constructed] una cadena en forma construida
        [integer] un INTEGER que no está en su forma más corta
        [boolean] un BOOLEAN distinto de 00 o FF
        [null] un NULL con contenido
        [bit-string] un BIT STRING mal formado
        [oid] un OBJECT IDENTIFIER mal formado
        [depth] un anidamiento más profundo que el de cualquier certificado
       *[trailing] bytes después de su final
    } en el byte { $offset }. El valor de una extensión también es DER (RFC 5280 §4.1): vuelva a pedir el certificado a su emisor.
der-explicit-default = El certificado no está en DER: escribe un valor por defecto, que DER omite (X.690 §11.5): { $field ->
        [version] la versión v1
        [critical] critical FALSE en una extensión
        [cA] cA FALSE en basicConstraints
       *[minimum] minimum 0 en nameConstraints
    }, en el byte { $offset }. Vuelva a pedir el certificado a su emisor.
der-extension-unreadable = La extensión { $extension } del certificado no se puede leer como esa extensión (RFC 5280 §4.2): docwiz no adivina lo que dice. Vuelva a pedir el certificado a su emisor.
pkcs12-not-der = Este archivo PKCS#12 está dañado: no está en DER ({ $fault } en el byte { $offset }).
pkcs12-not-der-inside = Este archivo PKCS#12 está dañado: algo dentro de él (un certificado, una clave o su envoltorio) no está en DER como exige RFC 7292. Expórtelo de nuevo.
pkcs12-bad-certificate = Este archivo PKCS#12 contiene un certificado que no es un certificado X.509 en DER (RFC 5280 §4.1). Expórtelo de nuevo, o importe el certificado y la clave como archivos PEM.
pkcs12-damaged-structure = Este archivo PKCS#12 está dañado: su estructura no es la que define RFC 7292. Expórtelo de nuevo.
pkcs12-name-ambiguous = «{ $name }» designa { $count } pares de clave y certificado distintos en este archivo: { $pairs }. Elija uno con --friendly-name <{ cli-value-name }> e indique como nombre su huella digital.
pkcs12-no-mac = { $file } no tiene comprobación de integridad (MAC): nada muestra que no se haya modificado desde que se exportó. Compare la huella digital del certificado con la que da su emisor.
key-rsa-too-small = La clave RSA de { $file } tiene { $bits } bits: por política de docwiz, la clave RSA de un certificado de servidor TLS tiene al menos 2048 bits (CA/Browser Forum Baseline Requirements §6.1.5). Cree una clave nueva de 2048 bits o más y haga emitir un certificado para ella.
key-rsa-too-large = La clave RSA de { $file } tiene { $bits } bits: docwiz firma con claves RSA de 2048 a 8192 bits. Cree una clave nueva de 2048 a 8192 bits y haga emitir un certificado para ella.
key-chosen = { $file } contiene { $count } claves privadas: docwiz tomó la de la línea { $line }, que pertenece al certificado, e ignoró las demás ({ $ignored-count ->
    [1] línea
   *[other] líneas
} { $ignored }).
import-unrelated-left-out = { $count ->
        [one] Un certificado de { $file } no está en la cadena del certificado importado y se dejó fuera
       *[other] { $count } certificados de { $file } no están en la cadena del certificado importado y se dejaron fuera
    }: { $certificates }.
pkcs7-malformed = Este contenedor PKCS#7 (.p7b) está mal formado o anidado a demasiada profundidad para leerlo (RFC 2315 §9.1); sus certificados no se examinaron. Vuelva a pedir el archivo, o los certificados en PEM.
pkcs12-unsupported-what = { $what ->
        [encryption] su esquema de cifrado
        [mac] el algoritmo de su comprobación de integridad (MAC)
        [content] un tipo de contenido
        [certificate] un tipo de certificado distinto de X.509
       *[parameters] parámetros de algoritmo
    }

## store fixes

history-no-newline = Al último registro del historial le falta el salto de línea final. El próximo comando que modifique el almacén lo añade; no se deshace nada.
history-torn = La última línea del historial está cortada (una escritura que no terminó). El próximo comando que modifique el almacén la quita y deshace solo su propia asignación, si se llegó a cambiar algo de ella.
history-line-unreadable = Esta línea del historial no es un registro de asignación. docwiz la conserva tal cual y la omite; repárela o quítela a mano.
history-incomplete = La última asignación del historial tiene { $lines } de sus { $count } líneas. El próximo comando que modifique el almacén la completa a partir de live/ si live/ muestra que se hizo, y si no, la deshace.
history-not-installed = Esta línea nombra el certificado { $thumbprint }, que no está instalado en el almacén (certs/).
history-live-mismatch = Según el historial, el uso { $usage } tiene { $history }, pero live/{ $usage } tiene { $live }: una asignación se aplicó solo en parte, o live/ se cambió a mano.
damage-live-unknown-usage = no es un uso de certificado que docwiz conozca ({ $name }): nada usa esta entrada. Quítela.
damage-reason-unknown = El motivo guardado para esta solicitud, «{ $code }», no es un código de motivo que docwiz escriba (un registro editado a mano, o de una versión anterior); se muestra como motivo desconocido.
request-reason-unknown = motivo desconocido ({ $code })
offline-not-file-name = Esto no es un nombre de archivo para la CSR.
offline-no-directory = El directorio { $dir } no existe. docwiz no crea directorios fuera de su almacén: créelo primero o elija otro archivo.
offline-exists = Este archivo ya existe. docwiz nunca reemplaza un archivo por la CSR: elija un nombre de archivo nuevo o quite antes el archivo.
offline-not-regular = Ya hay con este nombre algo que no es un archivo (un directorio, un enlace, un FIFO, un dispositivo…); docwiz solo escribe la CSR en un archivo nuevo.
offline-in-store = Este archivo está dentro del almacén { $store }, cuyos archivos gestiona docwiz: escriba la CSR fuera de él.
input-not-regular = Esto no es un archivo normal, sino { $kind ->
        [directory] un directorio
        [fifo] un FIFO (tubería con nombre)
        [device] un dispositivo
        [socket] un socket
       *[other] otra cosa
    }; docwiz solo lee archivos normales.
input-too-large = Este archivo supera { $max } MiB, mucho más que cualquier certificado, clave o archivo PKCS#12; docwiz no lo lee.
error-bad-thumbprint = «{ $value }» no es una huella digital: una huella digital son dígitos hexadecimales (0-9, A-F), opcionalmente separados por espacios o dos puntos.
os-error-permission = permiso denegado (error del sistema { $errno })
os-error-not-found = no existe el archivo o el directorio (error del sistema { $errno })
os-error-io = error de entrada/salida (error del sistema { $errno })
os-error-exists = el archivo ya existe (error del sistema { $errno })
os-error-not-dir = una parte de la ruta no es un directorio (error del sistema { $errno })
os-error-is-dir = es un directorio (error del sistema { $errno })
os-error-invalid = argumento no válido (error del sistema { $errno })
os-error-no-space = no queda espacio en el dispositivo (error del sistema { $errno })
os-error-read-only = el sistema de archivos es de solo lectura (error del sistema { $errno })
os-error-loop = demasiados niveles de enlaces simbólicos (error del sistema { $errno })
os-error-other = el sistema operativo rechazó la operación (error del sistema { $errno })
pkcs7-trailing = La estructura PKCS#7 termina en el byte { $offset } y la siguen { $count } bytes más. docwiz no ignora lo que sigue a una estructura: pida de nuevo el archivo a la entidad de certificación.
answer-not-in-chain = El archivo contiene un certificado que no está en la cadena de { $leaf }: { $subject } ({ $thumbprint }). Quítelo del archivo: el almacén guarda solo la cadena propia del certificado.

## Terminal wizard (pages and keys)
tui-key-help = Ayuda
tui-key-language = Idioma
tui-key-back = Atrás
tui-key-close = Cerrar
tui-key-next-control = Campo siguiente
tui-key-activate = Seleccionar
tui-key-toggle = Casilla
tui-key-scroll = Desplazar
tui-key-name-space = Barra espaciadora
tui-key-name-enter = Entrar
tui-key-name-esc = Esc
tui-key-name-tab = Tab
tui-action-request = { -button-request }…
tui-action-assign = { -button-assign }…
tui-action-import = { -button-import }…
tui-action-details = { -button-view-details }
tui-action-trust = Confiar en una CA raíz…
tui-certificates-title = Certificados
tui-certificate-option = { $thumbprint } ({ $subject })
tui-button-back = Atrás
tui-button-details = { -button-view-details }
tui-button-finish = { -button-finish }
tui-import-root = Importar el certificado de la CA raíz…
tui-import-intermediate = Importar el certificado de la CA intermedia
tui-untrusted-heading = Por qué la cadena de certificados no es de confianza
tui-finish-cleared = El certificado { $thumbprint } está instalado, pero no asignado: la casilla se desactivó.
tui-request-finished = Esta solicitud ha finalizado.
tui-title-request = { -page-request-timing }
tui-title-assign = { -page-assignment }
tui-title-import = { -page-import }
tui-title-trust = Confiar en un certificado de CA

## help view and pager
help-topic-link = {" "}({ $title }: { $command })
lint-link-unknown-topic = Este vínculo lleva al tema «{ $topic }», que no existe: un vínculo a otro tema se escribe topic:<{ cli-value-topic }>, con un identificador que muestra docwiz topics.
lint-link-unknown-anchor = El tema «{ $topic }» no tiene ningún encabezado con el ancla «{ $anchor }»: vincule el identificador de uno de sus encabezados, o solo el tema.
help-view-key-scroll = desplazar
help-view-key-page = página
help-view-key-find = buscar
help-view-key-link = vínculos
help-view-key-follow = abrir
help-view-key-back = atrás
help-view-key-close = cerrar
help-view-key-next = siguiente coincidencia
help-view-key-cancel = cancelar
help-view-find-prompt = Buscar:
help-view-find-none = No hay coincidencias de «{ $query }»
help-view-find-count = Coincidencia { $current } de { $total }
help-view-position = Líneas { $first }–{ $last } de { $total }
help-pager-failed = El paginador no pudo usar el terminal ({ $error }); la página se imprime tal cual.

## Terminal wizard: assign, import and trust pages
tui-key-arrows-choose = Elegir
tui-assign-intro = Elija un certificado instalado y luego los usos a los que asignarlo. Un uso que rechazaría el certificado dice por qué, y su casilla no se puede activar.
tui-assign-certificate = Certificados instalados
tui-assign-usages = Usos de certificado
tui-assign-holder = Ahora: certificado { $thumbprint } ({ $subject })
tui-assign-holder-none = Ahora: ningún certificado
tui-assign-holder-this = Ahora: este certificado
tui-assign-none-checked = Active al menos un uso al que asignar el certificado.
tui-assign-no-certificates = Todavía no hay ningún certificado instalado. Solicite uno, o importe un certificado obtenido en otro lugar con su clave privada.
tui-assign-button = { -button-assign }
tui-import-intro = Instala un certificado obtenido en otro lugar con su clave privada: un archivo de certificado con su archivo de clave, un archivo PEM que contenga ambos, o un archivo PKCS#12 (.pfx, .p12) con su contraseña.
tui-import-file = Archivo del certificado (PEM, DER, PKCS#7 o PKCS#12)
tui-import-key = Archivo de la clave privada (déjelo vacío si el archivo del certificado contiene la clave)
tui-import-password = Contraseña PKCS#12
tui-import-key-password = Contraseña de una clave privada cifrada
tui-import-friendly-name = Nombre descriptivo o huella digital del par que se toma de un archivo PKCS#12 que contiene varios (opcional)
tui-import-button = { -button-import }
tui-import-button-done = Listo
tui-import-file-missing = Indique el archivo del certificado que se importará.
tui-import-done = El certificado { $thumbprint } está instalado con su clave privada.
tui-import-wrong-password = La contraseña PKCS#12 es incorrecta: la comprobación de integridad (MAC) del archivo falla con ella. No se importó nada.
tui-import-needs-password = Este archivo PKCS#12 necesita una contraseña: escríbala en el campo «Contraseña PKCS#12». No se importó nada.
tui-import-key-needs-password = Esta clave privada está cifrada (PKCS#8): escriba su contraseña en el campo de la contraseña de una clave privada cifrada. No se importó nada.
tui-import-key-wrong-password = La contraseña de la clave privada es incorrecta: no descifra la clave. No se importó nada.
tui-import-needs-key = Este archivo contiene un certificado pero ninguna clave privada: indique también el archivo de la clave, o importe un archivo PKCS#12 que contenga ambos. No se importó nada.
tui-trust-intro = Un certificado de CA raíz va a { -store-root } cuando usted lo confirma; un certificado de CA intermedia va a { -store-intermediate }. Un archivo (PEM, DER o PKCS#7) puede contener varios: cada uno va a su propio almacén.
tui-trust-file = Archivo del certificado de CA
tui-trust-kind = Almacén
tui-trust-kind-root = { -store-root }
tui-trust-kind-intermediate = { -store-intermediate }
tui-trust-file-missing = Indique el archivo del certificado de CA.
tui-trust-button-next = Siguiente
tui-trust-button-yes = Sí
tui-trust-button-no = No
tui-trust-confirm-heading = Advertencia de seguridad
tui-trust-confirm-claim = Está a punto de instalar un certificado de una entidad de certificación (CA) que afirma representar a: { $subject }
tui-trust-confirm-check = docwiz no puede confirmar que el certificado provenga realmente de esta CA. Confirme su origen con la CA: compare la huella digital SHA-1 de arriba con la que la CA le indique.
tui-trust-confirm-question = { $count ->
    [one] ¿Desea confiar en este certificado raíz?
   *[other] ¿Desea confiar en estos { $count } certificados raíz?
}
tui-trust-import-skipped-intermediate = Importar también los certificados de CA intermedia del archivo
tui-trust-import-skipped-root = Confiar también en el certificado de CA raíz del archivo…

## Terminal wizard: request pages
tui-button-next = Siguiente
tui-button-cancel = Cancelar
tui-key-next-page = Página siguiente
tui-request-step = Paso { $step } de { $total }
tui-request-timing-intro = Una solicitud crea una clave privada nueva y una solicitud de firma de certificado (CSR). Envíela ahora a una entidad de certificación (CA) en línea, o escriba la CSR en un archivo que usted mismo llevará a una CA; la respuesta de la CA se importa después.
tui-request-timing = Cuándo enviar la solicitud
tui-request-send-now = { -option-send-now }
tui-request-send-later = { -option-send-later }
tui-request-offline-file = Archivo para la CSR (un archivo nuevo en un directorio que exista)
tui-request-offline-empty = Escriba el nombre de un archivo nuevo para la CSR.
tui-request-ca-title = { -page-request-ca }
tui-request-ca-intro = Elija la entidad de certificación que responde a la solicitud.
tui-request-ca = Entidad de certificación
tui-request-ca-local = La CA local integrada en docwiz
tui-request-ca-acme = Una CA ACME (RFC 8555), como Let's Encrypt o step-ca
tui-request-ca-cfssl = Una CA cfssl (cfssl serve)
tui-request-acme-directory = URL del directorio ACME
tui-request-acme-bundle = Certificado de CA al que lleva el certificado HTTPS del servidor ACME (archivo PEM, opcional)
tui-request-acme-contact = Dirección de correo de contacto de la cuenta ACME (opcional)
tui-request-acme-port = Puerto en el que docwiz responde a los desafíos http-01
tui-request-acme-address = Dirección en la que docwiz espera los desafíos
tui-request-cfssl-url = URL de cfssl serve
tui-request-cfssl-profile = Perfil de firma de cfssl (opcional)
tui-request-url-empty = Escriba la URL.
tui-request-url-acme = La URL debe empezar por https:// (o http:// para una CA de prueba).
tui-request-url-cfssl = docwiz se comunica con cfssl por HTTP simple: la URL debe empezar por http://.
tui-request-contact-invalid = Una dirección de correo tiene la forma nombre@example.com.
tui-request-port-invalid = Un puerto es un número del 1 al 65535.
tui-request-address-invalid = Una dirección IP tiene la forma 127.0.0.1 o ::1.
tui-request-basics-title = { -page-request-basics }
tui-request-basics-intro = El nombre de dominio completo (FQDN) del servidor es el asunto del certificado y su primer nombre alternativo del sujeto.
tui-request-fqdn = FQDN del servidor (por ejemplo, pool01.contoso.com)
tui-request-fqdn-empty = Escriba el FQDN del servidor.
tui-request-wildcard-fqdn = «{ $name }»: un comodín no puede nombrar al propio servidor. Escriba el nombre con comodín entre los nombres alternativos del sujeto.
tui-request-name-as = En el certificado: { $name }
tui-request-key = Tipo de clave
tui-request-key-option = { $key ->
        [rsa-2048] RSA, 2048 bits (predeterminado)
        [rsa-3072] RSA, 3072 bits
        [rsa-4096] RSA, 4096 bits
        [ecdsa-p256] ECDSA, curva P-256
       *[ecdsa-p384] ECDSA, curva P-384
    }
tui-request-sans-title = { -page-request-sans }
tui-request-sans-intro = Otros nombres DNS que cubre el certificado: grupos, direcciones URL sencillas, un comodín como *.contoso.com. { $known ->
        [no] El FQDN del servidor siempre se incluye.
       *[yes] El FQDN { $fqdn } siempre se incluye.
    }
tui-request-sans = Nombres alternativos del sujeto, separados por comas o espacios (opcional)
tui-request-usages-title = Usos de certificado
tui-request-usages-intro = Elija para qué sirve el certificado. «{ -button-finish }» en la página de estado lo asigna a estos usos.
tui-request-usage-none = Elija al menos un uso.
tui-request-prefill-invalid = La línea de comandos indicaba: { $error }
tui-request-summary-title = Resumen de la solicitud de certificado
tui-request-summary-intro = Todavía no se ha escrito nada. Revise la solicitud y elija «{ -button-request }».
tui-request-submit = { -button-request }
tui-request-fact-timing = Envío
tui-request-fact-ca = Entidad de certificación
tui-request-fact-csr = Archivo de la CSR
tui-request-fact-fqdn = FQDN del servidor
tui-request-fact-bundle = Certificado de CA
tui-request-fact-contact = Contacto
tui-request-fact-http = Desafíos http-01
tui-request-fact-profile = Perfil de cfssl
tui-request-ca-with-url = { $ca }: { $url }
tui-request-http-value = { $address }, puerto { $port }
tui-request-progress-title = Enviando la solicitud
tui-request-progress-local = Creando la clave y la CSR; la CA local firma el certificado.
tui-request-progress-acme = Creando la clave y la CSR, y consultando a la CA ACME { $url }: cuenta, pedido, desafíos http-01 en { $address } puerto { $port }, certificado.
tui-request-progress-cfssl = Creando la clave y la CSR, y pidiendo a cfssl en { $url } que la firme.
tui-request-progress-offline = Creando la clave y escribiendo la CSR en { $file }.
tui-request-elapsed = { $seconds } s transcurridos
tui-request-running-keys = Esc no hace nada hasta que la CA responda, para que la solicitud no quede a medias. F1 (ayuda) y F2 (idioma) funcionan mientras tanto.
tui-request-failed = La solicitud ha fallado y no se ha guardado nada. Vuelva atrás para cambiarla, o cancele.
tui-request-stopped = La solicitud se detuvo antes de que la CA respondiera.

## Terminal wizard (store lock and signals)
error-store-busy = Otro comando de docwiz está modificando el almacén { $store } en este momento; vuelva a intentarlo cuando haya terminado.

## wizard page fixes
tui-trust-confirm-list = { $count ->
    [one] Este archivo contiene { $count } certificado raíz; «Sí» confía en él:
   *[other] Este archivo contiene { $count } certificados raíz; un solo «Sí» confía en todos ellos:
}
tui-request-url-acme-https = La URL debe empezar por https://: el cliente ACME solo usa HTTPS (para una CA de prueba, indique abajo el archivo de su certificado de CA).

## Serve

serve-listening = docwiz sirve la ayuda y el asistente en { $url }
serve-token-required = Esta dirección es accesible desde otros equipos: las páginas del asistente solo se abren con el token de acceso de la URL anterior.
serve-stop-hint = Pulse Ctrl+C para detenerlo.
serve-open-failed = No se pudo abrir un navegador; abra { $url } usted mismo.
serve-stopped = Detenido.
error-listen = No se puede escuchar en { $addr }: { $reason }
site-not-found-title = Página no encontrada
site-not-found = Este sitio no tiene esa página. Todos los temas figuran en el índice.
site-back-to-wizard = Volver al asistente

## Web wizard
web-field-error = { $field }: { $error }
web-located = { $location }: { $error }
web-form-invalid = Hay campos que corregir (vea los mensajes junto a ellos). No se ha escrito nada.
web-paths-on-server = Los nombres de archivo son rutas en el equipo donde se ejecuta docwiz serve, tal como los toma la línea de comandos; no se sube nada desde el navegador.
web-progress-refresh = Esta página sigue la solicitud por sí sola. La solicitud continúa aunque salga de la página.
web-job-unknown = Ya no se conoce el progreso de esta solicitud (el servidor se reinició, o la página pertenece a otra sesión). La página principal enumera todas las solicitudes.
web-trust-file-changed = El archivo contiene ahora otros certificados distintos de los mostrados: no se ha confiado en nada. Vuelva a comprobar los certificados de abajo.

## tui leftovers
tui-key-open = Abrir

## Web wizard refusals
web-refused-title = No permitido
web-refused-token = Esta página del asistente solo se abre con el token de acceso que docwiz serve mostró al iniciarse. Abra una vez la dirección que mostró, con ?token=…; el navegador conserva el token durante el resto de la sesión. Las páginas de ayuda no necesitan token.
web-refused-change = Se rechazó este cambio y no se escribió nada: no procedía de una página de este asistente en esta sesión del navegador (falta el token del formulario o es incorrecto, o la página pertenece a otro sitio). Vuelva a abrir la página y repita el paso.
web-refused-host = Este asistente solo responde en una dirección de bucle invertido (127.0.0.1, localhost o [::1]). Ábralo en la dirección que mostró docwiz serve.

## Table of contents
toc-request = Solicitudes
toc-install = Certificados instalados
site-toc = Contenido
site-previous = Anterior: { $title }
site-next = Siguiente: { $title }
site-breadcrumbs = Está aquí
error-toc-syntax = La tabla de contenido no es YAML válido en este punto, o no es una lista de elementos.
error-toc-item = Un elemento de la tabla de contenido necesita un href (el archivo .md de un tema) o un name (un mensaje que da nombre a una sección).
error-toc-href = { $href } no es un archivo de tema de este árbol (se esperaba el nombre de un archivo de content/, como certificate-request.md).
error-toc-value = El valor de { $key } no es válido aquí: name y href admiten texto; items, una lista de elementos.
error-toc-too-deep = La tabla de contenido está anidada a demasiada profundidad en este punto.
lint-toc-missing = El tema { $id } no figura en la tabla de contenido (content/toc.yml).
lint-toc-unknown = La tabla de contenido incluye { $id }, pero ningún tema tiene ese identificador.
lint-toc-twice = La tabla de contenido incluye { $id } más de una vez; la barra lateral y los enlaces «Anterior» y «Siguiente» siguen la primera aparición.
lint-toc-name = La tabla de contenido da nombre a una sección con { $id }, pero ui.ftl no tiene ese mensaje.
topics-tree-title = Tabla de contenido
site-skip = Ir al tema

## Certificate lines
cert-chain-line = { $certificate } — cadena de certificados { $chain }
live-pending-none = ninguna

## Help view
help-view-key-clear = borrar la búsqueda
label-value = { $label }: { $value }
list-notes = { $first }; { $second }
key-usage-bit = { $bit ->
    [digitalSignature] Firma digital
    [nonRepudiation] No repudio
    [keyEncipherment] Cifrado de clave
    [dataEncipherment] Cifrado de datos
    [keyAgreement] Acuerdo de claves
    [keyCertSign] Firma de certificados
    [cRLSign] Firma de CRL
    [encipherOnly] Solo cifrar
    [decipherOnly] Solo descifrar
   *[other] { $bit }
}

## Help server: broken pages and listening
site-broken-title = Esta página tiene errores
site-broken = El tema o su traducción tiene errores, por lo que la página no se muestra. Corríjalos y vuelva a cargar la página:
os-error-address-in-use = la dirección ya está en uso: otro programa escucha en este puerto (error del sistema { $errno })
os-error-address-not-available = la dirección no es de este equipo (error del sistema { $errno })

## Search
help-no-such-section = El tema { $topic } no tiene ninguna sección «{ $anchor }»: se muestra el tema completo.
search-in-english = [en inglés]
search-unmatched-word = Ningún tema contiene «{ $word }».
search-other-words = Los temas siguientes contienen las demás palabras.
error-no-search-hit = Ningún tema de ayuda contiene «{ $query }».
error-nearest-terms = Palabras más cercanas en los temas: { $terms }
error-no-nearest-terms = Ninguna palabra de los temas se le parece.
error-search-index = No se puede crear el índice de búsqueda: { $reason }

## Lint: typography, glossary, plurals
lint-typo-fr-space = Tipografía francesa: delante de «{ $char }» va un espacio fino de no separación (U+202F); `{ $fix }` lo añade.
lint-typo-fr-guillemet = Tipografía francesa: dentro de las comillas angulares va un espacio fino de no separación (U+202F), después de la de apertura y antes de la de cierre, aquí junto a { $char }; `{ $fix }` lo añade.
lint-typo-fr-apostrophe = Tipografía francesa: el apóstrofo es ’ (U+2019), no '; `{ $fix }` lo sustituye.
lint-typo-quotes = Comillas: este idioma cita con { $open }…{ $close }, así que aquí { $found } debe ser { $expected }; `{ $fix }` lo sustituye.
lint-typo-zh-space = Tipografía china: no va ningún espacio junto al signo de ancho completo { $char }; `{ $fix }` lo elimina.
lint-typo-zh-full-width = Tipografía china: después de texto chino, { $found } se escribe en ancho completo: { $expected }; `{ $fix }` lo sustituye.
lint-typo-zh-parentheses = Tipografía china: los paréntesis son de ancho completo alrededor de texto con algún carácter chino y de ancho medio alrededor de texto sin ninguno; por eso aquí { $found } debe ser { $expected }. `{ $fix }` los sustituye.
lint-placeholder-unknown = «<{ $found }>» no es un nombre de valor de la línea de comandos en este idioma: un marcador de posición se escribe como `--help` nombra el valor aquí (un mensaje cli-value-* de ui.ftl, por ejemplo <{ $example }>).
lint-placeholder-bare = En un comando, un marcador de posición se escribe entre corchetes angulares, como lo escribe la línea «Uso» de `--help`: <{ $name }>; `{ $fix }` los añade.
lint-plural-one = En { $locale }, [one] de { $id } también se elige para { $numbers }, pero su texto no muestra el número ({ $variable }) y dice «exactamente uno»: añada una variante [1] para exactamente uno o muestre el número en [one].
lint-fix-built-in = --fix reescribe archivos, así que necesita el árbol que debe corregir: indíquelo con --root <{ cli-value-dir }>.
lint-fixed = Correcciones tipográficas hechas: { $edits } (archivos reescritos: { $files }).
lint-glossary-forbidden = «{ $found }» no es el término del glosario para «{ $english }»: use «{ $preferred }» ({ $glossary }).
lint-glossary-xml = Este glosario no es XML bien formado; sus términos no se comprueban.
lint-glossary-status = «{ $value }» no es un estado administrativo de TBX-Basic (preferredTerm-admn-sts, admittedTerm-admn-sts, deprecatedTerm-admn-sts, supersededTerm-admn-sts).
lint-glossary-no-preferred = El concepto { $concept } prohíbe términos en { $locale }, pero no nombra ahí ningún término preferido.
cli-about = Ayuda F1 localizada con el estado actual de los certificados
cli-help-flag = Mostrar la ayuda
cli-version-flag = Mostrar la versión
cli-heading-usage = Uso
cli-heading-options = Opciones
cli-heading-arguments = Argumentos
cli-heading-commands = Comandos
cli-usage-options = OPCIONES
cli-heading-colon = { ":" }
cli-value-command = COMANDO
cli-value-addr = DIRECCIÓN
cli-value-addr-port = DIRECCIÓN:PUERTO
cli-value-cmd = COMANDO
cli-value-csr-file = ARCHIVO_CSR
cli-value-dir = DIRECTORIO
cli-value-email = CORREO
cli-value-file = ARCHIVO
cli-value-format = FORMATO
cli-value-fqdn = FQDN
cli-value-key = CLAVE
cli-value-key-type = TIPO_DE_CLAVE
cli-value-keyword-topic = PALABRA_CLAVE|TEMA
cli-value-n = N
cli-value-name = NOMBRE
cli-value-pem = PEM
cli-value-port = PUERTO
cli-value-query = CONSULTA
cli-value-request = SOLICITUD
cli-value-tag = IDIOMA
cli-value-topic = TEMA
cli-value-thumbprint = HUELLA_DIGITAL
cli-value-url = URL
cli-value-usage = USO
cli-value-ca = CA
cli-arg-lang = Idioma de toda la salida: BCP 47 o POSIX, también una lista de preferencias separadas por comas y ponderadas con `;q=` como en Accept-Language; se puede repetir. Predeterminado: LC_ALL, LC_MESSAGES, LANG. Con `export`, los idiomas que se exportan.
cli-arg-root = Un árbol de contenido (con content/ y locales/) en lugar del integrado.
cli-arg-store = El almacén del asistente (de forma predeterminada, $DOCWIZ_HOME; si no, $XDG_DATA_HOME/docwiz).
cli-arg-json = Imprimir un único documento JSON.
cli-arg-plain = Salida línea a línea para lectores de pantalla: sin paginador, sin interfaz a pantalla completa, sin estilos ANSI.
cli-arg-no-interactive = No abrir nunca el asistente a pantalla completa ni el paginador: los comandos imprimen todo como si no hubiera terminal.
cli-about-help = Mostrar el tema de ayuda de unas palabras clave F1 (la más específica primero) o de un identificador de tema.
cli-arg-help-keywords = Palabras clave F1, la más específica primero, o identificadores de tema.
cli-arg-help-format = El formato de salida: term (el terminal), md (Markdown) o html.
cli-arg-help-side-by-side = Mostrar después de cada bloque su texto original en inglés.
cli-arg-help-strict = Fallar (código de salida 1) si algún mensaje recurre al inglés.
cli-arg-help-live = Mostrar en la página el estado actual del asistente (opción predeterminada).
cli-arg-help-no-live = Omitir el estado actual.
cli-arg-help-request = La solicitud cuyo estado muestra la página (de forma predeterminada, la más reciente).
cli-arg-help-no-pager = Imprimir la página aunque sea más larga que el terminal, en lugar de mostrarla en el paginador a pantalla completa.
cli-about-search = Buscar temas por las palabras de sus títulos, encabezados, texto y palabras clave F1.
cli-arg-search-query = Las palabras que se buscan (todas, en cualquier orden; cualquiera de ellas si ningún tema las contiene todas).
cli-arg-search-limit = Mostrar como máximo este número de temas.
cli-about-topics = Enumerar los temas con sus títulos, palabras clave F1 y mensajes sin traducir.
cli-arg-topics-tree = Imprimir la tabla de contenido (content/toc.yml) como un árbol de títulos.
cli-about-lint = Comprobar el contenido y las traducciones; código de salida 1 si hay errores.
cli-arg-lint-fix = Reescribir las traducciones del árbol --root con las correcciones tipográficas que propone lint (solo el texto de los mensajes) y volver a comprobar.
cli-about-export = Escribir todos los temas en todos los idiomas como un sitio HTML estático o como Markdown.
cli-arg-export-format = El formato de salida: html (un sitio) o md (Markdown para un repositorio de DocFX).
cli-arg-export-out = El directorio que se escribe (se reemplaza por completo si la exportación se realiza correctamente).
cli-arg-export-live = Incluir el estado actual del asistente en las páginas que tienen un marcador de posición dinámico.
cli-arg-export-base-url = La URL en la que se publicará el sitio: los vínculos a las versiones en otros idiomas (hreflang) pasan a ser absolutos.
cli-about-wizard = El Asistente para certificados.
cli-arg-wizard-f1 = Mostrar el tema de ayuda de esta página con el estado actual en lugar de ejecutar el paso.
cli-about-wizard-request = Solicitar un certificado en línea: clave, CSR, respuesta de la CA y, después, la página de estado.
cli-arg-wizard-request-fqdn = El nombre de dominio completo del servidor (CN del asunto y primer nombre alternativo del sujeto).
cli-arg-wizard-request-sans = Otro nombre DNS para el certificado (se puede repetir).
cli-arg-wizard-request-key = El tipo de clave: rsa-2048, rsa-3072, rsa-4096, ecdsa-p256, ecdsa-p384.
cli-arg-wizard-request-usage = Usos de certificado separados por comas: default, web-internal, web-external.
cli-arg-wizard-request-ca = La CA: la CA local integrada, una CA ACME o cfssl.
cli-arg-wizard-request-offline = Escribir en su lugar la CSR en este archivo nuevo; la respuesta de la CA se importa después. Nunca se reemplaza un archivo existente ni se escribe nada dentro del almacén; el directorio del archivo debe existir (si no, código de salida 2).
cli-arg-wizard-request-acme-directory = La URL del directorio ACME (con --ca acme).
cli-arg-wizard-request-acme-ca-bundle = Un certificado de CA en formato PEM al que lleva la cadena del certificado HTTPS del servidor ACME.
cli-arg-wizard-request-acme-contact = Una dirección de correo de contacto para la cuenta ACME.
cli-arg-wizard-request-acme-http-port = El puerto en el que docwiz responde a los desafíos http-01.
cli-arg-wizard-request-acme-http-address = La dirección en la que docwiz espera esos desafíos (solo 127.0.0.1, salvo que indique otra).
cli-arg-wizard-request-cfssl-url = La URL de `cfssl serve` (con --ca cfssl).
cli-arg-wizard-request-cfssl-profile = El perfil de firma de cfssl.
cli-about-wizard-import-response = Importar la respuesta de la CA a una solicitud retrasada (PEM, DER o PKCS#7).
cli-arg-wizard-import-response-request = La solicitud retrasada a la que corresponde la respuesta.
cli-arg-wizard-import-response-file = La respuesta de la CA: un certificado en PEM o DER, o un archivo PKCS#7 con su cadena de certificados.
cli-about-wizard-import = Instalar un certificado obtenido en otro lugar con su clave: <{ cli-value-file }> --key <{ cli-value-key }>, un archivo PEM que contenga ambos o un archivo .pfx.
cli-arg-wizard-import-file = Un certificado (PEM, DER, PKCS#7; con --key), un archivo PEM que contenga el certificado y su clave, o un archivo PKCS#12.
cli-arg-wizard-import-key = La clave privada del certificado (PEM o DER: PKCS#8, PKCS#8 cifrado, PKCS#1, SEC1).
cli-arg-wizard-import-password-file = Un archivo cuya primera línea es la contraseña PKCS#12.
cli-arg-wizard-import-key-password-file = Un archivo cuya primera línea es la contraseña de una clave cifrada.
cli-arg-wizard-import-friendly-name = Qué par se toma de un archivo PKCS#12 que contiene varios: su nombre descriptivo o la huella digital de su certificado.
cli-about-wizard-retry = Volver a enviar a la CA local una solicitud local que ha fallado (misma clave y misma CSR).
cli-arg-wizard-retry-request = La solicitud que ha fallado (de forma predeterminada, la solicitud más reciente).
cli-about-wizard-status = La página «Estado de la solicitud de certificado en línea».
cli-arg-wizard-status-request = La solicitud que se muestra (de forma predeterminada, la más reciente).
cli-about-wizard-details = Ver detalles del certificado.
cli-arg-wizard-details-thumbprint = El certificado que se muestra, indicado por su huella digital SHA-1 (de forma predeterminada, el certificado de la solicitud más reciente).
cli-about-wizard-finish = Completar la solicitud; asignar el certificado a sus usos, salvo con --no-assign.
cli-arg-wizard-finish-request = La solicitud que se completa (de forma predeterminada, la más reciente).
cli-arg-wizard-finish-no-assign = Desactivar la casilla «Asignar este certificado a los usos de certificado de …».
cli-arg-wizard-finish-deploy-hook = Un comando de shell que se ejecuta después de la asignación (al estilo de certbot). Si falla, la asignación se mantiene (enlaces e historial ya cambiados) y docwiz informa del error del comando con el código de salida 1, como hace certbot.
cli-about-wizard-check = Comprobar el almacén: enlaces de live/, claves privadas, registros, archivos de certificado y la CA local; cada problema con su archivo. Código de salida 1 si hay alguno.
cli-about-wizard-assign = Asignar un certificado instalado a uno o varios usos.
cli-arg-wizard-assign-thumbprint = El certificado que se asigna, indicado por su huella digital SHA-1.
cli-arg-wizard-assign-usage = Usos de certificado separados por comas (de forma predeterminada, los de su solicitud).
cli-arg-wizard-assign-deploy-hook = Un comando de shell que se ejecuta después de la asignación (al estilo de certbot). Si falla, la asignación se mantiene (enlaces e historial ya cambiados) y docwiz informa del error del comando con el código de salida 1, como hace certbot.
cli-about-trust = Los almacenes de confianza: Entidades de certificación raíz de confianza y Entidades de certificación intermedias.
cli-about-trust-import-root = Confiar en una CA raíz (Entidades de certificación raíz de confianza); antes pide confirmación.
cli-arg-trust-import-root-file = El certificado de la CA raíz (PEM, DER o PKCS#7).
cli-arg-trust-import-root-yes = Confiar sin pedir confirmación.
cli-about-trust-import-intermediate = Agregar una CA intermedia (Entidades de certificación intermedias).
cli-arg-trust-import-intermediate-file = El certificado de la CA intermedia (PEM, DER o PKCS#7).
cli-about-trust-list = Mostrar los dos almacenes de confianza.
cli-about-certs = Certificados instalados.
cli-about-certs-list = Certificados instalados y los usos a los que están asignados.
cli-about-serve = Servir por HTTP el sitio de ayuda, el punto de conexión F1 y el asistente.
cli-arg-serve-listen = La dirección y el puerto en los que escuchar; con cualquier dirección que no sea de bucle invertido, las páginas del asistente exigen el token de acceso que se muestra al iniciar.
cli-arg-serve-open = Abrir el sitio en el navegador predeterminado en cuanto esté escuchando.
cli-try-help = Para obtener más información, pruebe «{ $flag }».
cli-error-missing-value = «{ $arg }» requiere un valor, pero no se ha indicado ninguno.
cli-error-invalid-value = «{ $value }» no es un valor válido para «{ $arg }».
cli-error-invalid-choice = «{ $value }» no es un valor válido para «{ $arg }»; valores posibles: { $valid }.
cli-error-invalid-value-why = «{ $value }» no es un valor válido para «{ $arg }»: { $reason }.
cli-error-out-of-range = «{ $value }» no es un valor válido para «{ $arg }»: indique un número entero de { $min } a { $max }.
cli-error-unknown-argument = Argumento inesperado «{ $arg }».
cli-error-unknown-command = Comando desconocido «{ $command }».
cli-error-missing-arguments = { $count ->
    [one] Falta este argumento obligatorio: { $args }
   *[other] Faltan estos argumentos obligatorios: { $args }
}
cli-error-missing-command = Se requiere un comando: { $commands }.
cli-error-given-twice = «{ $arg }» no se puede indicar más de una vez.
cli-error-conflict = «{ $arg }» no se puede usar con «{ $other }».
cli-error-no-equals = «{ $arg }» necesita su valor después de un signo igual (=).
cli-error-too-many-values = Valor inesperado «{ $value }» para «{ $arg }».
cli-error-wrong-number-of-values = «{ $arg }» ha recibido un número incorrecto de valores.
cli-error-not-utf8 = Un argumento no es texto UTF-8 válido.
cli-error-other = No se pueden leer los argumentos.
cli-tip-similar-command = Sugerencia: existe un comando parecido: { $suggestion }
cli-tip-similar-argument = Sugerencia: existe un argumento parecido: { $suggestion }
cli-tip-similar-value = Sugerencia: existe un valor parecido: { $suggestion }
cli-tip-value-with-dash = Sugerencia: para pasar «{ $arg }» como valor, use «-- { $arg }».
cli-error-listen-address = se esperaba { cli-value-addr-port }, como 127.0.0.1:8080 o localhost:8080
cli-about-certs-remove = Quitar del almacén un certificado instalado y su clave; se rechaza mientras un uso lo tenga asignado (asigne antes otro certificado a ese uso). La solicitud de la que procede conserva su registro y su clave.
cli-arg-certs-remove-thumbprint = La huella digital del certificado (SHA-1, tal como la muestra `certs list`).
cli-about-certs-export = Escribir un certificado instalado con su clave y su cadena para otro servidor: un archivo PKCS#12 (--pfx) o archivos PEM como los escribe certbot (--pem).
cli-arg-certs-export-thumbprint = La huella digital del certificado (SHA-1, tal como la muestra `certs list`).
cli-arg-certs-export-pfx = Un archivo PKCS#12 (.pfx, 0600) nuevo con la clave y la cadena, para Windows, IIS u `openssl pkcs12`. AES-256-CBC con PBKDF2-SHA256.
cli-arg-certs-export-password-file = Un archivo cuya primera línea es la contraseña del PKCS#12. Sin él, la contraseña se pide en el terminal (dos veces); una contraseña vacía se rechaza.
cli-arg-certs-export-legacy = Proteger el archivo PKCS#12 con 3DES y un MAC SHA-1, para versiones de Windows anteriores a Windows 10 1709 y Windows Server 2019.
cli-arg-certs-export-pem = Un directorio para cert.pem, chain.pem, fullchain.pem y privkey.pem (0600), como los escribe certbot. Se crea (0700) si no existe; los archivos que ya haya nunca se reemplazan.
cli-after-wizard-finish =
    Archivos: tras la asignación, el certificado de cada uso está en el almacén, en
    live/<{ cli-value-usage }>/fullchain.pem (el certificado y los certificados de sus CA) y
    live/<{ cli-value-usage }>/privkey.pem (su clave, 0600); el comando muestra sus rutas completas.
    Siguen al uso cuando se le asigna otro certificado, así que la configuración
    de un servidor los nombra una sola vez.

    Comando de implementación (--deploy-hook <{ cli-value-cmd }>): se ejecuta con sh -c una vez
    cambiados los vínculos, con este entorno:
      DOCWIZ_USAGES          los usos recién asignados, separados por comas
                             (default,web-internal,web-external)
      DOCWIZ_THUMBPRINT      la huella digital del certificado asignado
      DOCWIZ_CERT_DIR        su directorio en el almacén, ruta absoluta
                             (certs/<{ cli-value-thumbprint }>: cert.pem, chain.pem,
                             fullchain.pem, privkey.pem)
      DOCWIZ_OLD_THUMBPRINT  en la renovación (wizard renew): el certificado reemplazado;
                             finish y assign nunca la definen
    Si el comando falla, la asignación se mantiene y docwiz termina con el código 1, como certbot.
cli-after-wizard-assign = { cli-after-wizard-finish }
cli-default-value = [valor predeterminado: { $value }]
cli-possible-values = [valores posibles: { $values }]
cli-arg-trust-f1 = Mostrar el tema de ayuda de esta página con el estado actual en lugar de ejecutar el paso.
cli-arg-certs-f1 = Mostrar el tema de ayuda de esta página con el estado actual en lugar de ejecutar el paso.

error-in-use = { $count ->
    [one] El certificado { $thumbprint } está asignado a este uso, por lo que no se ha quitado; asigne antes otro certificado a ese uso ({ $command }):
   *[other] El certificado { $thumbprint } está asignado a estos usos, por lo que no se ha quitado; asigne antes otro certificado a esos usos ({ $command }):
}
in-use-usage = { $label } (--usage { $usage })
certs-removed = Se quitaron del almacén el certificado { $thumbprint } y su clave privada.
error-needs-password = Un archivo PKCS#12 necesita una contraseña: indique --password-file <{ cli-value-file }> (su primera línea es la contraseña) o ejecute el comando en un terminal para escribirla. No se escribió nada.
error-password-not-confirmed = La contraseña estaba vacía o las dos entradas no coinciden. No se escribió nada.
export-password-empty = La primera línea de este archivo está vacía; un archivo PKCS#12 necesita una contraseña. No se escribió nada.
export-not-file-name = Esto no es un nombre de archivo para el certificado exportado.
export-no-directory = El directorio { $dir } no existe: créelo primero o elija otra ubicación.
export-exists = Este archivo ya existe. docwiz nunca reemplaza un archivo al exportar un certificado: elija un nombre nuevo o quite antes el archivo.
export-revoked-warning = Advertencia: el certificado { $thumbprint } se revocó el { $date } ({ $reason }): los clientes que comprueban la revocación lo rechazan.
export-not-regular = Ya hay con este nombre algo que no es un archivo (un directorio, un enlace, un FIFO, un dispositivo…); docwiz solo exporta a archivos nuevos.
export-pem-is-file = Esto es un archivo, y --pem necesita un directorio (nuevo, o que no contenga ninguno de cert.pem, chain.pem, fullchain.pem, privkey.pem). Para un solo archivo, use --pfx.
export-in-store = Esta ubicación está dentro del almacén { $store }, cuyos archivos gestiona docwiz: exporte fuera de él.
certs-exported-pfx = El certificado, su clave privada y su cadena se escribieron en { $file }.
certs-exported-pem = El certificado, su cadena y su clave privada se escribieron en:
prompt-password = Contraseña del archivo PKCS#12:
prompt-password-again = Repita la contraseña:

assign-file-chain = { $usage }, certificado y cadena: { $path }
assign-file-key = { $usage }, clave privada: { $path }

site-search-label = Buscar en la ayuda
site-search-button = Buscar
site-search-results = Temas que contienen «{ $query }»
site-search-nothing = Ningún tema contiene «{ $query }».
site-search-unavailable = No se puede cargar el índice de búsqueda de este sitio.

renew-nothing-due = Ningún certificado necesita renovarse; el próximo, { $thumbprint }, se renovará a partir del { $date }.
renew-nothing-assigned = Ningún certificado está asignado a un uso, así que no hay nada que renovar.
renew-done = Se renovó el certificado { $old }: el nuevo certificado { $new } (solicitud { $request }) asumió sus usos.
renew-failed-line = El certificado { $thumbprint } no se renovó y conserva sus usos (el motivo se indica arriba).
renew-not-due-line = Aún no toca renovar el certificado { $thumbprint }: se renovará a partir del { $date }.
renew-reason-untrusted = la cadena del nuevo certificado no es de confianza ({ $status ->
    [untrusted-root] la CA raíz no es de confianza
    [missing-intermediate] falta un certificado de CA intermedia
    [expired] un certificado ha expirado
    [not-yet-valid] un certificado aún no es válido
   *[other] no se puede comprobar
}), así que no asumió ningún uso
renew-reason-not-renewable = el certificado { $thumbprint } no se solicitó a una CA a través de docwiz (se importó o se solicitó sin conexión): renuévelo donde se emitió y después importe el nuevo certificado
error-renew-untrusted = La cadena del nuevo certificado no es de confianza ({ $status ->
    [untrusted-root] la CA raíz no es de confianza
    [missing-intermediate] falta un certificado de CA intermedia
    [expired] un certificado ha expirado
    [not-yet-valid] un certificado aún no es válido
   *[other] no se puede comprobar
}), así que no asumió ningún uso.
error-renew-not-renewable = El certificado { $thumbprint } no se solicitó a una CA a través de docwiz (se importó o se solicitó sin conexión): renuévelo donde se emitió y después importe el nuevo certificado.
error-not-renewable-unassigned = El certificado { $thumbprint } no está asignado a ningún uso, y la renovación sustituye un certificado que tiene asignado un uso. Asígnelo primero o solicite un certificado nuevo.
renew-due-note = Renovación pendiente desde el { $date }: { $command }
renew-failed-note = La última renovación, el { $date }, falló: { $reason }. El certificado conserva sus usos.
list-days-left = { $days ->
    [one] queda { $days } día
   *[other] quedan { $days } días
}
list-expired = expirado
value-with-note = { $value } ({ $note })
cli-about-wizard-renew = Renovar los certificados asignados que estén por expirar: la misma solicitud otra vez (nombres, tipo de clave, usos, CA), y el nuevo certificado asume los usos del anterior. Si no hay nada que renovar: una sola línea y código 0 (para un temporizador).
cli-arg-wizard-renew-thumbprint = Solo este certificado, indicado por su huella digital SHA-1.
cli-arg-wizard-renew-all = Todos los certificados asignados que estén por expirar (opción predeterminada).
cli-arg-wizard-renew-days = Renovar cuando queden menos de N días, N de 0 a 3650 (predeterminado: un tercio de la validez, 30 días como máximo, o antes si se abre la ventana de renovación de la CA ACME).
cli-arg-wizard-renew-reuse-key = Conservar la clave del certificado en lugar de crear una nueva.
cli-arg-wizard-renew-deploy-hook = Un comando de shell que se ejecuta una vez después de que cada certificado renovado asuma sus usos, con DOCWIZ_OLD_THUMBPRINT igual al certificado sustituido.
cli-arg-wizard-renew-quiet = No mostrar nada cuando no haya nada pendiente (los errores se siguen mostrando): para un temporizador o cron.
cli-after-wizard-renew = { cli-after-wizard-finish }
cli-arg-wizard-request-local-validity-days = La CA local: la validez del certificado en días, de 1 a 397 (397 de forma predeterminada). Las renovaciones la repiten; los periodos de validez cortos sirven para probar la renovación.

## Revocación (wizard revoke, trust crl)

revoke-ca-name = { $ca ->
    [local] la CA local
    [acme] la CA ACME
    [cfssl] la CA cfssl
   *[other] la CA «{ $ca }»
}
revoke-reason-unspecified = no se indicó ningún motivo
revoke-reason-key-compromise = la clave privada se vio comprometida
revoke-reason-ca-compromise = la CA se vio comprometida
revoke-reason-affiliation-changed = cambió el nombre o la afiliación del asunto
revoke-reason-superseded = el certificado se reemplazó
revoke-reason-cessation-of-operation = el servidor ya no está en funcionamiento
revoke-reason-privilege-withdrawn = se retiró el derecho a usar el certificado
revoke-warning = Está a punto de revocar el certificado { $thumbprint } ({ $subject }) en { $ca } porque { $reason }. Una revocación no se puede deshacer: a partir de ahora, los clientes que comprueban la revocación rechazarán este certificado.
revoke-warning-usages = { $count ->
    [1] Este uso se quedará sin certificado hasta que asigne otro: { $usages }
   *[other] Estos usos se quedarán sin certificado hasta que asigne otro: { $usages }
}
revoke-question = ¿Desea revocar este certificado? [s/N]
revoke-done = El certificado { $thumbprint } fue revocado por { $ca } el { $date } ({ $reason }).
revoke-unassigned = { $count ->
    [1] Este uso ya no tiene certificado: { $usages }. Asigne otro: { $command }
   *[other] Estos usos ya no tienen certificado: { $usages }. Asigne otro: { $command }
}
revoke-kept = El certificado revocado sigue instalado; para quitarlo: { $command }
revoke-same-key = El certificado { $thumbprint } certifica la misma clave comprometida y no está revocado: revóquelo también: { $command }
revoked-note = Revocado el { $date } ({ $reason }): ya no se puede asignar ni renovar.
live-cert-revoked = { $thumbprint } ({ $subject }), revocado el { $revoked }
error-revoke-needs-confirmation = Para revocar un certificado se necesita su confirmación: ejecute el comando en un terminal o agregue --yes. No se revocó nada.
error-revoke-declined = No se revocó nada.
error-not-revocable = { $ca ->
    [offline] El certificado { $thumbprint } se solicitó sin conexión, así que docwiz no puede pedir a su CA que lo revoque: revóquelo en la CA que lo emitió.
    [local] El certificado { $thumbprint } lo emitió una CA local que este almacén ya no tiene: no se puede revocar aquí. Revóquelo en la CA que lo emitió.
   *[other] El certificado { $thumbprint } no se solicitó a una CA a través de docwiz (se importó), así que docwiz no puede revocarlo: revóquelo en la CA que lo emitió.
}
error-already-revoked = El certificado { $thumbprint } ya se revocó el { $date }.
error-cert-revoked = El certificado { $thumbprint } se revocó el { $date }: ya no se puede asignar ni renovar. Solicite un certificado nuevo.
error-key-compromised = La clave del certificado { $thumbprint } se declaró comprometida al revocarse el certificado { $revoked } el { $date }: con --reuse-key se certificaría de nuevo. Renueve sin --reuse-key para obtener una clave nueva.
error-export-compromised = El certificado { $thumbprint } no se exporta: su clave se declaró comprometida al revocarse el certificado { $revoked } el { $date }, y una clave comprometida no debe volver a implementarse. Solicite un certificado nuevo, con una clave nueva.
error-cert-removed = El certificado { $thumbprint } se quitó del almacén junto con su clave (certs remove): ya no se puede asignar. Solicite un certificado nuevo.
error-store-not-found = No hay ningún almacén en { $store }. Indique el almacén con --store <{ cli-value-dir }> (o DOCWIZ_HOME); un temporizador o un servicio puede ejecutarse sin el HOME del usuario que lo creó.
error-no-local-ca = El almacén todavía no tiene una CA local, así que no hay ninguna CRL que escribir: la CA local se crea con la primera solicitud que se le hace.
crl-written = La CRL número { $number } de la CA local ({ $count ->
    [0] ningún certificado revocado
    [one] un certificado revocado
   *[other] { $count } certificados revocados
}, próxima actualización a más tardar el { $date }) se escribió en { $file }.
crl-not-file-name = Esto no es un nombre de archivo para la CRL.
crl-no-directory = El directorio { $dir } no existe. docwiz no crea directorios fuera de su almacén: créelo primero o elija otro archivo.
crl-exists = Este archivo ya existe. Sin --force, docwiz nunca reemplaza un archivo por la CRL: elija un nombre de archivo nuevo, quite antes el archivo o agregue --force para reemplazarlo.
crl-not-regular = Ya hay con este nombre algo que no es un archivo (un directorio, un enlace, un FIFO, un dispositivo…); docwiz solo escribe la CRL en un archivo nuevo.
crl-in-store = Este archivo está dentro del almacén { $store }, cuyos archivos gestiona docwiz: escriba la CRL fuera de él.
cli-about-wizard-revoke = Revocar un certificado en la CA que lo emitió (la CA local, ACME o cfssl, según se hizo su solicitud); pide confirmación antes. Los usos que lo tienen asignado lo pierden; sigue instalado.
cli-arg-wizard-revoke-thumbprint = La huella digital del certificado (SHA-1, tal como la muestra `certs list`).
cli-arg-wizard-revoke-reason = El motivo, por su nombre en la RFC 5280.
cli-arg-wizard-revoke-yes = Revocar sin pedir confirmación.
cli-value-reason = MOTIVO
cli-about-trust-crl = Escribir la lista de revocación de certificados (CRL) de la CA local, firmada por su CA emisora, en un archivo nuevo: PEM, o DER con --der.
cli-arg-trust-crl-out = El archivo nuevo (sin --force nunca se reemplaza un archivo existente).
cli-arg-trust-crl-der = Escribir DER en lugar de PEM.
cli-arg-trust-crl-force = Reemplazar { cli-value-file } si existe (de forma atómica: un archivo nuevo se renombra encima), para escribir una CRL nueva cada pocos días desde un temporizador.
details-revocation = Revocación
