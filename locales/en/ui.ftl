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
-page-request-timing = Delayed or Immediate Requests
-page-request-ca = Choose a Certification Authority (CA)
-page-request-basics = Name and Security Settings
-page-request-sans = Subject Alternative Names
-page-assignment = Certificate Assignment
-page-import = Import Certificate
-button-request = Request
-button-import = Import
-option-send-now = Send the request now to an online certification authority
-option-send-later = Prepare the request now, but send it later

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
error-unknown-keyword = { $count ->
    [one] No help topic matches the keyword { $keywords }.
   *[other] No help topic matches any of the keywords { $keywords }.
}
error-nearest-keywords = { $count ->
    [one] Nearest known keyword: { $suggestions }
   *[other] Nearest known keywords: { $suggestions }
}
error-no-nearest-keywords = { $count ->
    [one] No known keyword is close to it.
   *[other] No known keyword is close to any of them.
}
error-read = Cannot read { $path }: { $reason }
error-not-utf8 = This file is not valid UTF-8 text.
ftl-expected-token = Expected “{ $token }” here.
ftl-expected-char-range = Expected one of { $range } here.
ftl-expected-message-field = The message { $id } has neither a value nor attributes.
ftl-expected-term-field = The term { $id } has no value.
ftl-missing-default-variant = This select expression has no default variant (marked with *).
ftl-missing-value = A value is expected here.
ftl-unterminated-string = This string literal is not closed.
ftl-unbalanced-brace = This closing brace has no opening brace.
ftl-expected-expression = An expression is expected inside the braces.
ftl-multiple-default-variants = This select expression has more than one default variant (marked with *).
ftl-bad-selector = Only a variable, a literal, a function call or a term attribute can choose a variant here.
ftl-term-attribute-placeable = A term attribute can only be used to choose a variant, not shown as text.
ftl-forbidden-callee = Only a function named in capital letters can be called here.
ftl-positional-after-named = Positional arguments must come before named ones.
ftl-duplicated-argument = The argument { $name } is given twice.
ftl-bad-escape = The escape sequence { $sequence } is not valid here.
ftl-expected-literal = A string or number literal is expected here.
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

## Lint

lint-missing-file = The locale { $locale } has no translation file { $file }.
lint-missing-message = The message { $id } is missing in { $locale }; English is shown instead.
lint-obsolete-message = The message { $id } in { $locale } no longer exists in English.
lint-unknown-message = Reference to an unknown message { $id }.
lint-unknown-term = Reference to an unknown term { $id }.
lint-variables-differ = The message { $id } uses the variables { $found }, but English uses { $expected }.
lint-unfilled-slot = The slot { $id } is filled by no English message.
lint-duplicate-f1 = The F1 keyword { $keyword } is claimed by both { $first } and { $second }.
lint-no-assetid = The topic { $id } has no ms.assetid: give it a GUID of its own (uuidgen makes one), the same in every copy of the topic.
lint-bad-assetid = The ms.assetid { $value } of { $id } is not a GUID (hexadecimal digits grouped 8-4-4-4-12).
lint-duplicate-assetid = The ms.assetid { $value } is given to both { $first } and { $second }; each topic needs its own.
lint-id-clash = The message { $id } has the same name as the term -{ $id }: Fluent keeps only one of them.
lint-ui-clash = The message { $id } is also defined in ui.ftl, which shares its bundle: only the ui.ftl definition is used.
lint-bold-ui = **{ $text }** names an element of the wizard by hand: use the term { $term }, so that the help and the wizard always say the same.
lint-summary = { $errors ->
    [one] One error
   *[other] { $errors } errors
}, { $warnings ->
    [one] one warning.
   *[other] { $warnings } warnings.
}

## Certificate wizard: shared words

usage-name-default = { -usage-default }
usage-name-web-internal = { -usage-web-internal }
usage-name-web-external = { -usage-web-external }
status-checkbox = { -checkbox-assign }
value-none = none
eku-server-auth = Server Authentication
eku-client-auth = Client Authentication
eku-any = Any Purpose
eku-code-signing = Code Signing
eku-email-protection = Secure Email
eku-time-stamping = Time Stamping
eku-ocsp-signing = OCSP Signing
wizard-f1-line = Help for this page (F1 keyword { $keyword }): { $command }

## Online Certificate Request Status page

status-title = { -page-request-status }
status-request = Request
status-state = State
state-pending = pending: waiting for the CA's answer
state-issued = issued
state-failed = failed
status-thumbprint = Thumbprint
status-subject = Subject
status-issuer = Issuer
status-serial = Serial number
status-valid-from = Valid from
status-valid-to = Valid to
status-sans = Subject alternative names
status-key = Key
status-eku = Enhanced key usage
status-chain = Certificate chain
status-usages = Certificate usages
status-assigned = Assigned now
status-assigned-none = nothing yet
chain-trusted = trusted
chain-untrusted-root = not trusted: the root CA certificate is not in { -store-root }
chain-missing-intermediate = incomplete: an intermediate CA certificate is not in { -store-intermediate }
chain-expired = expired: a certificate of the chain has expired
chain-invalid = invalid: the chain cannot be verified
missing-root = Import the root CA certificate { $subject } (thumbprint { $thumbprint }) into { -store-root }:
missing-intermediate = Import the intermediate CA certificate { $subject } (thumbprint { $thumbprint }) into { -store-intermediate }:
missing-unknown = The issuer { $subject } is not known to docwiz: get its certificate from the CA and import it.
status-assign-available = The certificate can be assigned.
status-assign-unavailable = Assigning is not available while the certificate chain is not trusted.
status-assign-revoked = The certificate was revoked on { $date }: it can no longer be assigned. Request a new certificate, or remove this one.
status-assign-removed = The certificate was removed from the store with its key (certs remove): it can no longer be assigned.
status-assign-replaced = The certificate was replaced by renewal with certificate { $thumbprint } on { $date }: assigning it again would undo the renewal.
status-failed-reason = The request failed: { $reason }
status-next = Next step:
status-done = Nothing left to do: the certificate is assigned to its usages.

## View Certificate Details

details-title = { -button-view-details }
details-version = Version
details-serial = Serial number
details-signature-algorithm = Signature algorithm
details-issuer = Issuer
details-valid-from = Valid from
details-valid-to = Valid to
details-subject = Subject
details-public-key = Public key
details-sans = Subject alternative names
details-key-usage = Key usage
details-eku = Enhanced key usage
details-basic-constraints = Basic constraints
details-ca = Certification authority, no path length limit
details-ca-path = Certification authority, path length { $length }
details-end-entity = End entity (not a certification authority)
details-ski = Subject key identifier
details-aki = Authority key identifier
details-sha1 = Thumbprint (SHA-1)
details-sha256 = Thumbprint (SHA-256)

## Finish and assign

finish-result-cleared = The request is complete. The check box was cleared, so the certificate is installed but not assigned. To assign it: { $command }
finish-result-untrusted = The request is complete and the certificate is installed, but nothing was assigned: its chain is not trusted. Import what the page below lists, then assign the certificate.
assign-done = Certificate { $thumbprint } is assigned to: { $usages }
assign-replaced = { $usage }: it replaces certificate { $old }.
refuse-chain = { $usage }: the certificate chain is not trusted ({ $status ->
    [untrusted-root] the root CA is not trusted
    [missing-intermediate] an intermediate CA certificate is missing
    [expired] a certificate has expired
    [not-yet-valid] a certificate is not valid yet
   *[other] it cannot be verified
}).
refuse-validity = { $usage }: the certificate is not valid now (valid from { $from } to { $to }).
refuse-eku-server = { $usage }: the certificate lacks the Server Authentication enhanced key usage.
refuse-eku-client = { $usage }: mutual TLS needs the Client Authentication enhanced key usage, which the certificate lacks.
refuse-san = { $usage }: no subject alternative name of the certificate covers { $fqdn }.
refuse-key-missing = { $usage }: the certificate's private key is missing.
refuse-key-mismatch = { $usage }: the private key does not belong to the certificate.

## Trust stores and lists

trust-warning = You are about to trust this root certification authority. Every certificate it issues will be trusted by docwiz:
trust-question = Trust this root certificate? [y/N]
answer-yes = y, yes
trust-imported-root = Imported into { -store-root }: { $subject } ({ $thumbprint })
trust-imported-intermediate = Imported into { -store-intermediate }: { $subject } ({ $thumbprint })
trust-already = Already in the store: { $subject } ({ $thumbprint })
trust-list-root = { -store-root }
trust-list-intermediate = { -store-intermediate }
certs-title = Installed certificates
list-empty = (empty)
list-expires = expires { $date }
list-assigned = assigned to { $usages }
list-unassigned = not assigned

## Certificate wizard errors

