# Hilfe zu den Seiten, auf denen eine Zertifikatanforderung vorbereitet wird.

title = Zertifikat anfordern
description = Die Seiten des Zertifikat-Assistenten, auf denen eine Anforderung vorbereitet wird: wann sie gesendet wird, an welche ZS, welche Namen das Zertifikat enthält und welchen Schlüssel es erhält.
intro = Eine Zertifikatanforderung durchläuft mehrere Seiten, bevor sie bei einer ZS eingeht. Auf jeder legen Sie einen Teil dessen fest, was das Zertifikat aussagen wird. Anschließend erstellt der Assistent auf dem Server den privaten Schlüssel und eine Zertifikatsignieranforderung (Certificate Signing Request, CSR), die den öffentlichen Schlüssel und die Namen enthält. In docwiz erledigt all das ein einziger Befehl, `docwiz wizard request`, dessen Optionen diesen Seiten entsprechen.
timing-heading = Anforderung sofort oder später senden
timing-intro = Auf der Seite **{ -page-request-timing }** legen Sie fest, wann die Anforderung an die ZS geht:
timing-now = **{ -option-send-now }**: Der Assistent übermittelt die Anforderung und zeigt, wenn die ZS sofort antwortet, die Seite **{ -page-request-status }** mit dem neuen Zertifikat an.
timing-later = **{ -option-send-later }**: Der Assistent schreibt die Anforderung in eine Datei. Sie übermitteln diese selbst an die ZS und importieren deren Antwort, sobald sie vorliegt; bis dahin bleibt die Anforderung offen (`--offline <CSR-DATEI>`).
ca-heading = Zertifizierungsstelle auswählen
ca-intro = Auf der Seite **{ -page-request-ca }** wählen Sie die ZS aus, die das Zertifikat signiert. docwiz bringt eine eigene ZS mit, die bei der ersten Verwendung im Speicher angelegt wird (`--ca local`, die Standardeinstellung).
ca-others = Die Anforderung kann auch an eine ACME-Zertifizierungsstelle (`--ca acme --acme-directory <URL>`) oder an einen cfssl-Server (`--ca cfssl --cfssl-url <URL>`) gehen. Öffentliche ACME-Zertifizierungsstellen stellen keine Zertifikate mit Clientauthentifizierung mehr aus; ein solches Zertifikat eignet sich daher nicht für **{ -usage-default }**.
ca-trust = Unabhängig davon, welche ZS Sie auswählen, [muss ihr Stammzertifikat vertrauenswürdig sein](topic:trust-import#trusting-a-root), bevor das Zertifikat zugewiesen werden kann. Die erste Anforderung an eine ZS, die Sie bisher nicht verwendet haben, endet in der Regel mit einer Kette, die noch nicht vertrauenswürdig ist.
basics-heading = Name, Schlüssel und Sicherheitseinstellungen
basics-name = Auf der Seite **{ -page-request-basics }** geben Sie den vollqualifizierten Domänennamen (FQDN) des Servers an (`--fqdn`). Er wird zum Antragsteller des Zertifikats und zu seinem ersten alternativen Antragstellernamen.
basics-key = Wählen Sie den Schlüsseltyp aus (`--key <SCHLÜSSELTYP>`): RSA mit 2048 Bit ist die Standardeinstellung und funktioniert überall; außerdem stehen RSA mit 3072 oder 4096 Bit sowie ECDSA P-256 oder P-384 zur Verfügung. Der private Schlüssel verlässt den Server nie.
basics-usages = Die hier ausgewählten Verwendungen (`--usage`) bestimmen die erweiterte Schlüsselverwendung des Zertifikats: Serverauthentifizierung immer, Clientauthentifizierung nur für **{ -usage-default }**, weil diese Verwendung Mutual TLS benötigt.
sans-heading = Alternative Antragstellernamen
sans-intro = Auf der Seite **{ -page-request-sans }** fügen Sie alle weiteren Namen hinzu, unter denen Clients den Server erreichen, etwa die Namen der Webdienste (`--san`, einmal pro Name).
sans-rules = Clients prüfen diese Namen, nicht den Antragsteller. Jeder Name muss ein gültiger DNS-Name sein; der Assistent schreibt ihn in Kleinbuchstaben und lässt doppelte Einträge weg. Ein Platzhalterzeichen ist nur als vollständiges, ganz links stehendes Label zulässig (`*.example.com`).
key-safety = Bevor die Anforderung den Server verlässt, wird der private Schlüssel im Speicher abgelegt, sodass nur sein Besitzer ihn lesen kann. Sobald eine ZS ein Zertifikat dafür ausgestellt hat, löscht docwiz diesen Schlüssel nie mehr.
next-page = Sobald die ZS geantwortet hat, zeigt der Assistent die Seite **{ -page-request-status }** mit dem Fingerabdruck des neuen Zertifikats an.
