# Hilfe zum Erneuern zugewiesener Zertifikate vor ihrem Ablauf (docwiz wizard renew).

title = Zertifikate erneuern
description = Wie der Zertifikat-Assistent die Zertifikate, die den Verwendungen von { -product } zugewiesen sind, vor ihrem Ablauf erneuert, wann ein Zertifikat fällig ist und was geschieht, wenn eine Erneuerung fehlschlägt.
intro = Jedes Zertifikat läuft ab, und Zertifizierungsstellen stellen Zertifikate für immer kürzere Zeiträume aus. `docwiz wizard renew` erneuert jedes Zertifikat, das einer Verwendung zugewiesen ist, sobald es fällig ist: Der Befehl sendet dieselbe Anforderung erneut und setzt das neue Zertifikat an die Stelle des alten, ohne dass Sie die Seiten **{ -page-request-status }** und **{ -page-assignment }** noch einmal durchlaufen.
due-heading = Wann ein Zertifikat fällig ist
due-intro = Ein Zertifikat wird ab dem frühesten dieser Zeitpunkte erneuert:
due-lifetime = wenn weniger als ein Drittel seiner Gültigkeitsdauer übrig ist, höchstens aber 30 Tage vor dem Ablauf (ein 90 Tage gültiges Zertifikat wird 30 Tage vorher erneuert, ein 6 Tage gültiges 2 Tage vorher);
due-days = mit `--days <N>` statt des Drittels, wenn weniger als N Tage übrig sind;
due-ari = bei einem Zertifikat einer ACME-Zertifizierungsstelle, die Erneuerungsinformationen veröffentlicht (RFC 9773), wenn sich das von ihr vorgeschlagene Erneuerungsfenster öffnet, etwa früher, weil sie das Zertifikat sperren wird.
due-pages = Die Seite **{ -page-wizard-main }**, die Statusseite und `docwiz certs list` zeigen, wie viele Tage jedes Zertifikat noch gültig ist, und warnen bei einem zugewiesenen Zertifikat, das fällig ist, mit dem Befehl, der es erneuert.
how-heading = Was eine Erneuerung bewirkt
how = Eine Erneuerung wiederholt die Anforderung, aus der das Zertifikat hervorging: dieselben Namen und alternativen Antragstellernamen, derselbe Schlüsseltyp, dieselben Verwendungen, dieselbe ZS mit ihren Optionen. Das neue Zertifikat durchläuft dann [dieselben Prüfungen wie bei einer Zuweisung](topic:certificate-assignment#checks): Seine Kette muss vertrauenswürdig sein, mit dem Stammzertifikat unter **{ -store-root }** und den Zertifikaten der Zwischenzertifizierungsstellen unter **{ -store-intermediate }**.
key = Jede Erneuerung erzeugt einen neuen privaten Schlüssel. Mit `--reuse-key` behält das Zertifikat seinen Schlüssel, etwa wenn der Schlüssel an anderer Stelle gepinnt ist.
takeover = Das neue Zertifikat übernimmt genau die Verwendungen, die das alte innehat, in einem Schritt und mit einem Eintrag je Verwendung im Zuweisungsprotokoll, so wie beim Klick auf **{ -button-assign }**. Das alte Zertifikat bleibt installiert: Sie können es wieder zuweisen oder mit `docwiz certs remove <FINGERABDRUCK>` [entfernen](topic:certificate-removal).
hook = Ein Bereitstellungshook (`--deploy-hook`) wird je erneuertem Zertifikat einmal nach dem Wechsel ausgeführt. Zusätzlich zu den Variablen einer Zuweisung nennt DOCWIZ_OLD_THUMBPRINT das ersetzte Zertifikat.
failure-heading = Wenn eine Erneuerung fehlschlägt
failure = Wenn die ZS die Anforderung ablehnt, nicht erreichbar ist oder ein Zertifikat ausstellt, dessen Kette nicht vertrauenswürdig ist, behält das alte Zertifikat seine Verwendungen. Der Fehler wird mit seinem Grund gespeichert: Die Seite **{ -page-wizard-main }**, die Statusseite und `docwiz certs list` zeigen ihn an, bis eine Erneuerung gelingt, und der Befehl endet mit dem Code 1. Beheben Sie, was der Grund nennt, und führen Sie den Befehl erneut aus.
imported = Nur Zertifikate, die der Assistent online bei einer ZS angefordert hat, lassen sich so erneuern. Ein importiertes oder offline angefordertes Zertifikat muss dort erneuert werden, wo es ausgestellt wurde; importieren Sie danach das neue Zertifikat und weisen Sie es zu.
timer-heading = Erneuerung nach Zeitplan
timer = Führen Sie `docwiz wizard renew` täglich über einen systemd-Timer oder über cron aus. Ist nichts fällig, gibt der Befehl eine einzige Zeile aus und endet mit dem Code 0, sodass der Zeitplan unauffällig bleibt; der Code 1 bedeutet, dass eine Erneuerung fehlgeschlagen ist.
