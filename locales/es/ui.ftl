# Cadenas de la línea de comandos y del asistente de docwiz, y términos que la ayuda
# comparte con ellos. Los temas de ayuda nombran botones, casillas, páginas y almacenes
# solo mediante estos términos, de modo que la ayuda y el programa siempre coinciden.

## Términos

-product = Skype for Business Server
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
error-unknown-keyword = Ningún tema de ayuda coincide con { $keywords }.
error-nearest-keywords = Palabras clave conocidas más cercanas: { $suggestions }
error-no-nearest-keywords = Ninguna palabra clave conocida se le parece.
error-read = No se puede leer { $path }: { $reason }
error-not-utf8 = Este archivo no es texto UTF-8 válido.
error-ftl-syntax = Error de sintaxis de Fluent: { $detail }
ftl-expected-token = Aquí se esperaba «{ $token }».
ftl-expected-char-range = Aquí se esperaba uno de estos caracteres: { $range }.
ftl-expected-message-field = El mensaje { $id } no tiene valor ni atributos.
ftl-expected-term-field = El término { $id } no tiene valor.
ftl-missing-default-variant = Esta expresión de selección no tiene variante predeterminada (marcada con *).
ftl-missing-value = Aquí se esperaba un valor.
ftl-unterminated-string = Esta cadena literal no está cerrada.
ftl-unbalanced-brace = Esta llave de cierre no tiene llave de apertura.
ftl-expected-expression = Se esperaba una expresión entre las llaves.
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
error-bad-language = { $tag } no es una etiqueta de idioma válida.

## Comprobación (lint)

lint-missing-file = La configuración regional { $locale } no tiene el archivo de traducción { $file }.
lint-missing-message = Falta el mensaje { $id } en { $locale }; se muestra en inglés.
lint-obsolete-message = El mensaje { $id } de { $locale } ya no existe en inglés.
lint-unknown-message = Referencia a un mensaje desconocido { $id }.
lint-unknown-term = Referencia a un término desconocido { $id }.
lint-variables-differ = El mensaje { $id } usa las variables { $found }, pero en inglés usa { $expected }.
lint-unfilled-slot = Ningún mensaje en inglés rellena el marcador de posición { $id }.
lint-duplicate-f1 = La palabra clave F1 { $keyword } la reclaman tanto { $first } como { $second }.
lint-summary = { $errors ->
    [one] Un error
   *[other] { $errors } errores
}, { $warnings ->
    [one] una advertencia.
   *[other] { $warnings } advertencias.
}
