# Hilfe zu „Zertifikatdetails anzeigen“. Die Feldnamen stammen aus den Beschriftungen
# der Detailseite in ui.ftl, damit Hilfe und Seite stets dieselben Wörter verwenden.

title = Zertifikatdetails anzeigen
description = Was die Details eines Zertifikats zeigen und worauf Sie achten sollten, bevor Sie das Zertifikat in Betrieb nehmen.
intro = **{ -button-view-details }** öffnet ein Zertifikat und listet seine Eigenschaften auf. So können Sie sich vergewissern, dass es das gewünschte Zertifikat ist, bevor der Server es verwendet (`docwiz wizard details`, mit `--thumbprint <FINGERABDRUCK>` für ein anderes als das neueste Zertifikat).
fields-heading = Worauf Sie achten sollten
field-subject = **{ details-subject }** und **{ details-sans }**: die Namen, für die das Zertifikat gilt. Jeder Name, unter dem Clients den Server erreichen, muss unter den alternativen Namen aufgeführt sein.
field-validity = **{ details-valid-from }** und **{ details-valid-to }**: Das Zertifikat ist nur zwischen diesen beiden Zeitpunkten gültig.
field-key = **{ details-public-key }** und **{ details-signature-algorithm }**: Schlüsseltyp und -länge sowie das Verfahren, mit dem die ZS das Zertifikat signiert hat.
field-eku = **{ details-key-usage }** und **{ details-eku }**: wofür der Schlüssel verwendet werden darf. Die Verwendung „{ -usage-default }“ erfordert neben der Serverauthentifizierung auch die Clientauthentifizierung.
field-constraints = **{ details-basic-constraints }**: Ein Serverzertifikat muss eine Endeinheit sein, niemals eine ZS.
field-identifiers = **{ details-ski }** und **{ details-aki }**: Sie verknüpfen das Zertifikat mit dem Schlüssel der ZS, die es ausgestellt hat.
field-thumbprints = **{ details-sha1 }** und **{ details-sha256 }**: Hashwerte über das gesamte Zertifikat. Der Assistent bezeichnet ein Zertifikat anhand seines SHA-1-Fingerabdrucks.
compare = Um sicherzustellen, dass ein Zertifikat auf einem anderen Computer dasselbe ist, vergleichen Sie seinen Fingerabdruck mit dem hier angezeigten. Zeigt der andere Computer den SHA-256-Fingerabdruck an, vergleichen Sie vorzugsweise diesen: Zwei verschiedene Zertifikate haben nicht denselben SHA-256-Fingerabdruck, während SHA-1-Kollisionen bereits gezielt erzeugt wurden.
