# Aide sur l'importation de certificats d'AC dans les magasins de confiance de docwiz.

title = Approuver une autorité de certification
description = Les deux magasins de confiance de l’Assistant Certificat, pourquoi l’approbation d’un certificat racine exige votre confirmation, et comment importer des certificats d’AC racines et intermédiaires.
intro = Un certificat n’est approuvé que si sa chaîne aboutit à un certificat racine que vous avez choisi d’approuver. Pour cela, docwiz gère ses propres magasins de confiance ; rien de ce qu’une AC joint à un certificat ne devient approuvé automatiquement.
stores-heading = Les deux magasins
root-store = **{ -store-root }** contient les certificats racines que vous approuvez. Seuls des certificats d’AC auto-signés y ont leur place (`docwiz trust import-root <FICHIER>`).
intermediate-store = **{ -store-intermediate }** contient les certificats d’AC situés entre une racine et les certificats qu’elle émet. Seuls des certificats d’AC non auto-signés y ont leur place (`docwiz trust import-intermediate <FICHIER>`).
root-heading = Approuver une racine
root-why = Approuver une racine n’a rien d’anodin : tout certificat émis par cette racine ou par ses AC intermédiaires, quel que soit le nom qu’il porte, devient approuvé. Quelqu’un qui parvient à vous faire approuver sa propre racine peut alors faire passer ses certificats pour les vôtres.
root-confirm = C’est pourquoi l’assistant affiche l’objet et l’empreinte numérique de chaque racine et vous demande confirmation avant toute importation. S’il ne dispose d’aucun terminal pour vous poser la question, il refuse, sauf si vous ajoutez `--yes`.
root-check = Avant de répondre, comparez l’empreinte numérique avec une empreinte obtenue par un autre moyen, par exemple auprès de l’administrateur de l’AC. Si elles diffèrent, n’approuvez pas la racine.
intermediate-heading = Certificats d’AC intermédiaires
intermediate = Les certificats d’AC intermédiaires sont importés sans confirmation : ils ne sont approuvés que par l’intermédiaire d’une racine que vous approuvez déjà.
files = Les deux commandes lisent les fichiers PEM, contenant un ou plusieurs certificats, ainsi que les fichiers DER. [La page d’état d’une demande](topic:certificate-request-returned) indique le fichier exact à importer pour chaque certificat manquant.
warning = Si un seul des certificats d’un fichier n’a pas sa place dans le magasin choisi, par exemple un certificat de serveur présenté comme racine, aucun élément du fichier n’est importé.