error-invalid-name = “{ $name }” is not a valid DNS name.
error-unknown-key-type = Unknown key type “{ $value }”: use rsa-2048, rsa-3072, rsa-4096, ecdsa-p256 or ecdsa-p384.
error-unknown-usage = Unknown certificate usage “{ $value }”: use default, web-internal or web-external.
error-not-certificate = { $path } holds no readable certificate (expected: PEM, DER or PKCS#7 .p7b).
error-not-root = { $path }: { $subject } is not a self-signed CA certificate, so it cannot go into { -store-root }. Nothing was imported.
error-not-intermediate = { $path }: { $subject } is not an intermediate CA certificate, so it cannot go into { -store-intermediate }. Nothing was imported.
error-request-not-found = There is no certificate request “{ $id }”.
error-no-request = There is no certificate request yet. Create one with: { $command }
error-thumbprint-not-found = No certificate with the thumbprint { $thumbprint } is in the store.
error-not-issued = The request { $id } has no issued certificate.
error-refused = { $count ->
    [one] The assignment was refused for this reason; nothing was changed:
   *[other] The assignment was refused for these reasons; nothing was changed:
}
error-needs-confirmation = Trusting a root certificate needs your confirmation: run the command in a terminal, or add --yes. Nothing was imported.
error-declined = Nothing was imported.
error-write = Cannot write { $path }: { $reason }
error-crypto = The key or certificate operation failed: { $detail }
error-hook = The deploy hook { $command } failed ({ $status }); the assignment itself is in place.
hook-exit-code = exit code { $code }
hook-signal = ended by signal { $signal }
hook-not-started = it could not be started: { $reason }

## Live state in help pages and on the main wizard page

wizard-main-title = { -page-wizard-main }
live-field = **{ $label }:** { $value }
live-status-title = Live status of request { $request }
live-status-none-title = Live status
live-no-request = There is no certificate request yet. To create one, run { $command }
live-assign-available = Assignment available
live-check-box = Check box “{ -checkbox-assign }”
check-box-selected = selected
check-box-cleared = cleared
live-next = Next step
value-yes = yes
value-no = no
live-usages-title = Certificate usages now
live-usage-none = no certificate assigned
live-cert-line = { $thumbprint } ({ $subject }), expires on { $date }, { $days ->
    [one] one day left
   *[other] { $days } days left
}
live-cert-expired = { $thumbprint } ({ $subject }), expired on { $date }
live-pending-title = Open requests
live-pending-line = { $request } for { $fqdn }: { $state }
live-unassigned-title = Issued certificates not assigned
live-actions-title = What you can do now
live-action-request = Request a certificate
live-action-finish = Finish request { $target }
live-action-assign = Assign certificate { $target }
live-action-details = View the details of { $target }
live-action-import-root = Trust the root CA { $target }
live-action-import-intermediate = Import the intermediate CA certificate { $target }
live-action-process-pending = Check the open request { $target }
live-action-import-certificate = Import a certificate obtained elsewhere

## Static export

language-name = English
site-index-title = Help topics
site-languages = Languages
site-all-topics = All topics
export-summary = { $pages ->
    [one] One page
   *[other] { $pages } pages
} written to { $out } in { $seconds } s; { $fallbacks ->
    [0] every message is translated.
    [one] one message is shown in English.
   *[other] { $fallbacks } messages are shown in English.
}
export-failed = Nothing was exported.
error-export-foreign = { $path } is not empty and was not written by docwiz export: choose another directory. Nothing was written.

## Certificates from other CAs

import-done = Certificate { $thumbprint } is installed with its private key. To assign it: { $command }
error-ca-refused = The request to the CA ({ $ca }) failed: { $detail }. The request is kept with its key; its status page shows it as failed.
# What went wrong between docwiz and a CA ($detail of error-ca-refused): the
# CA client's own English stays in --json and the request's record.
ca-problem-refused = nothing answers at { $host } on port { $port } (the connection was refused)
ca-problem-timeout = { $host } did not answer on port { $port } in time
ca-problem-dns = the host name { $host } cannot be resolved (DNS)
ca-problem-unreachable = { $host } (port { $port }) cannot be reached from this machine: there is no route to it
ca-problem-tls = the secure connection (TLS) to { $host } failed: its certificate is not trusted, or the handshake failed
ca-problem-network = the connection to { $host } on port { $port } failed
ca-problem-http-status = the CA answered with HTTP status { $status }
ca-problem-refusal = { $type ->
        [rateLimited] the CA refused the request: too many requests for these names or this account (rate limit); try again later
        [rejectedIdentifier] the CA does not issue certificates for these names
        [caa] the domain's CAA records do not allow this CA to issue for it
        [unauthorized] the CA found that this account is not authorized for these names
        [incorrectResponse] the CA did not get the expected answer to its http-01 challenge
        [connection] the CA could not connect to this server to check its http-01 challenge
        [dns] the CA could not find these names in DNS
        [badNonce] the CA took a request for a replay (bad nonce); try again
        [serverInternal] the CA had an internal error
        [badCSR] the CA refused the certificate signing request
       *[other] the CA refused the request
    }
ca-problem-with-words = { $problem } (the CA's message: “{ $words }”)
ca-problem-bad-answer = the CA's answer holds no certificate docwiz can read
ca-problem-unsupported-url = docwiz reaches cfssl only over http://, and { $url } is no such address
ca-problem-authorization = { $status ->
        [invalid] the CA could not validate the names
        [expired] the CA's authorization for the names expired
        [revoked] the CA revoked its authorization for the names
        [deactivated] the CA's authorization for the names was deactivated
       *[other] the CA did not validate the names
    }
ca-problem-order = { $status ->
        [invalid] the CA declared the order invalid: a name could not be validated
       *[other] the CA's order did not become ready
    }
ca-problem-no-http-challenge = the CA offers no http-01 challenge, the only kind docwiz answers
ca-problem-listen = docwiz cannot listen on { $address } for the CA's http-01 challenges: { $reason }
ca-problem-other = docwiz could not complete the exchange with the CA (the technical detail is in the request's record and in --json)
error-key-mismatch = The certificate in { $path } does not belong to the private key: nothing was imported.
error-pkcs12 = { $path } cannot be opened: the password is wrong, or it is not a PKCS#12 file. Nothing was imported.
error-bad-key = { $path } holds no private key that docwiz can read (PEM: PKCS#8, PKCS#1 or SEC1).

## languages

language-skipped = { $source }: “{ $item }” is not a language docwiz can match; it is ignored.
language-wildcard = { $source }: “{ $item }” (any language) names no language to look for; it is ignored.
language-bad-quality = { $source }: “{ $item }” has a malformed quality value (q is 0 to 1, with at most three decimals); it is ignored.
language-none-usable = { $source }: no language given can be used; the output is in English.

## lint and fallbacks

help-broken-note = { $count ->
    [one] One block of this page is shown in English because its translation has an error.
   *[other] { $count } blocks of this page are shown in English because their translation has an error.
}
help-broken-badge = In English: the translation has an error
format-fallback = The message { $id } in { $locale } cannot be formatted: { $reason } English is shown instead.
format-broken = The message { $id } in { $locale } cannot be formatted: { $reason } It is shown as far as it can be.
fluent-unknown-function = the function { $id }() does not exist.
fluent-unknown-message = the message { $id } does not exist.
fluent-unknown-attribute = the attribute { $id } does not exist.
fluent-unknown-term = the term { $id } does not exist.
fluent-unknown-variable = the variable { $id } is not given.
fluent-no-value = the message { $id } has no value.
fluent-no-default = a select expression has no default variant.
fluent-cyclic = it refers to itself through other messages or terms.
fluent-too-many-placeables = it has more than 100 placeables.
fluent-overriding = { $id } is already defined.
lint-missing-term = The term { $id } is missing in { $locale }; the messages that use it are shown in English.
lint-obsolete-term = The term { $id } in { $locale } no longer exists in English.
lint-variables-differ-term = The term { $id } uses the variables { $found }, but English uses { $expected }.
lint-missing-value = The message { $id } has no value, but English has one.
lint-obsolete-value = The message { $id } has a value, but English has none.
lint-empty-value = The message { $id } is empty, but English is not.
lint-missing-attribute = The message { $id } lacks the attribute .{ $attribute } that English has.
lint-obsolete-attribute = The attribute .{ $attribute } of { $id } no longer exists in English.
lint-empty-attribute = The attribute .{ $attribute } of { $id } is empty, but English is not.
lint-duplicate-attribute = The attribute .{ $attribute } of { $id } is defined twice.
lint-missing-term-ref = { $id } does not use the term { $reference }, which English uses here: the text may name something else.
lint-missing-message-ref = { $id } does not use the message { $reference }, which English uses here.
lint-obsolete-term-ref = { $id } uses the term { $reference }, which English does not use here: the text may name something else.
lint-obsolete-message-ref = { $id } uses the message { $reference }, which English does not use here.
lint-duplicate-message = The message { $id } is defined twice in this file (first on line { $line }); only the first definition is used.
lint-duplicate-term = The term { $id } is defined twice in this file (first on line { $line }); only the first definition is used.
lint-duplicate-variant = The variant [{ $key }] of { $id } is given twice; only the first is used.
lint-plural-missing = The plural variants of { $id } lack { $missing }: { $locale } has the categories { $categories }.
lint-plural-typo = [{ $key }] in { $id } is not a plural category of { $locale } ({ $categories }): did you mean [{ $suggestion }]?
lint-plural-never = [{ $key }] in { $id } is not a plural category of { $locale } ({ $categories }): this variant is never chosen.
lint-replacement-character = The character U+FFFD replaces another one here: the file was probably saved in another encoding.
lint-unknown-variable = The message { $id } uses { $variable }, but its page gives it { $provided }.
lint-ui-clash-term = The term { $id } is also defined in ui.ftl, which shares its bundle: only the ui.ftl definition is used.

## markdown
markdown-too-deep = Nesting deeper than { $limit } levels (quotes, lists, emphasis, links, HTML elements): this block is left out of the page.
markdown-unknown-alert = [!{ $name }] is not a GFM alert (NOTE, TIP, IMPORTANT, WARNING, CAUTION): it shows as a plain quote.
markdown-unclosed-strong = This ** is not closed: it shows literally.
markdown-raw-html = Raw HTML in a translation: { $tag } (scripts, event attributes and unsafe links are removed from every output).
help-strict-authoring = { $count ->
    [one] --strict: { $count } authoring mistake shows literally on this page.
   *[other] --strict: { $count } authoring mistakes show literally on this page.
}

## fluent syntax

ftl-expected-entry = A message, a term or a comment is expected at the start of this line.
ftl-expected-line-end = The line should end here.
ftl-bad-argument-name = An argument name must be a plain identifier.
ftl-expected-variant = At least one variant is expected after “->”.
ftl-expected-variant-key = A variant key is expected here.
ftl-too-deep = Placeables or function calls are nested more than { $limit } levels deep here: the entry is left out.
ftl-unsupported = This entry is valid Fluent, but docwiz’s Fluent library cannot read it: it is left out.

## markdown fixes

markdown-alert-as-text = [!{ $name }] shows as text: a GFM alert marker must stand alone on the first line of its quote, right after “> ”, with the text on the next line.

## lint and cli fixes

error-not-a-tree = { $dir } is not a docwiz tree: it has no content/ and locales/ directories.
fluent-unsupported-function = the function { $id }() is part of Fluent, but docwiz does not support it.

## final fixes

lint-control-character = The invisible character { $code } (a control character) is in this text: on a terminal it could change what the screen shows.

## chain diagnoses

chain-not-yet-valid = not valid yet: a certificate of the chain is not valid yet
chain-cert = { $role ->
    [leaf] The certificate
    [root] The root CA certificate
   *[intermediate] The intermediate CA certificate
} { $subject } (thumbprint { $thumbprint })
chain-reason-expired = { $cert } expired on { $date }. { $role ->
    [leaf] Request a new certificate.
   *[other] No chain through it is trusted until the CA replaces it.
}
chain-reason-not-yet-valid = { $cert } is not valid yet: it becomes valid on { $date }. If that date is wrong, check this computer's clock.
chain-reason-ca-as-leaf = { $cert } is a CA certificate (basic constraints CA:TRUE), not a server certificate: it cannot be used for TLS on this server (RFC 5280, 4.2.1.9). Ask the CA for an end-entity certificate.
chain-reason-not-ca = { $cert } issued the certificate below it, but it is not a CA certificate (its basic constraints lack CA:TRUE, RFC 5280, 4.2.1.9).
chain-reason-no-key-cert-sign = { $cert } is a CA certificate whose key usage lacks Certificate Signing (keyCertSign), so it may not sign certificates (RFC 5280, 4.2.1.3).
chain-reason-path-len = { $cert } has a path length constraint of { $limit }; intermediate CA certificates below it in this chain: { $count } (RFC 5280, 4.2.1.9).
chain-reason-path-too-long = The chain has { $count } intermediate CA certificates; docwiz accepts at most { $limit }. { $cert } is beyond that limit. This is docwiz's policy, not a fault of the chain (openssl verifies it): rustls-webpki, which docwiz verifies chains with, stops at { $limit }, and TLS clients built on it refuse such a chain too. Ask the CA for a shorter chain.
chain-reason-name-constraints = { $cert } does not permit the name { $name } of the server's certificate by its name constraints: that CA may not issue certificates for this name (RFC 5280, 4.2.1.10).
chain-reason-eku-any-only = { $cert } names only anyExtendedKeyUsage as its enhanced key usage. docwiz policy requires Server Authentication (serverAuth) to be named explicitly, as rustls-webpki and browsers do; the CA/Browser Forum Baseline Requirements (7.1.2.7.10) forbid anyExtendedKeyUsage in server certificates. Ask the CA for a certificate with Server Authentication.
chain-reason-eku-no-server-auth = { $cert } limits its enhanced key usage to { $eku }, without Server Authentication (serverAuth): { $role ->
    [leaf] it cannot be used for TLS on a server.
   *[other] no certificate it issues can be used for TLS on a server.
}
chain-reason-weak-key = { $cert } has an { $key } key. docwiz policy refuses RSA keys shorter than 2048 bits, although openssl accepts them: the CA/Browser Forum Baseline Requirements (6.1.5) require at least 2048 bits, and rustls-webpki verifies no signature made with a shorter key.
chain-reason-weak-signature = { $cert } is signed with { $algorithm }. docwiz policy refuses SHA-1 and MD5 signatures, although openssl may accept them: collisions can be computed for them, the CA/Browser Forum Baseline Requirements (7.1.3.2) forbid them, and rustls-webpki does not verify them. Ask the CA to sign it with SHA-256.
chain-reason-unsupported-algorithm = { $cert } uses { $algorithm }, an algorithm docwiz does not support: like rustls-webpki, docwiz verifies RSA (2048 to 8192 bits), ECDSA P-256, P-384 and P-521, and Ed25519. This is not a matter of trust: docwiz just cannot verify this chain.
chain-reason-critical-extension = { $cert } has a critical extension docwiz does not know: { $extension }. RFC 5280 (4.2) requires refusing a certificate with an unknown critical extension.
chain-reason-bad-signature = { $cert }: its signature does not verify with the key of its issuer { $issuer }: the certificate was altered, or that CA did not issue it.
chain-reason-key-id-mismatch = { $cert } names in its authority key identifier another key than the subject key identifier of its issuer { $issuer } (RFC 5280, 4.2.1.1): openssl and Windows find no issuer for it and refuse the chain. The issuer’s certificate was replaced or re-issued; use the certificate the CA issued it under.
chain-reason-invalid = { $cert } cannot be verified (rustls-webpki: { $detail }).
chain-reason-self-signed = { $cert } is self-signed: no CA vouches for it, and docwiz trusts only chains that end at a root CA certificate in { -store-root }. Request a certificate from a CA instead.
missing-no-file = It came in a file that also holds other certificates: save it alone in a file and import that file.
trust-warning-expired = Warning: { $subject } ({ $thumbprint }) expired on { $date }. docwiz trusts no chain through it until it is replaced.
trust-warning-not-yet-valid = Warning: { $subject } ({ $thumbprint }) is not valid before { $date }. Until then, docwiz trusts no chain through it.

## store writes

request-reason-interrupted = it was interrupted before the CA's answer was stored (the command was stopped, or the store could not be written)
request-reason-text = { $text }
request-reason-ca-unsafe = the local CA refused to sign: its keys or certificates are damaged or not private (`{ $check }` lists what is wrong)
request-reason-other = the CA could not issue the certificate (docwiz error { $code })
request-reason-ca-refused = the CA ({ $ca }) did not issue the certificate: { $detail }
error-retry-not-failed = The request { $id } has not failed: only a failed request can be retried.
error-retry-not-local = The request { $id } went to an external CA: only requests to the local CA can be retried. Make a new request; its status page shows the command.

## store damage

store-problems-title = Problems in the store
store-problem-line = { $file }: { $problem }
store-check-ok = No problems found in the store { $store }: live links, private keys, request records, certificate files and the local CA were checked.
store-check-found = { $count ->
    [one] One problem found in the store { $store }.
   *[other] { $count } problems found in the store { $store }.
}
live-usage-damaged = damaged: { $file } is not a valid link to a certificate of the store, so no certificate counts as assigned (see the problems below)
live-request-damaged = { $request }: damaged, its record cannot be read (see the problems below)
list-damaged = damaged: this certificate cannot be used (see the problems below)
error-store-unreadable = The store directory { $path } cannot be read ({ $reason }). docwiz does not show an unreadable store as an empty one: repair it, or give the user running docwiz access to it.
error-ca-unsafe = { $count ->
    [one] The local CA refuses to sign because of this problem; no certificate was issued:
   *[other] The local CA refuses to sign because of these { $count } problems; no certificate was issued:
}
damage-newest-hint = This is the newest request, so no older one is shown in its place. The newest request that can be read is { $request }: { $command }
damage-unreadable = cannot be read: { $reason }
damage-not-certificate = holds no readable certificate: it is damaged or truncated.
damage-bad-key = holds no private key that docwiz can read: it is damaged or truncated.
damage-not-dir = should be a directory, but it is { $kind ->
    [file] a regular file
    [link] a symbolic link
   *[other] another kind of file
}.
damage-symlink = is a symbolic link to { $target }: docwiz uses only files kept in the store itself.
damage-live-not-link = should be a symbolic link to a certificate of the store, but it is { $kind ->
    [directory] a directory
    [file] a regular file
   *[other] another kind of file
}. The usage counts as not assigned.
damage-live-outside = points to { $target }, not to a certificate of the store (../certs/<{ cli-value-thumbprint }>). The usage counts as not assigned.
damage-live-dangling = points to { $target }, which does not exist. The usage counts as not assigned.
damage-live-through-link = points to { $target } through the symbolic link { $link }, which can lead outside the store. The usage counts as not assigned.
damage-live-not-cert = points to { $target }, which is not a usable certificate directory (its cert.pem is missing, damaged or not the certificate its name says). The usage counts as not assigned.
damage-cert-thumbprint = holds the certificate { $actual }, not { $expected } as its name says.
damage-cert-missing = is missing: the certificate directory has no certificate.
damage-key-mode = is a private key with permissions { $mode }: other users can read or change it. A private key must be 0600 (chmod 600).
damage-key-owner = is a private key owned by user { $owner }, not by the user running docwiz ({ $user }).
damage-key-missing = is missing: the certificate's private key is gone.
damage-key-mismatch = does not belong to the certificate { $thumbprint }.
damage-record-missing = is missing: the request has no record.
damage-record-truncated = ends before the record is complete: the file is truncated.
damage-record-syntax = is not valid JSON here.
damage-record-data = is not a request record: its content is not what docwiz writes there.
damage-record-field-missing = is not a request record: the field “{ $field }” is missing.
damage-record-field-duplicate = is not a request record: the field “{ $field }” appears twice.
damage-record-field-unknown = is not a request record: docwiz writes no field “{ $field }” there.
damage-record-value-unknown = is not a request record: “{ $value }” is not one of the values allowed here ({ $allowed }).
damage-record-value-wrong = is not a request record: the value here is not of the kind docwiz writes (a number where text belongs, for example).
damage-record-id = is the record of request { $id }, not of { $dir }.
damage-ca-missing = is missing although { $other } is there: docwiz does not replace a CA silently.
damage-ca-key-mismatch = does not belong to the CA certificate { $cert }.
damage-ca-not-signed = is not signed by the root CA certificate { $root }: what it issues could not be verified.

## files as they come

pem-block-broken = The { $label } block that starts on this line is damaged (broken base64, or no END line).
der-not-canonical = The certificate is not DER: { $fault ->
        [truncated] an element runs past its end
        [indefinite] an indefinite length
        [length] a length not in its shortest form
        [length-too-long] a length longer than any certificate
        [tag] a tag not in its shortest form
        [constructed] a string in constructed form
        [integer] an INTEGER not in its shortest form
        [boolean] a BOOLEAN other than 00 or FF
        [null] a NULL with content
        [bit-string] a malformed BIT STRING
        [oid] a malformed OBJECT IDENTIFIER
        [depth] nesting deeper than any certificate has
       *[trailing] bytes after its end
    } at byte { $offset }. X.509 certificates are DER (RFC 5280 §4.1), and a thumbprint over other bytes is not the one others compute: ask the issuer for the certificate again.
der-not-a-certificate = This is not an X.509 certificate (RFC 5280 §4.1).
error-invalid-name-why = “{ $name }” is not a valid DNS name: { $reason }
name-reason = { $reason ->
        [empty] it is empty.
        [ip] it is an IP address; docwiz requests certificates for DNS names.
        [wildcard] a wildcard is allowed only as the whole leftmost label of a subject alternative name (*.example.com).
        [wildcard-fqdn] --fqdn names the server itself, which a wildcard cannot be; give the wildcard name as a subject alternative name: --san *.example.com.
        [numeric] its last label is all digits, which reads as an IP address.
        [empty-label] it has an empty label (two dots in a row, or a leading dot).
        [hyphen] the label “{ $label }” begins or ends with a hyphen.
        [character] the label “{ $label }” contains “{ $char }”; DNS names have letters, digits and hyphens (RFC 1123).
        [punycode] the label “{ $label }” is not valid Punycode (RFC 3492).
        [label-too-long] the label “{ $label }” is longer than 63 octets in its A-label form.
        [idna] the label “{ $label }” is not a valid internationalized label (UTS #46: a disallowed character, or the bidi or joiner rules of RFC 5893 and RFC 5892).
       *[too-long] it is longer than 253 octets in its A-label form.
    }
import-certificate-without-key = This file holds a certificate but no private key: give the key with --key <{ cli-value-key }>, or import a PKCS#12 (.pfx) file that holds both.
import-unknown-format = This file is neither a PEM certificate with its key, a DER certificate, nor a PKCS#12 (.pfx) file.
key-none = No private key here: the file has no PEM block and is not a DER key.
key-none-found = No private key here; the file has: { $found }.
key-legacy-encrypted = This key is encrypted in OpenSSL's legacy PEM format ({ $cipher }), which docwiz does not read. Convert it to encrypted PKCS#8, then give its password with --key-password-file: openssl pkcs8 -topk8 -v2 aes-256-cbc -in { $file } -out key.p8
key-unsupported-algorithm = This key is { $algorithm }, which docwiz cannot use for a TLS server certificate (it uses RSA, ECDSA P-256, P-384 and P-521, and Ed25519).
key-openssh = This key is in OpenSSH's format: convert a copy of { $file } to PKCS#8 with ssh-keygen -p -m PKCS8 -f COPY.
key-explicit-curve = This EC key spells out its curve's parameters; TLS and RFC 5480 need a named curve: openssl ec -in { $file } -param_enc named_curve -out key.pem
key-damaged = This private key is damaged: docwiz cannot read it.
key-rsa-pss = This is an RSA-PSS key (id-RSASSA-PSS, RFC 4055), restricted to PSS signatures, which docwiz does not use. Make an RSA key and a certificate for it: openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out key.pem
algorithm-unknown = unknown algorithm ({ $oid })
key-encrypted-needs-password = This key is encrypted (PKCS#8): give its password with --key-password-file <{ cli-value-file }> (a file whose first line is the password).
key-encryption-unsupported = This key is encrypted with { $scheme }, which docwiz does not read. Encrypt it again with PBES2 and AES: openssl pkcs8 -topk8 -v2 aes-256-cbc -in { $file } -out key.p8
key-wrong-password = The key's password is wrong: it does not decrypt the key. Check the file given with --key-password-file.
pkcs12-mac-mismatch = The password opens the keys, but the file's integrity check (MAC) fails: the file was altered or damaged after it was made. Export it again.
pkcs12-wrong-password = Cannot open this PKCS#12 file: the password is wrong (the file's integrity check, MAC, fails with it). Check the file given with --password-file.
pkcs12-needs-password = This PKCS#12 file needs a password: give it with --password-file <{ cli-value-file }> (a file whose first line is the password).
pkcs12-wrong-password-no-mac = The password is wrong, or the file is damaged: its keys do not decrypt with it, and the file has no integrity check to tell which.
pkcs12-unsupported = This PKCS#12 file uses an algorithm docwiz does not support ({ $detail }). Export it again with AES and SHA-256: openssl pkcs12 -export -keypbe AES-256-CBC -certpbe AES-256-CBC -macalg SHA256 …
pkcs12-damaged = This PKCS#12 file is damaged ({ $detail }).
pkcs12-empty = This PKCS#12 file holds neither a private key nor a certificate.
pkcs12-no-key = This PKCS#12 file holds certificates but no private key (exported with -nokeys?): export it again with its key, or import the certificate with --key <{ cli-value-key }>.
pkcs12-no-certificate = This PKCS#12 file holds a private key but no certificate for it.
pkcs12-no-such-name = No key and certificate pair of this file is called “{ $name }”; it holds: { $pairs }.
pkcs12-ambiguous = This file holds several key and certificate pairs ({ $count }): { $pairs }. Choose one with --friendly-name <{ cli-value-name }> (its friendly name or its thumbprint).
pkcs12-chosen = { $file } holds several private keys ({ $count }); docwiz took “{ $name }” ({ $subject }, { $thumbprint }).
refuse-no-host-name = { $usage }: the certificate has no DNS name or IP address among its subject alternative names, and TLS clients do not look at its subject CN (RFC 6125).
import-identity = It is valid for these names (its subject alternative names, which TLS clients check): { $names }.
import-no-identity = It has no DNS name or IP address among its subject alternative names, so it cannot be assigned: TLS clients do not look at the subject CN (RFC 6125).

## ca and chain fixes
chain-reason-eku-no-client-auth = { $cert } limits its enhanced key usage to { $eku }, without Client Authentication (clientAuth): the certificate for the usage “default” needs it, and openssl refuses a client certificate issued under such a CA.
chain-unknown-issuer = incomplete: the issuer { $subject } is not known to docwiz (a missing intermediate CA certificate); get its certificate from the CA and import it
chain-unknown-issuer-url = incomplete: the issuer { $subject } is not known to docwiz (a missing intermediate CA certificate); get its certificate from the CA (the certificate says where: { $url }) and import it
chain-reason-pss-params = { $cert } is signed with RSA-PSS with hash { $hash }, MGF1 with { $mgf } and a salt of { $salt } bytes. docwiz does not support RSA-PSS with these parameters: like rustls-webpki, it verifies RSA-PSS only with SHA-256, SHA-384 or SHA-512, MGF1 with the same hash and a salt as long as the hash. This says nothing about the signature being false: docwiz just cannot verify it. Ask the CA to sign with those parameters (openssl: -sigopt rsa_pss_saltlen:digest).
trust-warning-weak-key = Warning: { $subject } ({ $thumbprint }) has an { $key } key. docwiz policy refuses RSA keys shorter than 2048 bits (CA/Browser Forum Baseline Requirements 6.1.5): every chain through this root will be refused.
trust-warning-unsupported-key = Warning: { $subject } ({ $thumbprint }) uses { $algorithm }, a key docwiz cannot verify signatures with (like rustls-webpki, it verifies RSA, ECDSA P-256, P-384 and P-521, and Ed25519): docwiz cannot verify any chain through this root.
trust-note-weak-self-signature = Note: { $subject } ({ $thumbprint }) signs itself with { $algorithm }. docwiz does not refuse chains for this: a root is trusted by your decision, not by its own signature (RFC 5280, 6.1; rustls-webpki does the same). But SHA-1 and MD5 are broken, and other programs may refuse it: ask the CA for a root signed with SHA-256.
trust-skipped-root = Skipped { $subject } ({ $thumbprint }): it is a root CA certificate, and trusting a root is a decision of its own. To trust it: { $command }
trust-skipped-intermediate = Skipped { $subject } ({ $thumbprint }): it is an intermediate CA certificate. To import it: { $command }
trust-skipped-leaf = Skipped { $subject } ({ $thumbprint }): it is not a CA certificate (basic constraints lack CA:TRUE), so it belongs in no trust store. A server certificate is imported with { $command }.
trust-skipped-bad-root = Skipped { $subject } ({ $thumbprint }): it is a self-issued CA certificate whose own signature does not verify, so it is neither a root nor an intermediate: it was altered.
chain-reason-self-signed-trusted = { $cert } is self-signed and is itself in { -store-root }. A root vouches for the certificates it issues, not for itself as a server’s certificate: docwiz, like rustls-webpki, never takes a trusted root as the server certificate. Issue a server certificate under this root (or get one from a CA), and remove this one from { -store-root } if it was meant as a server certificate.

## file fixes

der-fault = { $fault ->
        [truncated] an element runs past its end
        [indefinite] an indefinite length
        [length] a length not in its shortest form
        [length-too-long] a length longer than any certificate
        [tag] a tag not in its shortest form
        [constructed] a string in constructed form
        [integer] an INTEGER not in its shortest form
        [boolean] a BOOLEAN other than 00 or FF
        [null] a NULL with content
        [bit-string] a malformed BIT STRING
        [oid] a malformed OBJECT IDENTIFIER
        [depth] nesting deeper than any certificate has
       *[trailing] bytes after its end
    }
der-extension-not-canonical = The certificate is not DER: the value of its { $extension } extension has { $fault ->
        [truncated] an element that runs past its end
        [indefinite] an indefinite length
        [length] a length not in its shortest form
        [length-too-long] a length longer than any certificate
        [tag] a tag not in its shortest form
        [constructed] a string in constructed form
        [integer] an INTEGER not in its shortest form
        [boolean] a BOOLEAN other than 00 or FF
        [null] a NULL with content
        [bit-string] a malformed BIT STRING
        [oid] a malformed OBJECT IDENTIFIER
        [depth] nesting deeper than any certificate has
       *[trailing] bytes after its end
    } at byte { $offset }. An extension's value is DER too (RFC 5280 §4.1): ask the issuer for the certificate again.
der-explicit-default = The certificate is not DER: it writes out a default value, which DER leaves out (X.690 §11.5): { $field ->
        [version] version v1
        [critical] critical FALSE in an extension
        [cA] cA FALSE in basicConstraints
       *[minimum] minimum 0 in nameConstraints
    }, at byte { $offset }. Ask the issuer for the certificate again.
der-extension-unreadable = The certificate's { $extension } extension cannot be read as that extension (RFC 5280 §4.2): docwiz does not guess what it says. Ask the issuer for the certificate again.
pkcs12-not-der = This PKCS#12 file is damaged: it is not DER ({ $fault } at byte { $offset }).
pkcs12-not-der-inside = This PKCS#12 file is damaged: something inside it (a certificate, a key or their envelope) is not DER as RFC 7292 requires. Export it again.
pkcs12-bad-certificate = This PKCS#12 file holds a certificate that is not a DER X.509 certificate (RFC 5280 §4.1). Export it again, or import the certificate and key as PEM files.
pkcs12-damaged-structure = This PKCS#12 file is damaged: its structure is not the one RFC 7292 defines. Export it again.
pkcs12-name-ambiguous = “{ $name }” names { $count } different key and certificate pairs in this file: { $pairs }. Choose one with --friendly-name <{ cli-value-name }>, giving its thumbprint as the name.
pkcs12-no-mac = { $file } has no integrity check (MAC): nothing shows that it was not altered since it was exported. Compare the certificate's thumbprint with the one its issuer gives.
key-rsa-too-small = The RSA key in { $file } has { $bits } bits: by docwiz's policy a TLS server certificate's RSA key has at least 2048 bits (CA/Browser Forum Baseline Requirements §6.1.5). Make a new key of 2048 bits or more and have a certificate issued for it.
key-rsa-too-large = The RSA key in { $file } has { $bits } bits: docwiz signs with RSA keys of 2048 to 8192 bits. Make a new key of 2048 to 8192 bits and have a certificate issued for it.
key-chosen = { $file } holds { $count } private keys: docwiz took the one at line { $line }, which belongs to the certificate, and ignored the others ({ $ignored-count ->
    [1] line
   *[other] lines
} { $ignored }).
import-unrelated-left-out = { $count ->
        [one] One certificate of { $file } is not in the chain of the imported certificate and was left out
       *[other] { $count } certificates of { $file } are not in the chain of the imported certificate and were left out
    }: { $certificates }.
pkcs7-malformed = This PKCS#7 (.p7b) container is malformed or nested too deeply to be read (RFC 2315 §9.1); its certificates were not looked at. Ask for the file again, or for the certificates as PEM.
pkcs12-unsupported-what = { $what ->
        [encryption] its encryption scheme
        [mac] its integrity check (MAC) algorithm
        [content] a content type
        [certificate] a certificate type other than X.509
       *[parameters] algorithm parameters
    }

## store fixes

history-no-newline = The last record of the history has no line feed at its end. The next command that changes the store adds it; nothing is undone.
history-torn = The last line of the history is cut off (a write that did not finish). The next command that changes the store removes it and undoes only its own assignment, if anything of it was switched.
history-line-unreadable = This line of the history is not an assignment record. docwiz keeps it as it is and skips it; repair or remove it by hand.
history-incomplete = The last assignment of the history has { $lines } of its { $count } lines. The next command that changes the store completes it from live/ if live/ shows it made, or else undoes it.
history-not-installed = This line names the certificate { $thumbprint }, which is not installed in the store (certs/).
history-live-mismatch = According to the history, the usage { $usage } holds { $history }, but live/{ $usage } holds { $live }: an assignment was only partly applied, or live/ was changed by hand.
damage-live-unknown-usage = is not a certificate usage docwiz knows ({ $name }): nothing uses this entry. Remove it.
damage-reason-unknown = The reason stored for this request, “{ $code }”, is not a reason code docwiz writes (a hand-edited record, or one from an older version); it is shown as an unknown reason.
request-reason-unknown = unknown reason ({ $code })
offline-not-file-name = This is not a file name for the CSR.
offline-no-directory = The directory { $dir } does not exist. docwiz creates no directory outside its store: create it first, or choose another file.
offline-exists = This file already exists. docwiz never replaces a file with the CSR: choose a new file name, or remove the file first.
offline-not-regular = Something that is not a file (a directory, a link, a FIFO, a device…) already has this name; docwiz writes the CSR only to a new file.
offline-in-store = This file is inside the store { $store }, whose files docwiz manages itself: write the CSR outside it.
input-not-regular = This is not a regular file but { $kind ->
        [directory] a directory
        [fifo] a FIFO (named pipe)
        [device] a device
        [socket] a socket
       *[other] something else
    }; docwiz reads only regular files.
input-too-large = This file is larger than { $max } MiB, far more than any certificate, key or PKCS#12 file; docwiz does not read it.
error-bad-thumbprint = “{ $value }” is not a thumbprint: a thumbprint is hexadecimal digits (0-9, A-F), optionally separated by spaces or colons.
os-error-permission = permission denied (OS error { $errno })
os-error-not-found = no such file or directory (OS error { $errno })
os-error-io = input/output error (OS error { $errno })
os-error-exists = the file already exists (OS error { $errno })
os-error-not-dir = a part of the path is not a directory (OS error { $errno })
os-error-is-dir = it is a directory (OS error { $errno })
os-error-invalid = invalid argument (OS error { $errno })
os-error-no-space = no space left on the device (OS error { $errno })
os-error-read-only = the file system is read-only (OS error { $errno })
os-error-loop = too many levels of symbolic links (OS error { $errno })
os-error-other = the operating system refused the operation (OS error { $errno })
pkcs7-trailing = The PKCS#7 structure ends at byte { $offset } and { $count } more bytes follow it. docwiz does not ignore what follows a structure: ask the CA for the file again.
answer-not-in-chain = The file holds a certificate that is not in the chain of { $leaf }: { $subject } ({ $thumbprint }). Remove it from the file: the store keeps only the certificate's own chain.

## Terminal wizard (pages and keys)
tui-key-help = Help
tui-key-language = Language
tui-key-back = Back
tui-key-close = Close
tui-key-next-control = Next field
tui-key-activate = Select
tui-key-toggle = Check box
tui-key-scroll = Scroll
# The names of keys on the status lines (Microsoft style guides).
tui-key-name-space = Space
tui-key-name-enter = Enter
tui-key-name-esc = Esc
tui-key-name-tab = Tab
tui-action-request = { -button-request }…
tui-action-assign = { -button-assign }…
tui-action-import = { -button-import }…
tui-action-details = { -button-view-details }
tui-action-trust = Trust a root CA…
tui-certificates-title = Certificates
tui-certificate-option = { $thumbprint } ({ $subject })
tui-button-back = Back
tui-button-details = { -button-view-details }
tui-button-finish = { -button-finish }
tui-import-root = Import the root CA certificate…
tui-import-intermediate = Import the intermediate CA certificate
tui-untrusted-heading = Why the certificate chain is not trusted
tui-finish-cleared = Certificate { $thumbprint } is installed but not assigned: the check box was cleared.
tui-request-finished = This request is finished.
tui-title-request = { -page-request-timing }
tui-title-assign = { -page-assignment }
tui-title-import = { -page-import }
tui-title-trust = Trust a CA certificate

## help view and pager
help-topic-link = {" "}({ $title }: { $command })
lint-link-unknown-topic = This link goes to the topic “{ $topic }”, which does not exist: a link to another topic is written topic:<{ cli-value-topic }>, with an id that docwiz topics lists.
lint-link-unknown-anchor = The topic “{ $topic }” has no heading with the anchor “{ $anchor }”: link to the id of one of its headings, or to the topic alone.
help-view-key-scroll = scroll
help-view-key-page = page
help-view-key-find = find
help-view-key-link = links
help-view-key-follow = open
help-view-key-back = back
help-view-key-close = close
help-view-key-next = next match
help-view-key-cancel = cancel
help-view-find-prompt = Find:
help-view-find-none = No match for “{ $query }”
help-view-find-count = Match { $current } of { $total }
help-view-position = Lines { $first }–{ $last } of { $total }
help-pager-failed = The pager could not use the terminal ({ $error }); the page is printed instead.

## Terminal wizard: assign, import and trust pages
tui-key-arrows-choose = Choose
tui-assign-intro = Choose an installed certificate, then the usages to assign it to. A usage that would refuse the certificate says why, and its box cannot be checked.
tui-assign-certificate = Installed certificates
tui-assign-usages = Certificate usages
tui-assign-holder = Now: certificate { $thumbprint } ({ $subject })
tui-assign-holder-none = Now: no certificate
tui-assign-holder-this = Now: this certificate
tui-assign-none-checked = Check at least one usage to assign the certificate to.
tui-assign-no-certificates = No certificate is installed yet. Request one, or import a certificate obtained elsewhere with its private key.
tui-assign-button = { -button-assign }
tui-import-intro = Install a certificate obtained elsewhere with its private key: a certificate file with its key file, a PEM file holding both, or a PKCS#12 file (.pfx, .p12) with its password.
tui-import-file = Certificate file (PEM, DER, PKCS#7 or PKCS#12)
tui-import-key = Private key file (leave empty when the certificate file holds the key)
tui-import-password = PKCS#12 password
tui-import-key-password = Password of an encrypted private key
tui-import-friendly-name = Friendly name or thumbprint of the pair to take from a PKCS#12 file holding several (optional)
tui-import-button = { -button-import }
tui-import-button-done = Done
tui-import-file-missing = Give the certificate file to import.
tui-import-done = Certificate { $thumbprint } is installed with its private key.
tui-import-wrong-password = The PKCS#12 password is wrong: the file's integrity check (MAC) fails with it. Nothing was imported.
tui-import-needs-password = This PKCS#12 file needs a password: type it in the field “PKCS#12 password”. Nothing was imported.
tui-import-key-needs-password = This private key is encrypted (PKCS#8): type its password in the field for the password of an encrypted private key. Nothing was imported.
tui-import-key-wrong-password = The password of the private key is wrong: it does not decrypt the key. Nothing was imported.
tui-import-needs-key = This file holds a certificate but no private key: give the key file too, or import a PKCS#12 file that holds both. Nothing was imported.
tui-trust-intro = A root CA certificate goes to { -store-root } once you confirm it; an intermediate CA certificate goes to { -store-intermediate }. A file (PEM, DER or PKCS#7) may hold several: each goes to its own store.
tui-trust-file = CA certificate file
tui-trust-kind = Store
tui-trust-kind-root = { -store-root }
tui-trust-kind-intermediate = { -store-intermediate }
tui-trust-file-missing = Give the file of the CA certificate.
tui-trust-button-next = Next
tui-trust-button-yes = Yes
tui-trust-button-no = No
tui-trust-confirm-heading = Security warning
tui-trust-confirm-claim = You are about to install a certificate from a certification authority (CA) claiming to represent: { $subject }
tui-trust-confirm-check = docwiz cannot confirm that the certificate really comes from this CA. Confirm its origin with the CA: compare the SHA-1 thumbprint above with the one the CA gives you.
tui-trust-confirm-question = { $count ->
    [one] Do you want to trust this root certificate?
   *[other] Do you want to trust these { $count } root certificates?
}
tui-trust-import-skipped-intermediate = Import the intermediate CA certificates of the file too
tui-trust-import-skipped-root = Trust the root CA certificate of the file too…

## Terminal wizard: request pages
tui-button-next = Next
tui-button-cancel = Cancel
tui-key-next-page = Next page
tui-request-step = Step { $step } of { $total }
tui-request-timing-intro = A request makes a new private key and a certificate signing request (CSR). Send it now to an online certification authority (CA), or write the CSR to a file that you take to a CA yourself; you import the CA's answer later.
tui-request-timing = When to send the request
tui-request-send-now = { -option-send-now }
tui-request-send-later = { -option-send-later }
tui-request-offline-file = File for the CSR (a new file in a directory that exists)
tui-request-offline-empty = Enter the name of a new file for the CSR.
tui-request-ca-title = { -page-request-ca }
tui-request-ca-intro = Choose the certification authority that answers the request.
tui-request-ca = Certification authority
tui-request-ca-local = The local CA embedded in docwiz
tui-request-ca-acme = An ACME CA (RFC 8555), such as Let's Encrypt or step-ca
tui-request-ca-cfssl = A cfssl CA (cfssl serve)
tui-request-acme-directory = ACME directory URL
tui-request-acme-bundle = CA certificate the ACME server's HTTPS certificate chains to (PEM file, optional)
tui-request-acme-contact = Contact e-mail address for the ACME account (optional)
tui-request-acme-port = Port on which docwiz answers http-01 challenges
tui-request-acme-address = Address on which docwiz listens for the challenges
tui-request-cfssl-url = URL of cfssl serve
tui-request-cfssl-profile = cfssl signing profile (optional)
tui-request-url-empty = Enter the URL.
tui-request-url-acme = The URL must begin with https:// (or http:// for a test CA).
tui-request-url-cfssl = docwiz reaches cfssl over plain HTTP: the URL must begin with http://.
tui-request-contact-invalid = An e-mail address looks like name@example.com.
tui-request-port-invalid = A port is a number from 1 to 65535.
tui-request-address-invalid = An IP address looks like 127.0.0.1 or ::1.
tui-request-basics-title = { -page-request-basics }
tui-request-basics-intro = The server's fully qualified domain name (FQDN) is the certificate's subject and its first subject alternative name.
tui-request-fqdn = Server FQDN (for example pool01.contoso.com)
tui-request-fqdn-empty = Enter the server's FQDN.
tui-request-wildcard-fqdn = “{ $name }”: a wildcard cannot name the server itself. Enter the wildcard name among the subject alternative names.
tui-request-name-as = In the certificate: { $name }
tui-request-key = Key type
tui-request-key-option = { $key ->
        [rsa-2048] RSA, 2048 bits (default)
        [rsa-3072] RSA, 3072 bits
        [rsa-4096] RSA, 4096 bits
        [ecdsa-p256] ECDSA, curve P-256
       *[ecdsa-p384] ECDSA, curve P-384
    }
tui-request-sans-title = { -page-request-sans }
tui-request-sans-intro = Other DNS names the certificate covers: pools, simple URLs, a wildcard such as *.contoso.com. { $known ->
        [no] The server's FQDN is always included.
       *[yes] The FQDN { $fqdn } is always included.
    }
tui-request-sans = Subject alternative names, separated by commas or spaces (optional)
tui-request-usages-title = Certificate usages
tui-request-usages-intro = Choose what the certificate is for. { -button-finish } on the status page assigns it to these usages.
tui-request-usage-none = Choose at least one usage.
tui-request-prefill-invalid = The command line gave: { $error }
tui-request-summary-title = Certificate Request Summary
tui-request-summary-intro = Nothing has been written yet. Check the request, then choose { -button-request }.
tui-request-submit = { -button-request }
tui-request-fact-timing = Sending
tui-request-fact-ca = Certification authority
tui-request-fact-csr = CSR file
tui-request-fact-fqdn = Server FQDN
tui-request-fact-bundle = CA bundle
tui-request-fact-contact = Contact
tui-request-fact-http = http-01 challenges
tui-request-fact-profile = cfssl profile
tui-request-ca-with-url = { $ca }: { $url }
tui-request-http-value = { $address }, port { $port }
tui-request-progress-title = Sending the request
tui-request-progress-local = Making the key and the CSR; the local CA signs the certificate.
tui-request-progress-acme = Making the key and the CSR, then asking the ACME CA { $url }: account, order, http-01 challenges on { $address } port { $port }, certificate.
tui-request-progress-cfssl = Making the key and the CSR, then asking cfssl at { $url } to sign it.
tui-request-progress-offline = Making the key and writing the CSR to { $file }.
tui-request-elapsed = { $seconds } s elapsed
tui-request-running-keys = Esc does nothing until the CA has answered, so that the request is not left half-done. F1 (help) and F2 (language) work meanwhile.
tui-request-failed = The request failed and nothing was stored. Go back to change it, or cancel.
tui-request-stopped = The request stopped before the CA answered.

## Terminal wizard (store lock and signals)
error-store-busy = Another docwiz command is changing the store { $store } now; try again when it has finished.

## wizard page fixes
tui-trust-confirm-list = { $count ->
    [one] This file holds { $count } root certificate; Yes trusts it:
   *[other] This file holds { $count } root certificates; one Yes trusts them all:
}
tui-request-url-acme-https = The URL must begin with https://: the ACME client speaks HTTPS only (for a test CA, give its CA certificate file below).

## Serve

serve-listening = docwiz serves the help and the wizard at { $url }
serve-token-required = This address can be reached from other machines: the wizard pages open only with the access token in the URL above.
serve-stop-hint = Press Ctrl+C to stop.
serve-open-failed = Could not open a browser; open { $url } yourself.
serve-stopped = Stopped.
error-listen = Cannot listen on { $addr }: { $reason }
site-not-found-title = Page not found
site-not-found = This site has no such page. Every topic is listed in the index.
site-back-to-wizard = Back to the wizard

## Web wizard
web-field-error = { $field }: { $error }
web-located = { $location }: { $error }
web-form-invalid = Some fields need correcting (see the messages next to them). Nothing was written.
web-paths-on-server = File names are paths on the machine where docwiz serve runs, as the command line takes them; nothing is uploaded from the browser.
web-progress-refresh = This page follows the request by itself. The request goes on even if you leave the page.
web-job-unknown = This request's progress is no longer known (the server was restarted, or the page belongs to another session). The main page lists every request.
web-trust-file-changed = The file holds other certificates now than those shown: nothing was trusted. Check the certificates below again.

## tui leftovers
tui-key-open = Open

## Web wizard refusals
web-refused-title = Not allowed
web-refused-token = This wizard page opens only with the access token docwiz serve printed when it started. Open the address it printed, with ?token=…, once; the browser keeps the token for the rest of the session. Help pages need no token.
web-refused-change = This change was refused and nothing was written: it did not come from a page of this wizard in this browser session (the form's token is missing or wrong, or the page belongs to another site). Open the page again and repeat the step.
web-refused-host = This wizard answers only at a loopback address (127.0.0.1, localhost or [::1]). Open it at the address docwiz serve printed.

## Table of contents
toc-request = Requests
toc-install = Installed certificates
site-toc = Contents
site-previous = Previous: { $title }
site-next = Next: { $title }
site-breadcrumbs = You are here
error-toc-syntax = The table of contents is not valid YAML here, or is not a list of items.
error-toc-item = An item of the table of contents needs an href (a topic's .md file) or a name (a message that names a section).
error-toc-href = { $href } is not a topic file of this tree (expected the name of a file in content/, such as certificate-request.md).
error-toc-value = The value of { $key } is not what the table of contents takes here: name and href take text, items a list of items.
error-toc-too-deep = The table of contents is nested too deeply here.
lint-toc-missing = The topic { $id } is not in the table of contents (content/toc.yml).
lint-toc-unknown = The table of contents lists { $id }, but no topic has that id.
lint-toc-twice = The table of contents lists { $id } more than once; its sidebar, previous and next follow the first.
lint-toc-name = The table of contents names a section with { $id }, but ui.ftl has no such message.
topics-tree-title = Table of contents
site-skip = Skip to the topic

## Certificate lines
# A certificate (thumbprint, subject, expiry) and its chain's verdict (chain-trusted, chain-untrusted-root…), the chain named so that the verdict agrees with it.
cert-chain-line = { $certificate } — certificate chain { $chain }
# Under "Open requests" when there is none: agrees with "requests".
live-pending-none = none

## Help view
# The label of Esc while a find is shown (its matches marked): Esc clears it.
help-view-key-clear = clear search
# A label and its value on one line ("Thumbprint: 0A1B…", "error: …" after "docwiz: "), with the locale's colon.
label-value = { $label }: { $value }
# Two notes on a certificate in a list (its expiry, whom it is assigned to, its days left), with the locale's semicolon.
list-notes = { $first }; { $second }
# The key usage bits (RFC 5280 4.2.1.3) on View Certificate Details, as Windows names them; another bit keeps its RFC name.
key-usage-bit = { $bit ->
    [digitalSignature] Digital Signature
    [nonRepudiation] Non-Repudiation
    [keyEncipherment] Key Encipherment
    [dataEncipherment] Data Encipherment
    [keyAgreement] Key Agreement
    [keyCertSign] Certificate Signing
    [cRLSign] CRL Signing
    [encipherOnly] Encipher Only
    [decipherOnly] Decipher Only
   *[other] { $bit }
}

## Help server: broken pages and listening
site-broken-title = This page has errors
site-broken = The topic or its translation has errors, so the page is not shown. Fix them and reload the page:
os-error-address-in-use = the address is already in use: another program listens on this port (OS error { $errno })
os-error-address-not-available = the address is not one of this machine's (OS error { $errno })

## Search
help-no-such-section = The topic { $topic } has no section “{ $anchor }”: the whole topic is shown.
search-in-english = [in English]
search-unmatched-word = No topic has “{ $word }”.
search-other-words = The topics below have the other words.
error-no-search-hit = No help topic matches “{ $query }”.
error-nearest-terms = Nearest words in the topics: { $terms }
error-no-nearest-terms = No word in the topics is close to it.
error-search-index = The search index cannot be built: { $reason }

## Lint: typography, glossary, plurals
lint-typo-fr-space = French typography: a narrow no-break space (U+202F) goes before “{ $char }”; `{ $fix }` puts it there.
lint-typo-fr-guillemet = French typography: a narrow no-break space (U+202F) goes inside guillemets, after the opening one and before the closing one, here by { $char }; `{ $fix }` puts it there.
lint-typo-fr-apostrophe = French typography: the apostrophe is ’ (U+2019), not '; `{ $fix }` replaces it.
lint-typo-quotes = Quotation marks: this language quotes with { $open }…{ $close }, so { $found } here should be { $expected }; `{ $fix }` replaces it.
lint-typo-zh-space = Chinese typography: no space next to the full-width mark { $char }; `{ $fix }` removes it.
lint-typo-zh-full-width = Chinese typography: after Chinese text, { $found } is written full-width: { $expected }; `{ $fix }` replaces it.
lint-typo-zh-parentheses = Chinese typography: parentheses are full-width around text with a Chinese character and half-width around text without one, so { $found } here should be { $expected }; `{ $fix }` replaces them.
lint-placeholder-unknown = “<{ $found }>” is not a value name of the command line in this language: a placeholder is written as `--help` names the value here (a cli-value-* message of ui.ftl, such as <{ $example }>).
lint-placeholder-bare = In a command, a placeholder is written in angle brackets, as the Usage line of `--help` writes it: <{ $name }>; `{ $fix }` adds them.
lint-plural-one = In { $locale }, [one] of { $id } is also chosen for { $numbers }, but its text does not show the number ({ $variable }), so it says “exactly one”: add a variant [1] for exactly one, or show the number in [one].
lint-fix-built-in = --fix rewrites files, so it needs the tree to fix: give it with --root <{ cli-value-dir }>.
lint-fixed = Typography fixes made: { $edits } (files rewritten: { $files }).
lint-glossary-forbidden = “{ $found }” is not the glossary's term for “{ $english }”: use “{ $preferred }” ({ $glossary }).
lint-glossary-xml = This glossary is not well-formed XML, so its terms are not checked.
lint-glossary-status = “{ $value }” is not an administrative status of TBX-Basic (preferredTerm-admn-sts, admittedTerm-admn-sts, deprecatedTerm-admn-sts, supersededTerm-admn-sts).
lint-glossary-no-preferred = The concept { $concept } forbids terms in { $locale } but names no preferred term there.
cli-about = Localized F1 help with live certificate status
cli-help-flag = Print help
cli-version-flag = Print version
cli-heading-usage = Usage
cli-heading-options = Options
cli-heading-arguments = Arguments
cli-heading-commands = Commands
cli-usage-options = OPTIONS
cli-heading-colon = { ":" }
cli-value-command = COMMAND
cli-value-addr = ADDR
cli-value-addr-port = ADDR:PORT
cli-value-cmd = CMD
cli-value-csr-file = CSR_FILE
cli-value-dir = DIR
cli-value-email = EMAIL
cli-value-file = FILE
cli-value-format = FORMAT
cli-value-fqdn = FQDN
cli-value-key = KEY
cli-value-key-type = KEY_TYPE
cli-value-keyword-topic = KEYWORD|TOPIC
cli-value-n = N
cli-value-name = NAME
cli-value-pem = PEM
cli-value-port = PORT
cli-value-query = QUERY
cli-value-request = REQUEST
cli-value-tag = TAG
cli-value-topic = TOPIC
cli-value-thumbprint = THUMBPRINT
cli-value-url = URL
cli-value-usage = USAGE
cli-value-ca = CA
cli-arg-lang = Language for all output: BCP 47 or POSIX, a preference list separated by commas, weighted with `;q=` as in Accept-Language; repeatable. Default: LC_ALL, LC_MESSAGES, LANG. With `export`, the languages to export.
cli-arg-root = A content tree (with content/ and locales/) instead of the built-in one.
cli-arg-store = The wizard's store (default: $DOCWIZ_HOME, else $XDG_DATA_HOME/docwiz).
cli-arg-json = Print one JSON document.
cli-arg-plain = Line-by-line output for screen readers: no pager, no full-screen UI, no ANSI styling.
cli-arg-no-interactive = Never open the full-screen wizard or pager: commands print as without a terminal.
cli-about-help = Show the help topic for F1 keywords (most specific first) or a topic ID.
cli-arg-help-keywords = F1 keywords, most specific first, or topic IDs.
cli-arg-help-format = The output format: term (the terminal), md (Markdown) or html.
cli-arg-help-side-by-side = Follow each block with its English source.
cli-arg-help-strict = Fail (exit 1) when any message falls back to English.
cli-arg-help-live = Show the live state of the wizard in the page (the default).
cli-arg-help-no-live = Leave the live state out.
cli-arg-help-request = The request whose status the page shows (default: the latest).
cli-arg-help-no-pager = Print the page even when it is longer than the terminal, instead of showing it in the full-screen pager.
cli-about-search = Find topics by the words of their titles, headings, text and F1 keywords.
cli-arg-search-query = The words to find (all of them, in any order; any of them when no topic has all).
cli-arg-search-limit = Show at most this many topics.
cli-about-topics = List topics, their titles, F1 keywords and untranslated messages.
cli-arg-topics-tree = Print the table of contents (content/toc.yml) as a tree of titles.
cli-about-lint = Check content and translations; exit 1 on errors.
cli-arg-lint-fix = Rewrite the translations of the --root tree with the typography fixes lint proposes (text of messages only), then check again.
cli-about-export = Write every topic in every language as a static HTML site or as Markdown.
cli-arg-export-format = The output format: html (a site) or md (Markdown for a DocFX repository).
cli-arg-export-out = The directory to write (replaced as a whole when the export succeeds).
cli-arg-export-live = Put the live state of the wizard into the pages that have a live slot.
cli-arg-export-base-url = The URL the site will be published at: alternates become absolute.
cli-about-wizard = The certificate wizard.
cli-arg-wizard-f1 = Show this page's help topic with the live state instead of running the step.
cli-about-wizard-request = Request a certificate online: key, CSR, the CA's answer, then the status page.
cli-arg-wizard-request-fqdn = The server's fully qualified domain name (subject CN and first SAN).
cli-arg-wizard-request-sans = Another DNS name for the certificate (repeatable).
cli-arg-wizard-request-key = The key type: rsa-2048, rsa-3072, rsa-4096, ecdsa-p256, ecdsa-p384.
cli-arg-wizard-request-usage = Comma-separated certificate usages: default, web-internal, web-external.
cli-arg-wizard-request-ca = The CA: the embedded local CA, an ACME CA, or cfssl.
cli-arg-wizard-request-offline = Write the CSR to this new file instead; import the CA's answer later. An existing file is never replaced, nor is anything inside the store written; the file's directory must exist (exit 2 otherwise).
cli-arg-wizard-request-acme-directory = The ACME directory URL (with --ca acme).
cli-arg-wizard-request-acme-ca-bundle = A PEM CA certificate the ACME server's HTTPS certificate chains to.
cli-arg-wizard-request-acme-contact = A contact e-mail address for the ACME account.
cli-arg-wizard-request-acme-http-port = The port docwiz answers http-01 challenges on.
cli-arg-wizard-request-acme-http-address = The address it listens on for them (only 127.0.0.1 unless you say so).
cli-arg-wizard-request-cfssl-url = The URL of `cfssl serve` (with --ca cfssl).
cli-arg-wizard-request-cfssl-profile = The cfssl signing profile.
cli-about-wizard-import-response = Import the CA's answer to an offline request (PEM, DER or PKCS#7).
cli-arg-wizard-import-response-request = The offline request the answer belongs to.
cli-arg-wizard-import-response-file = The CA's answer: a certificate in PEM or DER, or a PKCS#7 file with its chain.
cli-about-wizard-import = Install a certificate obtained elsewhere with its key: <{ cli-value-file }> --key <{ cli-value-key }>, a PEM file holding both, or a .pfx file.
cli-arg-wizard-import-file = A certificate (PEM, DER, PKCS#7; with --key), a PEM file holding the certificate and its key, or a PKCS#12 file.
cli-arg-wizard-import-key = The certificate's private key (PEM or DER: PKCS#8, encrypted PKCS#8, PKCS#1, SEC1).
cli-arg-wizard-import-password-file = A file whose first line is the PKCS#12 password.
cli-arg-wizard-import-key-password-file = A file whose first line is the password of an encrypted key.
cli-arg-wizard-import-friendly-name = Which pair of a PKCS#12 file holding several to take: its friendly name, or its certificate's thumbprint.
cli-about-wizard-retry = Ask the local CA again for a failed local request (same key and CSR).
cli-arg-wizard-retry-request = The failed request (default: the latest request).
cli-about-wizard-status = The Online Certificate Request Status page.
cli-arg-wizard-status-request = The request to show (default: the latest).
cli-about-wizard-details = View Certificate Details.
cli-arg-wizard-details-thumbprint = The certificate to show, by its SHA-1 thumbprint (default: the latest request's certificate).
cli-about-wizard-finish = Complete the request; assign it to its usages unless --no-assign.
cli-arg-wizard-finish-request = The request to complete (default: the latest).
cli-arg-wizard-finish-no-assign = Clear the check box “Assign this certificate to … certificate usages”.
cli-arg-wizard-finish-deploy-hook = A shell command run after the assignment (certbot-style). If it fails, the assignment stands (links and history switched) and docwiz reports the hook's failure with exit 1, as certbot does.
cli-about-wizard-check = Check the store: live links, private keys, records, certificate files and the local CA; every problem by file. Exit 1 if there is any.
cli-about-wizard-assign = Assign an installed certificate to usages.
cli-arg-wizard-assign-thumbprint = The certificate to assign, by its SHA-1 thumbprint.
cli-arg-wizard-assign-usage = Comma-separated certificate usages (default: those of its request).
cli-arg-wizard-assign-deploy-hook = A shell command run after the assignment (certbot-style). If it fails, the assignment stands (links and history switched) and docwiz reports the hook's failure with exit 1, as certbot does.
cli-about-trust = The trust stores: Trusted Root and Intermediate Certification Authorities.
cli-about-trust-import-root = Trust a root CA (Trusted Root Certification Authorities); asks first.
cli-arg-trust-import-root-file = The root CA certificate (PEM, DER or PKCS#7).
cli-arg-trust-import-root-yes = Trust without asking.
cli-about-trust-import-intermediate = Add an intermediate CA (Intermediate Certification Authorities).
cli-arg-trust-import-intermediate-file = The intermediate CA certificate (PEM, DER or PKCS#7).
cli-about-trust-list = Show both trust stores.
cli-about-certs = Installed certificates.
cli-about-certs-list = Installed certificates and the usages they are assigned to.
cli-about-serve = Serve the help site, the F1 endpoint and the wizard over HTTP.
cli-arg-serve-listen = The address and port to listen on; anything beyond loopback makes the wizard pages require the access token printed at start.
cli-arg-serve-open = Open the site in the default browser once it listens.
cli-try-help = For more information, try “{ $flag }”.
cli-error-missing-value = A value is required for “{ $arg }” but none was given.
cli-error-invalid-value = “{ $value }” is not a valid value for “{ $arg }”.
cli-error-invalid-choice = “{ $value }” is not a valid value for “{ $arg }”; possible values: { $valid }.
cli-error-invalid-value-why = “{ $value }” is not a valid value for “{ $arg }”: { $reason }.
cli-error-out-of-range = “{ $value }” is not a valid value for “{ $arg }”: give a whole number from { $min } to { $max }.
cli-error-unknown-argument = Unexpected argument “{ $arg }”.
cli-error-unknown-command = Unknown command “{ $command }”.
cli-error-missing-arguments = { $count ->
    [one] This required argument was not given: { $args }
   *[other] These required arguments were not given: { $args }
}
cli-error-missing-command = A command is required: { $commands }.
cli-error-given-twice = “{ $arg }” cannot be given more than once.
cli-error-conflict = “{ $arg }” cannot be used with “{ $other }”.
cli-error-no-equals = “{ $arg }” needs its value after an equals sign (=).
cli-error-too-many-values = Unexpected value “{ $value }” for “{ $arg }”.
cli-error-wrong-number-of-values = “{ $arg }” was given the wrong number of values.
cli-error-not-utf8 = An argument is not valid UTF-8.
cli-error-other = The arguments cannot be read.
cli-tip-similar-command = Tip: a similar command exists: { $suggestion }
cli-tip-similar-argument = Tip: a similar argument exists: { $suggestion }
cli-tip-similar-value = Tip: a similar value exists: { $suggestion }
cli-tip-value-with-dash = Tip: to pass “{ $arg }” as a value, use “-- { $arg }”.
cli-error-listen-address = expected { cli-value-addr-port }, such as 127.0.0.1:8080 or localhost:8080
cli-about-certs-remove = Remove an installed certificate and its key from the store; refused while a usage holds it (assign another certificate to the usage first). The request that produced it keeps its record and key.
cli-arg-certs-remove-thumbprint = The certificate's thumbprint (SHA-1, as `certs list` shows it).
cli-about-certs-export = Write an installed certificate with its key and chain for another server: a PKCS#12 file (--pfx) or certbot-style PEM files (--pem).
cli-arg-certs-export-thumbprint = The certificate's thumbprint (SHA-1, as `certs list` shows it).
cli-arg-certs-export-pfx = A new PKCS#12 (.pfx) file (0600) with the key and the chain, for Windows, IIS or `openssl pkcs12`. AES-256-CBC with PBKDF2-SHA256.
cli-arg-certs-export-password-file = A file whose first line is the PKCS#12 password. Without it the password is asked for on the terminal (twice); an empty one is refused.
cli-arg-certs-export-legacy = Protect the PKCS#12 file with 3DES and a SHA-1 MAC, for Windows before Windows 10 1709 and Windows Server 2019.
cli-arg-certs-export-pem = A directory for cert.pem, chain.pem, fullchain.pem and privkey.pem (0600), as certbot writes them. Created (0700) when it does not exist; files already there are never replaced.
cli-after-wizard-finish =
    Files: after the assignment, each usage's certificate is in the store's
    live/<{ cli-value-usage }>/fullchain.pem (the certificate and its CA certificates) and
    live/<{ cli-value-usage }>/privkey.pem (its key, 0600); the command prints their full paths.
    They follow the usage when another certificate is assigned to it, so a
    server's configuration names them once.

    Deploy hook (--deploy-hook <{ cli-value-cmd }>): run with sh -c after the links are switched,
    with this environment:
      DOCWIZ_USAGES          the usages just assigned, comma-separated
                             (default,web-internal,web-external)
      DOCWIZ_THUMBPRINT      the thumbprint of the certificate assigned
      DOCWIZ_CERT_DIR        its directory in the store, absolute
                             (certs/<{ cli-value-thumbprint }>: cert.pem, chain.pem,
                             fullchain.pem, privkey.pem)
      DOCWIZ_OLD_THUMBPRINT  on renewal (wizard renew): the certificate
                             replaced; never set by finish or assign
    If the hook fails, the assignment stands and docwiz exits 1, as certbot does.
cli-after-wizard-assign = { cli-after-wizard-finish }
cli-default-value = [default: { $value }]
cli-possible-values = [possible values: { $values }]
cli-arg-trust-f1 = Show this page's help topic with the live state instead of running the step.
cli-arg-certs-f1 = Show this page's help topic with the live state instead of running the step.

error-in-use = { $count ->
    [one] The certificate { $thumbprint } is assigned to this usage, so it was not removed; assign another certificate to it first ({ $command }):
   *[other] The certificate { $thumbprint } is assigned to these usages, so it was not removed; assign another certificate to them first ({ $command }):
}
in-use-usage = { $label } (--usage { $usage })
certs-removed = The certificate { $thumbprint } and its private key were removed from the store.
error-needs-password = A PKCS#12 file needs a password: give --password-file <{ cli-value-file }> (its first line is the password), or run the command in a terminal to type it. Nothing was written.
error-password-not-confirmed = The password was empty, or the two entries differ. Nothing was written.
export-password-empty = The first line of this file is empty; a PKCS#12 file needs a password. Nothing was written.
export-not-file-name = This is not a file name for the exported certificate.
export-no-directory = The directory { $dir } does not exist: create it first, or choose another place.
export-exists = This file already exists. docwiz never replaces a file when it exports a certificate: choose a new name, or remove the file first.
export-revoked-warning = Warning: certificate { $thumbprint } was revoked on { $date } ({ $reason }): clients that check revocation refuse it.
export-not-regular = Something that is not a file (a directory, a link, a FIFO, a device…) already has this name; docwiz exports only to new files.
export-pem-is-file = This is a file, and --pem needs a directory (new, or holding none of cert.pem, chain.pem, fullchain.pem, privkey.pem). For a single file, use --pfx.
export-in-store = This is inside the store { $store }, whose files docwiz manages itself: export outside it.
certs-exported-pfx = The certificate, its private key and its chain were written to { $file }.
certs-exported-pem = The certificate, its chain and its private key were written to:
prompt-password = Password for the PKCS#12 file:
prompt-password-again = The same password again:

assign-file-chain = { $usage }, certificate and chain: { $path }
assign-file-key = { $usage }, private key: { $path }

site-search-label = Search the help
site-search-button = Search
site-search-results = Topics that match “{ $query }”
site-search-nothing = No topic matches “{ $query }”.
site-search-unavailable = The search index of this site cannot be loaded.

renew-nothing-due = No certificate is due for renewal; the next one, { $thumbprint }, is renewed from { $date }.
renew-nothing-assigned = No certificate is assigned to a usage, so there is nothing to renew.
renew-done = Certificate { $old } was renewed: the new certificate { $new } (request { $request }) took over its usages.
renew-failed-line = Certificate { $thumbprint } was not renewed and keeps its usages (the reason is above).
renew-not-due-line = Certificate { $thumbprint } is not due yet: it is renewed from { $date }.
renew-reason-untrusted = the new certificate's chain is not trusted ({ $status ->
    [untrusted-root] the root CA is not trusted
    [missing-intermediate] an intermediate CA certificate is missing
    [expired] a certificate has expired
    [not-yet-valid] a certificate is not valid yet
   *[other] it cannot be verified
}), so it took over no usage
renew-reason-not-renewable = certificate { $thumbprint } was not requested from a CA by docwiz (it was imported, or requested offline): renew it where it was issued, then import the new certificate
# renew-reason-untrusted as the sentence of an error line.
error-renew-untrusted = The new certificate's chain is not trusted ({ $status ->
    [untrusted-root] the root CA is not trusted
    [missing-intermediate] an intermediate CA certificate is missing
    [expired] a certificate has expired
    [not-yet-valid] a certificate is not valid yet
   *[other] it cannot be verified
}), so it took over no usage.
# renew-reason-not-renewable as the sentence of an error line.
error-renew-not-renewable = Certificate { $thumbprint } was not requested from a CA by docwiz (it was imported, or requested offline): renew it where it was issued, then import the new certificate.
error-not-renewable-unassigned = Certificate { $thumbprint } is assigned to no usage: renewal replaces a certificate that a usage holds. Assign it first, or request a new certificate.
renew-due-note = Renewal due since { $date }: { $command }
renew-failed-note = The last renewal, on { $date }, failed: { $reason }. The certificate keeps its usages.
list-days-left = { $days ->
    [one] one day left
   *[other] { $days } days left
}
list-expired = expired
# A value with a note on it (the days left after a date).
value-with-note = { $value } ({ $note })
cli-about-wizard-renew = Renew the assigned certificates that are due: the same request again (names, key type, usages, CA), and the new certificate takes over the old one's usages. Nothing due: one line, exit 0 (for a timer).
cli-arg-wizard-renew-thumbprint = Only this certificate, by its SHA-1 thumbprint.
cli-arg-wizard-renew-all = Every assigned certificate that is due (the default).
cli-arg-wizard-renew-days = Due when fewer than N days are left, N from 0 to 3650 (default: a third of the lifetime, at most 30 days, or earlier when the ACME CA's renewal window opens).
cli-arg-wizard-renew-reuse-key = Keep the certificate's key instead of making a new one.
cli-arg-wizard-renew-deploy-hook = A shell command run once after each renewed certificate took over its usages, with DOCWIZ_OLD_THUMBPRINT set to the certificate replaced.
cli-arg-wizard-renew-quiet = Print nothing when nothing is due (errors are still printed): for a timer or cron.
cli-after-wizard-renew = { cli-after-wizard-finish }
cli-arg-wizard-request-local-validity-days = The local CA: the certificate's lifetime in days, 1 to 397 (397 by default). Renewals repeat it; short lifetimes are for trying renewal out.

## Revocation (wizard revoke, trust crl)

revoke-ca-name = { $ca ->
    [local] the local CA
    [acme] the ACME CA
    [cfssl] the cfssl CA
   *[other] the CA “{ $ca }”
}
revoke-reason-unspecified = no reason given
revoke-reason-key-compromise = the private key was compromised
revoke-reason-ca-compromise = the CA was compromised
revoke-reason-affiliation-changed = the subject's name or affiliation changed
revoke-reason-superseded = the certificate was replaced
revoke-reason-cessation-of-operation = the server is no longer in operation
revoke-reason-privilege-withdrawn = the right to use the certificate was withdrawn
revoke-warning = You are about to revoke certificate { $thumbprint } ({ $subject }) at { $ca }, because { $reason }. A revocation cannot be undone: clients that check revocation will refuse this certificate from now on.
revoke-warning-usages = { $count ->
    [1] This usage will have no certificate until you assign another one: { $usages }
   *[other] These usages will have no certificate until you assign another one: { $usages }
}
revoke-question = Revoke this certificate? [y/N]
revoke-done = Certificate { $thumbprint } was revoked by { $ca } on { $date } ({ $reason }).
revoke-unassigned = { $count ->
    [1] This usage no longer has a certificate: { $usages }. Assign another one: { $command }
   *[other] These usages no longer have a certificate: { $usages }. Assign another one: { $command }
}
revoke-kept = The revoked certificate stays installed; to remove it: { $command }
revoke-same-key = Certificate { $thumbprint } certifies the same compromised key and is not revoked: revoke it too: { $command }
revoked-note = Revoked on { $date } ({ $reason }): it can no longer be assigned or renewed.
live-cert-revoked = { $thumbprint } ({ $subject }), revoked on { $revoked }
error-revoke-needs-confirmation = Revoking a certificate needs your confirmation: run the command in a terminal, or add --yes. Nothing was revoked.
error-revoke-declined = Nothing was revoked.
error-not-revocable = { $ca ->
    [offline] Certificate { $thumbprint } was requested offline, so docwiz cannot ask its CA to revoke it: revoke it at the CA that issued it.
    [local] Certificate { $thumbprint } was issued by a local CA that this store no longer has: it cannot be revoked here. Revoke it at the CA that issued it.
   *[other] Certificate { $thumbprint } was not requested from a CA by docwiz (it was imported), so docwiz cannot revoke it: revoke it at the CA that issued it.
}
error-already-revoked = Certificate { $thumbprint } was already revoked on { $date }.
error-cert-revoked = Certificate { $thumbprint } was revoked on { $date }: it can no longer be assigned or renewed. Request a new certificate.
error-key-compromised = The key of certificate { $thumbprint } was declared compromised when certificate { $revoked } was revoked on { $date }: --reuse-key would have it certified again. Renew without --reuse-key to get a new key.
error-export-compromised = Certificate { $thumbprint } is not exported: its key was declared compromised when certificate { $revoked } was revoked on { $date }, and a compromised key must not be deployed again. Request a new certificate, with a new key.
error-cert-removed = Certificate { $thumbprint } was removed from the store (certs remove), with its key: it cannot be assigned again. Request a new certificate.
error-store-not-found = There is no store at { $store }. Name the store with --store <{ cli-value-dir }> (or DOCWIZ_HOME); a timer or service may run without the HOME of the user who made it.
error-no-local-ca = The store has no local CA yet, so there is no CRL to write: the local CA is created with the first request made to it.
crl-written = The local CA's CRL number { $number } ({ $count ->
    [0] no revoked certificate
    [one] one revoked certificate
   *[other] { $count } revoked certificates
}, next update by { $date }) was written to { $file }.
crl-not-file-name = This is not a file name for the CRL.
crl-no-directory = The directory { $dir } does not exist. docwiz creates no directory outside its store: create it first, or choose another file.
crl-exists = This file already exists. Without --force, docwiz never replaces a file with the CRL: choose a new file name, remove the file first, or add --force to replace it.
crl-not-regular = Something that is not a file (a directory, a link, a FIFO, a device…) already has this name; docwiz writes the CRL only to a new file.
crl-in-store = This file is inside the store { $store }, whose files docwiz manages itself: write the CRL outside it.
cli-about-wizard-revoke = Revoke a certificate at the CA that issued it (the local CA, ACME or cfssl, as its request was made); asks first. The usages it holds lose it; it stays installed.
cli-arg-wizard-revoke-thumbprint = The certificate's thumbprint (SHA-1, as `certs list` shows it).
cli-arg-wizard-revoke-reason = Why, by its RFC 5280 name.
cli-arg-wizard-revoke-yes = Revoke without asking.
cli-value-reason = REASON
cli-about-trust-crl = Write the local CA's certificate revocation list (CRL), signed by its issuing CA, to a new file: PEM, or DER with --der.
cli-arg-trust-crl-out = The new file (an existing file is never replaced without --force).
cli-arg-trust-crl-der = Write DER instead of PEM.
cli-arg-trust-crl-force = Replace { cli-value-file } if it exists (atomically: a new file renamed over it), to write a new CRL every few days from a timer.
details-revocation = Revocation
