# Hilfe zur Hauptseite des Zertifikat-Assistenten.

title = Zertifikat-Assistent
description = Die Hauptseite des Zertifikat-Assistenten: jede Zertifikatverwendung von { -product } mit dem ihr zugewiesenen Zertifikat, offene Anforderungen und die nächsten möglichen Schritte.
intro = Auf der Seite **{ -page-wizard-main }** beginnt und endet jede Arbeit mit Zertifikaten auf dem Server. Sie zeigt, welches Zertifikat jeder Verwendung derzeit zugewiesen ist, welche Anforderungen noch offen sind und welche ausgestellten Zertifikate noch nicht zugewiesen wurden. In docwiz öffnet `docwiz wizard` diese Seite.
usages-heading = Zertifikatverwendungen
usages-intro = { -product } verwendet Zertifikate für drei Zwecke. Jeder Zweck kann ein eigenes Zertifikat erhalten, oder ein einziges Zertifikat dient allen dreien:
item-default = **{ -usage-default }**: Mutual TLS (MTLS) zwischen dem Server, seinen Clients und den anderen Servern. Das Zertifikat muss sowohl Server- als auch Clientauthentifizierung zulassen.
item-web-internal = **{ -usage-web-internal }**: TLS für die Webdienste, die Clients innerhalb des Netzwerks erreichen. Serverauthentifizierung genügt.
item-web-external = **{ -usage-web-external }**: TLS für die Webdienste, die außerhalb des Netzwerks veröffentlicht sind. Serverauthentifizierung genügt.
usages-expiry = Für jede Verwendung zeigt die Seite Fingerabdruck und Antragsteller des zugewiesenen Zertifikats an, außerdem das Ablaufdatum und die verbleibenden Tage. Erneuern Sie ein Zertifikat rechtzeitig vor dem Ablauf: Eine Verwendung ohne gültiges Zertifikat funktioniert nicht mehr.
actions-heading = Aktionen auf dieser Seite
action-request = **{ -button-request }** startet eine neue Zertifikatanforderung: Sie wählen die ZS, die Namen und den Schlüssel aus, und der Assistent erstellt den Schlüssel und die Anforderung (`docwiz wizard request`).
action-assign = **{ -button-assign }** weist ein ausgestelltes Zertifikat einer oder mehreren Verwendungen zu (`docwiz wizard assign`). Zuvor prüft der Assistent die Zertifikatkette, den Gültigkeitszeitraum, die erweiterte Schlüsselverwendung, die Namen und den privaten Schlüssel; schlägt eine Prüfung fehl, weist er nichts zu.
action-details = **{ -button-view-details }** zeigt alle Eigenschaften eines Zertifikats an, einschließlich beider Fingerabdrücke (`docwiz wizard details`).
action-import = **{ -button-import }** übernimmt entweder ein außerhalb des Assistenten bezogenes Zertifikat samt privatem Schlüssel oder die Antwort einer ZS auf eine Anforderung, die Sie zum späteren Senden vorbereitet haben (Offlineanforderung).
action-pending = Eine Anforderung, deren Zertifikat noch nicht eingegangen ist, bleibt offen. Ihre Statusseite zeigt, worauf sie wartet (`docwiz wizard status`).
trust-note = Ein Zertifikat kann nur zugewiesen werden, wenn sich das Stammzertifikat seiner ZS im Speicher **{ -store-root }** und jedes Zertifikat einer Zwischenzertifizierungsstelle im Speicher **{ -store-intermediate }** befindet. Solange etwas fehlt, listet die Seite die nötigen Importbefehle auf.
