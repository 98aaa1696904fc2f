# Hilfe zur Seite „Zertifikat importieren“.

title = Zertifikat importieren
description = Wie Sie ein Zertifikat, das nicht über eine Onlineanforderung des Assistenten ausgestellt wurde, in den Zertifikatspeicher des Servers übernehmen.
intro = Auf der Seite **{ -page-import }** übernehmen Sie ein Zertifikat, das nicht über eine Onlineanforderung eingegangen ist, damit der Assistent es wie jedes andere prüfen und zuweisen kann.
what-heading = Was Sie importieren können
what-answer = Die Antwort einer ZS auf eine Anforderung, die Sie zuvor vorbereitet und selbst gesendet haben. Das Zertifikat muss zu dem privaten Schlüssel passen, den der Assistent für diese Anforderung aufbewahrt hat; die Anforderung ist damit abgeschlossen (`docwiz wizard import-response --request <ANFORDERUNG> <DATEI>`).
what-existing = Ein anderswo ausgestelltes Zertifikat mitsamt seinem privaten Schlüssel, zum Beispiel in einer kennwortgeschützten PFX-Datei (`docwiz wizard import <DATEI> --key <SCHLÜSSEL>` oder `docwiz wizard import <DATEI>.pfx --password-file <DATEI>`).
checks-heading = Was der Assistent prüft
checks = Der Assistent liest die Datei, stellt sicher, dass sie ein Zertifikat enthält, und prüft, ob der öffentliche Schlüssel des Zertifikats zum privaten Schlüssel gehört. Passt etwas nicht zusammen, importiert er nichts und nennt Ihnen den Grund.
after = Nach dem Import wird das Zertifikat auf der Seite **{ -page-wizard-main }** bei den noch nicht zugewiesenen Zertifikaten aufgeführt. Klicken Sie auf **{ -button-assign }**, [um es zuzuweisen](topic:certificate-assignment); dabei gelten dieselben Prüfungen wie für ein angefordertes Zertifikat.
key-protection = Wer einen privaten Schlüssel besitzt, kann sich als der Server ausgeben. Bewahren Sie PFX-Dateien und deren Kennwörter nicht in freigegebenen Ordnern auf, und löschen Sie nach erfolgreichem Import alle Kopien, die Sie nicht mehr benötigen.
