# Zeichenfolgen der docwiz-Befehlszeile und des Assistenten sowie die Begriffe,
# die der Hilfetext mit ihnen teilt. Hilfethemen nennen Schaltflächen,
# Kontrollkästchen, Seiten und Speicher nur über diese Begriffe, damit Hilfe und
# Programm immer übereinstimmen.

## Begriffe

-product = Skype for Business Server
-page-request-status = Status der Onlinezertifikatanforderung
-page-wizard-main = Zertifikat-Assistent
-button-finish = Fertig stellen
-button-assign = Zuweisen
-button-view-details = Zertifikatdetails anzeigen
-checkbox-assign = Dieses Zertifikat den Zertifikatverwendungen von { -product } zuweisen
-store-root = Vertrauenswürdige Stammzertifizierungsstellen
-store-intermediate = Zwischenzertifizierungsstellen
-usage-default = Serverstandard
-usage-web-internal = Interne Webdienste
-usage-web-external = Externe Webdienste
-page-request-timing = Verzögerte oder sofortige Anforderungen
-page-request-ca = Zertifizierungsstelle (ZS) auswählen
-page-request-basics = Name und Sicherheitseinstellungen
-page-request-sans = Alternative Antragstellernamen
-page-assignment = Zertifikatzuweisung
-page-import = Zertifikat importieren
-button-request = Anfordern
-button-import = Importieren
-option-send-now = Anforderung sofort an eine Onlinezertifizierungsstelle senden
-option-send-later = Anforderung jetzt vorbereiten, aber später senden

## Hinweisbezeichnungen

alert-note = Hinweis
alert-tip = Tipp
alert-important = Wichtig
alert-warning = Warnung
alert-caution = Achtung

## Hilfeausgabe

help-fallback-note = { $count ->
    [one] Ein Textblock dieser Seite wird auf Englisch angezeigt, weil er noch nicht übersetzt ist.
   *[other] { $count } Textblöcke dieser Seite werden auf Englisch angezeigt, weil sie noch nicht übersetzt sind.
}
help-fallback-badge = Auf Englisch: noch nicht übersetzt
help-source-label = Englisches Original:

## Themenliste

topics-column-id = Thema
topics-column-title = Titel
topics-column-f1 = F1-Schlüsselwörter
topics-column-missing = Nicht übersetzte Meldungen
topics-complete = vollständig

## Fehler und Warnungen

diag-error = Fehler
diag-warning = Warnung
error-unknown-keyword = { $count ->
    [one] Zum Schlüsselwort { $keywords } gibt es kein Hilfethema.
   *[other] Zu keinem der Schlüsselwörter { $keywords } gibt es ein Hilfethema.
}
error-nearest-keywords = { $count ->
    [one] Ähnlichstes bekanntes Schlüsselwort: { $suggestions }
   *[other] Ähnlichste bekannte Schlüsselwörter: { $suggestions }
}
error-no-nearest-keywords = { $count ->
    [one] Kein bekanntes Schlüsselwort ähnelt ihm.
   *[other] Kein bekanntes Schlüsselwort ähnelt einem von ihnen.
}
error-read = { $path } kann nicht gelesen werden: { $reason }
error-not-utf8 = Diese Datei ist kein gültiger UTF-8-Text.
ftl-expected-token = Hier wird „{ $token }“ erwartet.
ftl-expected-char-range = Hier wird eines der folgenden Zeichen erwartet: { $range }.
ftl-expected-message-field = Die Meldung { $id } hat weder einen Wert noch Attribute.
ftl-expected-term-field = Der Begriff { $id } hat keinen Wert.
ftl-missing-default-variant = Diesem Auswahlausdruck fehlt die Standardvariante (mit * markiert).
ftl-missing-value = Hier wird ein Wert erwartet.
ftl-unterminated-string = Dieses Zeichenfolgenliteral ist nicht abgeschlossen.
ftl-unbalanced-brace = Zu dieser schließenden geschweiften Klammer gibt es keine öffnende.
ftl-expected-expression = Innerhalb der geschweiften Klammern wird ein Ausdruck erwartet.
ftl-multiple-default-variants = Dieser Auswahlausdruck hat mehr als eine Standardvariante (mit * markiert).
ftl-bad-selector = Eine Variante kann hier nur eine Variable, ein Literal, ein Funktionsaufruf oder ein Begriffsattribut auswählen.
ftl-term-attribute-placeable = Ein Begriffsattribut kann nur eine Variante auswählen, aber nicht als Text erscheinen.
ftl-forbidden-callee = Hier kann nur eine Funktion aufgerufen werden, deren Name in Großbuchstaben geschrieben ist.
ftl-positional-after-named = Positionsargumente müssen vor benannten Argumenten stehen.
ftl-duplicated-argument = Das Argument { $name } ist doppelt angegeben.
ftl-bad-escape = Die Escapesequenz { $sequence } ist hier nicht zulässig.
ftl-expected-literal = Hier wird ein Zeichenfolgen- oder Zahlenliteral erwartet.
error-front-matter-missing = Das Thema beginnt nicht mit einem Front Matter (einer Zeile mit ---).
error-front-matter-unclosed = Das Front Matter wird nicht mit einer Zeile mit --- abgeschlossen.
error-front-matter-line = Diese Zeile im Front Matter hat nicht die Form Schlüssel: Wert.
error-front-matter-list = Der Wert von { $key } muss eine Liste sein, zum Beispiel [a, b].
error-front-matter-no-id = Das Front Matter enthält keine ID.
error-front-matter-id-mismatch = Die ID { $id } passt nicht zum Dateinamen, der { $expected } erwarten lässt.
error-template-unclosed = Dieser Platzhalter wird mit doppelten geschweiften Klammern geöffnet, aber nirgends geschlossen.
error-template-empty = Dieser Platzhalter nennt keine Meldung.
error-template-live = Es gibt keinen Live-Platzhalter namens { $name }.
error-strict-fallback = { $count ->
    [one] --strict: In { $locale } wird eine Meldung auf Englisch angezeigt: { $messages }
   *[other] --strict: In { $locale } werden { $count } Meldungen auf Englisch angezeigt: { $messages }
}

## Lint

lint-missing-file = Für das Gebietsschema { $locale } fehlt die Übersetzungsdatei { $file }.
lint-missing-message = Die Meldung { $id } fehlt in { $locale }; stattdessen wird der englische Text angezeigt.
lint-obsolete-message = Die Meldung { $id } in { $locale } gibt es im Englischen nicht mehr.
lint-unknown-message = Verweis auf eine unbekannte Meldung { $id }.
lint-unknown-term = Verweis auf einen unbekannten Begriff { $id }.
lint-variables-differ = Die Meldung { $id } verwendet die Variablen { $found }, das englische Original dagegen { $expected }.
lint-unfilled-slot = Der Platzhalter { $id } wird von keiner englischen Meldung gefüllt.
lint-duplicate-f1 = Das F1-Schlüsselwort { $keyword } wird sowohl von { $first } als auch von { $second } beansprucht.
lint-no-assetid = Das Thema { $id } hat keine ms.assetid: Geben Sie ihm eine eigene GUID (uuidgen erzeugt eine), in jeder Kopie des Themas dieselbe.
lint-bad-assetid = Die ms.assetid { $value } von { $id } ist keine GUID (Hexadezimalziffern in Gruppen 8-4-4-4-12).
lint-duplicate-assetid = Die ms.assetid { $value } ist sowohl { $first } als auch { $second } zugewiesen; jedes Thema braucht eine eigene.
lint-id-clash = Die Meldung { $id } hat denselben Namen wie der Begriff -{ $id }: Fluent übernimmt nur einen der beiden Einträge.
lint-ui-clash = Die Meldung { $id } ist auch in ui.ftl definiert, das im selben Bundle liegt: Es wird nur die Definition aus ui.ftl verwendet.
lint-bold-ui = **{ $text }** nennt ein Element des Assistenten von Hand: Verwenden Sie den Begriff { $term }, damit Hilfe und Assistent immer dasselbe sagen.
lint-summary = { $errors ->
    [one] Ein Fehler
   *[other] { $errors } Fehler
}, { $warnings ->
    [one] eine Warnung.
   *[other] { $warnings } Warnungen.
}

## Zertifikat-Assistent: gemeinsame Wörter

usage-name-default = { -usage-default }
usage-name-web-internal = { -usage-web-internal }
usage-name-web-external = { -usage-web-external }
status-checkbox = { -checkbox-assign }
value-none = keine
eku-server-auth = Serverauthentifizierung
eku-client-auth = Clientauthentifizierung
eku-any = Beliebiger Zweck
eku-code-signing = Codesignatur
eku-email-protection = Sichere E-Mail
eku-time-stamping = Zeitstempel
eku-ocsp-signing = OCSP-Signatur
wizard-f1-line = Hilfe zu dieser Seite (F1-Schlüsselwort { $keyword }): { $command }

## Seite „Status der Onlinezertifikatanforderung“

status-title = { -page-request-status }
status-request = Anforderung
status-state = Status
state-pending = ausstehend: wartet auf die Antwort der ZS
state-issued = ausgestellt
state-failed = fehlgeschlagen
status-thumbprint = Fingerabdruck
status-subject = Antragsteller
status-issuer = Aussteller
status-serial = Seriennummer
status-valid-from = Gültig ab
status-valid-to = Gültig bis
status-sans = Alternative Antragstellernamen
status-key = Schlüssel
status-eku = Erweiterte Schlüsselverwendung
status-chain = Zertifikatkette
status-usages = Zertifikatverwendungen
status-assigned = Derzeit zugewiesen
status-assigned-none = noch nichts
chain-trusted = vertrauenswürdig
chain-untrusted-root = nicht vertrauenswürdig: Das Stammzertifikat der ZS befindet sich nicht im Speicher „{ -store-root }“
chain-missing-intermediate = unvollständig: Ein Zertifikat einer Zwischenzertifizierungsstelle fehlt im Speicher „{ -store-intermediate }“
chain-expired = abgelaufen: Ein Zertifikat der Kette ist abgelaufen
chain-invalid = ungültig: Die Kette kann nicht überprüft werden
missing-root = Importieren Sie das Stammzertifikat { $subject } (Fingerabdruck { $thumbprint }) in den Speicher „{ -store-root }“:
missing-intermediate = Importieren Sie das Zertifikat der Zwischenzertifizierungsstelle { $subject } (Fingerabdruck { $thumbprint }) in den Speicher „{ -store-intermediate }“:
missing-unknown = Der Aussteller { $subject } ist docwiz nicht bekannt: Besorgen Sie sich sein Zertifikat bei der ZS, und importieren Sie es.
status-assign-available = Das Zertifikat kann zugewiesen werden.
status-assign-unavailable = Solange die Zertifikatkette nicht vertrauenswürdig ist, kann das Zertifikat nicht zugewiesen werden.
status-assign-revoked = Das Zertifikat wurde am { $date } gesperrt: Es kann nicht mehr zugewiesen werden. Fordern Sie ein neues Zertifikat an, oder entfernen Sie dieses.
status-assign-removed = Das Zertifikat wurde mit seinem Schlüssel aus dem Speicher entfernt (certs remove): Es kann nicht mehr zugewiesen werden.
status-assign-replaced = Das Zertifikat wurde am { $date } bei der Erneuerung durch das Zertifikat { $thumbprint } ersetzt: Es erneut zuzuweisen, würde die Erneuerung rückgängig machen.
status-failed-reason = Die Anforderung ist fehlgeschlagen: { $reason }
status-next = Nächster Schritt:
status-done = Es ist nichts mehr zu tun: Das Zertifikat ist seinen Verwendungen zugewiesen.

## Zertifikatdetails anzeigen

details-title = { -button-view-details }
details-version = Version
details-serial = Seriennummer
details-signature-algorithm = Signaturalgorithmus
details-issuer = Aussteller
details-valid-from = Gültig ab
details-valid-to = Gültig bis
details-subject = Antragsteller
details-public-key = Öffentlicher Schlüssel
details-sans = Alternative Antragstellernamen
details-key-usage = Schlüsselverwendung
details-eku = Erweiterte Schlüsselverwendung
details-basic-constraints = Basiseinschränkungen
details-ca = Zertifizierungsstelle, keine Einschränkung der Pfadlänge
details-ca-path = Zertifizierungsstelle, maximale Pfadlänge { $length }
details-end-entity = Endeinheit (keine Zertifizierungsstelle)
details-ski = Schlüsselkennung des Antragstellers
details-aki = Stellenschlüsselkennung
details-sha1 = Fingerabdruck (SHA-1)
details-sha256 = Fingerabdruck (SHA-256)

## Fertig stellen und zuweisen

finish-result-cleared = Die Anforderung ist abgeschlossen. Das Kontrollkästchen war deaktiviert, daher ist das Zertifikat installiert, aber nicht zugewiesen. So weisen Sie es zu: { $command }
finish-result-untrusted = Die Anforderung ist abgeschlossen und das Zertifikat installiert, es wurde aber nichts zugewiesen, weil seine Kette nicht vertrauenswürdig ist. Importieren Sie, was die Seite unten auflistet, und weisen Sie das Zertifikat anschließend zu.
assign-done = Das Zertifikat { $thumbprint } ist folgenden Verwendungen zugewiesen: { $usages }
assign-replaced = { $usage }: Es ersetzt das Zertifikat { $old }.
refuse-chain = { $usage }: Die Zertifikatkette ist nicht vertrauenswürdig ({ $status ->
    [untrusted-root] der Stammzertifizierungsstelle wird nicht vertraut
    [missing-intermediate] ein Zertifikat einer Zwischenzertifizierungsstelle fehlt
    [expired] ein Zertifikat ist abgelaufen
    [not-yet-valid] ein Zertifikat ist noch nicht gültig
   *[other] sie kann nicht überprüft werden
}).
refuse-validity = { $usage }: Das Zertifikat ist derzeit nicht gültig (gültig von { $from } bis { $to }).
refuse-eku-server = { $usage }: Die erweiterte Schlüsselverwendung des Zertifikats enthält nicht „Serverauthentifizierung“.
refuse-eku-client = { $usage }: Mutual TLS erfordert in der erweiterten Schlüsselverwendung den Eintrag „Clientauthentifizierung“, der dem Zertifikat fehlt.
refuse-san = { $usage }: Kein alternativer Antragstellername des Zertifikats deckt { $fqdn } ab.
refuse-key-missing = { $usage }: Der private Schlüssel des Zertifikats fehlt.
refuse-key-mismatch = { $usage }: Der private Schlüssel gehört nicht zum Zertifikat.

## Vertrauensspeicher und Listen

trust-warning = Sie sind im Begriff, dieser Stammzertifizierungsstelle zu vertrauen. docwiz vertraut dann jedem Zertifikat, das sie ausstellt:
trust-question = Diesem Stammzertifikat vertrauen? [j/N]
answer-yes = y, yes, j, ja
trust-imported-root = In den Speicher „{ -store-root }“ importiert: { $subject } ({ $thumbprint })
trust-imported-intermediate = In den Speicher „{ -store-intermediate }“ importiert: { $subject } ({ $thumbprint })
trust-already = Bereits im Speicher: { $subject } ({ $thumbprint })
trust-list-root = { -store-root }
trust-list-intermediate = { -store-intermediate }
certs-title = Installierte Zertifikate
list-empty = (leer)
list-expires = läuft am { $date } ab
list-assigned = zugewiesen an: { $usages }
list-unassigned = nicht zugewiesen

## Fehler des Zertifikat-Assistenten

