# Hilfe zum Sperren eines Zertifikats bei der ZS, die es ausgestellt hat (docwiz wizard revoke), und zur Sperrliste der lokalen ZS (docwiz trust crl).

title = Ein Zertifikat sperren
description = Wie der Zertifikat-Assistent ein Zertifikat bei der Zertifizierungsstelle (ZS) sperrt, die es ausgestellt hat, was mit den Verwendungen von { -product } geschieht, denen es zugewiesen ist, und wie die lokale ZS ihre Zertifikatsperrliste (CRL) veröffentlicht.
intro = Ein Zertifikat bleibt bis zu seinem Ablauf gültig, auch wenn Sie ihm nicht mehr vertrauen. Wer es sperrt, bittet die ZS, die es ausgestellt hat, es ab sofort für ungültig zu erklären: Clients, die Sperrungen prüfen, lehnen es dann ab. `docwiz wizard revoke <FINGERABDRUCK>` sperrt ein Zertifikat bei seiner ZS und entzieht es den Verwendungen, denen es zugewiesen ist. Eine Sperrung lässt sich nicht rückgängig machen.
when-heading = Wann ein Zertifikat gesperrt wird
when = Sperren Sie ein Zertifikat, wenn es nicht mehr verwendet werden darf, und geben Sie den Grund mit `--reason` an (die Namen aus RFC 5280):
reason-key = `keyCompromise`: Der private Schlüssel ist offengelegt worden, etwa von einem Server oder aus einer Sicherung kopiert. Fordern Sie zuerst ein neues Zertifikat mit neuem Schlüssel an, und sperren Sie dann das alte;
reason-superseded = `superseded`: Ein anderes Zertifikat ersetzt es, etwa eines mit anderen Namen;
reason-cessation = `cessationOfOperation`: Der Server oder die Namen im Zertifikat werden nicht mehr verwendet;
reason-affiliation = `affiliationChanged`: Die Organisation oder die Namen im Antragsteller haben sich geändert; `caCompromise` und `privilegeWithdrawn` sind für die selteneren Fälle, die der RFC beschreibt.
reason-default = Ohne `--reason` lautet der Grund `unspecified`. Ein Zertifikat, das nur bald abläuft, muss nicht gesperrt werden: [Erneuern Sie es](topic:certificate-renewal) stattdessen.
how-heading = Wie ein Zertifikat gesperrt wird
how = `docwiz wizard revoke <FINGERABDRUCK>` wendet sich an die ZS, an die die Anforderung des Zertifikats ging, so wie die Anforderung sie festgehalten hat:
ca-local = Die in docwiz eingebaute lokale ZS nimmt die Seriennummer des Zertifikats in ihre Sperrliste auf, die sie als CRL veröffentlicht (siehe unten);
ca-acme = Eine ACME-ZS wird mit dem ACME-Konto angefragt, das das Zertifikat angefordert hat (RFC 8555, Abschnitt 7.6);
ca-cfssl = Eine cfssl-ZS wird über ihre Sperr-API angefragt; cfssl kann nur sperren, wenn `cfssl serve` mit einer Zertifikatdatenbank läuft.
confirm = Bevor etwas geschieht, zeigt der Befehl das Zertifikat, die ZS und die Verwendungen, die es verlieren, und fragt nach einer Bestätigung, wie beim Vertrauen eines Stammzertifikats. Ohne Terminal fügen Sie `--yes` hinzu. Ist die ZS nicht erreichbar oder lehnt sie ab, ändert sich nichts.
elsewhere = Ein Zertifikat, das Sie importiert oder offline angefordert haben, kann docwiz nicht sperren: Nur die ZS, die es ausgestellt hat, kann es sperren. Sperren Sie es dort, mit den Werkzeugen dieser ZS.
after-heading = Nach der Sperrung
after = Sobald die ZS die Sperrung bestätigt hat, wird das Zertifikat als gesperrt festgehalten, und jede Verwendung, der es zugewiesen war, verliert es, alles in einem Schritt und mit einem Eintrag je Verwendung im Zuweisungsprotokoll. Weisen Sie diesen Verwendungen ein anderes Zertifikat zu, auf der Seite **{ -page-assignment }** oder mit `docwiz wizard assign`, oder fordern Sie ein neues an.
refused = Das gesperrte Zertifikat bleibt installiert, und die Seite **{ -page-wizard-main }**, `docwiz certs list`, **{ -button-view-details }** und deren JSON zeigen es als gesperrt, mit Datum und Grund. Es kann nicht mehr zugewiesen, abgeschlossen oder erneuert werden. Um es aus dem Speicher zu nehmen, [entfernen Sie es](topic:certificate-removal).
crl-heading = Die Sperrliste der lokalen ZS
crl = `docwiz trust crl --out <DATEI>` schreibt die Sperrliste der lokalen ZS in eine neue Datei (PEM; DER mit `--der`), signiert von ihrer ausstellenden ZS: jedes gesperrte Zertifikat mit Datum und Grund seiner Sperrung und eine nächste Aktualisierung sieben Tage später. Geben Sie sie den Servern und Clients, die der lokalen ZS vertrauen, und schreiben Sie mindestens alle sieben Tage eine neue: `openssl verify -crl_check -CRLfile DATEI` lehnt dann ein gesperrtes Zertifikat ab. Um die Datei jedes Mal zu ersetzen, fügen Sie `--force` hinzu (die neue Sperrliste wird daneben geschrieben und darüber umbenannt, sodass ein Server nie eine halbe Datei liest), zum Beispiel per Cron: `0 4 * * 1 /usr/local/bin/docwiz trust crl --out /etc/ssl/local-ca.crl --force --store /root/.local/share/docwiz`.
