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
error-unknown-keyword = Zu { $keywords } gibt es kein passendes Hilfethema.
error-nearest-keywords = Ähnlichste bekannte Schlüsselwörter: { $suggestions }
error-no-nearest-keywords = Es gibt kein ähnliches bekanntes Schlüsselwort.
error-read = { $path } kann nicht gelesen werden: { $reason }
error-not-utf8 = Diese Datei ist kein gültiger UTF-8-Text.
error-ftl-syntax = Fluent-Syntaxfehler: { $detail }
ftl-expected-token = Hier wird „{ $token }“ erwartet.
ftl-expected-char-range = Hier wird eines der folgenden Zeichen erwartet: { $range }.
ftl-expected-message-field = Die Meldung { $id } hat weder einen Wert noch Attribute.
ftl-expected-term-field = Der Begriff { $id } hat keinen Wert.
ftl-missing-default-variant = Diesem Auswahlausdruck fehlt die Standardvariante (mit * markiert).
ftl-missing-value = Hier wird ein Wert erwartet.
ftl-unterminated-string = Dieses Zeichenfolgenliteral ist nicht abgeschlossen.
ftl-unbalanced-brace = Zu dieser schließenden geschweiften Klammer gibt es keine öffnende.
ftl-expected-expression = Innerhalb der geschweiften Klammern wird ein Ausdruck erwartet.
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
error-bad-language = { $tag } ist kein gültiges Sprachtag.

## Lint

lint-missing-file = Für das Gebietsschema { $locale } fehlt die Übersetzungsdatei { $file }.
lint-missing-message = Die Meldung { $id } fehlt in { $locale }; stattdessen wird der englische Text angezeigt.
lint-obsolete-message = Die Meldung { $id } in { $locale } gibt es im Englischen nicht mehr.
lint-unknown-message = Verweis auf eine unbekannte Meldung { $id }.
lint-unknown-term = Verweis auf einen unbekannten Begriff { $id }.
lint-variables-differ = Die Meldung { $id } verwendet die Variablen { $found }, das englische Original dagegen { $expected }.
lint-unfilled-slot = Der Platzhalter { $id } wird von keiner englischen Meldung gefüllt.
lint-duplicate-f1 = Das F1-Schlüsselwort { $keyword } wird sowohl von { $first } als auch von { $second } beansprucht.
lint-summary = { $errors ->
    [one] Ein Fehler
   *[other] { $errors } Fehler
}, { $warnings ->
    [one] eine Warnung.
   *[other] { $warnings } Warnungen.
}
