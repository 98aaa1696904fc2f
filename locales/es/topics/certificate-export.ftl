# Ayuda para exportar un certificado instalado con su clave para otro servidor (docwiz certs export).

title = Exportar un certificado
description = Cómo exportar un certificado del almacén del asistente para certificados, con su clave privada y su cadena, para otro servidor: como archivo PKCS#12 (.pfx) para Windows e IIS, o como archivos PEM tal como los escribe certbot.
intro = Otro servidor, un equilibrador de carga o un proxy inverso situado delante de { -product } puede necesitar el mismo certificado. `docwiz certs export` escribe un certificado instalado, con su clave privada y sus certificados de CA, en archivos que esos servidores importan.
pfx-heading = Un archivo PKCS#12 (.pfx)
pfx = `docwiz certs export <HUELLA_DIGITAL> --pfx <ARCHIVO>` escribe un archivo PKCS#12 nuevo que Windows, IIS y `openssl pkcs12` importan: el certificado, su clave privada y sus certificados de CA, protegidos con AES-256 y una clave derivada con PBKDF2.
password = El archivo se protege con una contraseña: la primera línea de `--password-file <ARCHIVO>`, o una contraseña escrita dos veces en el terminal. Se rechaza una contraseña vacía. Solo usted puede leer el archivo (modo 0600), y nunca se reemplaza un archivo existente.
legacy = Las versiones de Windows anteriores a Windows 10 versión 1709 y a Windows Server 2019 no pueden leer archivos protegidos con AES: para ellas, agregue `--legacy` (3DES con un MAC SHA-1).
pem-heading = Archivos PEM
pem = `docwiz certs export <HUELLA_DIGITAL> --pem <DIRECTORIO>` escribe cuatro archivos tal como los escribe certbot, para nginx, Apache, HAProxy y la mayoría de los servidores Linux. El directorio se crea si no existe, y los archivos que ya están en él nunca se reemplazan:
pem-cert = `cert.pem`: solo el certificado;
pem-chain = `chain.pem`: sus certificados de CA intermedias;
pem-fullchain = `fullchain.pem`: el certificado seguido de su cadena, lo que espera la mayoría de los servidores;
pem-privkey = `privkey.pem`: la clave privada, sin cifrar, que solo usted puede leer (modo 0600).
key-warning = Un archivo exportado contiene la clave privada del certificado: quien lo tenga puede hacerse pasar por su servidor. Cópielo solo en los servidores que lo necesiten, elimine las copias que ya no necesite y, si alguna quedó expuesta, [revoque el certificado](topic:certificate-revocation). El certificado sigue en el almacén y conserva sus usos; consulte [la asignación de certificados](topic:certificate-assignment).
