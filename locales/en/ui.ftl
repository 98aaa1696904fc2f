# Strings of the docwiz command line and wizard, and the terms the help text
# shares with them. Help topics name buttons, check boxes, pages and stores only
# through these terms, so the help and the program always agree.

## Terms

-product = Skype for Business Server
-page-request-status = Online Certificate Request Status
-page-wizard-main = Certificate Wizard
-button-finish = Finish
-button-assign = Assign
-button-view-details = View Certificate Details
-checkbox-assign = Assign this certificate to { -product } certificate usages
-store-root = Trusted Root Certification Authorities
-store-intermediate = Intermediate Certification Authorities
-usage-default = Server default
-usage-web-internal = Web services internal
-usage-web-external = Web services external

## Alert labels

alert-note = Note
alert-tip = Tip
alert-important = Important
alert-warning = Warning
alert-caution = Caution

## Help output

help-fallback-note = { $count ->
    [one] One block of this page is shown in English because it is not translated yet.
   *[other] { $count } blocks of this page are shown in English because they are not translated yet.
}
help-fallback-badge = In English: not translated yet
help-source-label = English source:

## Topic list

topics-column-id = Topic
topics-column-title = Title
topics-column-f1 = F1 keywords
topics-column-missing = Untranslated messages
topics-complete = complete

## Errors and warnings

diag-error = error
diag-warning = warning
error-unknown-keyword = No help topic matches { $keywords }.
error-nearest-keywords = Nearest known keywords: { $suggestions }
error-no-nearest-keywords = No known keyword is close to it.
error-read = Cannot read { $path }: { $reason }
error-not-utf8 = This file is not valid UTF-8 text.
error-ftl-syntax = Fluent syntax error: { $detail }
ftl-expected-token = Expected “{ $token }” here.
ftl-expected-char-range = Expected one of { $range } here.
ftl-expected-message-field = The message { $id } has neither a value nor attributes.
ftl-expected-term-field = The term { $id } has no value.
ftl-missing-default-variant = This select expression has no default variant (marked with *).
ftl-missing-value = A value is expected here.
ftl-unterminated-string = This string literal is not closed.
ftl-unbalanced-brace = This closing brace has no opening brace.
ftl-expected-expression = An expression is expected inside the braces.
error-front-matter-missing = The topic does not begin with front matter (a line with ---).
error-front-matter-unclosed = The front matter is not closed by a line with ---.
error-front-matter-line = This front matter line is not of the form key: value.
error-front-matter-list = The value of { $key } must be a list such as [a, b].
error-front-matter-no-id = The front matter has no id.
error-front-matter-id-mismatch = The id { $id } does not match the file name, which expects { $expected }.
error-template-unclosed = This slot is opened with double braces but never closed.
error-template-empty = This slot names no message.
error-template-live = There is no live slot called { $name }.
error-strict-fallback = { $count ->
    [one] --strict: one message falls back to English in { $locale }: { $messages }
   *[other] --strict: { $count } messages fall back to English in { $locale }: { $messages }
}
error-bad-language = { $tag } is not a valid language tag.

## Lint

lint-missing-file = The locale { $locale } has no translation file { $file }.
lint-missing-message = The message { $id } is missing in { $locale }; English is shown instead.
lint-obsolete-message = The message { $id } in { $locale } no longer exists in English.
lint-unknown-message = Reference to an unknown message { $id }.
lint-unknown-term = Reference to an unknown term { $id }.
lint-variables-differ = The message { $id } uses the variables { $found }, but English uses { $expected }.
lint-unfilled-slot = The slot { $id } is filled by no English message.
lint-duplicate-f1 = The F1 keyword { $keyword } is claimed by both { $first } and { $second }.
lint-summary = { $errors ->
    [one] One error
   *[other] { $errors } errors
}, { $warnings ->
    [one] one warning.
   *[other] { $warnings } warnings.
}
