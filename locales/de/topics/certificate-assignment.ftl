# Hilfe zum Zuweisen eines Zertifikats an Verwendungen, nach einer Anforderung oder aus der Zertifikatliste.

title = Zertifikat zuweisen
description = Wie der Zertifikat-Assistent ein Zertifikat den Verwendungen von { -product } zuweist, was er vorher prüft und was sich auf dem Server ändert.
intro = Wenn Sie ein Zertifikat zuweisen, setzt { -product } es für eine oder mehrere Verwendungen ein. Das geschieht, wenn Sie bei aktiviertem Kontrollkästchen **{ -checkbox-assign }** auf **{ -button-finish }** klicken, oder später auf der Seite **{ -page-assignment }**: Dort wählen Sie ein installiertes Zertifikat in der Liste aus und klicken auf **{ -button-assign }** (`docwiz wizard assign --thumbprint <FINGERABDRUCK>`).
checks-heading = Was der Assistent prüft
checks-intro = Bevor der Assistent etwas zuweist, prüft er für jede Verwendung, ob
check-chain = die Zertifikatkette vertrauenswürdig ist, d. h. ob sich das Stammzertifikat der ZS im Speicher **{ -store-root }** und jedes Zertifikat einer Zwischenzertifizierungsstelle im Speicher **{ -store-intermediate }** befindet;
check-validity = das Zertifikat heute gültig ist;
check-eku = seine erweiterte Schlüsselverwendung die Verwendung zulässt: Serverauthentifizierung für die Webdienste, Server- und Clientauthentifizierung für **{ -usage-default }**;
check-names = einer seiner alternativen Antragstellernamen den FQDN des Servers abdeckt;
check-key = sein privater Schlüssel auf dem Server vorhanden ist und zum Zertifikat gehört.
all-or-nothing = Schlägt auch nur eine Prüfung für eine einzige Verwendung fehl, wird nichts zugewiesen, und der Assistent listet sämtliche Gründe auf. Beheben Sie die genannten Probleme, und weisen Sie das Zertifikat erneut zu.
switch-heading = Was sich ändert
switch = Jede Verwendung wechselt in einem einzigen Schritt zum neuen Zertifikat, sodass ein Dienst nie einen halb vollzogenen Wechsel sieht. Das Zertifikat, das der Verwendung bisher zugewiesen war, bleibt installiert: Sie können jederzeit wieder zu diesem Zertifikat wechseln.
history = Jede Zuweisung wird mit Zeitpunkt, Verwendung und den Fingerabdrücken des alten und des neuen Zertifikats protokolliert.
hook = Wenn Sie einen Bereitstellungshook angeben (`--deploy-hook`), führt der Assistent ihn nach dem Wechsel aus und übergibt ihm die Verwendungen, den Fingerabdruck und den Zertifikatordner als Umgebungsvariablen, etwa um einen Webserver neu zu laden.
untrusted = Solange die Kette eines Zertifikats nicht vertrauenswürdig ist, bietet der Assistent keine Zuweisung an. [Importieren Sie zuerst die fehlenden ZS-Zertifikate](topic:trust-import); die Statusseite nennt jedes davon zusammen mit dem Befehl, der es importiert.
renewal = Zertifikate laufen ab: Der Assistent kann [die zugewiesenen Zertifikate erneuern](topic:certificate-renewal), wenn sie fällig sind; das neue Zertifikat übernimmt dann die Verwendungen des alten.
later = Ein Zertifikat lässt sich auch mit seinem Schlüssel für einen anderen Server [exportieren](topic:certificate-export). Eines, das keine Verwendung mehr braucht, kann [entfernt](topic:certificate-removal) werden, und eines, das nicht mehr verwendet werden darf, bei seiner ZS [gesperrt](topic:certificate-revocation) werden.
