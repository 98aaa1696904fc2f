# Hilfe zum Entfernen eines installierten Zertifikats aus dem Speicher (docwiz certs remove).

title = Ein Zertifikat entfernen
description = Wie Sie ein Zertifikat und seinen privaten Schlüssel aus dem Speicher des Zertifikat-Assistenten entfernen, wenn keine Verwendung von { -product } es mehr innehat, und was erhalten bleibt.
intro = Installierte Zertifikate bleiben im Speicher, nachdem sie ersetzt, erneuert oder gesperrt wurden. `docwiz certs remove <FINGERABDRUCK>` entfernt ein Zertifikat, das Sie nicht mehr brauchen, samt seinem privaten Schlüssel.
how-heading = Ein Zertifikat entfernen
how = Ermitteln Sie den Fingerabdruck des Zertifikats mit `docwiz certs list` (oder unter **{ -button-view-details }**), und führen Sie dann `docwiz certs remove <FINGERABDRUCK>` aus. Die Dateien des Zertifikats und sein privater Schlüssel werden in einem Schritt aus dem Speicher gelöscht, und die Entfernung wird im Zuweisungsprotokoll vermerkt.
in-use = Ein Zertifikat, das einer Verwendung zugewiesen ist, wird nie entfernt: Der Befehl lehnt ab und nennt die Verwendungen. [Weisen Sie ihnen zuerst ein anderes Zertifikat zu](topic:certificate-assignment), auf der Seite **{ -page-assignment }** oder mit `docwiz wizard assign`.
kept-heading = Was beim Entfernen erhalten bleibt
kept = Die Anforderung, aus der das Zertifikat hervorging, behält ihren Datensatz und das Zertifikat, und ihre Statusseite gibt an, dass das Zertifikat entfernt wurde; ihre Kopie des privaten Schlüssels wird im selben Schritt gelöscht, sodass keine Kopie des Schlüssels im Speicher bleibt. Was `docwiz wizard renew` über das Zertifikat festgehalten hat, und sein Sperrdatensatz werden mit ihm gelöscht. Wenn Sie das Zertifikat anderswo noch brauchen, [exportieren Sie es samt Schlüssel](topic:certificate-export), bevor Sie es entfernen.
revoke-first = Das Entfernen sperrt ein Zertifikat nicht: Für jeden, der eine Kopie davon und seinen Schlüssel hat, bleibt es bis zu seinem Ablauf gültig. Wenn sein Schlüssel offengelegt worden sein könnte, [sperren Sie es](topic:certificate-revocation) zuerst.
