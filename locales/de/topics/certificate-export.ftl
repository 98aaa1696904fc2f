# Hilfe zum Exportieren eines installierten Zertifikats samt Schlüssel für einen anderen Server (docwiz certs export).

title = Ein Zertifikat exportieren
description = Wie Sie ein Zertifikat aus dem Speicher des Zertifikat-Assistenten samt privatem Schlüssel und Kette für einen anderen Server exportieren: als PKCS#12-Datei (.pfx) für Windows und IIS oder als PEM-Dateien, wie certbot sie schreibt.
intro = Ein anderer Server, ein Lastenausgleich oder ein Reverseproxy vor { -product } braucht womöglich dasselbe Zertifikat. `docwiz certs export` schreibt ein installiertes Zertifikat samt privatem Schlüssel und ZS-Zertifikaten in Dateien, die solche Server importieren.
pfx-heading = Eine PKCS#12-Datei (.pfx)
pfx = `docwiz certs export <FINGERABDRUCK> --pfx <DATEI>` schreibt eine neue PKCS#12-Datei, die Windows, IIS und `openssl pkcs12` importieren: das Zertifikat, seinen privaten Schlüssel und seine ZS-Zertifikate, geschützt mit AES-256 und einem mit PBKDF2 abgeleiteten Schlüssel.
password = Die Datei ist durch ein Kennwort geschützt: aus der ersten Zeile von `--password-file <DATEI>` oder zweimal im Terminal eingegeben. Ein leeres Kennwort wird abgelehnt. Nur Sie können die Datei lesen (Modus 0600), und eine vorhandene Datei wird nie ersetzt.
legacy = Windows-Versionen vor Windows 10 Version 1709 und Windows Server 2019 können mit AES geschützte Dateien nicht lesen: Fügen Sie für sie `--legacy` hinzu (3DES mit einem SHA-1-MAC).
pem-heading = PEM-Dateien
pem = `docwiz certs export <FINGERABDRUCK> --pem <VERZEICHNIS>` schreibt vier Dateien, wie certbot sie schreibt, für nginx, Apache, HAProxy und die meisten Linux-Server. Das Verzeichnis wird angelegt, wenn es nicht existiert, und bereits vorhandene Dateien werden nie ersetzt:
pem-cert = `cert.pem`: das Zertifikat allein;
pem-chain = `chain.pem`: seine Zertifikate der Zwischenzertifizierungsstellen;
pem-fullchain = `fullchain.pem`: das Zertifikat, gefolgt von seiner Kette, was die meisten Server erwarten;
pem-privkey = `privkey.pem`: der private Schlüssel, unverschlüsselt, nur für Sie lesbar (Modus 0600).
key-warning = Eine exportierte Datei enthält den privaten Schlüssel des Zertifikats: Wer sie hat, kann sich als Ihr Server ausgeben. Kopieren Sie sie nur auf die Server, die sie brauchen, löschen Sie nicht mehr benötigte Kopien, und wenn eine offengelegt wurde, [sperren Sie das Zertifikat](topic:certificate-revocation). Das Zertifikat bleibt im Speicher und behält seine Verwendungen; siehe [Zertifikate zuweisen](topic:certificate-assignment).
