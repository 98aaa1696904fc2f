# Ayuda de «Ver detalles del certificado». Los nombres de los campos proceden de las
# etiquetas de la página de detalles en ui.ftl, de modo que la ayuda y la página siempre usan las mismas palabras.

title = Ver los detalles de un certificado
description = Qué muestran los detalles de un certificado y qué debe revisar antes de ponerlo en uso.
intro = **{ -button-view-details }** abre un certificado y enumera sus propiedades, para que pueda confirmar que es el certificado que pretendía antes de que el servidor lo use (`docwiz wizard details`, con `--thumbprint <HUELLA_DIGITAL>` para un certificado distinto del más reciente).
fields-heading = Qué revisar
field-subject = **{ details-subject }** y **{ details-sans }**: los nombres para los que es válido el certificado. Todos los nombres que usan los clientes para llegar al servidor deben figurar entre los nombres alternativos.
field-validity = **{ details-valid-from }** y **{ details-valid-to }**: el certificado solo funciona entre estas dos fechas.
field-key = **{ details-public-key }** y **{ details-signature-algorithm }**: el tipo y el tamaño de la clave, y cómo firmó la CA el certificado.
field-eku = **{ details-key-usage }** y **{ details-eku }**: para qué se puede usar la clave. El uso «{ -usage-default }» requiere la autenticación del cliente además de la del servidor.
field-constraints = **{ details-basic-constraints }**: un certificado de servidor debe ser una entidad final, nunca una CA.
field-identifiers = **{ details-ski }** y **{ details-aki }**: vinculan el certificado con la clave de la CA que lo emitió.
field-thumbprints = **{ details-sha1 }** y **{ details-sha256 }**: valores hash de todo el certificado. La huella digital SHA-1 es la que usa el asistente para identificar el certificado.
compare = Para asegurarse de que un certificado de otro equipo es el mismo, compare su huella digital con la que se muestra aquí. Si el otro equipo muestra la huella digital SHA-256, compare preferentemente esa: dos certificados distintos no tienen la misma huella digital SHA-256, mientras que ya se han provocado colisiones de SHA-1 de forma deliberada.
