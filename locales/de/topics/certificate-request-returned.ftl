# Hilfe zur Statusseite, die der Assistent anzeigt, sobald das Zertifikat zu einer Onlineanforderung ausgestellt wurde.

title = Zertifikatanforderung (zurückgegeben)
description = Was die Seite „{ -page-request-status }“ anzeigt, nachdem das Zertifikat zu einer Onlinezertifikatanforderung ausgestellt wurde, und wie Sie die Anforderung abschließen und das Zertifikat zuweisen.
intro = Die Seite **{ -page-request-status }** wird angezeigt, wenn eine Onlinezertifikatanforderung erstellt wurde und die Zertifizierungsstelle (ZS) das Zertifikat ausgestellt hat. Sie fasst zusammen, was Sie über das neue Zertifikat wissen sollten, bevor es in Betrieb genommen wird.
thumbprint = Die Seite zeigt den Fingerabdruck des Zertifikats an: einen Wert, der genau dieses eine Zertifikat kennzeichnet. Anhand des Fingerabdrucks finden Sie das Zertifikat später wieder, etwa wenn Sie es nachträglich zuweisen oder prüfen, welches Zertifikat ein Dienst verwendet.
checkbox-default = Das Kontrollkästchen **{ -checkbox-assign }** ist standardmäßig aktiviert. Wenn Sie bei aktiviertem Kontrollkästchen auf **{ -button-finish }** klicken, wird das Zertifikat { -product } für die Verwendungen zugewiesen, die Sie beim Erstellen der Anforderung ausgewählt haben.
purposes-heading = Standardverwendungen
purposes-intro = Sofern Sie beim Erstellen der Anforderung keine anderen Verwendungen ausgewählt haben, wird das Zertifikat für folgende Verwendungen zugewiesen:
purpose-default = **{ -usage-default }**: Mutual TLS (MTLS) für Verbindungen mit Clients und mit anderen Servern.
purpose-web-internal = **{ -usage-web-internal }**: TLS für Client- und Serververbindungen auf der Website der internen Webdienste.
purpose-web-external = **{ -usage-web-external }**: TLS für Client- und Serververbindungen auf der Website der externen Webdienste.
finish-heading = Zertifikat überprüfen und Vorgang abschließen
view-details = Klicken Sie auf **{ -button-view-details }**, um [das Zertifikat](topic:certificate-details#fields) zu öffnen. Vergewissern Sie sich, dass seine Eigenschaften Ihren Vorgaben entsprechen und dass es auf dem Server eingesetzt werden kann.
finish = Klicken Sie auf **{ -button-finish }**, um die Onlinezertifikatanforderung abzuschließen. Ist das Kontrollkästchen **{ -checkbox-assign }** aktiviert, wird das Zertifikat dabei gleich zugewiesen.
finish-cleared = Haben Sie das Kontrollkästchen deaktiviert, wird die Anforderung trotzdem abgeschlossen, das Zertifikat aber nicht zugewiesen. Die Zuweisung nehmen Sie dann [in einem eigenen Schritt](topic:certificate-assignment) vor.
untrusted-chain = Fehlt das Stammzertifikat der ausstellenden ZS im Speicher **{ -store-root }** des Assistenten oder ein Zertifikat einer Zwischenzertifizierungsstelle im Speicher **{ -store-intermediate }**, weist die Seite darauf hin und bietet keine Möglichkeit, das Zertifikat zuzuweisen. Um die Zuweisung abzuschließen, importieren Sie zuerst [das Stammzertifikat der ausstellenden ZS](topic:trust-import#trusting-a-root) und [alle Zertifikate der Zwischenzertifizierungsstellen](topic:trust-import#intermediates). Klicken Sie anschließend auf der Seite **{ -page-wizard-main }** auf **{ -button-assign }**.
