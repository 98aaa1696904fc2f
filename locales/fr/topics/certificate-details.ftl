# Aide de « Afficher les détails du certificat ». Les noms des champs proviennent des
# libellés de la page de détails dans ui.ftl : l'aide et la page emploient donc toujours les mêmes mots.

title = Afficher les détails d’un certificat
description = Ce que montrent les détails d’un certificat et les points à contrôler avant de le mettre en service.
intro = **{ -button-view-details }** ouvre un certificat et en énumère les propriétés : vous pouvez ainsi confirmer qu’il s’agit bien du certificat voulu avant que le serveur ne l’utilise (`docwiz wizard details`, avec `--thumbprint <EMPREINTE>` pour un autre certificat que le plus récent).
fields-heading = Points à examiner
field-subject = **{ details-subject }** et **{ details-sans }** : les noms pour lesquels le certificat est valide. Chaque nom que les clients emploient pour joindre le serveur doit figurer parmi les autres noms de l’objet.
field-validity = **{ details-valid-from }** et **{ details-valid-to }** : le certificat ne fonctionne qu’entre ces deux dates.
field-key = **{ details-public-key }** et **{ details-signature-algorithm }** : le type et la taille de la clé, et la manière dont l’AC a signé le certificat.
field-eku = **{ details-key-usage }** et **{ details-eku }** : ce à quoi la clé peut servir. L’utilisation « { -usage-default } » exige l’authentification du client en plus de celle du serveur.
field-constraints = **{ details-basic-constraints }** : un certificat de serveur doit être une entité finale, jamais une AC.
field-identifiers = **{ details-ski }** et **{ details-aki }** : ils relient le certificat à la clé de l’AC qui l’a émis.
field-thumbprints = **{ details-sha1 }** et **{ details-sha256 }** : des hachages du certificat entier. L’assistant désigne le certificat par son empreinte numérique SHA-1.
compare = Pour vous assurer qu’un certificat présent sur un autre ordinateur est bien le même, comparez son empreinte numérique avec celle affichée ici. Si l’autre ordinateur affiche l’empreinte SHA-256, comparez de préférence celle-ci : deux certificats différents n’ont pas la même empreinte SHA-256, alors que des collisions SHA-1 ont déjà été produites délibérément.
