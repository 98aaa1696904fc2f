# Hilfe zum Importieren von ZS-Zertifikaten in die Vertrauensspeicher von docwiz.

title = Einer Zertifizierungsstelle vertrauen
description = Die beiden Vertrauensspeicher des Zertifikat-Assistenten, warum das Vertrauen in ein Stammzertifikat Ihre Bestätigung erfordert und wie Sie Stamm- und Zwischenzertifikate von Zertifizierungsstellen importieren.
intro = Ein Zertifikat ist nur dann vertrauenswürdig, wenn seine Kette zu einem Stammzertifikat führt, dem Sie ausdrücklich vertrauen. docwiz führt dafür eigene Vertrauensspeicher; was eine ZS mit einem Zertifikat mitschickt, wird nie automatisch vertrauenswürdig.
stores-heading = Die beiden Speicher
root-store = **{ -store-root }** enthält die Stammzertifikate, denen Sie vertrauen. Hier werden nur selbstsignierte ZS-Zertifikate abgelegt (`docwiz trust import-root <DATEI>`).
intermediate-store = **{ -store-intermediate }** enthält die ZS-Zertifikate, die zwischen einem Stammzertifikat und den von ihm ausgestellten Zertifikaten stehen. Hier werden nur ZS-Zertifikate abgelegt, die nicht selbstsigniert sind (`docwiz trust import-intermediate <DATEI>`).
root-heading = Einem Stammzertifikat vertrauen
root-why = Einem Stammzertifikat zu vertrauen ist ein folgenreicher Schritt: Jedes Zertifikat, das die Stammzertifizierungsstelle oder ihre Zwischenzertifizierungsstellen für einen beliebigen Namen ausstellen, wird damit vertrauenswürdig. Wer Ihnen ein eigenes Stammzertifikat unterschiebt, kann seine Zertifikate anschließend als Ihre ausgeben.
root-confirm = Deshalb zeigt der Assistent Antragsteller und Fingerabdruck jedes Stammzertifikats an und fragt nach, bevor er etwas importiert. Steht kein Terminal für die Rückfrage zur Verfügung, lehnt er den Import ab, sofern Sie nicht `--yes` angeben.
root-check = Vergleichen Sie den Fingerabdruck vor Ihrer Antwort mit einem, den Sie auf anderem Weg erhalten haben, zum Beispiel vom Administrator der ZS. Weichen die beiden voneinander ab, vertrauen Sie dem Stammzertifikat nicht.
intermediate-heading = Zertifikate von Zwischenzertifizierungsstellen
intermediate = Zertifikate von Zwischenzertifizierungsstellen werden ohne Rückfrage importiert: Sie gelten nur über ein Stammzertifikat als vertrauenswürdig, dem Sie bereits vertrauen.
files = Beide Befehle lesen PEM-Dateien mit einem oder mehreren Zertifikaten sowie DER-Dateien. [Die Statusseite einer Anforderung](topic:certificate-request-returned) nennt für jedes fehlende Zertifikat genau die Datei, die Sie importieren müssen.
warning = Gehört auch nur ein Zertifikat einer Datei nicht in den ausgewählten Speicher, etwa ein Serverzertifikat, das als Stammzertifikat angeboten wird, wird nichts aus der Datei importiert.