error-invalid-name = „{ $name }“ ist kein gültiger DNS-Name.
error-unknown-key-type = Unbekannter Schlüsseltyp „{ $value }“: Verwenden Sie rsa-2048, rsa-3072, rsa-4096, ecdsa-p256 oder ecdsa-p384.
error-unknown-usage = Unbekannte Zertifikatverwendung „{ $value }“: Verwenden Sie default, web-internal oder web-external.
error-not-certificate = { $path } enthält kein lesbares Zertifikat (erwartet: PEM, DER oder PKCS#7 .p7b).
error-not-root = { $path }: { $subject } ist kein selbstsigniertes ZS-Zertifikat und kann daher nicht in den Speicher „{ -store-root }“ aufgenommen werden. Es wurde nichts importiert.
error-not-intermediate = { $path }: { $subject } ist kein Zertifikat einer Zwischenzertifizierungsstelle und kann daher nicht in den Speicher „{ -store-intermediate }“ aufgenommen werden. Es wurde nichts importiert.
error-request-not-found = Es gibt keine Zertifikatanforderung „{ $id }“.
error-no-request = Es gibt noch keine Zertifikatanforderung. Erstellen Sie eine mit: { $command }
error-thumbprint-not-found = Im Speicher befindet sich kein Zertifikat mit dem Fingerabdruck { $thumbprint }.
error-not-issued = Zur Anforderung { $id } wurde kein Zertifikat ausgestellt.
error-refused = { $count ->
    [one] Die Zuweisung wurde aus folgendem Grund abgelehnt; es wurde nichts geändert:
   *[other] Die Zuweisung wurde aus folgenden Gründen abgelehnt; es wurde nichts geändert:
}
error-needs-confirmation = Um einem Stammzertifikat zu vertrauen, ist Ihre Bestätigung erforderlich: Führen Sie den Befehl in einem Terminal aus, oder fügen Sie --yes hinzu. Es wurde nichts importiert.
error-declined = Es wurde nichts importiert.
error-write = { $path } kann nicht geschrieben werden: { $reason }
error-crypto = Der Schlüssel- oder Zertifikatvorgang ist fehlgeschlagen: { $detail }
error-hook = Der Bereitstellungshook { $command } ist fehlgeschlagen ({ $status }); die Zuweisung selbst ist wirksam.
hook-exit-code = Exitcode { $code }
hook-signal = durch Signal { $signal } beendet
hook-not-started = er konnte nicht gestartet werden: { $reason }

## Aktueller Zustand auf Hilfeseiten und auf der Hauptseite des Assistenten

wizard-main-title = { -page-wizard-main }
live-field = **{ $label }:** { $value }
live-status-title = Aktueller Status der Anforderung { $request }
live-status-none-title = Aktueller Status
live-no-request = Es gibt noch keine Zertifikatanforderung. Um eine zu erstellen, führen Sie { $command } aus.
live-assign-available = Zuweisung möglich
live-check-box = Kontrollkästchen „{ -checkbox-assign }“
check-box-selected = aktiviert
check-box-cleared = deaktiviert
live-next = Nächster Schritt
value-yes = ja
value-no = nein
live-usages-title = Aktuelle Zertifikatverwendungen
live-usage-none = kein Zertifikat zugewiesen
live-cert-line = { $thumbprint } ({ $subject }), gültig bis { $date }, { $days ->
    [one] noch ein Tag
   *[other] noch { $days } Tage
}
live-cert-expired = { $thumbprint } ({ $subject }), abgelaufen am { $date }
live-pending-title = Offene Anforderungen
live-pending-line = { $request } für { $fqdn }: { $state }
live-unassigned-title = Ausgestellte, nicht zugewiesene Zertifikate
live-actions-title = Was Sie jetzt tun können
live-action-request = Zertifikat anfordern
live-action-finish = Anforderung { $target } abschließen
live-action-assign = Zertifikat { $target } zuweisen
live-action-details = Details des Zertifikats { $target } anzeigen
live-action-import-root = Der Stammzertifizierungsstelle { $target } vertrauen
live-action-import-intermediate = Zertifikat der Zwischenzertifizierungsstelle { $target } importieren
live-action-process-pending = Offene Anforderung { $target } prüfen
live-action-import-certificate = Ein anderweitig bezogenes Zertifikat importieren

## Statischer Export

language-name = Deutsch
site-index-title = Hilfethemen
site-languages = Sprachen
site-all-topics = Alle Themen
export-summary = { $pages ->
    [one] Eine Seite
   *[other] { $pages } Seiten
} in { $seconds } s nach { $out } geschrieben; { $fallbacks ->
    [0] alle Meldungen sind übersetzt.
    [one] eine Meldung wird auf Englisch angezeigt.
   *[other] { $fallbacks } Meldungen werden auf Englisch angezeigt.
}
export-failed = Es wurde nichts exportiert.
error-export-foreign = { $path } ist nicht leer und wurde nicht von docwiz export geschrieben: Wählen Sie ein anderes Verzeichnis. Es wurde nichts geschrieben.

## Zertifikate anderer Zertifizierungsstellen

import-done = Das Zertifikat { $thumbprint } ist mit seinem privaten Schlüssel installiert. So weisen Sie es zu: { $command }
error-ca-refused = Die Anforderung an die ZS ({ $ca }) ist fehlgeschlagen: { $detail }. Die Anforderung bleibt mit ihrem Schlüssel erhalten; die Statusseite zeigt sie als fehlgeschlagen an.
# What went wrong between docwiz and a CA ($detail of error-ca-refused).
ca-problem-refused = unter { $host } antwortet nichts auf Port { $port } (die Verbindung wurde abgelehnt)
ca-problem-timeout = { $host } hat auf Port { $port } nicht rechtzeitig geantwortet
ca-problem-dns = der Hostname { $host } lässt sich nicht auflösen (DNS)
ca-problem-unreachable = { $host } (Port { $port }) ist von diesem Computer aus nicht erreichbar: Es gibt keine Route dorthin
ca-problem-tls = die sichere Verbindung (TLS) zu { $host } ist fehlgeschlagen: Sein Zertifikat ist nicht vertrauenswürdig, oder der Handshake ist fehlgeschlagen
ca-problem-network = die Verbindung zu { $host } auf Port { $port } ist fehlgeschlagen
ca-problem-http-status = die ZS hat mit dem HTTP-Statuscode { $status } geantwortet
ca-problem-refusal = { $type ->
        [rateLimited] die ZS hat die Anforderung abgelehnt: zu viele Anforderungen für diese Namen oder dieses Konto (Ratenbegrenzung); versuchen Sie es später erneut
        [rejectedIdentifier] die ZS stellt für diese Namen keine Zertifikate aus
        [caa] die CAA-Einträge der Domäne erlauben dieser ZS nicht, dafür auszustellen
        [unauthorized] laut ZS ist dieses Konto für diese Namen nicht berechtigt
        [incorrectResponse] die ZS hat auf ihre http-01-Challenge nicht die erwartete Antwort erhalten
        [connection] die ZS konnte keine Verbindung zu diesem Server herstellen, um ihre http-01-Challenge zu prüfen
        [dns] die ZS hat diese Namen im DNS nicht gefunden
        [badNonce] die ZS hat eine Anforderung für eine Wiederholung gehalten (ungültige Nonce); versuchen Sie es erneut
        [serverInternal] bei der ZS ist ein interner Fehler aufgetreten
        [badCSR] die ZS hat die Zertifikatsignieranforderung abgelehnt
       *[other] die ZS hat die Anforderung abgelehnt
    }
ca-problem-with-words = { $problem } (Meldung der ZS: „{ $words }“)
ca-problem-bad-answer = die Antwort der ZS enthält kein Zertifikat, das docwiz lesen kann
ca-problem-unsupported-url = docwiz erreicht cfssl nur über http://, und { $url } ist keine solche Adresse
ca-problem-authorization = { $status ->
        [invalid] die ZS konnte die Namen nicht validieren
        [expired] die Autorisierung der ZS für diese Namen ist abgelaufen
        [revoked] die ZS hat ihre Autorisierung für diese Namen widerrufen
        [deactivated] die Autorisierung der ZS für diese Namen wurde deaktiviert
       *[other] die ZS hat die Namen nicht validiert
    }
ca-problem-order = { $status ->
        [invalid] die ZS hat die Bestellung für ungültig erklärt: Ein Name ließ sich nicht validieren
       *[other] die Bestellung bei der ZS wurde nicht bereit
    }
ca-problem-no-http-challenge = die ZS bietet keine http-01-Challenge an, die einzige, auf die docwiz antwortet
ca-problem-listen = docwiz kann auf { $address } nicht auf die http-01-Challenges der ZS lauschen: { $reason }
ca-problem-other = docwiz konnte den Austausch mit der ZS nicht abschließen (das technische Detail steht im Datensatz der Anforderung und in --json)
error-key-mismatch = Das Zertifikat in { $path } gehört nicht zum privaten Schlüssel: Es wurde nichts importiert.
error-pkcs12 = { $path } lässt sich nicht öffnen: Das Kennwort ist falsch, oder es ist keine PKCS#12-Datei. Es wurde nichts importiert.
error-bad-key = { $path } enthält keinen privaten Schlüssel, den docwiz lesen kann (PEM: PKCS#8, PKCS#1 oder SEC1).

## languages

language-skipped = { $source }: „{ $item }“ ist keine Sprache, die docwiz zuordnen kann; der Eintrag wird ignoriert.
language-wildcard = { $source }: „{ $item }“ (beliebige Sprache) nennt keine bestimmte Sprache; der Eintrag wird ignoriert.
language-bad-quality = { $source }: „{ $item }“ hat einen ungültigen Qualitätswert (q liegt zwischen 0 und 1, mit höchstens drei Nachkommastellen); der Eintrag wird ignoriert.
language-none-usable = { $source }: Keine der angegebenen Sprachen ist verwendbar; docwiz antwortet auf Englisch.

## lint and fallbacks

help-broken-note = { $count ->
    [one] Ein Textblock dieser Seite wird auf Englisch angezeigt, weil seine Übersetzung einen Fehler enthält.
   *[other] { $count } Textblöcke dieser Seite werden auf Englisch angezeigt, weil ihre Übersetzung einen Fehler enthält.
}
help-broken-badge = Auf Englisch: die Übersetzung enthält einen Fehler
format-fallback = Die Meldung { $id } ({ $locale }) kann nicht formatiert werden: { $reason } Stattdessen wird der englische Text angezeigt.
format-broken = Die Meldung { $id } ({ $locale }) kann nicht formatiert werden: { $reason } Sie wird so weit wie möglich angezeigt.
fluent-unknown-function = Die Funktion { $id }() gibt es nicht.
fluent-unknown-message = Die Meldung { $id } gibt es nicht.
fluent-unknown-attribute = Das Attribut { $id } gibt es nicht.
fluent-unknown-term = Den Begriff { $id } gibt es nicht.
fluent-unknown-variable = Die Variable { $id } wird nicht übergeben.
fluent-no-value = Die Meldung { $id } hat keinen Wert.
fluent-no-default = Ein Auswahlausdruck hat keine Standardvariante.
fluent-cyclic = Sie verweist über andere Meldungen oder Begriffe auf sich selbst.
fluent-too-many-placeables = Sie enthält mehr als 100 Platzhalter.
fluent-overriding = { $id } ist bereits definiert.
lint-missing-term = Der Begriff { $id } fehlt in { $locale }; die Meldungen, die ihn verwenden, werden auf Englisch angezeigt.
lint-obsolete-term = Den Begriff { $id } in { $locale } gibt es im Englischen nicht mehr.
lint-variables-differ-term = Der Begriff { $id } verwendet die Variablen { $found }, das englische Original dagegen { $expected }.
lint-missing-value = Die Meldung { $id } hat keinen Wert, das englische Original aber schon.
lint-obsolete-value = Die Meldung { $id } hat einen Wert, das englische Original aber nicht.
lint-empty-value = Die Meldung { $id } ist leer, das englische Original aber nicht.
lint-missing-attribute = Der Meldung { $id } fehlt das Attribut .{ $attribute }, das das englische Original hat.
lint-obsolete-attribute = Das Attribut .{ $attribute } von { $id } gibt es im Englischen nicht mehr.
lint-empty-attribute = Das Attribut .{ $attribute } von { $id } ist leer, im englischen Original aber nicht.
lint-duplicate-attribute = Das Attribut .{ $attribute } von { $id } ist zweimal definiert.
lint-missing-term-ref = { $id } verwendet den Begriff { $reference } nicht, den das englische Original hier verwendet: Der Text benennt womöglich etwas anderes.
lint-missing-message-ref = { $id } verwendet die Meldung { $reference } nicht, die das englische Original hier verwendet.
lint-obsolete-term-ref = { $id } verwendet den Begriff { $reference }, den das englische Original hier nicht verwendet: Der Text benennt womöglich etwas anderes.
lint-obsolete-message-ref = { $id } verwendet die Meldung { $reference }, die das englische Original hier nicht verwendet.
lint-duplicate-message = Die Meldung { $id } ist in dieser Datei zweimal definiert (zuerst in Zeile { $line }); nur die erste Definition wird verwendet.
lint-duplicate-term = Der Begriff { $id } ist in dieser Datei zweimal definiert (zuerst in Zeile { $line }); nur die erste Definition wird verwendet.
lint-duplicate-variant = Die Variante [{ $key }] von { $id } ist zweimal angegeben; nur die erste wird verwendet.
lint-plural-missing = Den Pluralvarianten von { $id } fehlen { $missing }: { $locale } hat die Kategorien { $categories }.
lint-plural-typo = [{ $key }] in { $id } ist keine Pluralkategorie von { $locale } ({ $categories }): Ist [{ $suggestion }] gemeint?
lint-plural-never = [{ $key }] in { $id } ist keine Pluralkategorie von { $locale } ({ $categories }): Diese Variante wird nie gewählt.
lint-replacement-character = Hier ersetzt das Zeichen U+FFFD ein anderes Zeichen: Die Datei wurde vermutlich in einer anderen Kodierung gespeichert.
lint-unknown-variable = Die Meldung { $id } verwendet { $variable }, ihre Seite übergibt ihr aber { $provided }.
lint-ui-clash-term = Der Begriff { $id } ist auch in ui.ftl definiert, das im selben Bundle liegt: Es wird nur die Definition aus ui.ftl verwendet.

## markdown
markdown-too-deep = Verschachtelung tiefer als { $limit } Ebenen (Zitate, Listen, Hervorhebungen, Links, HTML-Elemente): Dieser Block wird nicht in die Seite aufgenommen.
markdown-unknown-alert = [!{ $name }] ist kein GFM-Hinweis (NOTE, TIP, IMPORTANT, WARNING, CAUTION): Er erscheint als gewöhnliches Zitat.
markdown-unclosed-strong = Dieses ** ist nicht geschlossen: Es erscheint unverändert.
markdown-raw-html = Reines HTML in einer Übersetzung: { $tag } (Skripte, Ereignisattribute und unsichere Links werden aus jeder Ausgabe entfernt).
help-strict-authoring = { $count ->
    [one] --strict: { $count } Fehler im Text erscheint unverändert auf dieser Seite.
   *[other] --strict: { $count } Fehler im Text erscheinen unverändert auf dieser Seite.
}

## fluent syntax

ftl-expected-entry = Am Anfang dieser Zeile wird eine Meldung, ein Begriff oder ein Kommentar erwartet.
ftl-expected-line-end = Hier sollte die Zeile enden.
ftl-bad-argument-name = Ein Argumentname muss ein einfacher Bezeichner sein.
ftl-expected-variant = Nach „->“ wird mindestens eine Variante erwartet.
ftl-expected-variant-key = Hier wird ein Variantenschlüssel erwartet.
ftl-too-deep = Platzhalter oder Funktionsaufrufe sind hier mehr als { $limit } Ebenen tief verschachtelt: Der Eintrag wird ausgelassen.
ftl-unsupported = Dieser Eintrag ist gültiges Fluent, aber die Fluent-Bibliothek von docwiz kann ihn nicht lesen: Er wird ausgelassen.

## markdown fixes

markdown-alert-as-text = [!{ $name }] erscheint als Text: Eine GFM-Hinweismarke muss allein in der ersten Zeile ihres Zitats stehen, direkt nach „> “, der Text in der nächsten Zeile.

## lint and cli fixes

error-not-a-tree = { $dir } ist kein docwiz-Verzeichnisbaum: Die Verzeichnisse content/ und locales/ fehlen.
fluent-unsupported-function = Die Funktion { $id }() gehört zu Fluent, wird von docwiz aber nicht unterstützt.

## final fixes

lint-control-character = In diesem Text steht das unsichtbare Zeichen { $code } (ein Steuerzeichen): In einem Terminal könnte es die Anzeige verändern.

## chain diagnoses

chain-not-yet-valid = noch nicht gültig: Ein Zertifikat der Kette ist noch nicht gültig
chain-cert = { $role ->
    [leaf] Das Zertifikat
    [root] Das Stammzertifikat
   *[intermediate] Das Zertifikat der Zwischenzertifizierungsstelle
} { $subject } (Fingerabdruck { $thumbprint })
chain-reason-expired = { $cert } ist am { $date } abgelaufen. { $role ->
    [leaf] Fordern Sie ein neues Zertifikat an.
   *[other] Keiner Kette über dieses Zertifikat wird vertraut, bis die ZS es ersetzt.
}
chain-reason-not-yet-valid = { $cert } ist noch nicht gültig: Es gilt erst ab { $date }. Ist dieses Datum falsch, prüfen Sie die Uhr dieses Computers.
chain-reason-ca-as-leaf = { $cert } ist ein ZS-Zertifikat (Basiseinschränkungen CA:TRUE), kein Serverzertifikat: Es kann auf diesem Server nicht für TLS verwendet werden (RFC 5280, 4.2.1.9). Fordern Sie bei der ZS ein Endentitätszertifikat an.
chain-reason-not-ca = { $cert } hat das Zertifikat darunter ausgestellt, ist aber kein ZS-Zertifikat (seinen Basiseinschränkungen fehlt CA:TRUE, RFC 5280, 4.2.1.9).
chain-reason-no-key-cert-sign = { $cert } ist ein ZS-Zertifikat, dessen Schlüsselverwendung die Zertifikatsignatur (keyCertSign) fehlt; es darf daher keine Zertifikate signieren (RFC 5280, 4.2.1.3).
chain-reason-path-len = { $cert } hat die Pfadlängenbeschränkung { $limit }; Zwischenzertifikate unter ihm in dieser Kette: { $count } (RFC 5280, 4.2.1.9).
chain-reason-path-too-long = Die Kette hat { $count } Zwischenzertifikate; docwiz akzeptiert höchstens { $limit }. { $cert } liegt jenseits dieser Grenze. Das ist eine Richtlinie von docwiz, kein Fehler der Kette (openssl überprüft sie): rustls-webpki, mit dem docwiz Ketten überprüft, bricht bei { $limit } ab, und darauf aufbauende TLS-Clients lehnen eine solche Kette ebenfalls ab. Fordern Sie bei der ZS eine kürzere Kette an.
chain-reason-name-constraints = { $cert } lässt den Namen { $name } des Serverzertifikats nach seinen Namenseinschränkungen nicht zu: Diese ZS darf für diesen Namen keine Zertifikate ausstellen (RFC 5280, 4.2.1.10).
chain-reason-eku-any-only = { $cert } nennt als erweiterte Schlüsselverwendung nur anyExtendedKeyUsage. Die Richtlinie von docwiz verlangt, dass Serverauthentifizierung (serverAuth) ausdrücklich genannt wird, wie es rustls-webpki und Browser tun; die Baseline Requirements des CA/Browser Forum (7.1.2.7.10) verbieten anyExtendedKeyUsage in Serverzertifikaten. Fordern Sie bei der ZS ein Zertifikat mit Serverauthentifizierung an.
chain-reason-eku-no-server-auth = { $cert } beschränkt seine erweiterte Schlüsselverwendung auf { $eku }, ohne Serverauthentifizierung (serverAuth): { $role ->
    [leaf] Es kann nicht für TLS auf einem Server verwendet werden.
   *[other] Kein von ihm ausgestelltes Zertifikat kann für TLS auf einem Server verwendet werden.
}
chain-reason-weak-key = { $cert } hat einen Schlüssel vom Typ { $key }. Die Richtlinie von docwiz lehnt RSA-Schlüssel unter 2048 Bit ab, obwohl openssl sie akzeptiert: Die Baseline Requirements des CA/Browser Forum (6.1.5) verlangen mindestens 2048 Bit, und rustls-webpki überprüft keine Signatur, die mit einem kürzeren Schlüssel erstellt wurde.
chain-reason-weak-signature = { $cert } ist mit { $algorithm } signiert. Die Richtlinie von docwiz lehnt SHA-1- und MD5-Signaturen ab, obwohl openssl sie akzeptieren kann: Für sie lassen sich Kollisionen berechnen, die Baseline Requirements des CA/Browser Forum (7.1.3.2) verbieten sie, und rustls-webpki überprüft sie nicht. Bitten Sie die ZS, es mit SHA-256 zu signieren.
chain-reason-unsupported-algorithm = { $cert } verwendet { $algorithm }, einen Algorithmus, den docwiz nicht unterstützt: Wie rustls-webpki überprüft docwiz RSA (2048 bis 8192 Bit), ECDSA P-256, P-384 und P-521 sowie Ed25519. Mit Vertrauen hat das nichts zu tun: docwiz kann diese Kette nur nicht überprüfen.
chain-reason-critical-extension = { $cert } enthält eine kritische Erweiterung, die docwiz nicht kennt: { $extension }. RFC 5280 (4.2) verlangt, ein Zertifikat mit einer unbekannten kritischen Erweiterung abzulehnen.
chain-reason-bad-signature = { $cert }: Die Signatur lässt sich mit dem Schlüssel des Ausstellers { $issuer } nicht überprüfen; das Zertifikat wurde verändert, oder diese ZS hat es nicht ausgestellt.
chain-reason-key-id-mismatch = { $cert } nennt in seiner Stellenschlüsselkennung einen anderen Schlüssel als die Schlüsselkennung des Antragstellers seines Ausstellers { $issuer } (RFC 5280, 4.2.1.1): openssl und Windows finden keinen Aussteller und lehnen die Kette ab. Das Zertifikat des Ausstellers wurde ersetzt oder neu ausgestellt; verwenden Sie das Zertifikat, unter dem die ZS es ausgestellt hat.
chain-reason-invalid = { $cert } kann nicht überprüft werden (rustls-webpki: { $detail }).
chain-reason-self-signed = { $cert } ist selbstsigniert: Keine ZS bürgt dafür, und docwiz vertraut nur Ketten, die bei einem Stammzertifikat im Speicher „{ -store-root }“ enden. Fordern Sie stattdessen ein Zertifikat bei einer ZS an.
missing-no-file = Es kam in einer Datei zusammen mit anderen Zertifikaten: Speichern Sie es allein in einer Datei, und importieren Sie diese Datei.
trust-warning-expired = Warnung: { $subject } ({ $thumbprint }) ist am { $date } abgelaufen. docwiz vertraut keiner Kette über dieses Zertifikat, bis es ersetzt wird.
trust-warning-not-yet-valid = Warnung: { $subject } ({ $thumbprint }) gilt erst ab { $date }. Bis dahin vertraut docwiz keiner Kette über dieses Zertifikat.

## store writes

request-reason-interrupted = sie wurde unterbrochen, bevor die Antwort der ZS gespeichert war (der Befehl wurde beendet, oder der Speicher konnte nicht geschrieben werden)
request-reason-text = { $text }
request-reason-ca-unsafe = die lokale Zertifizierungsstelle hat die Signatur verweigert: ihre Schlüssel oder Zertifikate sind beschädigt oder nicht privat (`{ $check }` zeigt, was nicht stimmt)
request-reason-other = die ZS konnte das Zertifikat nicht ausstellen (docwiz-Fehler „{ $code }“)
request-reason-ca-refused = die ZS ({ $ca }) hat das Zertifikat nicht ausgestellt: { $detail }
error-retry-not-failed = Die Anforderung { $id } ist nicht fehlgeschlagen: Nur eine fehlgeschlagene Anforderung kann wiederholt werden.
error-retry-not-local = Die Anforderung { $id } ging an eine externe ZS: Nur Anforderungen an die lokale ZS können wiederholt werden. Stellen Sie eine neue Anforderung; ihre Statusseite nennt den Befehl.

## store damage

store-problems-title = Probleme im Speicher
store-problem-line = { $file }: { $problem }
store-check-ok = Im Speicher { $store } wurden keine Probleme gefunden: Live-Links, private Schlüssel, Anforderungsdatensätze, Zertifikatdateien und die lokale ZS wurden geprüft.
store-check-found = { $count ->
    [one] Im Speicher { $store } wurde ein Problem gefunden.
   *[other] Im Speicher { $store } wurden { $count } Probleme gefunden.
}
live-usage-damaged = beschädigt: { $file } ist kein gültiger Link auf ein Zertifikat des Speichers, daher gilt kein Zertifikat als zugewiesen (siehe die Probleme unten)
live-request-damaged = { $request }: beschädigt, der Datensatz kann nicht gelesen werden (siehe die Probleme unten)
list-damaged = beschädigt: Dieses Zertifikat kann nicht verwendet werden (siehe die Probleme unten)
error-store-unreadable = Das Speicherverzeichnis { $path } kann nicht gelesen werden ({ $reason }). docwiz zeigt einen unlesbaren Speicher nicht als leeren an: Reparieren Sie ihn oder geben Sie dem Benutzer, unter dem docwiz läuft, Zugriff darauf.
error-ca-unsafe = { $count ->
    [one] Die lokale ZS verweigert das Signieren wegen dieses Problems; es wurde kein Zertifikat ausgestellt:
   *[other] Die lokale ZS verweigert das Signieren wegen dieser { $count } Probleme; es wurde kein Zertifikat ausgestellt:
}
damage-newest-hint = Dies ist die neueste Anforderung, daher wird keine ältere an ihrer Stelle angezeigt. Die neueste lesbare Anforderung ist { $request }: { $command }
damage-unreadable = kann nicht gelesen werden: { $reason }
damage-not-certificate = enthält kein lesbares Zertifikat: Die Datei ist beschädigt oder abgeschnitten.
damage-bad-key = enthält keinen privaten Schlüssel, den docwiz lesen kann: Die Datei ist beschädigt oder abgeschnitten.
damage-not-dir = sollte ein Verzeichnis sein, ist aber { $kind ->
    [file] eine normale Datei
    [link] ein symbolischer Link
   *[other] eine andere Art von Datei
}.
damage-symlink = ist ein symbolischer Link auf { $target }: docwiz verwendet nur Dateien, die im Speicher selbst liegen.
damage-live-not-link = sollte ein symbolischer Link auf ein Zertifikat des Speichers sein, ist aber { $kind ->
    [directory] ein Verzeichnis
    [file] eine normale Datei
   *[other] eine andere Art von Datei
}. Die Verwendung gilt als nicht zugewiesen.
damage-live-outside = verweist auf { $target } und nicht auf ein Zertifikat des Speichers (../certs/<{ cli-value-thumbprint }>). Die Verwendung gilt als nicht zugewiesen.
damage-live-dangling = verweist auf { $target }, das nicht existiert. Die Verwendung gilt als nicht zugewiesen.
damage-live-through-link = verweist über den symbolischen Link { $link }, der aus dem Speicher herausführen kann, auf { $target }. Die Verwendung gilt als nicht zugewiesen.
damage-live-not-cert = verweist auf { $target }, das kein verwendbares Zertifikatverzeichnis ist (seine cert.pem fehlt, ist beschädigt oder ist nicht das Zertifikat, das sein Name angibt). Die Verwendung gilt als nicht zugewiesen.
damage-cert-thumbprint = enthält das Zertifikat { $actual } und nicht { $expected }, wie sein Name angibt.
damage-cert-missing = fehlt: Das Zertifikatverzeichnis enthält kein Zertifikat.
damage-key-mode = ist ein privater Schlüssel mit den Berechtigungen { $mode }: Andere Benutzer können ihn lesen oder ändern. Ein privater Schlüssel muss 0600 haben (chmod 600).
damage-key-owner = ist ein privater Schlüssel, der dem Benutzer { $owner } gehört und nicht dem Benutzer, unter dem docwiz läuft ({ $user }).
damage-key-missing = fehlt: Der private Schlüssel des Zertifikats ist verschwunden.
damage-key-mismatch = gehört nicht zum Zertifikat { $thumbprint }.
damage-record-missing = fehlt: Die Anforderung hat keinen Datensatz.
damage-record-truncated = endet, bevor der Datensatz vollständig ist: Die Datei ist abgeschnitten.
damage-record-syntax = ist an dieser Stelle kein gültiges JSON.
damage-record-data = ist kein Anforderungsdatensatz: Der Inhalt entspricht nicht dem, was docwiz hier schreibt.
damage-record-field-missing = ist kein Anforderungsdatensatz: Das Feld „{ $field }“ fehlt.
damage-record-field-duplicate = ist kein Anforderungsdatensatz: Das Feld „{ $field }“ kommt zweimal vor.
damage-record-field-unknown = ist kein Anforderungsdatensatz: Ein Feld „{ $field }“ schreibt docwiz hier nicht.
damage-record-value-unknown = ist kein Anforderungsdatensatz: „{ $value }“ ist hier kein zulässiger Wert ({ $allowed }).
damage-record-value-wrong = ist kein Anforderungsdatensatz: Der Wert an dieser Stelle ist nicht von der Art, die docwiz hier schreibt (etwa eine Zahl statt eines Textes).
damage-record-id = ist der Datensatz der Anforderung { $id }, nicht der von { $dir }.
damage-ca-missing = fehlt, obwohl { $other } vorhanden ist: docwiz ersetzt eine ZS nicht stillschweigend.
damage-ca-key-mismatch = gehört nicht zum ZS-Zertifikat { $cert }.
damage-ca-not-signed = ist nicht vom Zertifikat der Stammzertifizierungsstelle { $root } signiert: Was sie ausstellt, könnte nicht überprüft werden.

## files as they come

pem-block-broken = Der { $label }-Block, der in dieser Zeile beginnt, ist beschädigt (fehlerhaftes Base64 oder fehlende END-Zeile).
der-not-canonical = Das Zertifikat ist kein DER: { $fault ->
        [truncated] ein Element reicht über sein Ende hinaus
        [indefinite] eine unbestimmte Länge
        [length] eine Länge, die nicht in ihrer kürzesten Form steht
        [length-too-long] eine Länge, größer als jedes Zertifikat
        [tag] ein Tag, das nicht in seiner kürzesten Form steht
        [constructed] eine Zeichenkette in konstruierter Form
        [integer] ein INTEGER, der nicht in seiner kürzesten Form steht
        [boolean] ein BOOLEAN außer 00 oder FF
        [null] ein NULL mit Inhalt
        [bit-string] ein fehlerhafter BIT STRING
        [oid] ein fehlerhafter OBJECT IDENTIFIER
        [depth] eine tiefere Verschachtelung, als sie ein Zertifikat hat
       *[trailing] Bytes nach seinem Ende
    } bei Byte { $offset }. X.509-Zertifikate sind DER (RFC 5280 §4.1), und ein Fingerabdruck über andere Bytes ist nicht der, den andere berechnen: Fordern Sie das Zertifikat beim Aussteller erneut an.
der-not-a-certificate = Dies ist kein X.509-Zertifikat (RFC 5280 §4.1).
error-invalid-name-why = „{ $name }“ ist kein gültiger DNS-Name: { $reason }
name-reason = { $reason ->
        [empty] Er ist leer.
        [ip] Es ist eine IP-Adresse; docwiz beantragt Zertifikate für DNS-Namen.
        [wildcard] Ein Platzhalter ist nur als ganzes, am weitesten links stehendes Label eines alternativen Antragstellernamens erlaubt (*.example.com).
        [wildcard-fqdn] --fqdn nennt den Server selbst, und das kann kein Platzhaltername sein; geben Sie den Platzhalternamen als alternativen Antragstellernamen an: --san *.example.com.
        [numeric] Sein letztes Label besteht nur aus Ziffern und liest sich wie eine IP-Adresse.
        [empty-label] Er hat ein leeres Label (zwei Punkte hintereinander oder ein Punkt am Anfang).
        [hyphen] Das Label „{ $label }“ beginnt oder endet mit einem Bindestrich.
        [character] Das Label „{ $label }“ enthält „{ $char }“; DNS-Namen bestehen aus Buchstaben, Ziffern und Bindestrichen (RFC 1123).
        [punycode] Das Label „{ $label }“ ist kein gültiges Punycode (RFC 3492).
        [label-too-long] Das Label „{ $label }“ ist in seiner A-Label-Form länger als 63 Oktette.
        [idna] Das Label „{ $label }“ ist kein gültiges internationalisiertes Label (UTS #46: ein unzulässiges Zeichen oder die Bidi- oder Joiner-Regeln von RFC 5893 und RFC 5892).
       *[too-long] Er ist in seiner A-Label-Form länger als 253 Oktette.
    }
import-certificate-without-key = Diese Datei enthält ein Zertifikat, aber keinen privaten Schlüssel: Geben Sie den Schlüssel mit --key <{ cli-value-key }> an, oder importieren Sie eine PKCS#12-Datei (.pfx), die beides enthält.
import-unknown-format = Diese Datei ist weder ein PEM-Zertifikat mit seinem Schlüssel noch ein DER-Zertifikat noch eine PKCS#12-Datei (.pfx).
key-none = Hier ist kein privater Schlüssel: Die Datei hat keinen PEM-Block und ist kein DER-Schlüssel.
key-none-found = Hier ist kein privater Schlüssel; die Datei enthält: { $found }.
key-legacy-encrypted = Dieser Schlüssel ist im alten PEM-Format von OpenSSL verschlüsselt ({ $cipher }), das docwiz nicht liest. Wandeln Sie ihn in verschlüsseltes PKCS#8 um und geben Sie sein Kennwort mit --key-password-file an: openssl pkcs8 -topk8 -v2 aes-256-cbc -in { $file } -out key.p8
key-unsupported-algorithm = Dieser Schlüssel ist { $algorithm }, was docwiz für ein TLS-Serverzertifikat nicht verwenden kann (es verwendet RSA, ECDSA P-256, P-384 und P-521 sowie Ed25519).
key-openssh = Dieser Schlüssel ist im Format von OpenSSH: Wandeln Sie eine Kopie von { $file } mit ssh-keygen -p -m PKCS8 -f KOPIE in PKCS#8 um.
key-explicit-curve = Dieser EC-Schlüssel führt die Parameter seiner Kurve einzeln auf; TLS und RFC 5480 verlangen eine benannte Kurve: openssl ec -in { $file } -param_enc named_curve -out key.pem
key-damaged = Dieser private Schlüssel ist beschädigt: docwiz kann ihn nicht lesen.
key-rsa-pss = Dies ist ein RSA-PSS-Schlüssel (id-RSASSA-PSS, RFC 4055), auf PSS-Signaturen beschränkt, die docwiz nicht verwendet. Erzeugen Sie einen RSA-Schlüssel und ein Zertifikat dafür: openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out key.pem
algorithm-unknown = unbekannter Algorithmus ({ $oid })
key-encrypted-needs-password = Dieser Schlüssel ist verschlüsselt (PKCS#8): Geben Sie sein Kennwort mit --key-password-file <{ cli-value-file }> an (eine Datei, deren erste Zeile das Kennwort ist).
key-encryption-unsupported = Dieser Schlüssel ist mit { $scheme } verschlüsselt, was docwiz nicht liest. Verschlüsseln Sie ihn neu mit PBES2 und AES: openssl pkcs8 -topk8 -v2 aes-256-cbc -in { $file } -out key.p8
key-wrong-password = Das Kennwort des Schlüssels ist falsch: Es entschlüsselt den Schlüssel nicht. Prüfen Sie die mit --key-password-file angegebene Datei.
pkcs12-mac-mismatch = Das Kennwort öffnet die Schlüssel, aber die Integritätsprüfung (MAC) der Datei schlägt fehl: Die Datei wurde nach ihrer Erstellung verändert oder beschädigt. Exportieren Sie sie erneut.
pkcs12-wrong-password = Das Kennwort ist falsch: Die Integritätsprüfung (MAC) der Datei schlägt damit fehl. Prüfen Sie die mit --password-file angegebene Datei.
pkcs12-needs-password = Diese PKCS#12-Datei braucht ein Kennwort: Geben Sie es mit --password-file <{ cli-value-file }> an (eine Datei, deren erste Zeile das Kennwort ist).
pkcs12-wrong-password-no-mac = Das Kennwort ist falsch, oder die Datei ist beschädigt: Ihre Schlüssel lassen sich damit nicht entschlüsseln, und die Datei hat keine Integritätsprüfung, die sagt, was davon zutrifft.
pkcs12-unsupported = Diese PKCS#12-Datei verwendet einen Algorithmus, den docwiz nicht unterstützt ({ $detail }). Exportieren Sie sie erneut mit AES und SHA-256: openssl pkcs12 -export -keypbe AES-256-CBC -certpbe AES-256-CBC -macalg SHA256 …
pkcs12-damaged = Diese PKCS#12-Datei ist beschädigt ({ $detail }).
pkcs12-empty = Diese PKCS#12-Datei enthält weder einen privaten Schlüssel noch ein Zertifikat.
pkcs12-no-key = Diese PKCS#12-Datei enthält Zertifikate, aber keinen privaten Schlüssel (mit -nokeys exportiert?): Exportieren Sie sie erneut mit ihrem Schlüssel, oder importieren Sie das Zertifikat mit --key <{ cli-value-key }>.
pkcs12-no-certificate = Diese PKCS#12-Datei enthält einen privaten Schlüssel, aber kein Zertifikat dazu.
pkcs12-no-such-name = Kein Schlüssel-Zertifikat-Paar dieser Datei heißt „{ $name }“; sie enthält: { $pairs }.
pkcs12-ambiguous = Diese Datei enthält mehrere Schlüssel-Zertifikat-Paare ({ $count }): { $pairs }. Wählen Sie eines mit --friendly-name <{ cli-value-name }> (sein Anzeigename oder sein Fingerabdruck).
pkcs12-chosen = { $file } enthält mehrere private Schlüssel ({ $count }); docwiz hat „{ $name }“ genommen ({ $subject }, { $thumbprint }).
refuse-no-host-name = { $usage }: Das Zertifikat hat weder einen DNS-Namen noch eine IP-Adresse unter seinen alternativen Antragstellernamen, und TLS-Clients beachten den CN seines Antragstellers nicht (RFC 6125).
import-identity = Es gilt für diese Namen (seine alternativen Antragstellernamen, die TLS-Clients prüfen): { $names }.
import-no-identity = Es hat weder einen DNS-Namen noch eine IP-Adresse unter seinen alternativen Antragstellernamen und kann daher nicht zugewiesen werden: TLS-Clients beachten den CN des Antragstellers nicht (RFC 6125).

## ca and chain fixes
chain-reason-eku-no-client-auth = { $cert } beschränkt seine erweiterte Schlüsselverwendung auf { $eku }, ohne Clientauthentifizierung (clientAuth): Das Zertifikat für die Verwendung „default“ braucht sie, und openssl lehnt ein Clientzertifikat ab, das unter einer solchen Zertifizierungsstelle ausgestellt wurde.
chain-unknown-issuer = unvollständig: Der Aussteller { $subject } ist docwiz nicht bekannt (ein Zwischenzertifikat fehlt); besorgen Sie sich sein Zertifikat bei der ZS, und importieren Sie es
chain-unknown-issuer-url = unvollständig: Der Aussteller { $subject } ist docwiz nicht bekannt (ein Zwischenzertifikat fehlt); besorgen Sie sich sein Zertifikat bei der ZS (das Zertifikat nennt die Adresse: { $url }), und importieren Sie es
chain-reason-pss-params = { $cert } ist mit RSA-PSS signiert, mit dem Hash { $hash }, MGF1 mit { $mgf } und einem Salt von { $salt } Byte. docwiz unterstützt RSA-PSS mit diesen Parametern nicht: Wie rustls-webpki prüft es RSA-PSS nur mit SHA-256, SHA-384 oder SHA-512, MGF1 mit demselben Hash und einem Salt so lang wie der Hash. Das heißt nicht, dass die Signatur falsch ist: docwiz kann sie nur nicht prüfen. Bitten Sie die Zertifizierungsstelle, mit diesen Parametern zu signieren (openssl: -sigopt rsa_pss_saltlen:digest).
trust-warning-weak-key = Warnung: { $subject } ({ $thumbprint }) hat einen Schlüssel vom Typ { $key }. Die Richtlinie von docwiz lehnt RSA-Schlüssel unter 2048 Bit ab (Baseline Requirements des CA/Browser Forum, 6.1.5): Jede Kette über diese Stammzertifizierungsstelle wird abgelehnt.
trust-warning-unsupported-key = Warnung: { $subject } ({ $thumbprint }) verwendet { $algorithm }, einen Schlüssel, mit dem docwiz keine Signaturen prüfen kann (wie rustls-webpki prüft es RSA, ECDSA P-256, P-384 und P-521 sowie Ed25519): docwiz kann keine Kette über diese Stammzertifizierungsstelle prüfen.
trust-note-weak-self-signature = Hinweis: { $subject } ({ $thumbprint }) signiert sich selbst mit { $algorithm }. docwiz lehnt deshalb keine Ketten ab: Einer Stammzertifizierungsstelle wird aufgrund Ihrer Entscheidung vertraut, nicht aufgrund ihrer eigenen Signatur (RFC 5280, 6.1; rustls-webpki verfährt ebenso). SHA-1 und MD5 sind jedoch gebrochen, und andere Programme lehnen sie möglicherweise ab: Fordern Sie bei der Zertifizierungsstelle ein mit SHA-256 signiertes Stammzertifikat an.
trust-skipped-root = { $subject } ({ $thumbprint }) übersprungen: Es ist ein Stammzertifikat, und einer Stammzertifizierungsstelle zu vertrauen ist eine eigene Entscheidung. Um ihr zu vertrauen: { $command }
trust-skipped-intermediate = { $subject } ({ $thumbprint }) übersprungen: Es ist ein Zwischenzertifikat. Um es zu importieren: { $command }
trust-skipped-leaf = { $subject } ({ $thumbprint }) übersprungen: Es ist kein Zertifikat einer Zertifizierungsstelle (die Basiseinschränkungen enthalten kein CA:TRUE) und gehört in keinen Vertrauensspeicher. Ein Serverzertifikat wird mit { $command } importiert.
trust-skipped-bad-root = { $subject } ({ $thumbprint }) übersprungen: Es ist ein selbst ausgestelltes Zertifikat einer Zertifizierungsstelle, dessen eigene Signatur sich nicht prüfen lässt; es ist also weder Stamm- noch Zwischenzertifikat: Es wurde verändert.
chain-reason-self-signed-trusted = { $cert } ist selbstsigniert und liegt selbst im Speicher „{ -store-root }“. Eine Stammzertifizierungsstelle bürgt für die Zertifikate, die sie ausstellt, nicht für sich selbst als Serverzertifikat: docwiz nimmt wie rustls-webpki nie ein vertrauenswürdiges Stammzertifikat als Serverzertifikat. Stellen Sie unter dieser Stammzertifizierungsstelle ein Serverzertifikat aus (oder besorgen Sie sich eines bei einer ZS) und entfernen Sie dieses aus dem Speicher „{ -store-root }“, falls es als Serverzertifikat gedacht war.

## file fixes

der-fault = { $fault ->
        [truncated] ein Element reicht über sein Ende hinaus
        [indefinite] eine unbestimmte Länge
        [length] eine Länge, die nicht in ihrer kürzesten Form steht
        [length-too-long] eine Länge, größer als jedes Zertifikat
        [tag] ein Tag, das nicht in seiner kürzesten Form steht
        [constructed] eine Zeichenkette in konstruierter Form
        [integer] ein INTEGER, der nicht in seiner kürzesten Form steht
        [boolean] ein BOOLEAN außer 00 oder FF
        [null] ein NULL mit Inhalt
        [bit-string] ein fehlerhafter BIT STRING
        [oid] ein fehlerhafter OBJECT IDENTIFIER
        [depth] eine tiefere Verschachtelung, als sie ein Zertifikat hat
       *[trailing] Bytes nach seinem Ende
    }
der-extension-not-canonical = Das Zertifikat ist kein DER: Der Wert seiner Erweiterung { $extension } enthält { $fault ->
        [truncated] ein Element, das über sein Ende hinausreicht
        [indefinite] eine unbestimmte Länge
        [length] eine Länge, die nicht in ihrer kürzesten Form steht
        [length-too-long] eine Länge, größer als jedes Zertifikat
        [tag] ein Tag, das nicht in seiner kürzesten Form steht
        [constructed] eine Zeichenkette in konstruierter Form
        [integer] einen INTEGER, der nicht in seiner kürzesten Form steht
        [boolean] einen BOOLEAN außer 00 oder FF
        [null] ein NULL mit Inhalt
        [bit-string] einen fehlerhaften BIT STRING
        [oid] einen fehlerhaften OBJECT IDENTIFIER
        [depth] eine tiefere Verschachtelung, als sie ein Zertifikat hat
       *[trailing] Bytes nach seinem Ende
    } bei Byte { $offset }. Auch der Wert einer Erweiterung ist DER (RFC 5280 §4.1): Fordern Sie das Zertifikat beim Aussteller erneut an.
der-explicit-default = Das Zertifikat ist kein DER: Es schreibt einen Standardwert aus, den DER weglässt (X.690 §11.5): { $field ->
        [version] Version v1
        [critical] critical FALSE in einer Erweiterung
        [cA] cA FALSE in basicConstraints
       *[minimum] minimum 0 in nameConstraints
    }, bei Byte { $offset }. Fordern Sie das Zertifikat beim Aussteller erneut an.
der-extension-unreadable = Die Erweiterung { $extension } des Zertifikats lässt sich nicht als diese Erweiterung lesen (RFC 5280 §4.2): docwiz rät nicht, was sie besagt. Fordern Sie das Zertifikat beim Aussteller erneut an.
pkcs12-not-der = Diese PKCS#12-Datei ist beschädigt: Sie ist kein DER ({ $fault } bei Byte { $offset }).
pkcs12-not-der-inside = Diese PKCS#12-Datei ist beschädigt: Etwas darin (ein Zertifikat, ein Schlüssel oder ihre Hülle) ist kein DER, wie RFC 7292 es verlangt. Exportieren Sie sie erneut.
pkcs12-bad-certificate = Diese PKCS#12-Datei enthält ein Zertifikat, das kein X.509-Zertifikat in DER ist (RFC 5280 §4.1). Exportieren Sie sie erneut, oder importieren Sie Zertifikat und Schlüssel als PEM-Dateien.
pkcs12-damaged-structure = Diese PKCS#12-Datei ist beschädigt: Ihre Struktur ist nicht die, die RFC 7292 festlegt. Exportieren Sie sie erneut.
pkcs12-name-ambiguous = „{ $name }“ bezeichnet { $count } verschiedene Paare aus Schlüssel und Zertifikat in dieser Datei: { $pairs }. Wählen Sie eines mit --friendly-name <{ cli-value-name }>, indem Sie seinen Fingerabdruck als Namen angeben.
pkcs12-no-mac = { $file } hat keine Integritätsprüfung (MAC): Nichts zeigt, dass die Datei seit dem Export unverändert ist. Vergleichen Sie den Fingerabdruck des Zertifikats mit dem, den sein Aussteller angibt.
key-rsa-too-small = Der RSA-Schlüssel in { $file } hat { $bits } Bit: Nach der Richtlinie von docwiz hat der RSA-Schlüssel eines TLS-Serverzertifikats mindestens 2048 Bit (CA/Browser Forum Baseline Requirements §6.1.5). Erzeugen Sie einen neuen Schlüssel mit mindestens 2048 Bit und lassen Sie dafür ein Zertifikat ausstellen.
key-rsa-too-large = Der RSA-Schlüssel in { $file } hat { $bits } Bit: docwiz signiert mit RSA-Schlüsseln von 2048 bis 8192 Bit. Erzeugen Sie einen neuen Schlüssel mit 2048 bis 8192 Bit und lassen Sie dafür ein Zertifikat ausstellen.
key-chosen = { $file } enthält { $count } private Schlüssel: docwiz hat den in Zeile { $line } genommen, der zum Zertifikat gehört, und die anderen ignoriert ({ $ignored-count ->
    [1] Zeile
   *[other] Zeilen
} { $ignored }).
import-unrelated-left-out = { $count ->
        [one] Ein Zertifikat aus { $file } gehört nicht zur Kette des importierten Zertifikats und wurde ausgelassen
       *[other] { $count } Zertifikate aus { $file } gehören nicht zur Kette des importierten Zertifikats und wurden ausgelassen
    }: { $certificates }.
pkcs7-malformed = Dieser PKCS#7-Container (.p7b) ist fehlerhaft oder zu tief verschachtelt, um gelesen zu werden (RFC 2315 §9.1); seine Zertifikate wurden nicht betrachtet. Fordern Sie die Datei erneut an oder die Zertifikate als PEM.
pkcs12-unsupported-what = { $what ->
        [encryption] sein Verschlüsselungsverfahren
        [mac] der Algorithmus seiner Integritätsprüfung (MAC)
        [content] ein Inhaltstyp
        [certificate] ein Zertifikatstyp außer X.509
       *[parameters] Algorithmusparameter
    }

## store fixes

history-no-newline = Dem letzten Eintrag des Verlaufs fehlt der Zeilenumbruch am Ende. Der nächste Befehl, der den Speicher ändert, ergänzt ihn; nichts wird rückgängig gemacht.
history-torn = Die letzte Zeile des Verlaufs ist abgeschnitten (ein Schreibvorgang wurde nicht beendet). Der nächste Befehl, der den Speicher ändert, entfernt sie und macht nur ihre eigene Zuweisung rückgängig, falls davon etwas umgestellt wurde.
history-line-unreadable = Diese Zeile des Verlaufs ist kein Zuweisungseintrag. docwiz lässt sie unverändert und überspringt sie; reparieren oder entfernen Sie sie von Hand.
history-incomplete = Die letzte Zuweisung des Verlaufs hat { $lines } ihrer { $count } Zeilen. Der nächste Befehl, der den Speicher ändert, vervollständigt sie aus live/, wenn live/ sie als ausgeführt zeigt, und macht sie sonst rückgängig.
history-not-installed = Diese Zeile nennt das Zertifikat { $thumbprint }, das nicht im Speicher installiert ist (certs/).
history-live-mismatch = Laut Verlauf hat die Verwendung { $usage } das Zertifikat { $history }, aber live/{ $usage } hat { $live }: Eine Zuweisung wurde nur teilweise ausgeführt, oder live/ wurde von Hand geändert.
damage-live-unknown-usage = ist keine Zertifikatverwendung, die docwiz kennt ({ $name }): Nichts verwendet diesen Eintrag. Entfernen Sie ihn.
damage-reason-unknown = Der für diese Anforderung gespeicherte Grund „{ $code }“ ist kein Grundcode, den docwiz schreibt (ein von Hand bearbeiteter Eintrag oder einer aus einer älteren Version); er wird als unbekannter Grund angezeigt.
request-reason-unknown = unbekannter Grund ({ $code })
offline-not-file-name = Das ist kein Dateiname für die CSR.
offline-no-directory = Das Verzeichnis { $dir } existiert nicht. docwiz legt außerhalb seines Speichers keine Verzeichnisse an: Legen Sie es zuerst an, oder wählen Sie eine andere Datei.
offline-exists = Diese Datei existiert bereits. docwiz ersetzt nie eine Datei durch die CSR: Wählen Sie einen neuen Dateinamen, oder entfernen Sie die Datei zuerst.
offline-not-regular = Unter diesem Namen gibt es bereits etwas, das keine Datei ist (ein Verzeichnis, ein Link, ein FIFO, ein Gerät …); docwiz schreibt die CSR nur in eine neue Datei.
offline-in-store = Diese Datei liegt im Speicher { $store }, dessen Dateien docwiz selbst verwaltet: Schreiben Sie die CSR außerhalb davon.
input-not-regular = Das ist keine reguläre Datei, sondern { $kind ->
        [directory] ein Verzeichnis
        [fifo] ein FIFO (benannte Pipe)
        [device] ein Gerät
        [socket] ein Socket
       *[other] etwas anderes
    }; docwiz liest nur reguläre Dateien.
input-too-large = Diese Datei ist größer als { $max } MiB, weit mehr als jedes Zertifikat, jeder Schlüssel und jede PKCS#12-Datei; docwiz liest sie nicht.
error-bad-thumbprint = „{ $value }“ ist kein Fingerabdruck: Ein Fingerabdruck besteht aus Hexadezimalziffern (0-9, A-F), wahlweise durch Leerzeichen oder Doppelpunkte getrennt.
os-error-permission = Zugriff verweigert (Systemfehler { $errno })
os-error-not-found = Datei oder Verzeichnis nicht gefunden (Systemfehler { $errno })
os-error-io = Ein-/Ausgabefehler (Systemfehler { $errno })
os-error-exists = die Datei existiert bereits (Systemfehler { $errno })
os-error-not-dir = ein Teil des Pfades ist kein Verzeichnis (Systemfehler { $errno })
os-error-is-dir = es ist ein Verzeichnis (Systemfehler { $errno })
os-error-invalid = ungültiges Argument (Systemfehler { $errno })
os-error-no-space = kein Speicherplatz mehr auf dem Gerät (Systemfehler { $errno })
os-error-read-only = das Dateisystem ist schreibgeschützt (Systemfehler { $errno })
os-error-loop = zu viele Ebenen symbolischer Links (Systemfehler { $errno })
os-error-other = das Betriebssystem hat den Vorgang abgelehnt (Systemfehler { $errno })
pkcs7-trailing = Die PKCS#7-Struktur endet bei Byte { $offset }, und danach folgen noch { $count } Bytes. docwiz ignoriert nicht, was einer Struktur folgt: Fordern Sie die Datei bei der Zertifizierungsstelle erneut an.
answer-not-in-chain = Die Datei enthält ein Zertifikat, das nicht zur Kette von { $leaf } gehört: { $subject } ({ $thumbprint }). Entfernen Sie es aus der Datei: Der Speicher behält nur die eigene Kette des Zertifikats.

## Terminal wizard (pages and keys)
tui-key-help = Hilfe
tui-key-language = Sprache
tui-key-back = Zurück
tui-key-close = Schließen
tui-key-next-control = Nächstes Feld
tui-key-activate = Auswählen
tui-key-toggle = Kontrollkästchen
tui-key-scroll = Blättern
tui-key-name-space = Leertaste
tui-key-name-enter = Eingabetaste
tui-key-name-esc = Esc
tui-key-name-tab = Tab
tui-action-request = { -button-request }…
tui-action-assign = { -button-assign }…
tui-action-import = { -button-import }…
tui-action-details = { -button-view-details }
tui-action-trust = Einer Stammzertifizierungsstelle vertrauen…
tui-certificates-title = Zertifikate
tui-certificate-option = { $thumbprint } ({ $subject })
tui-button-back = Zurück
tui-button-details = { -button-view-details }
tui-button-finish = { -button-finish }
tui-import-root = Stammzertifikat importieren…
tui-import-intermediate = Zwischenzertifikat importieren
tui-untrusted-heading = Warum die Zertifikatkette nicht vertrauenswürdig ist
tui-finish-cleared = Das Zertifikat { $thumbprint } ist installiert, aber nicht zugewiesen: Das Kontrollkästchen wurde deaktiviert.
tui-request-finished = Diese Anforderung ist abgeschlossen.
tui-title-request = { -page-request-timing }
tui-title-assign = { -page-assignment }
tui-title-import = { -page-import }
tui-title-trust = Einem Zertifizierungsstellenzertifikat vertrauen

## help view and pager
help-topic-link = {" "}({ $title }: { $command })
lint-link-unknown-topic = Dieser Link führt zum Thema „{ $topic }“, das es nicht gibt: Ein Link zu einem anderen Thema wird topic:<{ cli-value-topic }> geschrieben, mit einer ID, die docwiz topics auflistet.
lint-link-unknown-anchor = Das Thema „{ $topic }“ hat keine Überschrift mit dem Anker „{ $anchor }“: Verlinken Sie die ID einer seiner Überschriften oder nur das Thema.
help-view-key-scroll = blättern
help-view-key-page = Seite
help-view-key-find = suchen
help-view-key-link = Links
help-view-key-follow = öffnen
help-view-key-back = zurück
help-view-key-close = schließen
help-view-key-next = nächster Treffer
help-view-key-cancel = abbrechen
help-view-find-prompt = Suchen:
help-view-find-none = Kein Treffer für „{ $query }“
help-view-find-count = Treffer { $current } von { $total }
help-view-position = Zeilen { $first }–{ $last } von { $total }
help-pager-failed = Der Pager konnte das Terminal nicht verwenden ({ $error }); die Seite wird stattdessen ausgegeben.

## Terminal wizard: assign, import and trust pages
tui-key-arrows-choose = Auswählen
tui-assign-intro = Wählen Sie ein installiertes Zertifikat und dann die Verwendungen, denen es zugewiesen werden soll. Eine Verwendung, die das Zertifikat ablehnen würde, nennt den Grund; ihr Kontrollkästchen kann nicht aktiviert werden.
tui-assign-certificate = Installierte Zertifikate
tui-assign-usages = Zertifikatverwendungen
tui-assign-holder = Jetzt: Zertifikat { $thumbprint } ({ $subject })
tui-assign-holder-none = Jetzt: kein Zertifikat
tui-assign-holder-this = Jetzt: dieses Zertifikat
tui-assign-none-checked = Aktivieren Sie mindestens eine Verwendung, der das Zertifikat zugewiesen werden soll.
tui-assign-no-certificates = Es ist noch kein Zertifikat installiert. Fordern Sie eines an, oder importieren Sie ein anderswo bezogenes Zertifikat mit seinem privaten Schlüssel.
tui-assign-button = { -button-assign }
tui-import-intro = Installiert ein anderswo bezogenes Zertifikat mit seinem privaten Schlüssel: eine Zertifikatdatei mit ihrer Schlüsseldatei, eine PEM-Datei mit beidem oder eine PKCS#12-Datei (.pfx, .p12) mit ihrem Kennwort.
tui-import-file = Zertifikatdatei (PEM, DER, PKCS#7 oder PKCS#12)
tui-import-key = Datei des privaten Schlüssels (leer lassen, wenn die Zertifikatdatei den Schlüssel enthält)
tui-import-password = PKCS#12-Kennwort
tui-import-key-password = Kennwort eines verschlüsselten privaten Schlüssels
tui-import-friendly-name = Anzeigename oder Fingerabdruck des Paars, das aus einer PKCS#12-Datei mit mehreren Paaren genommen wird (optional)
tui-import-button = { -button-import }
tui-import-button-done = Fertig
tui-import-file-missing = Geben Sie die zu importierende Zertifikatdatei an.
tui-import-done = Das Zertifikat { $thumbprint } ist mit seinem privaten Schlüssel installiert.
tui-import-wrong-password = Das PKCS#12-Kennwort ist falsch: Die Integritätsprüfung (MAC) der Datei schlägt damit fehl. Es wurde nichts importiert.
tui-import-needs-password = Diese PKCS#12-Datei braucht ein Kennwort: Geben Sie es im Feld „PKCS#12-Kennwort“ ein. Es wurde nichts importiert.
tui-import-key-needs-password = Dieser private Schlüssel ist verschlüsselt (PKCS#8): Geben Sie sein Kennwort im Feld für das Kennwort eines verschlüsselten privaten Schlüssels ein. Es wurde nichts importiert.
tui-import-key-wrong-password = Das Kennwort des privaten Schlüssels ist falsch: Es entschlüsselt den Schlüssel nicht. Es wurde nichts importiert.
tui-import-needs-key = Diese Datei enthält ein Zertifikat, aber keinen privaten Schlüssel: Geben Sie auch die Schlüsseldatei an, oder importieren Sie eine PKCS#12-Datei, die beides enthält. Es wurde nichts importiert.
tui-trust-intro = Ein Stammzertifikat kommt nach Ihrer Bestätigung in den Speicher „{ -store-root }“, ein Zwischenzertifikat in den Speicher „{ -store-intermediate }“. Eine Datei (PEM, DER oder PKCS#7) kann mehrere enthalten: Jedes kommt in seinen eigenen Speicher.
tui-trust-file = Datei des Zertifizierungsstellenzertifikats
tui-trust-kind = Speicher
tui-trust-kind-root = { -store-root }
tui-trust-kind-intermediate = { -store-intermediate }
tui-trust-file-missing = Geben Sie die Datei des Zertifizierungsstellenzertifikats an.
tui-trust-button-next = Weiter
tui-trust-button-yes = Ja
tui-trust-button-no = Nein
tui-trust-confirm-heading = Sicherheitswarnung
tui-trust-confirm-claim = Sie sind im Begriff, ein Zertifikat von einer Zertifizierungsstelle (CA) zu installieren, die sich ausgibt als: { $subject }
tui-trust-confirm-check = docwiz kann nicht bestätigen, dass das Zertifikat wirklich von dieser Zertifizierungsstelle stammt. Prüfen Sie seine Herkunft bei der Zertifizierungsstelle: Vergleichen Sie den SHA-1-Fingerabdruck oben mit dem, den die Zertifizierungsstelle Ihnen nennt.
tui-trust-confirm-question = { $count ->
    [one] Möchten Sie diesem Stammzertifikat vertrauen?
   *[other] Möchten Sie diesen { $count } Stammzertifikaten vertrauen?
}
tui-trust-import-skipped-intermediate = Auch die Zwischenzertifikate der Datei importieren
tui-trust-import-skipped-root = Auch dem Stammzertifikat der Datei vertrauen…

## Terminal wizard: request pages
tui-button-next = Weiter
tui-button-cancel = Abbrechen
tui-key-next-page = Nächste Seite
tui-request-step = Schritt { $step } von { $total }
tui-request-timing-intro = Eine Anforderung erzeugt einen neuen privaten Schlüssel und eine Zertifikatsignieranforderung (CSR). Senden Sie sie sofort an eine Onlinezertifizierungsstelle (ZS), oder schreiben Sie die CSR in eine Datei, die Sie selbst zu einer ZS bringen; die Antwort der ZS importieren Sie später.
tui-request-timing = Wann die Anforderung gesendet wird
tui-request-send-now = { -option-send-now }
tui-request-send-later = { -option-send-later }
tui-request-offline-file = Datei für die CSR (eine neue Datei in einem vorhandenen Verzeichnis)
tui-request-offline-empty = Geben Sie den Namen einer neuen Datei für die CSR ein.
tui-request-ca-title = { -page-request-ca }
tui-request-ca-intro = Wählen Sie die Zertifizierungsstelle, die die Anforderung beantwortet.
tui-request-ca = Zertifizierungsstelle
tui-request-ca-local = Die in docwiz eingebaute lokale ZS
tui-request-ca-acme = Eine ACME-ZS (RFC 8555), etwa Let's Encrypt oder step-ca
tui-request-ca-cfssl = Eine cfssl-ZS (cfssl serve)
tui-request-acme-directory = URL des ACME-Verzeichnisses
tui-request-acme-bundle = ZS-Zertifikat, zu dem das HTTPS-Zertifikat des ACME-Servers führt (PEM-Datei, optional)
tui-request-acme-contact = Kontakt-E-Mail-Adresse für das ACME-Konto (optional)
tui-request-acme-port = Port, auf dem docwiz http-01-Challenges beantwortet
tui-request-acme-address = Adresse, auf der docwiz auf die Challenges wartet
tui-request-cfssl-url = URL von cfssl serve
tui-request-cfssl-profile = cfssl-Signierprofil (optional)
tui-request-url-empty = Geben Sie die URL ein.
tui-request-url-acme = Die URL muss mit https:// beginnen (oder mit http:// bei einer Test-ZS).
tui-request-url-cfssl = docwiz erreicht cfssl über einfaches HTTP: Die URL muss mit http:// beginnen.
tui-request-contact-invalid = Eine E-Mail-Adresse sieht aus wie name@example.com.
tui-request-port-invalid = Ein Port ist eine Zahl von 1 bis 65535.
tui-request-address-invalid = Eine IP-Adresse sieht aus wie 127.0.0.1 oder ::1.
tui-request-basics-title = { -page-request-basics }
tui-request-basics-intro = Der vollqualifizierte Domänenname (FQDN) des Servers ist der Antragsteller des Zertifikats und sein erster alternativer Antragstellername.
tui-request-fqdn = FQDN des Servers (zum Beispiel pool01.contoso.com)
tui-request-fqdn-empty = Geben Sie den FQDN des Servers ein.
tui-request-wildcard-fqdn = „{ $name }“: Ein Platzhalter kann nicht den Server selbst benennen. Geben Sie den Platzhalternamen unter den alternativen Antragstellernamen ein.
tui-request-name-as = Im Zertifikat: { $name }
tui-request-key = Schlüsseltyp
tui-request-key-option = { $key ->
        [rsa-2048] RSA, 2048 Bit (Standard)
        [rsa-3072] RSA, 3072 Bit
        [rsa-4096] RSA, 4096 Bit
        [ecdsa-p256] ECDSA, Kurve P-256
       *[ecdsa-p384] ECDSA, Kurve P-384
    }
tui-request-sans-title = { -page-request-sans }
tui-request-sans-intro = Weitere DNS-Namen, für die das Zertifikat gilt: Pools, einfache URLs, ein Platzhalter wie *.contoso.com. { $known ->
        [no] Der FQDN des Servers ist immer enthalten.
       *[yes] Der FQDN { $fqdn } ist immer enthalten.
    }
tui-request-sans = Alternative Antragstellernamen, durch Kommas oder Leerzeichen getrennt (optional)
tui-request-usages-title = Zertifikatverwendungen
tui-request-usages-intro = Wählen Sie, wofür das Zertifikat gedacht ist. „{ -button-finish }“ auf der Statusseite weist es diesen Verwendungen zu.
tui-request-usage-none = Wählen Sie mindestens eine Verwendung.
tui-request-prefill-invalid = Die Befehlszeile gab an: { $error }
tui-request-summary-title = Zusammenfassung der Zertifikatanforderung
tui-request-summary-intro = Noch wurde nichts geschrieben. Prüfen Sie die Anforderung, und wählen Sie dann „{ -button-request }“.
tui-request-submit = { -button-request }
tui-request-fact-timing = Senden
tui-request-fact-ca = Zertifizierungsstelle
tui-request-fact-csr = CSR-Datei
tui-request-fact-fqdn = FQDN des Servers
tui-request-fact-bundle = ZS-Bundle
tui-request-fact-contact = Kontakt
tui-request-fact-http = http-01-Challenges
tui-request-fact-profile = cfssl-Profil
tui-request-ca-with-url = { $ca }: { $url }
tui-request-http-value = { $address }, Port { $port }
tui-request-progress-title = Anforderung wird gesendet
tui-request-progress-local = Schlüssel und CSR werden erzeugt; die lokale ZS signiert das Zertifikat.
tui-request-progress-acme = Schlüssel und CSR werden erzeugt, dann wird die ACME-ZS { $url } gefragt: Konto, Auftrag, http-01-Challenges auf { $address } Port { $port }, Zertifikat.
tui-request-progress-cfssl = Schlüssel und CSR werden erzeugt, dann wird cfssl unter { $url } um die Signatur gebeten.
tui-request-progress-offline = Der Schlüssel wird erzeugt und die CSR in { $file } geschrieben.
tui-request-elapsed = { $seconds } s vergangen
tui-request-running-keys = Esc ist wirkungslos, bis die ZS geantwortet hat, damit die Anforderung nicht halb erledigt bleibt. F1 (Hilfe) und F2 (Sprache) funktionieren währenddessen.
tui-request-failed = Die Anforderung ist fehlgeschlagen, und nichts wurde gespeichert. Gehen Sie zurück, um sie zu ändern, oder brechen Sie ab.
tui-request-stopped = Die Anforderung wurde beendet, bevor die ZS geantwortet hat.

## Terminal wizard (store lock and signals)
error-store-busy = Ein anderer docwiz-Befehl ändert gerade den Speicher { $store }; versuchen Sie es erneut, wenn er abgeschlossen ist.

## wizard page fixes
tui-trust-confirm-list = { $count ->
    [one] Diese Datei enthält { $count } Stammzertifikat; „Ja“ vertraut ihm:
   *[other] Diese Datei enthält { $count } Stammzertifikate; ein einziges „Ja“ vertraut allen:
}
tui-request-url-acme-https = Die URL muss mit https:// beginnen: Der ACME-Client spricht nur HTTPS (bei einer Test-ZS geben Sie unten deren ZS-Zertifikatdatei an).

## Serve

serve-listening = docwiz stellt die Hilfe und den Assistenten unter { $url } bereit.
serve-token-required = Diese Adresse ist von anderen Computern aus erreichbar: Die Seiten des Assistenten öffnen sich nur mit dem Zugriffstoken in der obigen URL.
serve-stop-hint = Zum Beenden Strg+C drücken.
serve-open-failed = Es konnte kein Browser geöffnet werden; öffnen Sie { $url } selbst.
serve-stopped = Beendet.
error-listen = Auf { $addr } kann nicht gelauscht werden: { $reason }
site-not-found-title = Seite nicht gefunden
site-not-found = Diese Seite gibt es hier nicht. Alle Themen sind im Index aufgeführt.
site-back-to-wizard = Zurück zum Assistenten

## Web wizard
web-field-error = { $field }: { $error }
web-located = { $location }: { $error }
web-form-invalid = Einige Felder müssen korrigiert werden (siehe die Meldungen daneben). Es wurde nichts geschrieben.
web-paths-on-server = Dateinamen sind Pfade auf dem Rechner, auf dem docwiz serve läuft, so wie die Befehlszeile sie nimmt; aus dem Browser wird nichts hochgeladen.
web-progress-refresh = Diese Seite verfolgt die Anforderung von selbst. Die Anforderung läuft weiter, auch wenn Sie die Seite verlassen.
web-job-unknown = Der Fortschritt dieser Anforderung ist nicht mehr bekannt (der Server wurde neu gestartet, oder die Seite gehört zu einer anderen Sitzung). Die Hauptseite listet alle Anforderungen auf.
web-trust-file-changed = Die Datei enthält jetzt andere Zertifikate als die angezeigten: Es wurde nichts als vertrauenswürdig eingestuft. Prüfen Sie die Zertifikate unten erneut.

## tui leftovers
tui-key-open = Öffnen

## Web wizard refusals
web-refused-title = Nicht erlaubt
web-refused-token = Diese Seite des Assistenten öffnet sich nur mit dem Zugriffstoken, das docwiz serve beim Start ausgegeben hat. Öffnen Sie einmal die ausgegebene Adresse mit ?token=…; der Browser behält das Token für den Rest der Sitzung. Hilfeseiten brauchen kein Token.
web-refused-change = Diese Änderung wurde abgewiesen, und nichts wurde geschrieben: Sie kam nicht von einer Seite dieses Assistenten in dieser Browsersitzung (das Token des Formulars fehlt oder ist falsch, oder die Seite gehört zu einer anderen Website). Öffnen Sie die Seite erneut, und wiederholen Sie den Schritt.
web-refused-host = Dieser Assistent antwortet nur unter einer Loopback-Adresse (127.0.0.1, localhost oder [::1]). Öffnen Sie ihn unter der Adresse, die docwiz serve ausgegeben hat.

## Table of contents
toc-request = Anforderungen
toc-install = Installierte Zertifikate
site-toc = Inhalt
site-previous = Zurück: { $title }
site-next = Weiter: { $title }
site-breadcrumbs = Sie sind hier
error-toc-syntax = Das Inhaltsverzeichnis ist an dieser Stelle kein gültiges YAML oder keine Liste von Einträgen.
error-toc-item = Ein Eintrag des Inhaltsverzeichnisses braucht ein href (die .md-Datei eines Themas) oder einen name (eine Meldung, die einen Abschnitt benennt).
error-toc-href = { $href } ist keine Themendatei dieses Baums (erwartet wird der Name einer Datei in content/, etwa certificate-request.md).
error-toc-value = Der Wert von { $key } passt hier nicht ins Inhaltsverzeichnis: name und href erwarten Text, items eine Liste von Einträgen.
error-toc-too-deep = Das Inhaltsverzeichnis ist an dieser Stelle zu tief verschachtelt.
lint-toc-missing = Das Thema { $id } fehlt im Inhaltsverzeichnis (content/toc.yml).
lint-toc-unknown = Das Inhaltsverzeichnis führt { $id } auf, aber kein Thema hat diese ID.
lint-toc-twice = Das Inhaltsverzeichnis führt { $id } mehrfach auf; Seitenleiste, „Zurück“ und „Weiter“ folgen dem ersten Eintrag.
lint-toc-name = Das Inhaltsverzeichnis benennt einen Abschnitt mit { $id }, aber ui.ftl hat keine solche Meldung.
topics-tree-title = Inhaltsverzeichnis
site-skip = Zum Thema springen

## Certificate lines
cert-chain-line = { $certificate } – Zertifikatkette { $chain }
live-pending-none = keine

## Help view
help-view-key-clear = Suche aufheben
label-value = { $label }: { $value }
list-notes = { $first }; { $second }
key-usage-bit = { $bit ->
    [digitalSignature] Digitale Signatur
    [nonRepudiation] Nichtabstreitbarkeit
    [keyEncipherment] Schlüsselverschlüsselung
    [dataEncipherment] Datenverschlüsselung
    [keyAgreement] Schlüsselvereinbarung
    [keyCertSign] Zertifikatsignatur
    [cRLSign] CRL-Signatur
    [encipherOnly] Nur Verschlüsseln
    [decipherOnly] Nur Entschlüsseln
   *[other] { $bit }
}

## Help server: broken pages and listening
site-broken-title = Diese Seite enthält Fehler
site-broken = Das Thema oder seine Übersetzung enthält Fehler, deshalb wird die Seite nicht angezeigt. Beheben Sie sie, und laden Sie die Seite neu:
os-error-address-in-use = die Adresse wird bereits verwendet: Ein anderes Programm lauscht an diesem Port (Systemfehler { $errno })
os-error-address-not-available = die Adresse gehört nicht zu diesem Rechner (Systemfehler { $errno })

## Search
help-no-such-section = Das Thema { $topic } hat keinen Abschnitt „{ $anchor }“; das ganze Thema wird angezeigt.
search-in-english = [auf Englisch]
search-unmatched-word = Kein Thema enthält „{ $word }“.
search-other-words = Die folgenden Themen enthalten die übrigen Wörter.
error-no-search-hit = Kein Hilfethema enthält „{ $query }“.
error-nearest-terms = Ähnlichste Wörter in den Themen: { $terms }
error-no-nearest-terms = In den Themen gibt es kein ähnliches Wort.
error-search-index = Der Suchindex kann nicht erstellt werden: { $reason }

## Lint: typography, glossary, plurals
lint-typo-fr-space = Französische Typografie: Vor „{ $char }“ steht ein schmales geschütztes Leerzeichen (U+202F); `{ $fix }` fügt es ein.
lint-typo-fr-guillemet = Französische Typografie: Innerhalb der Guillemets steht ein schmales geschütztes Leerzeichen (U+202F), nach dem öffnenden und vor dem schließenden, hier bei { $char }; `{ $fix }` fügt es ein.
lint-typo-fr-apostrophe = Französische Typografie: Der Apostroph ist ’ (U+2019), nicht '; `{ $fix }` ersetzt ihn.
lint-typo-quotes = Anführungszeichen: Diese Sprache setzt { $open }…{ $close }, daher gehört hier { $expected } statt { $found }; `{ $fix }` ersetzt es.
lint-typo-zh-space = Chinesische Typografie: Neben dem vollbreiten Zeichen { $char } steht kein Leerzeichen; `{ $fix }` entfernt es.
lint-typo-zh-full-width = Chinesische Typografie: Nach chinesischem Text wird { $found } vollbreit geschrieben: { $expected }; `{ $fix }` ersetzt es.
lint-typo-zh-parentheses = Chinesische Typografie: Klammern sind vollbreit um Text mit einem chinesischen Zeichen und halbbreit um Text ohne; hier gehört daher { $expected } statt { $found }. `{ $fix }` ersetzt sie.
lint-placeholder-unknown = „<{ $found }>“ ist kein Wertname der Befehlszeile in dieser Sprache: Ein Platzhalter wird so geschrieben, wie `--help` den Wert hier nennt (eine cli-value-*-Nachricht in ui.ftl, etwa <{ $example }>).
lint-placeholder-bare = In einem Befehl steht ein Platzhalter in spitzen Klammern, wie ihn die Zeile „Aufruf“ von `--help` schreibt: <{ $name }>; `{ $fix }` ergänzt sie.
lint-plural-one = In { $locale } wird [one] von { $id } auch für { $numbers } gewählt, aber sein Text zeigt die Zahl ({ $variable }) nicht und sagt daher „genau eins“: Fügen Sie eine Variante [1] für genau eins hinzu, oder zeigen Sie die Zahl in [one].
lint-fix-built-in = --fix schreibt Dateien um und braucht daher den Baum, den es korrigieren soll: Geben Sie ihn mit --root <{ cli-value-dir }> an.
lint-fixed = Typografische Korrekturen: { $edits } (umgeschriebene Dateien: { $files }).
lint-glossary-forbidden = „{ $found }“ ist nicht der Glossarbegriff für „{ $english }“: Verwenden Sie „{ $preferred }“ ({ $glossary }).
lint-glossary-xml = Dieses Glossar ist kein wohlgeformtes XML; seine Begriffe werden nicht geprüft.
lint-glossary-status = „{ $value }“ ist kein Verwaltungsstatus von TBX-Basic (preferredTerm-admn-sts, admittedTerm-admn-sts, deprecatedTerm-admn-sts, supersededTerm-admn-sts).
lint-glossary-no-preferred = Das Konzept { $concept } verbietet Begriffe in { $locale }, nennt dort aber keinen bevorzugten Begriff.
cli-about = Lokalisierte F1-Hilfe mit aktuellem Zertifikatstatus
cli-help-flag = Hilfe anzeigen
cli-version-flag = Version anzeigen
cli-heading-usage = Aufruf
cli-heading-options = Optionen
cli-heading-arguments = Argumente
cli-heading-commands = Befehle
cli-usage-options = OPTIONEN
cli-heading-colon = { ":" }
cli-value-command = BEFEHL
cli-value-addr = ADRESSE
cli-value-addr-port = ADRESSE:PORT
cli-value-cmd = BEFEHL
cli-value-csr-file = CSR-DATEI
cli-value-dir = VERZEICHNIS
cli-value-email = E-MAIL
cli-value-file = DATEI
cli-value-format = FORMAT
cli-value-fqdn = FQDN
cli-value-key = SCHLÜSSEL
cli-value-key-type = SCHLÜSSELTYP
cli-value-keyword-topic = SCHLÜSSELWORT|THEMA
cli-value-n = N
cli-value-name = NAME
cli-value-pem = PEM
cli-value-port = PORT
cli-value-query = SUCHBEGRIFF
cli-value-request = ANFORDERUNG
cli-value-tag = SPRACHE
cli-value-topic = THEMA
cli-value-thumbprint = FINGERABDRUCK
cli-value-url = URL
cli-value-usage = VERWENDUNG
cli-value-ca = ZS
cli-arg-lang = Sprache aller Ausgaben: BCP 47 oder POSIX, auch eine durch Kommas getrennte Präferenzliste, gewichtet mit `;q=` wie in Accept-Language; wiederholbar. Standard: LC_ALL, LC_MESSAGES, LANG. Bei `export` die zu exportierenden Sprachen.
cli-arg-root = Ein Inhaltsbaum (mit content/ und locales/) anstelle des eingebauten.
cli-arg-store = Der Speicher des Assistenten (Standard: $DOCWIZ_HOME, sonst $XDG_DATA_HOME/docwiz).
cli-arg-json = Ein einziges JSON-Dokument ausgeben.
cli-arg-plain = Zeilenweise Ausgabe für Screenreader: kein Pager, keine Vollbildoberfläche, keine ANSI-Formatierung.
cli-arg-no-interactive = Nie den Vollbild-Assistenten oder den Pager öffnen: Befehle geben alles so aus, als gäbe es kein Terminal.
cli-about-help = Das Hilfethema zu F1-Schlüsselwörtern (das spezifischste zuerst) oder zu einer Themen-ID anzeigen.
cli-arg-help-keywords = F1-Schlüsselwörter, das spezifischste zuerst, oder Themen-IDs.
cli-arg-help-format = Das Ausgabeformat: term (das Terminal), md (Markdown) oder html.
cli-arg-help-side-by-side = Jedem Textblock sein englisches Original folgen lassen.
cli-arg-help-strict = Mit Fehler beenden (Exitcode 1), sobald eine Meldung auf Englisch angezeigt wird.
cli-arg-help-live = Den aktuellen Zustand des Assistenten auf der Seite anzeigen (Standard).
cli-arg-help-no-live = Den aktuellen Zustand weglassen.
cli-arg-help-request = Die Anforderung, deren Status die Seite zeigt (Standard: die neueste).
cli-arg-help-no-pager = Die Seite auch dann direkt ausgeben, wenn sie länger als das Terminal ist, statt sie im Vollbild-Pager anzuzeigen.
cli-about-search = Themen anhand der Wörter in ihren Titeln, Überschriften, Texten und F1-Schlüsselwörtern finden.
cli-arg-search-query = Die gesuchten Wörter (alle, in beliebiger Reihenfolge; einzelne davon, wenn kein Thema alle enthält).
cli-arg-search-limit = Höchstens so viele Themen anzeigen.
cli-about-topics = Themen mit ihren Titeln, F1-Schlüsselwörtern und nicht übersetzten Meldungen auflisten.
cli-arg-topics-tree = Das Inhaltsverzeichnis (content/toc.yml) als Baum von Titeln ausgeben.
cli-about-lint = Inhalte und Übersetzungen prüfen; bei Fehlern Exitcode 1.
cli-arg-lint-fix = Die Übersetzungen des --root-Baums mit den typografischen Korrekturen umschreiben, die lint vorschlägt (nur der Text der Meldungen), und danach erneut prüfen.
cli-about-export = Alle Themen in allen Sprachen als statische HTML-Website oder als Markdown schreiben.
cli-arg-export-format = Das Ausgabeformat: html (eine Website) oder md (Markdown für ein DocFX-Repository).
cli-arg-export-out = Das zu schreibende Verzeichnis (wird als Ganzes ersetzt, wenn der Export gelingt).
cli-arg-export-live = Den aktuellen Zustand des Assistenten in die Seiten einfügen, die einen Live-Platzhalter haben.
cli-arg-export-base-url = Die URL, unter der die Website veröffentlicht wird: Die Verweise auf die anderen Sprachfassungen (hreflang) werden absolut.
cli-about-wizard = Der Zertifikat-Assistent.
cli-arg-wizard-f1 = Statt den Schritt auszuführen, das Hilfethema dieser Seite mit dem aktuellen Zustand anzeigen.
cli-about-wizard-request = Ein Zertifikat online anfordern: Schlüssel, CSR, Antwort der ZS, dann die Statusseite.
cli-arg-wizard-request-fqdn = Der vollqualifizierte Domänenname des Servers (CN des Antragstellers und erster alternativer Antragstellername).
cli-arg-wizard-request-sans = Ein weiterer DNS-Name für das Zertifikat (wiederholbar).
cli-arg-wizard-request-key = Der Schlüsseltyp: rsa-2048, rsa-3072, rsa-4096, ecdsa-p256, ecdsa-p384.
cli-arg-wizard-request-usage = Zertifikatverwendungen, durch Kommas getrennt: default, web-internal, web-external.
cli-arg-wizard-request-ca = Die ZS: die eingebaute lokale ZS, eine ACME-ZS oder cfssl.
cli-arg-wizard-request-offline = Die CSR stattdessen in diese neue Datei schreiben; die Antwort der ZS später importieren. Eine vorhandene Datei wird nie ersetzt, und im Speicher wird nichts geschrieben; das Verzeichnis der Datei muss existieren (sonst Exitcode 2).
cli-arg-wizard-request-acme-directory = Die URL des ACME-Verzeichnisses (mit --ca acme).
cli-arg-wizard-request-acme-ca-bundle = Ein ZS-Zertifikat (PEM), zu dem das HTTPS-Zertifikat des ACME-Servers führt.
cli-arg-wizard-request-acme-contact = Eine Kontakt-E-Mail-Adresse für das ACME-Konto.
cli-arg-wizard-request-acme-http-port = Der Port, auf dem docwiz http-01-Challenges beantwortet.
cli-arg-wizard-request-acme-http-address = Die Adresse, auf der docwiz auf die Challenges wartet (nur 127.0.0.1, wenn Sie nichts anderes angeben).
cli-arg-wizard-request-cfssl-url = Die URL von `cfssl serve` (mit --ca cfssl).
cli-arg-wizard-request-cfssl-profile = Das cfssl-Signierprofil.
cli-about-wizard-import-response = Die Antwort der ZS auf eine verzögerte Anforderung importieren (PEM, DER oder PKCS#7).
cli-arg-wizard-import-response-request = Die verzögerte Anforderung, zu der die Antwort gehört.
cli-arg-wizard-import-response-file = Die Antwort der ZS: ein Zertifikat in PEM oder DER oder eine PKCS#7-Datei mit der Zertifikatkette.
cli-about-wizard-import = Ein anderswo bezogenes Zertifikat mit seinem Schlüssel installieren: <{ cli-value-file }> --key <{ cli-value-key }>, eine PEM-Datei mit beidem oder eine .pfx-Datei.
cli-arg-wizard-import-file = Ein Zertifikat (PEM, DER, PKCS#7; mit --key), eine PEM-Datei mit dem Zertifikat und seinem Schlüssel oder eine PKCS#12-Datei.
cli-arg-wizard-import-key = Der private Schlüssel des Zertifikats (PEM oder DER: PKCS#8, verschlüsseltes PKCS#8, PKCS#1, SEC1).
cli-arg-wizard-import-password-file = Eine Datei, deren erste Zeile das PKCS#12-Kennwort ist.
cli-arg-wizard-import-key-password-file = Eine Datei, deren erste Zeile das Kennwort eines verschlüsselten Schlüssels ist.
cli-arg-wizard-import-friendly-name = Welches Paar aus einer PKCS#12-Datei mit mehreren Paaren genommen wird: sein Anzeigename oder der Fingerabdruck seines Zertifikats.
cli-about-wizard-retry = Eine fehlgeschlagene lokale Anforderung erneut an die lokale ZS senden (derselbe Schlüssel, dieselbe CSR).
cli-arg-wizard-retry-request = Die fehlgeschlagene Anforderung (Standard: die neueste Anforderung).
cli-about-wizard-status = Die Seite „Status der Onlinezertifikatanforderung“.
cli-arg-wizard-status-request = Die anzuzeigende Anforderung (Standard: die neueste).
cli-about-wizard-details = Zertifikatdetails anzeigen.
cli-arg-wizard-details-thumbprint = Das anzuzeigende Zertifikat, angegeben durch seinen SHA-1-Fingerabdruck (Standard: das Zertifikat der neuesten Anforderung).
cli-about-wizard-finish = Die Anforderung abschließen; das Zertifikat seinen Verwendungen zuweisen, außer mit --no-assign.
cli-arg-wizard-finish-request = Die abzuschließende Anforderung (Standard: die neueste).
cli-arg-wizard-finish-no-assign = Das Kontrollkästchen „Dieses Zertifikat den Zertifikatverwendungen von … zuweisen“ deaktivieren.
cli-arg-wizard-finish-deploy-hook = Ein Shellbefehl, der nach der Zuweisung ausgeführt wird (wie bei certbot). Schlägt er fehl, bleibt die Zuweisung bestehen (Links und Verlauf sind umgestellt), und docwiz meldet den Fehler des Hooks wie certbot mit Exitcode 1.
cli-about-wizard-check = Den Speicher prüfen: Links in live/, private Schlüssel, Datensätze, Zertifikatdateien und die lokale ZS; jedes Problem mit seiner Datei. Exitcode 1, wenn es eines gibt.
cli-about-wizard-assign = Ein installiertes Zertifikat Verwendungen zuweisen.
cli-arg-wizard-assign-thumbprint = Das zuzuweisende Zertifikat, angegeben durch seinen SHA-1-Fingerabdruck.
cli-arg-wizard-assign-usage = Zertifikatverwendungen, durch Kommas getrennt (Standard: die seiner Anforderung).
cli-arg-wizard-assign-deploy-hook = Ein Shellbefehl, der nach der Zuweisung ausgeführt wird (wie bei certbot). Schlägt er fehl, bleibt die Zuweisung bestehen (Links und Verlauf sind umgestellt), und docwiz meldet den Fehler des Hooks wie certbot mit Exitcode 1.
cli-about-trust = Die Vertrauensspeicher: Vertrauenswürdige Stammzertifizierungsstellen und Zwischenzertifizierungsstellen.
cli-about-trust-import-root = Einer Stammzertifizierungsstelle vertrauen (Vertrauenswürdige Stammzertifizierungsstellen); fragt vorher nach.
cli-arg-trust-import-root-file = Das Stammzertifikat (PEM, DER oder PKCS#7).
cli-arg-trust-import-root-yes = Ohne Nachfrage vertrauen.
cli-about-trust-import-intermediate = Eine Zwischenzertifizierungsstelle hinzufügen (Zwischenzertifizierungsstellen).
cli-arg-trust-import-intermediate-file = Das Zertifikat der Zwischenzertifizierungsstelle (PEM, DER oder PKCS#7).
cli-about-trust-list = Beide Vertrauensspeicher anzeigen.
cli-about-certs = Installierte Zertifikate.
cli-about-certs-list = Installierte Zertifikate und die Verwendungen, denen sie zugewiesen sind.
cli-about-serve = Die Hilfewebsite, den F1-Endpunkt und den Assistenten über HTTP bereitstellen.
cli-arg-serve-listen = Adresse und Port, auf denen gelauscht wird; bei jeder anderen als einer Loopback-Adresse verlangen die Seiten des Assistenten das beim Start ausgegebene Zugriffstoken.
cli-arg-serve-open = Die Website im Standardbrowser öffnen, sobald der Server lauscht.
cli-try-help = Weitere Informationen erhalten Sie mit „{ $flag }“.
cli-error-missing-value = „{ $arg }“ verlangt einen Wert, aber es wurde keiner angegeben.
cli-error-invalid-value = „{ $value }“ ist kein gültiger Wert für „{ $arg }“.
cli-error-invalid-choice = „{ $value }“ ist kein gültiger Wert für „{ $arg }“; mögliche Werte: { $valid }.
cli-error-invalid-value-why = „{ $value }“ ist kein gültiger Wert für „{ $arg }“: { $reason }.
cli-error-out-of-range = „{ $value }“ ist kein gültiger Wert für „{ $arg }“: Geben Sie eine ganze Zahl von { $min } bis { $max } an.
cli-error-unknown-argument = Unerwartetes Argument „{ $arg }“.
cli-error-unknown-command = Unbekannter Befehl „{ $command }“.
cli-error-missing-arguments = { $count ->
    [one] Dieses erforderliche Argument fehlt: { $args }
   *[other] Diese erforderlichen Argumente fehlen: { $args }
}
cli-error-missing-command = Ein Befehl ist erforderlich: { $commands }.
cli-error-given-twice = „{ $arg }“ darf nur einmal angegeben werden.
cli-error-conflict = „{ $arg }“ kann nicht zusammen mit „{ $other }“ verwendet werden.
cli-error-no-equals = „{ $arg }“ erwartet seinen Wert nach einem Gleichheitszeichen (=).
cli-error-too-many-values = Unerwarteter Wert „{ $value }“ für „{ $arg }“.
cli-error-wrong-number-of-values = „{ $arg }“ wurde mit der falschen Anzahl von Werten angegeben.
cli-error-not-utf8 = Ein Argument ist kein gültiges UTF-8.
cli-error-other = Die Argumente können nicht gelesen werden.
cli-tip-similar-command = Tipp: Es gibt einen ähnlichen Befehl: { $suggestion }
cli-tip-similar-argument = Tipp: Es gibt ein ähnliches Argument: { $suggestion }
cli-tip-similar-value = Tipp: Es gibt einen ähnlichen Wert: { $suggestion }
cli-tip-value-with-dash = Tipp: Um „{ $arg }“ als Wert zu übergeben, verwenden Sie „-- { $arg }“.
cli-error-listen-address = erwartet wird { cli-value-addr-port }, etwa 127.0.0.1:8080 oder localhost:8080
cli-about-certs-remove = Entfernt ein installiertes Zertifikat und seinen Schlüssel aus dem Speicher; abgelehnt, solange eine Verwendung es hält (weisen Sie der Verwendung zuerst ein anderes Zertifikat zu). Die Anforderung, aus der es stammt, behält ihren Datensatz und ihren Schlüssel.
cli-arg-certs-remove-thumbprint = Der Fingerabdruck des Zertifikats (SHA-1, wie `certs list` ihn anzeigt).
cli-about-certs-export = Schreibt ein installiertes Zertifikat mit Schlüssel und Kette für einen anderen Server: als PKCS#12-Datei (--pfx) oder als PEM-Dateien wie bei certbot (--pem).
cli-arg-certs-export-thumbprint = Der Fingerabdruck des Zertifikats (SHA-1, wie `certs list` ihn anzeigt).
cli-arg-certs-export-pfx = Eine neue PKCS#12-Datei (.pfx, 0600) mit Schlüssel und Kette für Windows, IIS oder `openssl pkcs12`. AES-256-CBC mit PBKDF2-SHA256.
cli-arg-certs-export-password-file = Eine Datei, deren erste Zeile das PKCS#12-Kennwort ist. Ohne sie wird das Kennwort im Terminal (zweimal) abgefragt; ein leeres Kennwort wird abgelehnt.
cli-arg-certs-export-legacy = Schützt die PKCS#12-Datei mit 3DES und einem SHA-1-MAC, für Windows vor Windows 10 1709 und Windows Server 2019.
cli-arg-certs-export-pem = Ein Verzeichnis für cert.pem, chain.pem, fullchain.pem und privkey.pem (0600), wie certbot sie schreibt. Es wird angelegt (0700), wenn es fehlt; vorhandene Dateien werden nie ersetzt.
cli-after-wizard-finish =
    Dateien: Nach der Zuweisung liegt das Zertifikat jeder Verwendung im Speicher unter
    live/<{ cli-value-usage }>/fullchain.pem (das Zertifikat und seine ZS-Zertifikate) und
    live/<{ cli-value-usage }>/privkey.pem (sein Schlüssel, 0600); der Befehl gibt die
    vollständigen Pfade aus. Sie folgen der Verwendung, wenn ihr ein anderes
    Zertifikat zugewiesen wird, sodass die Konfiguration eines Servers sie nur einmal nennt.

    Bereitstellungshook (--deploy-hook <{ cli-value-cmd }>): wird nach dem Umschalten der Links
    mit sh -c ausgeführt, mit dieser Umgebung:
      DOCWIZ_USAGES          die soeben zugewiesenen Verwendungen, durch Kommas getrennt
                             (default,web-internal,web-external)
      DOCWIZ_THUMBPRINT      der Fingerabdruck des zugewiesenen Zertifikats
      DOCWIZ_CERT_DIR        sein Verzeichnis im Speicher, absolut
                             (certs/<{ cli-value-thumbprint }>: cert.pem, chain.pem,
                             fullchain.pem, privkey.pem)
      DOCWIZ_OLD_THUMBPRINT  bei der Erneuerung (wizard renew): das ersetzte Zertifikat;
                             von finish und assign nie gesetzt
    Schlägt der Hook fehl, bleibt die Zuweisung bestehen und docwiz endet mit 1, wie certbot.
cli-after-wizard-assign = { cli-after-wizard-finish }
cli-default-value = [Standard: { $value }]
cli-possible-values = [mögliche Werte: { $values }]
cli-arg-trust-f1 = Statt den Schritt auszuführen, das Hilfethema dieser Seite mit dem aktuellen Zustand anzeigen.
cli-arg-certs-f1 = Statt den Schritt auszuführen, das Hilfethema dieser Seite mit dem aktuellen Zustand anzeigen.

error-in-use = { $count ->
    [one] Das Zertifikat { $thumbprint } ist dieser Verwendung zugewiesen und wurde daher nicht entfernt; weisen Sie ihr zuerst ein anderes Zertifikat zu ({ $command }):
   *[other] Das Zertifikat { $thumbprint } ist diesen Verwendungen zugewiesen und wurde daher nicht entfernt; weisen Sie ihnen zuerst ein anderes Zertifikat zu ({ $command }):
}
in-use-usage = { $label } (--usage { $usage })
certs-removed = Das Zertifikat { $thumbprint } und sein privater Schlüssel wurden aus dem Speicher entfernt.
error-needs-password = Eine PKCS#12-Datei braucht ein Kennwort: Geben Sie --password-file <{ cli-value-file }> an (die erste Zeile ist das Kennwort), oder führen Sie den Befehl in einem Terminal aus, um es einzugeben. Es wurde nichts geschrieben.
error-password-not-confirmed = Das Kennwort war leer, oder die beiden Eingaben stimmen nicht überein. Es wurde nichts geschrieben.
export-password-empty = Die erste Zeile dieser Datei ist leer; eine PKCS#12-Datei braucht ein Kennwort. Es wurde nichts geschrieben.
export-not-file-name = Das ist kein Dateiname für das exportierte Zertifikat.
export-no-directory = Das Verzeichnis { $dir } existiert nicht: Legen Sie es zuerst an, oder wählen Sie einen anderen Ort.
export-exists = Diese Datei existiert bereits. docwiz ersetzt beim Exportieren eines Zertifikats nie eine Datei: Wählen Sie einen neuen Namen, oder entfernen Sie die Datei zuerst.
export-revoked-warning = Warnung: Das Zertifikat { $thumbprint } wurde am { $date } gesperrt ({ $reason }): Clients, die Sperrungen prüfen, lehnen es ab.
export-not-regular = Unter diesem Namen gibt es bereits etwas, das keine Datei ist (ein Verzeichnis, ein Link, ein FIFO, ein Gerät …); docwiz exportiert nur in neue Dateien.
export-pem-is-file = Dies ist eine Datei, --pem erwartet aber ein Verzeichnis (ein neues oder eines, das keine der Dateien cert.pem, chain.pem, fullchain.pem, privkey.pem enthält). Für eine einzelne Datei verwenden Sie --pfx.
export-in-store = Dieser Ort liegt im Speicher { $store }, dessen Dateien docwiz selbst verwaltet: Exportieren Sie außerhalb davon.
certs-exported-pfx = Das Zertifikat, sein privater Schlüssel und seine Kette wurden in { $file } geschrieben.
certs-exported-pem = Das Zertifikat, seine Kette und sein privater Schlüssel wurden geschrieben nach:
prompt-password = Kennwort für die PKCS#12-Datei:
prompt-password-again = Dasselbe Kennwort noch einmal:

assign-file-chain = { $usage }, Zertifikat und Kette: { $path }
assign-file-key = { $usage }, privater Schlüssel: { $path }

site-search-label = Hilfe durchsuchen
site-search-button = Suchen
site-search-results = Themen mit „{ $query }“
site-search-nothing = Kein Thema enthält „{ $query }“.
site-search-unavailable = Der Suchindex dieser Website kann nicht geladen werden.

renew-nothing-due = Kein Zertifikat muss erneuert werden; das nächste, { $thumbprint }, wird ab { $date } erneuert.
renew-nothing-assigned = Keinem Zertifikat ist eine Verwendung zugewiesen, daher gibt es nichts zu erneuern.
renew-done = Das Zertifikat { $old } wurde erneuert: Das neue Zertifikat { $new } (Anforderung { $request }) hat seine Verwendungen übernommen.
renew-failed-line = Das Zertifikat { $thumbprint } wurde nicht erneuert und behält seine Verwendungen (der Grund steht oben).
renew-not-due-line = Das Zertifikat { $thumbprint } ist noch nicht fällig: Es wird ab { $date } erneuert.
renew-reason-untrusted = Die Kette des neuen Zertifikats ist nicht vertrauenswürdig ({ $status ->
    [untrusted-root] der Stammzertifizierungsstelle wird nicht vertraut
    [missing-intermediate] ein Zertifikat einer Zwischenzertifizierungsstelle fehlt
    [expired] ein Zertifikat ist abgelaufen
    [not-yet-valid] ein Zertifikat ist noch nicht gültig
   *[other] sie kann nicht überprüft werden
}), daher hat es keine Verwendung übernommen
renew-reason-not-renewable = Das Zertifikat { $thumbprint } wurde nicht von docwiz bei einer ZS angefordert (es wurde importiert oder offline angefordert): Erneuern Sie es dort, wo es ausgestellt wurde, und importieren Sie dann das neue Zertifikat
error-renew-untrusted = Die Kette des neuen Zertifikats ist nicht vertrauenswürdig ({ $status ->
    [untrusted-root] der Stammzertifizierungsstelle wird nicht vertraut
    [missing-intermediate] ein Zertifikat einer Zwischenzertifizierungsstelle fehlt
    [expired] ein Zertifikat ist abgelaufen
    [not-yet-valid] ein Zertifikat ist noch nicht gültig
   *[other] sie kann nicht überprüft werden
}), daher hat es keine Verwendung übernommen.
error-renew-not-renewable = Das Zertifikat { $thumbprint } wurde nicht von docwiz bei einer ZS angefordert (es wurde importiert oder offline angefordert): Erneuern Sie es dort, wo es ausgestellt wurde, und importieren Sie dann das neue Zertifikat.
error-not-renewable-unassigned = Dem Zertifikat { $thumbprint } ist keine Verwendung zugewiesen; eine Erneuerung ersetzt ein Zertifikat, das einer Verwendung zugewiesen ist. Weisen Sie es zuerst zu, oder fordern Sie ein neues Zertifikat an.
renew-due-note = Erneuerung fällig seit { $date }: { $command }
renew-failed-note = Die letzte Erneuerung am { $date } ist fehlgeschlagen: { $reason }. Das Zertifikat behält seine Verwendungen.
list-days-left = { $days ->
    [one] noch ein Tag
   *[other] noch { $days } Tage
}
list-expired = abgelaufen
value-with-note = { $value } ({ $note })
cli-about-wizard-renew = Die zugewiesenen Zertifikate erneuern, die fällig sind: dieselbe Anforderung noch einmal (Namen, Schlüsseltyp, Verwendungen, ZS), und das neue Zertifikat übernimmt die Verwendungen des alten. Nichts fällig: eine Zeile, Exitcode 0 (für einen Timer).
cli-arg-wizard-renew-thumbprint = Nur dieses Zertifikat, angegeben durch seinen SHA-1-Fingerabdruck.
cli-arg-wizard-renew-all = Alle zugewiesenen Zertifikate, die fällig sind (Standard).
cli-arg-wizard-renew-days = Fällig, wenn weniger als N Tage übrig sind, N von 0 bis 3650 (Standard: ein Drittel der Gültigkeitsdauer, höchstens 30 Tage, oder früher, wenn sich das Erneuerungsfenster der ACME-ZS öffnet).
cli-arg-wizard-renew-reuse-key = Den Schlüssel des Zertifikats behalten, statt einen neuen zu erzeugen.
cli-arg-wizard-renew-deploy-hook = Ein Shellbefehl, der einmal ausgeführt wird, nachdem ein erneuertes Zertifikat seine Verwendungen übernommen hat; DOCWIZ_OLD_THUMBPRINT enthält das ersetzte Zertifikat.
cli-arg-wizard-renew-quiet = Nichts ausgeben, wenn nichts fällig ist (Fehler werden weiterhin ausgegeben): für einen Timer oder Cron.
cli-after-wizard-renew = { cli-after-wizard-finish }
cli-arg-wizard-request-local-validity-days = Die lokale ZS: die Gültigkeitsdauer des Zertifikats in Tagen, 1 bis 397 (Standard 397). Erneuerungen übernehmen sie; kurze Gültigkeitsdauern dienen zum Ausprobieren der Erneuerung.

## Sperrung (wizard revoke, trust crl)

# Dative: after „bei“ and „von“.
revoke-ca-name = { $ca ->
    [local] der lokalen ZS
    [acme] der ACME-ZS
    [cfssl] der cfssl-ZS
   *[other] der ZS „{ $ca }“
}
revoke-reason-unspecified = kein Grund angegeben
revoke-reason-key-compromise = der private Schlüssel wurde kompromittiert
revoke-reason-ca-compromise = die ZS wurde kompromittiert
revoke-reason-affiliation-changed = der Name oder die Zugehörigkeit des Antragstellers hat sich geändert
revoke-reason-superseded = das Zertifikat wurde ersetzt
revoke-reason-cessation-of-operation = der Server ist nicht mehr in Betrieb
revoke-reason-privilege-withdrawn = das Recht, das Zertifikat zu verwenden, wurde entzogen
revoke-warning = Sie sind dabei, das Zertifikat { $thumbprint } ({ $subject }) bei { $ca } zu sperren, weil { $reason }. Eine Sperrung lässt sich nicht rückgängig machen: Clients, die Sperrungen prüfen, lehnen dieses Zertifikat ab sofort ab.
revoke-warning-usages = { $count ->
    [1] Diese Verwendung hat kein Zertifikat mehr, bis Sie ein anderes zuweisen: { $usages }
   *[other] Diese Verwendungen haben kein Zertifikat mehr, bis Sie ein anderes zuweisen: { $usages }
}
revoke-question = Dieses Zertifikat sperren? [j/N]
revoke-done = Das Zertifikat { $thumbprint } wurde am { $date } von { $ca } gesperrt ({ $reason }).
revoke-unassigned = { $count ->
    [1] Diese Verwendung hat kein Zertifikat mehr: { $usages }. Weisen Sie ein anderes zu: { $command }
   *[other] Diese Verwendungen haben kein Zertifikat mehr: { $usages }. Weisen Sie ein anderes zu: { $command }
}
revoke-kept = Das gesperrte Zertifikat bleibt installiert; zum Entfernen: { $command }
revoke-same-key = Das Zertifikat { $thumbprint } zertifiziert denselben kompromittierten Schlüssel und ist nicht gesperrt: Sperren Sie es ebenfalls: { $command }
revoked-note = Gesperrt am { $date } ({ $reason }): Es kann nicht mehr zugewiesen oder erneuert werden.
live-cert-revoked = { $thumbprint } ({ $subject }), gesperrt am { $revoked }
error-revoke-needs-confirmation = Um ein Zertifikat zu sperren, ist Ihre Bestätigung erforderlich: Führen Sie den Befehl in einem Terminal aus, oder fügen Sie --yes hinzu. Es wurde nichts gesperrt.
error-revoke-declined = Es wurde nichts gesperrt.
error-not-revocable = { $ca ->
    [offline] Das Zertifikat { $thumbprint } wurde offline angefordert, daher kann docwiz seine ZS nicht um die Sperrung bitten: Sperren Sie es bei der ZS, die es ausgestellt hat.
    [local] Das Zertifikat { $thumbprint } wurde von einer lokalen ZS ausgestellt, die dieser Speicher nicht mehr hat: Es kann hier nicht gesperrt werden. Sperren Sie es bei der ZS, die es ausgestellt hat.
   *[other] Das Zertifikat { $thumbprint } wurde nicht von docwiz bei einer ZS angefordert (es wurde importiert), daher kann docwiz es nicht sperren: Sperren Sie es bei der ZS, die es ausgestellt hat.
}
error-already-revoked = Das Zertifikat { $thumbprint } wurde bereits am { $date } gesperrt.
error-cert-revoked = Das Zertifikat { $thumbprint } wurde am { $date } gesperrt: Es kann nicht mehr zugewiesen oder erneuert werden. Fordern Sie ein neues Zertifikat an.
error-key-compromised = Der Schlüssel des Zertifikats { $thumbprint } wurde als kompromittiert erklärt, als das Zertifikat { $revoked } am { $date } gesperrt wurde: Mit --reuse-key würde er erneut zertifiziert. Erneuern Sie ohne --reuse-key, um einen neuen Schlüssel zu erhalten.
error-export-compromised = Das Zertifikat { $thumbprint } wird nicht exportiert: Sein Schlüssel wurde als kompromittiert erklärt, als das Zertifikat { $revoked } am { $date } gesperrt wurde, und ein kompromittierter Schlüssel darf nicht erneut eingesetzt werden. Fordern Sie ein neues Zertifikat mit einem neuen Schlüssel an.
error-cert-removed = Das Zertifikat { $thumbprint } wurde mit seinem Schlüssel aus dem Speicher entfernt (certs remove): Es kann nicht mehr zugewiesen werden. Fordern Sie ein neues Zertifikat an.
error-store-not-found = Unter { $store } gibt es keinen Speicher. Geben Sie den Speicher mit --store <{ cli-value-dir }> (oder DOCWIZ_HOME) an; ein Timer oder Dienst läuft womöglich ohne das HOME des Benutzers, der ihn angelegt hat.
error-no-local-ca = Der Speicher hat noch keine lokale ZS, daher gibt es keine Sperrliste zu schreiben: Die lokale ZS wird mit der ersten Anforderung an sie angelegt.
crl-written = Die Sperrliste (CRL) Nummer { $number } der lokalen ZS ({ $count ->
    [0] kein gesperrtes Zertifikat
    [one] ein gesperrtes Zertifikat
   *[other] { $count } gesperrte Zertifikate
}, nächste Aktualisierung spätestens am { $date }) wurde in { $file } geschrieben.
crl-not-file-name = Das ist kein Dateiname für die Sperrliste.
crl-no-directory = Das Verzeichnis { $dir } existiert nicht. docwiz legt außerhalb seines Speichers keine Verzeichnisse an: Legen Sie es zuerst an, oder wählen Sie eine andere Datei.
crl-exists = Diese Datei existiert bereits. Ohne --force ersetzt docwiz nie eine Datei durch die Sperrliste: Wählen Sie einen neuen Dateinamen, entfernen Sie die Datei zuerst, oder fügen Sie --force hinzu, um sie zu ersetzen.
crl-not-regular = Unter diesem Namen gibt es bereits etwas, das keine Datei ist (ein Verzeichnis, ein Link, ein FIFO, ein Gerät …); docwiz schreibt die Sperrliste nur in eine neue Datei.
crl-in-store = Diese Datei liegt im Speicher { $store }, dessen Dateien docwiz selbst verwaltet: Schreiben Sie die Sperrliste außerhalb davon.
cli-about-wizard-revoke = Ein Zertifikat bei der ZS sperren, die es ausgestellt hat (die lokale ZS, ACME oder cfssl, je nach Anforderung); fragt zuerst nach. Die Verwendungen, denen es zugewiesen ist, verlieren es; es bleibt installiert.
cli-arg-wizard-revoke-thumbprint = Der Fingerabdruck des Zertifikats (SHA-1, wie `certs list` ihn anzeigt).
cli-arg-wizard-revoke-reason = Der Grund, mit seinem Namen aus RFC 5280.
cli-arg-wizard-revoke-yes = Ohne Nachfrage sperren.
cli-value-reason = GRUND
cli-about-trust-crl = Die Zertifikatsperrliste (CRL) der lokalen ZS, signiert von ihrer ausstellenden ZS, in eine neue Datei schreiben: PEM, oder DER mit --der.
cli-arg-trust-crl-out = Die neue Datei (eine vorhandene Datei wird ohne --force nie ersetzt).
cli-arg-trust-crl-der = DER statt PEM schreiben.
cli-arg-trust-crl-force = { cli-value-file } ersetzen, falls sie existiert (atomar: eine neue Datei wird darüber umbenannt), um per Timer alle paar Tage eine neue Sperrliste zu schreiben.
details-revocation = Sperrung
