# Ayuda para importar certificados de CA en los almacenes de confianza de docwiz.

title = Confiar en una entidad de certificación
description = Los dos almacenes de confianza del asistente para certificados, por qué confiar en un certificado raíz requiere su confirmación y cómo importar certificados de CA raíz e intermedia.
intro = Un certificado solo es de confianza si su cadena lleva a un certificado raíz en el que usted ha decidido confiar. Para ello, docwiz mantiene sus propios almacenes de confianza; lo que una CA envía junto con un certificado nunca pasa a ser de confianza por sí solo.
stores-heading = Los dos almacenes
root-store = **{ -store-root }** contiene los certificados raíz en los que usted confía. Aquí solo van certificados de CA autofirmados (`docwiz trust import-root <ARCHIVO>`).
intermediate-store = **{ -store-intermediate }** contiene los certificados de CA situados entre una raíz y los certificados que esta emite. Aquí solo van certificados de CA que no están autofirmados (`docwiz trust import-intermediate <ARCHIVO>`).
root-heading = Confiar en una raíz
root-why = Confiar en una raíz es un paso serio: todos los certificados que emitan la raíz o sus CA intermedias, para cualquier nombre, pasan a ser de confianza. Quien consiga que usted confíe en una raíz propia podrá hacer pasar sus certificados por los de usted.
root-confirm = Por eso el asistente muestra el asunto y la huella digital de cada raíz y pregunta antes de importar nada. Si no hay ningún terminal en el que hacer la pregunta, el asistente se niega a importar, a menos que agregue `--yes`.
root-check = Antes de responder, compare la huella digital con una que haya obtenido por otra vía, por ejemplo del administrador de la CA. Si no coinciden, no confíe en la raíz.
intermediate-heading = Certificados de CA intermedia
intermediate = Los certificados de CA intermedia se importan sin preguntar: solo son de confianza a través de una raíz en la que usted ya confía.
files = Ambos comandos leen archivos PEM, con uno o varios certificados, y archivos DER. [La página de estado de una solicitud](topic:certificate-request-returned) indica el archivo exacto que debe importar para cada certificado que falte.
warning = Si uno solo de los certificados de un archivo no corresponde al almacén elegido, por ejemplo un certificado de servidor presentado como raíz, no se importa nada del archivo.
