# Aide sur la suppression d’un certificat installé du magasin (docwiz certs remove).

title = Supprimer un certificat
description = Comment supprimer un certificat et sa clé privée du magasin de l’Assistant Certificat lorsque plus aucune utilisation de { -product } ne le détient, et ce qui est conservé.
intro = Les certificats installés restent dans le magasin après avoir été remplacés, renouvelés ou révoqués. `docwiz certs remove <EMPREINTE>` supprime un certificat dont vous n’avez plus besoin, avec sa clé privée.
how-heading = Supprimer un certificat
how = Trouvez l’empreinte numérique du certificat avec `docwiz certs list` (ou dans **{ -button-view-details }**), puis exécutez `docwiz certs remove <EMPREINTE>`. Les fichiers du certificat et sa clé privée sont supprimés du magasin en une seule étape, et la suppression est inscrite dans l’historique des attributions.
in-use = Un certificat attribué à une utilisation n’est jamais supprimé : la commande refuse et nomme les utilisations. [Attribuez d’abord un autre certificat](topic:certificate-assignment) à celles-ci, dans la page **{ -page-assignment }** ou avec `docwiz wizard assign`.
kept-heading = Ce que la suppression conserve
kept = La demande qui a produit le certificat conserve son enregistrement et le certificat, et sa page d’état indique que le certificat a été supprimé ; sa copie de la clé privée est supprimée dans la même étape, si bien qu’aucune copie de la clé ne reste dans le magasin. Ce que `docwiz wizard renew` a enregistré sur le certificat et son enregistrement de révocation sont supprimés avec lui. Si vous avez encore besoin du certificat ailleurs, [exportez-le avec sa clé](topic:certificate-export) avant de le supprimer.
revoke-first = Supprimer un certificat ne le révoque pas : il reste valide jusqu’à son expiration pour quiconque en possède une copie avec sa clé. Si sa clé a pu être exposée, [révoquez-le](topic:certificate-revocation) d’abord.
