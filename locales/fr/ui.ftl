# Chaînes de la ligne de commande et de l'assistant docwiz, et termes que l'aide
# partage avec eux. Les rubriques d'aide ne désignent les boutons, cases à cocher,
# pages et magasins qu'au moyen de ces termes : l'aide et le programme concordent
# donc toujours.

## Termes

-product = Skype Entreprise Server
-page-request-status = État de la demande de certificat en ligne
-page-wizard-main = Assistant Certificat
-button-finish = Terminer
-button-assign = Attribuer
-button-view-details = Afficher les détails du certificat
-checkbox-assign = Attribuer ce certificat aux utilisations de certificat de { -product }
-store-root = Autorités de certification racines de confiance
-store-intermediate = Autorités de certification intermédiaires
-usage-default = Serveur par défaut
-usage-web-internal = Services web internes
-usage-web-external = Services web externes
-page-request-timing = Demandes différées ou immédiates
-page-request-ca = Choisir une autorité de certification (AC)
-page-request-basics = Paramètres de nom et de sécurité
-page-request-sans = Autres noms de l’objet
-page-assignment = Attribution de certificat
-page-import = Importer un certificat
-button-request = Demander
-button-import = Importer
-option-send-now = Envoyer immédiatement la demande à une autorité de certification en ligne
-option-send-later = Préparer la demande maintenant, mais l’envoyer plus tard

## Libellés des encadrés

alert-note = Remarque
alert-tip = Conseil
alert-important = Important
alert-warning = Avertissement
alert-caution = Attention

## Sortie de l'aide

help-fallback-note = { $count ->
    [one] { $count } bloc de cette page est affiché en anglais, car il n’est pas encore traduit.
   *[other] { $count } blocs de cette page sont affichés en anglais, car ils ne sont pas encore traduits.
}
help-fallback-badge = En anglais : pas encore traduit
help-source-label = Texte source en anglais :

## Liste des rubriques

topics-column-id = Rubrique
topics-column-title = Titre
topics-column-f1 = Mots clés F1
topics-column-missing = Messages non traduits
topics-complete = complet

## Erreurs et avertissements

diag-error = erreur
diag-warning = avertissement
error-unknown-keyword = { $count ->
    [1] Aucune rubrique d’aide ne correspond au mot clé { $keywords }.
   *[other] Aucune rubrique d’aide ne correspond aux mots clés { $keywords }.
}
error-nearest-keywords = { $count ->
    [1] Mot clé connu le plus proche : { $suggestions }
   *[other] Mots clés connus les plus proches : { $suggestions }
}
error-no-nearest-keywords = { $count ->
    [1] Aucun mot clé connu n’en est proche.
   *[other] Aucun mot clé connu n’est proche de l’un d’eux.
}
error-read = Impossible de lire { $path } : { $reason }
error-not-utf8 = Ce fichier n’est pas un texte UTF-8 valide.
ftl-expected-token = « { $token } » est attendu ici.
ftl-expected-char-range = L’un des caractères suivants est attendu ici : { $range }.
ftl-expected-message-field = Le message { $id } n’a ni valeur ni attribut.
ftl-expected-term-field = Le terme { $id } n’a pas de valeur.
ftl-missing-default-variant = Cette expression de sélection n’a pas de variante par défaut (marquée par *).
ftl-missing-value = Une valeur est attendue ici.
ftl-unterminated-string = Cette chaîne littérale n’est pas fermée.
ftl-unbalanced-brace = Cette accolade fermante n’a pas d’accolade ouvrante.
ftl-expected-expression = Une expression est attendue entre les accolades.
ftl-multiple-default-variants = Cette expression de sélection a plus d’une variante par défaut (marquée par *).
ftl-bad-selector = Ici, seule une variable, un littéral, un appel de fonction ou un attribut de terme peut choisir une variante.
ftl-term-attribute-placeable = Un attribut de terme ne peut servir qu’à choisir une variante, pas à être affiché comme texte.
ftl-forbidden-callee = Seule une fonction dont le nom est en majuscules peut être appelée ici.
ftl-positional-after-named = Les arguments positionnels doivent précéder les arguments nommés.
ftl-duplicated-argument = L’argument { $name } est donné deux fois.
ftl-bad-escape = La séquence d’échappement { $sequence } n’est pas valide ici.
ftl-expected-literal = Une chaîne ou un nombre littéral est attendu ici.
error-front-matter-missing = La rubrique ne commence pas par un en-tête YAML (une ligne ---).
error-front-matter-unclosed = L’en-tête YAML n’est pas fermé par une ligne ---.
error-front-matter-line = Cette ligne de l’en-tête YAML n’est pas de la forme `clé: valeur`.
error-front-matter-list = La valeur de { $key } doit être une liste, par exemple [a, b].
error-front-matter-no-id = L’en-tête YAML ne contient pas d’id.
error-front-matter-id-mismatch = L’id { $id } ne correspond pas au nom du fichier, d’après lequel il devrait être { $expected }.
error-template-unclosed = Cet espace réservé est ouvert par des accolades doubles, mais n’est jamais fermé.
error-template-empty = Cet espace réservé ne désigne aucun message.
error-template-live = Il n’existe aucun espace réservé dynamique nommé { $name }.
error-strict-fallback = { $count ->
    [one] --strict : { $count } message est remplacé par l’anglais dans { $locale } : { $messages }
   *[other] --strict : { $count } messages sont remplacés par l’anglais dans { $locale } : { $messages }
}

## Contrôle (lint)

lint-missing-file = Il manque le fichier de traduction { $file } pour les paramètres régionaux { $locale }.
lint-missing-message = Le message { $id } est absent de { $locale } ; l’anglais est affiché à la place.
lint-obsolete-message = Le message { $id } de { $locale } n’existe plus en anglais.
lint-unknown-message = Référence à un message inconnu { $id }.
lint-unknown-term = Référence à un terme inconnu { $id }.
lint-variables-differ = Le message { $id } utilise les variables { $found }, alors que l’anglais utilise { $expected }.
lint-unfilled-slot = Aucun message anglais ne remplit l’espace réservé { $id }.
lint-duplicate-f1 = Le mot clé F1 { $keyword } est revendiqué à la fois par { $first } et par { $second }.
lint-no-assetid = La rubrique { $id } n’a pas de ms.assetid : donnez-lui un GUID qui lui soit propre (uuidgen en produit un), le même dans chaque copie de la rubrique.
lint-bad-assetid = Le ms.assetid { $value } de { $id } n’est pas un GUID (chiffres hexadécimaux groupés 8-4-4-4-12).
lint-duplicate-assetid = Le ms.assetid { $value } est attribué à la fois à { $first } et à { $second } ; chaque rubrique doit avoir le sien.
lint-id-clash = Le message { $id } porte le même nom que le terme -{ $id } : Fluent n’en conserve qu’un seul.
lint-ui-clash = Le message { $id } est aussi défini dans ui.ftl, qui partage le même bundle : seule la définition de ui.ftl est utilisée.
lint-bold-ui = **{ $text }** désigne en dur un élément de l’assistant : utilisez le terme { $term } pour que l’aide et l’assistant disent toujours la même chose.
lint-summary = { $errors ->
    [one] { $errors } erreur
   *[other] { $errors } erreurs
}, { $warnings ->
    [one] { $warnings } avertissement.
   *[other] { $warnings } avertissements.
}

## Assistant Certificat : mots partagés

usage-name-default = { -usage-default }
usage-name-web-internal = { -usage-web-internal }
usage-name-web-external = { -usage-web-external }
status-checkbox = { -checkbox-assign }
value-none = aucun
eku-server-auth = Authentification du serveur
eku-client-auth = Authentification du client
eku-any = Tout usage
eku-code-signing = Signature du code
eku-email-protection = Messagerie sécurisée
eku-time-stamping = Horodatage
eku-ocsp-signing = Signature OCSP
wizard-f1-line = Aide sur cette page (mot clé F1 { $keyword }) : { $command }

## Page État de la demande de certificat en ligne

status-title = { -page-request-status }
status-request = Demande
status-state = État
state-pending = en attente de la réponse de l’AC
state-issued = émis
state-failed = échec
status-thumbprint = Empreinte numérique
status-subject = Objet
status-issuer = Émetteur
status-serial = Numéro de série
status-valid-from = Valide à partir du
status-valid-to = Valide jusqu’au
status-sans = Autre nom de l’objet
status-key = Clé
status-eku = Utilisation améliorée de la clé
status-chain = Chaîne de certificats
status-usages = Utilisations de certificat
status-assigned = Attributions actuelles
status-assigned-none = aucune pour l’instant
chain-trusted = approuvée
chain-untrusted-root = non approuvée : le certificat de l’AC racine ne se trouve pas dans le magasin { -store-root }
chain-missing-intermediate = incomplète : un certificat d’AC intermédiaire ne se trouve pas dans le magasin { -store-intermediate }
chain-expired = expirée : un certificat de la chaîne a expiré
chain-invalid = non valide : la chaîne ne peut pas être vérifiée
missing-root = Importez le certificat de l’AC racine { $subject } (empreinte numérique { $thumbprint }) dans le magasin { -store-root } :
missing-intermediate = Importez le certificat d’AC intermédiaire { $subject } (empreinte numérique { $thumbprint }) dans le magasin { -store-intermediate } :
missing-unknown = L’émetteur { $subject } est inconnu de docwiz : procurez-vous son certificat auprès de l’AC, puis importez-le.
status-assign-available = Le certificat peut être attribué.
status-assign-unavailable = L’attribution est impossible tant que la chaîne de certificats n’est pas approuvée.
status-assign-revoked = Le certificat a été révoqué le { $date } : il ne peut plus être attribué. Demandez un nouveau certificat, ou supprimez celui-ci.
status-assign-removed = Le certificat a été supprimé du magasin avec sa clé (certs remove) : il ne peut plus être attribué.
status-assign-replaced = Le certificat a été remplacé lors du renouvellement par le certificat { $thumbprint } le { $date } : l’attribuer de nouveau annulerait le renouvellement.
status-failed-reason = La demande a échoué : { $reason }
status-next = Étape suivante :
status-done = Plus rien à faire : le certificat est attribué à ses utilisations.

## Afficher les détails du certificat

details-title = { -button-view-details }
details-version = Version
details-serial = Numéro de série
details-signature-algorithm = Algorithme de signature
details-issuer = Émetteur
details-valid-from = Valide à partir du
details-valid-to = Valide jusqu’au
details-subject = Objet
details-public-key = Clé publique
details-sans = Autre nom de l’objet
details-key-usage = Utilisation de la clé
details-eku = Utilisation améliorée de la clé
details-basic-constraints = Contraintes de base
details-ca = Autorité de certification, sans limite de longueur de chemin
details-ca-path = Autorité de certification, longueur de chemin limitée à { $length }
details-end-entity = Entité finale (pas une autorité de certification)
details-ski = Identificateur de clé du sujet
details-aki = Identificateur de clé de l’autorité
details-sha1 = Empreinte numérique (SHA-1)
details-sha256 = Empreinte numérique (SHA-256)

## Terminer et attribuer

finish-result-cleared = La demande est terminée. La case à cocher ayant été décochée, le certificat est installé mais pas attribué. Pour l’attribuer : { $command }
finish-result-untrusted = La demande est terminée et le certificat est installé, mais rien n’a été attribué : sa chaîne n’est pas approuvée. Importez les éléments indiqués dans la page ci-dessous, puis attribuez le certificat.
assign-done = Le certificat { $thumbprint } est attribué à : { $usages }
assign-replaced = { $usage } : il remplace le certificat { $old }.
refuse-chain = { $usage } : la chaîne de certificats n’est pas approuvée ({ $status ->
    [untrusted-root] l’AC racine n’est pas approuvée
    [missing-intermediate] il manque un certificat d’AC intermédiaire
    [expired] un certificat a expiré
    [not-yet-valid] un certificat n’est pas encore valide
   *[other] elle ne peut pas être vérifiée
}).
refuse-validity = { $usage } : le certificat n’est pas valide actuellement (valide du { $from } au { $to }).
refuse-eku-server = { $usage } : le certificat ne comporte pas l’utilisation améliorée de la clé « Authentification du serveur ».
refuse-eku-client = { $usage } : le protocole TLS mutuel exige l’utilisation améliorée de la clé « Authentification du client », que le certificat ne comporte pas.
refuse-san = { $usage } : aucun autre nom de l’objet du certificat ne couvre { $fqdn }.
refuse-key-missing = { $usage } : la clé privée du certificat est manquante.
refuse-key-mismatch = { $usage } : la clé privée ne correspond pas au certificat.

## Magasins approuvés et listes

trust-warning = Vous êtes sur le point d’approuver cette autorité de certification racine. Tous les certificats qu’elle émet seront approuvés par docwiz :
trust-question = Approuver ce certificat racine ? [o/N]
answer-yes = y, yes, o, oui
trust-imported-root = Importé dans le magasin { -store-root } : { $subject } ({ $thumbprint })
trust-imported-intermediate = Importé dans le magasin { -store-intermediate } : { $subject } ({ $thumbprint })
trust-already = Déjà présent dans le magasin : { $subject } ({ $thumbprint })
trust-list-root = { -store-root }
trust-list-intermediate = { -store-intermediate }
certs-title = Certificats installés
list-empty = (vide)
list-expires = expire le { $date }
list-assigned = attribué à { $usages }
list-unassigned = non attribué

## Erreurs de l'Assistant Certificat

error-invalid-name = « { $name } » n’est pas un nom DNS valide.
error-unknown-key-type = Type de clé inconnu « { $value } » : utilisez rsa-2048, rsa-3072, rsa-4096, ecdsa-p256 ou ecdsa-p384.
error-unknown-usage = Utilisation de certificat inconnue « { $value } » : utilisez default, web-internal ou web-external.
error-not-certificate = { $path } ne contient aucun certificat lisible (format attendu : PEM, DER ou PKCS#7 .p7b).
error-not-root = { $path } : { $subject } n’est pas un certificat d’AC auto-signé ; il ne peut donc pas être placé dans le magasin { -store-root }. Rien n’a été importé.
error-not-intermediate = { $path } : { $subject } n’est pas un certificat d’AC intermédiaire ; il ne peut donc pas être placé dans le magasin { -store-intermediate }. Rien n’a été importé.
error-request-not-found = La demande de certificat « { $id } » n’existe pas.
error-no-request = Il n’existe encore aucune demande de certificat. Pour en créer une : { $command }
error-thumbprint-not-found = Aucun certificat ayant l’empreinte numérique { $thumbprint } ne se trouve dans le magasin.
error-not-issued = La demande { $id } n’a donné lieu à aucun certificat émis.
error-refused = { $count ->
    [1] L’attribution a été refusée pour la raison suivante ; rien n’a été modifié :
   *[other] L’attribution a été refusée pour les raisons suivantes ; rien n’a été modifié :
}
error-needs-confirmation = L’approbation d’un certificat racine nécessite votre confirmation : exécutez la commande dans un terminal ou ajoutez --yes. Rien n’a été importé.
error-declined = Rien n’a été importé.
error-write = Impossible d’écrire { $path } : { $reason }
error-crypto = L’opération sur la clé ou le certificat a échoué : { $detail }
error-hook = Le hook de déploiement { $command } a échoué ({ $status }) ; l’attribution elle-même est bien effectuée.
hook-exit-code = code de sortie { $code }
hook-signal = arrêté par le signal { $signal }
hook-not-started = impossible de le lancer : { $reason }

## État actuel dans les pages d'aide et sur la page principale de l'assistant

wizard-main-title = { -page-wizard-main }
live-field = **{ $label } :** { $value }
live-status-title = État actuel de la demande { $request }
live-status-none-title = État actuel
live-no-request = Il n’y a encore aucune demande de certificat. Pour en créer une, exécutez { $command }
live-assign-available = Attribution possible
live-check-box = Case à cocher « { -checkbox-assign } »
check-box-selected = cochée
check-box-cleared = décochée
live-next = Étape suivante
value-yes = oui
value-no = non
live-usages-title = Utilisations de certificat actuelles
live-usage-none = aucun certificat attribué
live-cert-line = { $thumbprint } ({ $subject }), expire le { $date }, { $days ->
    [one] { $days } jour restant
   *[other] { $days } jours restants
}
live-cert-expired = { $thumbprint } ({ $subject }), a expiré le { $date }
live-pending-title = Demandes en cours
live-pending-line = { $request } pour { $fqdn } : { $state }
live-unassigned-title = Certificats émis non attribués
live-actions-title = Ce que vous pouvez faire maintenant
live-action-request = Demander un certificat
live-action-finish = Terminer la demande { $target }
live-action-assign = Attribuer le certificat { $target }
live-action-details = Afficher les détails du certificat { $target }
live-action-import-root = Approuver l’AC racine { $target }
live-action-import-intermediate = Importer le certificat d’AC intermédiaire { $target }
live-action-process-pending = Vérifier la demande en cours { $target }
live-action-import-certificate = Importer un certificat obtenu ailleurs

## Export statique

language-name = Français
site-index-title = Rubriques d’aide
site-languages = Langues
site-all-topics = Toutes les rubriques
export-summary = { $pages ->
    [one] { $pages } page écrite
   *[other] { $pages } pages écrites
} dans { $out } en { $seconds } s ; { $fallbacks ->
    [0] tous les messages sont traduits.
    [one] { $fallbacks } message est affiché en anglais.
   *[other] { $fallbacks } messages sont affichés en anglais.
}
export-failed = Rien n’a été exporté.
error-export-foreign = { $path } n’est pas vide et n’a pas été écrit par docwiz export : choisissez un autre répertoire. Rien n’a été écrit.

## Certificats d'autres autorités de certification

import-done = Le certificat { $thumbprint } est installé avec sa clé privée. Pour l’attribuer : { $command }
error-ca-refused = La demande à l’AC ({ $ca }) a échoué : { $detail }. La demande est conservée avec sa clé ; sa page d’état l’indique en échec.
# What went wrong between docwiz and a CA ($detail of error-ca-refused).
ca-problem-refused = rien ne répond sur { $host } au port { $port } (connexion refusée)
ca-problem-timeout = { $host } n’a pas répondu à temps sur le port { $port }
ca-problem-dns = le nom d’hôte { $host } ne peut pas être résolu (DNS)
ca-problem-unreachable = { $host } (port { $port }) est injoignable depuis cet ordinateur : aucune route n’y mène
ca-problem-tls = la connexion sécurisée (TLS) avec { $host } a échoué : son certificat n’est pas approuvé, ou la négociation a échoué
ca-problem-network = la connexion à { $host } sur le port { $port } a échoué
ca-problem-http-status = l’AC a répondu avec le code d’état HTTP { $status }
ca-problem-refusal = { $type ->
        [rateLimited] l’AC a refusé la demande : trop de demandes pour ces noms ou pour ce compte (limite de fréquence) ; réessayez plus tard
        [rejectedIdentifier] l’AC n’émet pas de certificat pour ces noms
        [caa] les enregistrements CAA du domaine n’autorisent pas cette AC à émettre des certificats pour lui
        [unauthorized] selon l’AC, ce compte n’est pas autorisé pour ces noms
        [incorrectResponse] l’AC n’a pas reçu la réponse attendue à son défi http-01
        [connection] l’AC n’a pas pu se connecter à ce serveur pour vérifier son défi http-01
        [dns] l’AC n’a pas trouvé ces noms dans le DNS
        [badNonce] l’AC a pris une demande pour une répétition (nonce incorrect) ; réessayez
        [serverInternal] l’AC a rencontré une erreur interne
        [badCSR] l’AC a refusé la demande de signature de certificat
       *[other] l’AC a refusé la demande
    }
ca-problem-with-words = { $problem } (message de l’AC : « { $words } »)
ca-problem-bad-answer = la réponse de l’AC ne contient aucun certificat lisible par docwiz
ca-problem-unsupported-url = docwiz ne joint cfssl qu’en http://, et { $url } n’est pas une telle adresse
ca-problem-authorization = { $status ->
        [invalid] l’AC n’a pas pu valider les noms
        [expired] l’autorisation de l’AC pour ces noms a expiré
        [revoked] l’AC a révoqué son autorisation pour ces noms
        [deactivated] l’autorisation de l’AC pour ces noms a été désactivée
       *[other] l’AC n’a pas validé les noms
    }
ca-problem-order = { $status ->
        [invalid] l’AC a déclaré la commande invalide : un nom n’a pas pu être validé
       *[other] la commande auprès de l’AC n’est pas devenue prête
    }
ca-problem-no-http-challenge = l’AC ne propose pas de défi http-01, le seul auquel docwiz répond
ca-problem-listen = docwiz ne peut pas écouter sur { $address } pour les défis http-01 de l’AC : { $reason }
ca-problem-other = docwiz n’a pas pu mener à bien l’échange avec l’AC (le détail technique figure dans l’enregistrement de la demande et dans --json)
error-key-mismatch = Le certificat de { $path } ne correspond pas à la clé privée : rien n’a été importé.
error-pkcs12 = Impossible d’ouvrir { $path } : le mot de passe est incorrect, ou ce n’est pas un fichier PKCS#12. Rien n’a été importé.
error-bad-key = { $path } ne contient aucune clé privée lisible par docwiz (PEM : PKCS#8, PKCS#1 ou SEC1).

## languages

language-skipped = { $source } : « { $item } » n’est pas une langue que docwiz sait reconnaître ; l’élément est ignoré.
language-wildcard = { $source } : « { $item } » (toute langue) ne désigne aucune langue précise ; l’élément est ignoré.
language-bad-quality = { $source } : « { $item } » a une valeur de qualité mal formée (q va de 0 à 1, avec trois décimales au plus) ; l’élément est ignoré.
language-none-usable = { $source } : aucune des langues indiquées n’est utilisable ; docwiz répond en anglais.

## lint and fallbacks

help-broken-note = { $count ->
    [one] { $count } bloc de cette page est affiché en anglais, car sa traduction comporte une erreur.
   *[other] { $count } blocs de cette page sont affichés en anglais, car leur traduction comporte une erreur.
}
help-broken-badge = En anglais : la traduction comporte une erreur
format-fallback = Le message { $id } ({ $locale }) ne peut pas être mis en forme : { $reason } Le texte anglais est affiché à la place.
format-broken = Le message { $id } ({ $locale }) ne peut pas être mis en forme : { $reason } Il est affiché tel qu’il a pu l’être.
fluent-unknown-function = la fonction { $id }() n’existe pas.
fluent-unknown-message = le message { $id } n’existe pas.
fluent-unknown-attribute = l’attribut { $id } n’existe pas.
fluent-unknown-term = le terme { $id } n’existe pas.
fluent-unknown-variable = la variable { $id } n’est pas fournie.
fluent-no-value = le message { $id } n’a pas de valeur.
fluent-no-default = une expression de sélection n’a pas de variante par défaut.
fluent-cyclic = il renvoie à lui-même par d’autres messages ou termes.
fluent-too-many-placeables = il contient plus de 100 substitutions.
fluent-overriding = { $id } est déjà défini.
lint-missing-term = Le terme { $id } est absent de { $locale } ; les messages qui l’utilisent sont affichés en anglais.
lint-obsolete-term = Le terme { $id } de { $locale } n’existe plus en anglais.
lint-variables-differ-term = Le terme { $id } utilise les variables { $found }, alors que l’anglais utilise { $expected }.
lint-missing-value = Le message { $id } n’a pas de valeur, alors que l’anglais en a une.
lint-obsolete-value = Le message { $id } a une valeur, alors que l’anglais n’en a pas.
lint-empty-value = Le message { $id } est vide, alors que l’anglais ne l’est pas.
lint-missing-attribute = Il manque au message { $id } l’attribut .{ $attribute } que l’anglais possède.
lint-obsolete-attribute = L’attribut .{ $attribute } de { $id } n’existe plus en anglais.
lint-empty-attribute = L’attribut .{ $attribute } de { $id } est vide, alors que l’anglais ne l’est pas.
lint-duplicate-attribute = L’attribut .{ $attribute } de { $id } est défini deux fois.
lint-missing-term-ref = { $id } n’utilise pas le terme { $reference }, que l’anglais utilise ici : le texte risque de nommer autre chose.
lint-missing-message-ref = { $id } n’utilise pas le message { $reference }, que l’anglais utilise ici.
lint-obsolete-term-ref = { $id } utilise le terme { $reference }, que l’anglais n’utilise pas ici : le texte risque de nommer autre chose.
lint-obsolete-message-ref = { $id } utilise le message { $reference }, que l’anglais n’utilise pas ici.
lint-duplicate-message = Le message { $id } est défini deux fois dans ce fichier (d’abord à la ligne { $line }) ; seule la première définition est utilisée.
lint-duplicate-term = Le terme { $id } est défini deux fois dans ce fichier (d’abord à la ligne { $line }) ; seule la première définition est utilisée.
lint-duplicate-variant = La variante [{ $key }] de { $id } est donnée deux fois ; seule la première est utilisée.
lint-plural-missing = Il manque aux variantes de pluriel de { $id } les catégories { $missing } : { $locale } a les catégories { $categories }.
lint-plural-typo = [{ $key }] dans { $id } n’est pas une catégorie de pluriel de { $locale } ({ $categories }) : vouliez-vous dire [{ $suggestion }] ?
lint-plural-never = [{ $key }] dans { $id } n’est pas une catégorie de pluriel de { $locale } ({ $categories }) : cette variante n’est jamais choisie.
lint-replacement-character = Le caractère U+FFFD remplace ici un autre caractère : le fichier a probablement été enregistré dans un autre encodage.
lint-unknown-variable = Le message { $id } utilise { $variable }, mais sa page lui fournit { $provided }.
lint-ui-clash-term = Le terme { $id } est aussi défini dans ui.ftl, qui partage le même bundle : seule la définition de ui.ftl est utilisée.

## markdown
markdown-too-deep = Imbrication de plus de { $limit } niveaux (citations, listes, emphase, liens, éléments HTML) : ce bloc est omis de la page.
markdown-unknown-alert = [!{ $name }] n’est pas une alerte GFM (NOTE, TIP, IMPORTANT, WARNING, CAUTION) : elle s’affiche comme une citation ordinaire.
markdown-unclosed-strong = Ce ** n’est pas fermé : il s’affiche tel quel.
markdown-raw-html = HTML brut dans une traduction : { $tag } (les scripts, les attributs d’événement et les liens dangereux sont retirés de toutes les sorties).
help-strict-authoring = { $count ->
    [one] --strict : { $count } erreur de rédaction s’affiche telle quelle sur cette page.
   *[other] --strict : { $count } erreurs de rédaction s’affichent telles quelles sur cette page.
}

## fluent syntax

ftl-expected-entry = Un message, un terme ou un commentaire est attendu au début de cette ligne.
ftl-expected-line-end = La ligne devrait se terminer ici.
ftl-bad-argument-name = Le nom d’un argument doit être un simple identifiant.
ftl-expected-variant = Au moins une variante est attendue après « -> ».
ftl-expected-variant-key = Une clé de variante est attendue ici.
ftl-too-deep = Les expressions entre accolades ou les appels de fonction sont imbriqués ici sur plus de { $limit } niveaux : l’entrée est ignorée.
ftl-unsupported = Cette entrée est du Fluent valide, mais la bibliothèque Fluent de docwiz ne sait pas la lire : elle est ignorée.

## markdown fixes

markdown-alert-as-text = [!{ $name }] s’affiche comme du texte : un marqueur d’alerte GFM doit être seul sur la première ligne de sa citation, juste après « > », et le texte commencer à la ligne suivante.

## lint and cli fixes

error-not-a-tree = { $dir } n’est pas une arborescence docwiz : il y manque les répertoires content/ et locales/.
fluent-unsupported-function = la fonction { $id }() fait partie de Fluent, mais docwiz ne la prend pas en charge.

## final fixes

lint-control-character = Le caractère invisible { $code } (un caractère de commande) figure dans ce texte : dans un terminal, il pourrait modifier ce qui s’affiche.

## chain diagnoses

chain-not-yet-valid = pas encore valide : un certificat de la chaîne n’est pas encore valide
chain-cert = { $role ->
    [leaf] Le certificat
    [root] Le certificat de l’AC racine
   *[intermediate] Le certificat d’AC intermédiaire
} { $subject } (empreinte numérique { $thumbprint })
chain-reason-expired = { $cert } a expiré le { $date }. { $role ->
    [leaf] Demandez un nouveau certificat.
   *[other] Aucune chaîne qui passe par lui n’est approuvée tant que l’AC ne l’a pas remplacé.
}
chain-reason-not-yet-valid = { $cert } n’est pas encore valide : il le devient le { $date }. Si cette date est fausse, vérifiez l’horloge de cet ordinateur.
chain-reason-ca-as-leaf = { $cert } est un certificat d’AC (contraintes de base CA:TRUE), pas un certificat de serveur : il ne peut pas servir au TLS de ce serveur (RFC 5280, 4.2.1.9). Demandez à l’AC un certificat d’entité finale.
chain-reason-not-ca = { $cert } a émis le certificat placé sous lui, mais ce n’est pas un certificat d’AC (ses contraintes de base n’ont pas CA:TRUE, RFC 5280, 4.2.1.9).
chain-reason-no-key-cert-sign = { $cert } est un certificat d’AC dont l’utilisation de la clé ne comprend pas la signature de certificats (keyCertSign) : il ne peut donc pas signer de certificats (RFC 5280, 4.2.1.3).
chain-reason-path-len = { $cert } a une contrainte de longueur de chemin de { $limit } ; certificats d’AC intermédiaire placés sous lui dans cette chaîne : { $count } (RFC 5280, 4.2.1.9).
chain-reason-path-too-long = La chaîne compte { $count } certificats d’AC intermédiaire ; docwiz en accepte au plus { $limit }. { $cert } dépasse cette limite. C’est une règle de docwiz, pas un défaut de la chaîne (openssl la vérifie) : rustls-webpki, avec lequel docwiz vérifie les chaînes, s’arrête à { $limit }, et les clients TLS qui l’utilisent refusent eux aussi une telle chaîne. Demandez à l’AC une chaîne plus courte.
chain-reason-name-constraints = { $cert } n’autorise pas, par ses contraintes de noms, le nom { $name } du certificat du serveur : cette AC ne peut pas émettre de certificat pour ce nom (RFC 5280, 4.2.1.10).
chain-reason-eku-any-only = { $cert } ne mentionne qu’anyExtendedKeyUsage comme utilisation améliorée de la clé. La règle de docwiz exige que l’authentification du serveur (serverAuth) soit mentionnée explicitement, comme le font rustls-webpki et les navigateurs ; les Baseline Requirements du CA/Browser Forum (7.1.2.7.10) interdisent anyExtendedKeyUsage dans les certificats de serveur. Demandez à l’AC un certificat avec l’authentification du serveur.
chain-reason-eku-no-server-auth = { $cert } limite l’utilisation améliorée de sa clé à { $eku }, sans l’authentification du serveur (serverAuth) : { $role ->
    [leaf] il ne peut pas servir au TLS d’un serveur.
   *[other] aucun certificat qu’il émet ne peut servir au TLS d’un serveur.
}
chain-reason-weak-key = { $cert } a une clé { $key }. La règle de docwiz refuse les clés RSA de moins de 2048 bits, bien qu’openssl les accepte : les Baseline Requirements du CA/Browser Forum (6.1.5) exigent au moins 2048 bits, et rustls-webpki ne vérifie aucune signature faite avec une clé plus courte.
chain-reason-weak-signature = { $cert } est signé avec { $algorithm }. La règle de docwiz refuse les signatures SHA-1 et MD5, bien qu’openssl puisse les accepter : on sait calculer des collisions pour elles, les Baseline Requirements du CA/Browser Forum (7.1.3.2) les interdisent, et rustls-webpki ne les vérifie pas. Demandez à l’AC de le signer avec SHA-256.
chain-reason-unsupported-algorithm = { $cert } utilise { $algorithm }, un algorithme que docwiz ne prend pas en charge : comme rustls-webpki, docwiz vérifie RSA (2048 à 8192 bits), ECDSA P-256, P-384 et P-521, et Ed25519. Ce n’est pas une question de confiance : docwiz ne peut simplement pas vérifier cette chaîne.
chain-reason-critical-extension = { $cert } contient une extension critique que docwiz ne connaît pas : { $extension }. La RFC 5280 (4.2) impose de refuser un certificat qui contient une extension critique inconnue.
chain-reason-bad-signature = { $cert } : sa signature ne se vérifie pas avec la clé de son émetteur { $issuer } ; le certificat a été modifié, ou cette AC ne l’a pas émis.
chain-reason-key-id-mismatch = { $cert } désigne dans son identificateur de clé de l’autorité une autre clé que l’identificateur de clé du sujet de son émetteur { $issuer } (RFC 5280, 4.2.1.1) : openssl et Windows ne lui trouvent pas d’émetteur et refusent la chaîne. Le certificat de l’émetteur a été remplacé ou réémis ; utilisez celui sous lequel l’AC l’a émis.
chain-reason-invalid = { $cert } ne peut pas être vérifié (rustls-webpki : { $detail }).
chain-reason-self-signed = { $cert } est auto-signé : aucune AC ne s’en porte garante, et docwiz n’approuve que les chaînes qui aboutissent à un certificat d’AC racine du magasin { -store-root }. Demandez plutôt un certificat à une AC.
missing-no-file = Il est arrivé dans un fichier qui contient aussi d’autres certificats : enregistrez-le seul dans un fichier, puis importez ce fichier.
trust-warning-expired = Attention : { $subject } ({ $thumbprint }) a expiré le { $date }. docwiz n’approuve aucune chaîne qui passe par lui tant qu’il n’est pas remplacé.
trust-warning-not-yet-valid = Attention : { $subject } ({ $thumbprint }) n’est valide qu’à partir du { $date }. D’ici là, docwiz n’approuve aucune chaîne qui passe par lui.

## store writes

request-reason-interrupted = elle a été interrompue avant l’enregistrement de la réponse de l’AC (la commande a été arrêtée, ou le magasin n’a pas pu être écrit)
request-reason-text = { $text }
request-reason-ca-unsafe = l’autorité de certification locale a refusé de signer : ses clés ou ses certificats sont endommagés ou ne sont pas privés (`{ $check }` indique le problème)
request-reason-other = l’AC n’a pas pu émettre le certificat (erreur docwiz « { $code } »)
request-reason-ca-refused = l’AC ({ $ca }) n’a pas émis le certificat : { $detail }
error-retry-not-failed = La demande { $id } n’a pas échoué : seule une demande en échec peut être relancée.
error-retry-not-local = La demande { $id } a été adressée à une AC externe : seules les demandes à l’AC locale peuvent être relancées. Faites une nouvelle demande ; sa page d’état indique la commande.

## store damage

store-problems-title = Problèmes dans le magasin
store-problem-line = { $file } : { $problem }
store-check-ok = Aucun problème dans le magasin { $store } : les liens actifs, les clés privées, les enregistrements des demandes, les fichiers de certificats et l’AC locale ont été vérifiés.
store-check-found = { $count ->
    [one] { $count } problème a été trouvé dans le magasin { $store }.
   *[other] { $count } problèmes ont été trouvés dans le magasin { $store }.
}
live-usage-damaged = endommagé : { $file } n’est pas un lien valide vers un certificat du magasin ; aucun certificat n’est donc considéré comme attribué (voir les problèmes ci-dessous)
live-request-damaged = { $request } : endommagée, son enregistrement est illisible (voir les problèmes ci-dessous)
list-damaged = endommagé : ce certificat est inutilisable (voir les problèmes ci-dessous)
error-store-unreadable = Le répertoire du magasin { $path } est illisible ({ $reason }). docwiz n’affiche pas un magasin illisible comme un magasin vide : réparez-le ou donnez-y accès à l’utilisateur qui exécute docwiz.
error-ca-unsafe = { $count ->
    [1] L’AC locale refuse de signer à cause du problème suivant ; aucun certificat n’a été émis :
    [one] L’AC locale refuse de signer à cause de { $count } problème ; aucun certificat n’a été émis :
   *[other] L’AC locale refuse de signer à cause des { $count } problèmes suivants ; aucun certificat n’a été émis :
}
damage-newest-hint = C’est la demande la plus récente ; aucune demande plus ancienne n’est affichée à sa place. La demande lisible la plus récente est { $request } : { $command }
damage-unreadable = est illisible : { $reason }
damage-not-certificate = ne contient aucun certificat lisible : le fichier est endommagé ou tronqué.
damage-bad-key = ne contient aucune clé privée que docwiz puisse lire : le fichier est endommagé ou tronqué.
damage-not-dir = devrait être un répertoire, mais c’est { $kind ->
    [file] un fichier ordinaire
    [link] un lien symbolique
   *[other] un autre type de fichier
}.
damage-symlink = est un lien symbolique vers { $target } : docwiz n’utilise que des fichiers conservés dans le magasin lui-même.
damage-live-not-link = devrait être un lien symbolique vers un certificat du magasin, mais c’est { $kind ->
    [directory] un répertoire
    [file] un fichier ordinaire
   *[other] un autre type de fichier
}. L’utilisation est considérée comme non attribuée.
damage-live-outside = pointe vers { $target }, et non vers un certificat du magasin (../certs/<{ cli-value-thumbprint }>). L’utilisation est considérée comme non attribuée.
damage-live-dangling = pointe vers { $target }, qui n’existe pas. L’utilisation est considérée comme non attribuée.
damage-live-through-link = pointe vers { $target } en passant par le lien symbolique { $link }, qui peut mener hors du magasin. L’utilisation est considérée comme non attribuée.
damage-live-not-cert = pointe vers { $target }, qui n’est pas un répertoire de certificat utilisable (son cert.pem est absent, endommagé ou n’est pas le certificat qu’indique son nom). L’utilisation est considérée comme non attribuée.
damage-cert-thumbprint = contient le certificat { $actual }, et non { $expected } comme l’indique son nom.
damage-cert-missing = est absent : le répertoire du certificat ne contient aucun certificat.
damage-key-mode = est une clé privée dotée des autorisations { $mode } : d’autres utilisateurs peuvent la lire ou la modifier. Une clé privée doit être en 0600 (chmod 600).
damage-key-owner = est une clé privée appartenant à l’utilisateur { $owner }, et non à l’utilisateur qui exécute docwiz ({ $user }).
damage-key-missing = est absent : la clé privée du certificat a disparu.
damage-key-mismatch = ne correspond pas au certificat { $thumbprint }.
damage-record-missing = est absent : la demande n’a pas d’enregistrement.
damage-record-truncated = se termine avant la fin de l’enregistrement : le fichier est tronqué.
damage-record-syntax = n’est pas du JSON valide à cet endroit.
damage-record-data = n’est pas un enregistrement de demande : son contenu n’est pas celui que docwiz y écrit.
damage-record-field-missing = n’est pas un enregistrement de demande : le champ « { $field } » manque.
damage-record-field-duplicate = n’est pas un enregistrement de demande : le champ « { $field } » figure deux fois.
damage-record-field-unknown = n’est pas un enregistrement de demande : docwiz n’y écrit aucun champ « { $field } ».
damage-record-value-unknown = n’est pas un enregistrement de demande : « { $value } » ne fait pas partie des valeurs admises ici ({ $allowed }).
damage-record-value-wrong = n’est pas un enregistrement de demande : la valeur à cet endroit n’est pas du type que docwiz y écrit (un nombre au lieu d’un texte, par exemple).
damage-record-id = est l’enregistrement de la demande { $id }, et non de { $dir }.
damage-ca-missing = est absent alors que { $other } est présent : docwiz ne remplace pas une AC sans rien dire.
damage-ca-key-mismatch = ne correspond pas au certificat d’AC { $cert }.
damage-ca-not-signed = n’est pas signé par le certificat de l’AC racine { $root } : ce qu’il émet ne pourrait pas être vérifié.

## files as they come

pem-block-broken = Le bloc { $label } qui commence à cette ligne est endommagé (base64 cassé, ou ligne END absente).
der-not-canonical = Le certificat n’est pas en DER : { $fault ->
        [truncated] un élément dépasse sa fin
        [indefinite] une longueur indéfinie
        [length] une longueur qui n’est pas sous sa forme la plus courte
        [length-too-long] une longueur plus grande que tout certificat
        [tag] une étiquette qui n’est pas sous sa forme la plus courte
        [constructed] une chaîne sous forme construite
        [integer] un INTEGER qui n’est pas sous sa forme la plus courte
        [boolean] un BOOLEAN autre que 00 ou FF
        [null] un NULL qui a un contenu
        [bit-string] un BIT STRING mal formé
        [oid] un OBJECT IDENTIFIER mal formé
        [depth] une imbrication plus profonde que celle de tout certificat
       *[trailing] des octets après sa fin
    } à l’octet { $offset }. Les certificats X.509 sont en DER (RFC 5280 §4.1), et une empreinte calculée sur d’autres octets n’est pas celle que les autres calculent : redemandez le certificat à son émetteur.
der-not-a-certificate = Ce n’est pas un certificat X.509 (RFC 5280 §4.1).
error-invalid-name-why = « { $name } » n’est pas un nom DNS valide : { $reason }
name-reason = { $reason ->
        [empty] il est vide.
        [ip] c’est une adresse IP ; docwiz demande des certificats pour des noms DNS.
        [wildcard] un caractère générique n’est permis que comme étiquette entière la plus à gauche d’un autre nom de l’objet (*.example.com).
        [wildcard-fqdn] --fqdn nomme le serveur lui-même, qui ne peut pas être un nom générique ; donnez le nom générique comme autre nom de l’objet : --san *.example.com.
        [numeric] sa dernière étiquette n’a que des chiffres, ce qui se lit comme une adresse IP.
        [empty-label] il a une étiquette vide (deux points de suite, ou un point au début).
        [hyphen] l’étiquette « { $label } » commence ou finit par un trait d’union.
        [character] l’étiquette « { $label } » contient « { $char } » ; les noms DNS ont des lettres, des chiffres et des traits d’union (RFC 1123).
        [punycode] l’étiquette « { $label } » n’est pas du Punycode valide (RFC 3492).
        [label-too-long] l’étiquette « { $label } » dépasse 63 octets sous sa forme d’étiquette A.
        [idna] l’étiquette « { $label } » n’est pas une étiquette internationalisée valide (UTS #46 : un caractère interdit, ou les règles bidi ou de liaison des RFC 5893 et RFC 5892).
       *[too-long] il dépasse 253 octets sous sa forme d’étiquettes A.
    }
import-certificate-without-key = Ce fichier contient un certificat mais pas de clé privée : donnez la clé avec --key <{ cli-value-key }>, ou importez un fichier PKCS#12 (.pfx) qui contient les deux.
import-unknown-format = Ce fichier n’est ni un certificat PEM avec sa clé, ni un certificat DER, ni un fichier PKCS#12 (.pfx).
key-none = Aucune clé privée ici : le fichier n’a aucun bloc PEM et n’est pas une clé DER.
key-none-found = Aucune clé privée ici ; le fichier contient : { $found }.
key-legacy-encrypted = Cette clé est chiffrée dans l’ancien format PEM d’OpenSSL ({ $cipher }), que docwiz ne lit pas. Convertissez-la en PKCS#8 chiffré, puis donnez son mot de passe avec --key-password-file : openssl pkcs8 -topk8 -v2 aes-256-cbc -in { $file } -out key.p8
key-unsupported-algorithm = Cette clé est de type { $algorithm }, que docwiz ne peut pas utiliser pour un certificat de serveur TLS (il utilise RSA, ECDSA P-256, P-384 et P-521, et Ed25519).
key-openssh = Cette clé est au format d’OpenSSH : convertissez une copie de { $file } en PKCS#8 avec ssh-keygen -p -m PKCS8 -f COPIE.
key-explicit-curve = Cette clé EC détaille les paramètres de sa courbe ; TLS et la RFC 5480 exigent une courbe nommée : openssl ec -in { $file } -param_enc named_curve -out key.pem
key-damaged = Cette clé privée est endommagée : docwiz ne peut pas la lire.
key-rsa-pss = C’est une clé RSA-PSS (id-RSASSA-PSS, RFC 4055), limitée aux signatures PSS, que docwiz n’utilise pas. Créez une clé RSA et un certificat pour elle : openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out key.pem
algorithm-unknown = algorithme inconnu ({ $oid })
key-encrypted-needs-password = Cette clé est chiffrée (PKCS#8) : donnez son mot de passe avec --key-password-file <{ cli-value-file }> (un fichier dont la première ligne est le mot de passe).
key-encryption-unsupported = Cette clé est chiffrée avec { $scheme }, que docwiz ne lit pas. Chiffrez-la de nouveau avec PBES2 et AES : openssl pkcs8 -topk8 -v2 aes-256-cbc -in { $file } -out key.p8
key-wrong-password = Le mot de passe de la clé est incorrect : il ne déchiffre pas la clé. Vérifiez le fichier donné avec --key-password-file.
pkcs12-mac-mismatch = Le mot de passe ouvre les clés, mais le contrôle d’intégrité (MAC) du fichier échoue : le fichier a été modifié ou endommagé après sa création. Exportez-le de nouveau.
pkcs12-wrong-password = Le mot de passe est incorrect : le contrôle d’intégrité (MAC) du fichier échoue avec lui. Vérifiez le fichier donné avec --password-file.
pkcs12-needs-password = Ce fichier PKCS#12 demande un mot de passe : donnez-le avec --password-file <{ cli-value-file }> (un fichier dont la première ligne est le mot de passe).
pkcs12-wrong-password-no-mac = Le mot de passe est incorrect, ou le fichier est endommagé : ses clés ne se déchiffrent pas avec lui, et le fichier n’a pas de contrôle d’intégrité pour dire lequel.
pkcs12-unsupported = Ce fichier PKCS#12 utilise un algorithme que docwiz ne prend pas en charge ({ $detail }). Exportez-le de nouveau avec AES et SHA-256 : openssl pkcs12 -export -keypbe AES-256-CBC -certpbe AES-256-CBC -macalg SHA256 …
pkcs12-damaged = Ce fichier PKCS#12 est endommagé ({ $detail }).
pkcs12-empty = Ce fichier PKCS#12 ne contient ni clé privée ni certificat.
pkcs12-no-key = Ce fichier PKCS#12 contient des certificats mais pas de clé privée (exporté avec -nokeys ?) : exportez-le de nouveau avec sa clé, ou importez le certificat avec --key <{ cli-value-key }>.
pkcs12-no-certificate = Ce fichier PKCS#12 contient une clé privée mais pas de certificat pour elle.
pkcs12-no-such-name = Aucune paire clé et certificat de ce fichier ne s’appelle « { $name } » ; il contient : { $pairs }.
pkcs12-ambiguous = Ce fichier contient plusieurs paires clé et certificat ({ $count }) : { $pairs }. Choisissez-en une avec --friendly-name <{ cli-value-name }> (son nom convivial ou son empreinte).
pkcs12-chosen = { $file } contient plusieurs clés privées ({ $count }) ; docwiz a pris « { $name } » ({ $subject }, { $thumbprint }).
refuse-no-host-name = { $usage } : le certificat n’a ni nom DNS ni adresse IP parmi ses autres noms de l’objet, et les clients TLS ne regardent pas le CN de son objet (RFC 6125).
import-identity = Il est valable pour ces noms (ses autres noms de l’objet, que vérifient les clients TLS) : { $names }.
import-no-identity = Il n’a ni nom DNS ni adresse IP parmi ses autres noms de l’objet, il ne peut donc pas être attribué : les clients TLS ne regardent pas le CN de l’objet (RFC 6125).

## ca and chain fixes
chain-reason-eku-no-client-auth = { $cert } limite l’utilisation améliorée de sa clé à { $eku }, sans l’authentification du client (clientAuth) : le certificat de l’usage « default » en a besoin, et openssl refuse un certificat client émis sous une telle autorité.
chain-unknown-issuer = incomplète : l’émetteur { $subject } est inconnu de docwiz (un certificat d’autorité intermédiaire manque) ; obtenez son certificat auprès de l’autorité et importez-le
chain-unknown-issuer-url = incomplète : l’émetteur { $subject } est inconnu de docwiz (un certificat d’autorité intermédiaire manque) ; obtenez son certificat auprès de l’autorité (le certificat indique où : { $url }) et importez-le
chain-reason-pss-params = { $cert } est signé en RSA-PSS avec le hachage { $hash }, MGF1 avec { $mgf } et un sel de { $salt } octets. docwiz ne prend pas en charge RSA-PSS avec ces paramètres : comme rustls-webpki, il ne vérifie RSA-PSS qu’avec SHA-256, SHA-384 ou SHA-512, MGF1 avec le même hachage et un sel aussi long que le hachage. Cela ne dit pas que la signature est fausse : docwiz ne peut simplement pas la vérifier. Demandez à l’autorité de signer avec ces paramètres (openssl : -sigopt rsa_pss_saltlen:digest).
trust-warning-weak-key = Attention : { $subject } ({ $thumbprint }) a une clé { $key }. La règle de docwiz refuse les clés RSA de moins de 2048 bits (Baseline Requirements du CA/Browser Forum, 6.1.5) : toute chaîne passant par cette racine sera refusée.
trust-warning-unsupported-key = Attention : { $subject } ({ $thumbprint }) utilise { $algorithm }, une clé avec laquelle docwiz ne sait pas vérifier de signature (comme rustls-webpki, il vérifie RSA, ECDSA P-256, P-384 et P-521, et Ed25519) : docwiz ne pourra vérifier aucune chaîne passant par cette racine.
trust-note-weak-self-signature = Remarque : { $subject } ({ $thumbprint }) se signe lui-même avec { $algorithm }. docwiz ne refuse pas de chaîne pour cela : une racine est approuvée par votre décision, non par sa propre signature (RFC 5280, 6.1 ; rustls-webpki fait de même). Mais SHA-1 et MD5 sont cassés, et d’autres programmes peuvent la refuser : demandez à l’autorité une racine signée avec SHA-256.
trust-skipped-root = { $subject } ({ $thumbprint }) ignoré : c’est un certificat d’autorité racine, et approuver une racine est une décision à part. Pour l’approuver : { $command }
trust-skipped-intermediate = { $subject } ({ $thumbprint }) ignoré : c’est un certificat d’autorité intermédiaire. Pour l’importer : { $command }
trust-skipped-leaf = { $subject } ({ $thumbprint }) ignoré : ce n’est pas un certificat d’autorité (ses contraintes de base n’ont pas CA:TRUE), il n’a sa place dans aucun magasin de confiance. Un certificat de serveur s’importe avec { $command }.
trust-skipped-bad-root = { $subject } ({ $thumbprint }) ignoré : c’est un certificat d’autorité auto-émis dont la propre signature ne se vérifie pas ; ce n’est donc ni une racine ni une autorité intermédiaire : il a été modifié.
chain-reason-self-signed-trusted = { $cert } est auto-signé et se trouve lui-même dans le magasin { -store-root }. Une racine se porte garante des certificats qu’elle émet, pas d’elle-même comme certificat de serveur : docwiz, comme rustls-webpki, ne prend jamais une racine approuvée comme certificat du serveur. Émettez un certificat de serveur sous cette racine (ou obtenez-en un d’une autorité), et retirez celui-ci du magasin { -store-root } s’il devait servir de certificat de serveur.

## file fixes

der-fault = { $fault ->
        [truncated] un élément dépasse sa fin
        [indefinite] une longueur indéfinie
        [length] une longueur qui n’est pas sous sa forme la plus courte
        [length-too-long] une longueur plus grande que tout certificat
        [tag] une étiquette qui n’est pas sous sa forme la plus courte
        [constructed] une chaîne sous forme construite
        [integer] un INTEGER qui n’est pas sous sa forme la plus courte
        [boolean] un BOOLEAN autre que 00 ou FF
        [null] un NULL qui a un contenu
        [bit-string] un BIT STRING mal formé
        [oid] un OBJECT IDENTIFIER mal formé
        [depth] une imbrication plus profonde que celle de tout certificat
       *[trailing] des octets après sa fin
    }
der-extension-not-canonical = Le certificat n’est pas en DER : la valeur de son extension { $extension } contient { $fault ->
        [truncated] un élément qui dépasse sa fin
        [indefinite] une longueur indéfinie
        [length] une longueur qui n’est pas sous sa forme la plus courte
        [length-too-long] une longueur plus grande que tout certificat
        [tag] une étiquette qui n’est pas sous sa forme la plus courte
        [constructed] une chaîne sous forme construite
        [integer] un INTEGER qui n’est pas sous sa forme la plus courte
        [boolean] un BOOLEAN autre que 00 ou FF
        [null] un NULL qui a un contenu
        [bit-string] un BIT STRING mal formé
        [oid] un OBJECT IDENTIFIER mal formé
        [depth] une imbrication plus profonde que celle de tout certificat
       *[trailing] des octets après sa fin
    } à l’octet { $offset }. La valeur d’une extension est elle aussi en DER (RFC 5280 §4.1) : redemandez le certificat à son émetteur.
der-explicit-default = Le certificat n’est pas en DER : il écrit une valeur par défaut, que DER omet (X.690 §11.5) : { $field ->
        [version] la version v1
        [critical] critical FALSE dans une extension
        [cA] cA FALSE dans basicConstraints
       *[minimum] minimum 0 dans nameConstraints
    }, à l’octet { $offset }. Redemandez le certificat à son émetteur.
der-extension-unreadable = L’extension { $extension } du certificat ne se lit pas comme cette extension (RFC 5280 §4.2) : docwiz ne devine pas ce qu’elle dit. Redemandez le certificat à son émetteur.
pkcs12-not-der = Ce fichier PKCS#12 est endommagé : il n’est pas en DER ({ $fault } à l’octet { $offset }).
pkcs12-not-der-inside = Ce fichier PKCS#12 est endommagé : quelque chose à l’intérieur (un certificat, une clé ou leur enveloppe) n’est pas en DER comme l’exige la RFC 7292. Exportez-le de nouveau.
pkcs12-bad-certificate = Ce fichier PKCS#12 contient un certificat qui n’est pas un certificat X.509 en DER (RFC 5280 §4.1). Exportez-le de nouveau, ou importez le certificat et la clé en fichiers PEM.
pkcs12-damaged-structure = Ce fichier PKCS#12 est endommagé : sa structure n’est pas celle que définit la RFC 7292. Exportez-le de nouveau.
pkcs12-name-ambiguous = « { $name } » désigne { $count } paires de clé et de certificat différentes dans ce fichier : { $pairs }. Choisissez-en une avec --friendly-name <{ cli-value-name }>, en donnant son empreinte comme nom.
pkcs12-no-mac = { $file } n’a pas de contrôle d’intégrité (MAC) : rien ne montre qu’il n’a pas été modifié depuis son export. Comparez l’empreinte du certificat avec celle que donne son émetteur.
key-rsa-too-small = La clé RSA de { $file } a { $bits } bits : par politique de docwiz, la clé RSA d’un certificat de serveur TLS a au moins 2048 bits (CA/Browser Forum Baseline Requirements §6.1.5). Créez une nouvelle clé d’au moins 2048 bits et faites émettre un certificat pour elle.
key-rsa-too-large = La clé RSA de { $file } a { $bits } bits : docwiz signe avec des clés RSA de 2048 à 8192 bits. Créez une nouvelle clé de 2048 à 8192 bits et faites émettre un certificat pour elle.
key-chosen = { $file } contient { $count } clés privées : docwiz a pris celle de la ligne { $line }, qui appartient au certificat, et ignoré les autres ({ $ignored-count ->
    [1] ligne
   *[other] lignes
} { $ignored }).
import-unrelated-left-out = { $count ->
        [one] { $count } certificat de { $file } n’est pas dans la chaîne du certificat importé et a été laissé de côté
       *[other] { $count } certificats de { $file } ne sont pas dans la chaîne du certificat importé et ont été laissés de côté
    } : { $certificates }.
pkcs7-malformed = Ce conteneur PKCS#7 (.p7b) est mal formé ou imbriqué trop profondément pour être lu (RFC 2315 §9.1) ; ses certificats n’ont pas été examinés. Redemandez le fichier, ou les certificats en PEM.
pkcs12-unsupported-what = { $what ->
        [encryption] son schéma de chiffrement
        [mac] l’algorithme de son contrôle d’intégrité (MAC)
        [content] un type de contenu
        [certificate] un type de certificat autre que X.509
       *[parameters] des paramètres d’algorithme
    }

## store fixes

history-no-newline = Le dernier enregistrement de l’historique n’a pas de saut de ligne final. La prochaine commande qui modifie le magasin l’ajoute ; rien n’est annulé.
history-torn = La dernière ligne de l’historique est coupée (une écriture inachevée). La prochaine commande qui modifie le magasin la retire et n’annule que sa propre attribution, si une partie en a été basculée.
history-line-unreadable = Cette ligne de l’historique n’est pas un enregistrement d’attribution. docwiz la garde telle quelle et l’ignore ; réparez-la ou retirez-la à la main.
history-incomplete = La dernière attribution de l’historique a { $lines } de ses { $count } lignes. La prochaine commande qui modifie le magasin la complète d’après live/ si live/ montre qu’elle a eu lieu, sinon elle l’annule.
history-not-installed = Cette ligne nomme le certificat { $thumbprint }, qui n’est pas installé dans le magasin (certs/).
history-live-mismatch = D’après l’historique, l’utilisation { $usage } a le certificat { $history }, mais live/{ $usage } a { $live } : une attribution n’a été appliquée qu’en partie, ou live/ a été modifié à la main.
damage-live-unknown-usage = n’est pas une utilisation de certificat connue de docwiz ({ $name }) : rien n’utilise cette entrée. Retirez-la.
damage-reason-unknown = La raison enregistrée pour cette demande, « { $code } », n’est pas un code de raison qu’écrit docwiz (un enregistrement modifié à la main, ou venu d’une version antérieure) ; elle est affichée comme raison inconnue.
request-reason-unknown = raison inconnue ({ $code })
offline-not-file-name = Ce n’est pas un nom de fichier pour la CSR.
offline-no-directory = Le répertoire { $dir } n’existe pas. docwiz ne crée aucun répertoire hors de son magasin : créez-le d’abord, ou choisissez un autre fichier.
offline-exists = Ce fichier existe déjà. docwiz ne remplace jamais un fichier par la CSR : choisissez un nouveau nom de fichier, ou retirez d’abord le fichier.
offline-not-regular = Quelque chose qui n’est pas un fichier (un répertoire, un lien, une FIFO, un périphérique…) porte déjà ce nom ; docwiz n’écrit la CSR que dans un nouveau fichier.
offline-in-store = Ce fichier est dans le magasin { $store }, dont docwiz gère lui-même les fichiers : écrivez la CSR hors de celui-ci.
input-not-regular = Ce n’est pas un fichier ordinaire mais { $kind ->
        [directory] un répertoire
        [fifo] une FIFO (tube nommé)
        [device] un périphérique
        [socket] un socket
       *[other] autre chose
    } ; docwiz ne lit que des fichiers ordinaires.
input-too-large = Ce fichier dépasse { $max } Mio, bien plus que tout certificat, clé ou fichier PKCS#12 ; docwiz ne le lit pas.
error-bad-thumbprint = « { $value } » n’est pas une empreinte : une empreinte est faite de chiffres hexadécimaux (0-9, A-F), éventuellement séparés par des espaces ou des deux-points.
os-error-permission = permission refusée (erreur système { $errno })
os-error-not-found = fichier ou répertoire inexistant (erreur système { $errno })
os-error-io = erreur d’entrée/sortie (erreur système { $errno })
os-error-exists = le fichier existe déjà (erreur système { $errno })
os-error-not-dir = une partie du chemin n’est pas un répertoire (erreur système { $errno })
os-error-is-dir = c’est un répertoire (erreur système { $errno })
os-error-invalid = argument invalide (erreur système { $errno })
os-error-no-space = plus d’espace disponible sur le périphérique (erreur système { $errno })
os-error-read-only = le système de fichiers est en lecture seule (erreur système { $errno })
os-error-loop = trop de niveaux de liens symboliques (erreur système { $errno })
os-error-other = le système d’exploitation a refusé l’opération (erreur système { $errno })
pkcs7-trailing = La structure PKCS#7 se termine à l’octet { $offset } et { $count } octets la suivent. docwiz n’ignore pas ce qui suit une structure : redemandez le fichier à l’autorité de certification.
answer-not-in-chain = Le fichier contient un certificat qui n’est pas dans la chaîne de { $leaf } : { $subject } ({ $thumbprint }). Retirez-le du fichier : le magasin ne garde que la chaîne propre au certificat.

## Terminal wizard (pages and keys)
tui-key-help = Aide
tui-key-language = Langue
tui-key-back = Précédent
tui-key-close = Fermer
tui-key-next-control = Champ suivant
tui-key-activate = Sélectionner
tui-key-toggle = Case à cocher
tui-key-scroll = Défiler
tui-key-name-space = Espace
tui-key-name-enter = Entrée
tui-key-name-esc = Échap
tui-key-name-tab = Tab
tui-action-request = { -button-request }…
tui-action-assign = { -button-assign }…
tui-action-import = { -button-import }…
tui-action-details = { -button-view-details }
tui-action-trust = Approuver une AC racine…
tui-certificates-title = Certificats
tui-certificate-option = { $thumbprint } ({ $subject })
tui-button-back = Précédent
tui-button-details = { -button-view-details }
tui-button-finish = { -button-finish }
tui-import-root = Importer le certificat de l’AC racine…
tui-import-intermediate = Importer le certificat de l’AC intermédiaire
tui-untrusted-heading = Pourquoi la chaîne de certificats n’est pas approuvée
tui-finish-cleared = Le certificat { $thumbprint } est installé mais n’est pas attribué : la case a été décochée.
tui-request-finished = Cette demande est terminée.
tui-title-request = { -page-request-timing }
tui-title-assign = { -page-assignment }
tui-title-import = { -page-import }
tui-title-trust = Approuver un certificat d’AC

## help view and pager
help-topic-link = {" "}({ $title } : { $command })
lint-link-unknown-topic = Ce lien mène à la rubrique « { $topic } », qui n’existe pas : un lien vers une autre rubrique s’écrit topic:<{ cli-value-topic }>, avec un identifiant que docwiz topics affiche.
lint-link-unknown-anchor = La rubrique « { $topic } » n’a pas de titre avec l’ancre « { $anchor } » : liez l’identifiant de l’un de ses titres, ou la rubrique seule.
help-view-key-scroll = défiler
help-view-key-page = page
help-view-key-find = chercher
help-view-key-link = liens
help-view-key-follow = ouvrir
help-view-key-back = retour
help-view-key-close = fermer
help-view-key-next = occurrence suivante
help-view-key-cancel = annuler
help-view-find-prompt = Chercher :
help-view-find-none = Aucune occurrence de « { $query } »
help-view-find-count = Occurrence { $current } sur { $total }
help-view-position = Lignes { $first }–{ $last } sur { $total }
help-pager-failed = Le pagineur n’a pas pu utiliser le terminal ({ $error }) ; la page est affichée telle quelle.

## Terminal wizard: assign, import and trust pages
tui-key-arrows-choose = Choisir
tui-assign-intro = Choisissez un certificat installé, puis les utilisations auxquelles l’attribuer. Une utilisation qui refuserait le certificat dit pourquoi, et sa case ne peut pas être cochée.
tui-assign-certificate = Certificats installés
tui-assign-usages = Utilisations du certificat
tui-assign-holder = Actuellement : certificat { $thumbprint } ({ $subject })
tui-assign-holder-none = Actuellement : aucun certificat
tui-assign-holder-this = Actuellement : ce certificat
tui-assign-none-checked = Cochez au moins une utilisation à laquelle attribuer le certificat.
tui-assign-no-certificates = Aucun certificat n’est encore installé. Demandez-en un, ou importez un certificat obtenu ailleurs avec sa clé privée.
tui-assign-button = { -button-assign }
tui-import-intro = Installe un certificat obtenu ailleurs avec sa clé privée : un fichier de certificat avec son fichier de clé, un fichier PEM contenant les deux, ou un fichier PKCS#12 (.pfx, .p12) avec son mot de passe.
tui-import-file = Fichier du certificat (PEM, DER, PKCS#7 ou PKCS#12)
tui-import-key = Fichier de la clé privée (à laisser vide si le fichier du certificat contient la clé)
tui-import-password = Mot de passe PKCS#12
tui-import-key-password = Mot de passe d’une clé privée chiffrée
tui-import-friendly-name = Nom convivial ou empreinte de la paire à prendre dans un fichier PKCS#12 qui en contient plusieurs (facultatif)
tui-import-button = { -button-import }
tui-import-button-done = Terminé
tui-import-file-missing = Indiquez le fichier du certificat à importer.
tui-import-done = Le certificat { $thumbprint } est installé avec sa clé privée.
tui-import-wrong-password = Le mot de passe PKCS#12 est incorrect : le contrôle d’intégrité (MAC) du fichier échoue avec lui. Rien n’a été importé.
tui-import-needs-password = Ce fichier PKCS#12 demande un mot de passe : saisissez-le dans le champ « Mot de passe PKCS#12 ». Rien n’a été importé.
tui-import-key-needs-password = Cette clé privée est chiffrée (PKCS#8) : saisissez son mot de passe dans le champ du mot de passe d’une clé privée chiffrée. Rien n’a été importé.
tui-import-key-wrong-password = Le mot de passe de la clé privée est incorrect : il ne déchiffre pas la clé. Rien n’a été importé.
tui-import-needs-key = Ce fichier contient un certificat mais pas de clé privée : indiquez aussi le fichier de la clé, ou importez un fichier PKCS#12 qui contient les deux. Rien n’a été importé.
tui-trust-intro = Un certificat d’AC racine va dans { -store-root } une fois que vous l’avez confirmé ; un certificat d’AC intermédiaire va dans { -store-intermediate }. Un fichier (PEM, DER ou PKCS#7) peut en contenir plusieurs : chacun va dans son propre magasin.
tui-trust-file = Fichier du certificat d’AC
tui-trust-kind = Magasin
tui-trust-kind-root = { -store-root }
tui-trust-kind-intermediate = { -store-intermediate }
tui-trust-file-missing = Indiquez le fichier du certificat d’AC.
tui-trust-button-next = Suivant
tui-trust-button-yes = Oui
tui-trust-button-no = Non
tui-trust-confirm-heading = Avertissement de sécurité
tui-trust-confirm-claim = Vous êtes sur le point d’installer un certificat provenant d’une autorité de certification (AC) affirmant représenter : { $subject }
tui-trust-confirm-check = docwiz ne peut pas confirmer que le certificat provient réellement de cette AC. Vérifiez son origine auprès de l’AC : comparez l’empreinte SHA-1 ci-dessus avec celle que l’AC vous communique.
tui-trust-confirm-question = { $count ->
    [1] Voulez-vous approuver ce certificat racine ?
    [one] Voulez-vous approuver { $count } certificat racine ?
   *[other] Voulez-vous approuver ces { $count } certificats racines ?
}
tui-trust-import-skipped-intermediate = Importer aussi les certificats d’AC intermédiaires du fichier
tui-trust-import-skipped-root = Approuver aussi le certificat d’AC racine du fichier…

## Terminal wizard: request pages
tui-button-next = Suivant
tui-button-cancel = Annuler
tui-key-next-page = Page suivante
tui-request-step = Étape { $step } sur { $total }
tui-request-timing-intro = Une demande crée une nouvelle clé privée et une demande de signature de certificat (CSR). Envoyez-la maintenant à une autorité de certification (AC) en ligne, ou écrivez la CSR dans un fichier que vous porterez vous-même à une AC ; vous importerez la réponse de l’AC plus tard.
tui-request-timing = Quand envoyer la demande
tui-request-send-now = { -option-send-now }
tui-request-send-later = { -option-send-later }
tui-request-offline-file = Fichier de la CSR (un nouveau fichier dans un répertoire existant)
tui-request-offline-empty = Saisissez le nom d’un nouveau fichier pour la CSR.
tui-request-ca-title = { -page-request-ca }
tui-request-ca-intro = Choisissez l’autorité de certification qui répond à la demande.
tui-request-ca = Autorité de certification
tui-request-ca-local = L’AC locale intégrée à docwiz
tui-request-ca-acme = Une AC ACME (RFC 8555), comme Let’s Encrypt ou step-ca
tui-request-ca-cfssl = Une AC cfssl (cfssl serve)
tui-request-acme-directory = URL du répertoire ACME
tui-request-acme-bundle = Certificat d’AC auquel remonte le certificat HTTPS du serveur ACME (fichier PEM, facultatif)
tui-request-acme-contact = Adresse électronique de contact du compte ACME (facultatif)
tui-request-acme-port = Port sur lequel docwiz répond aux défis http-01
tui-request-acme-address = Adresse sur laquelle docwiz attend les défis
tui-request-cfssl-url = URL de cfssl serve
tui-request-cfssl-profile = Profil de signature cfssl (facultatif)
tui-request-url-empty = Saisissez l’URL.
tui-request-url-acme = L’URL doit commencer par https:// (ou http:// pour une AC de test).
tui-request-url-cfssl = docwiz joint cfssl en HTTP simple : l’URL doit commencer par http://.
tui-request-contact-invalid = Une adresse électronique a la forme nom@example.com.
tui-request-port-invalid = Un port est un nombre de 1 à 65535.
tui-request-address-invalid = Une adresse IP a la forme 127.0.0.1 ou ::1.
tui-request-basics-title = { -page-request-basics }
tui-request-basics-intro = Le nom de domaine complet (FQDN) du serveur est l’objet du certificat et son premier autre nom de l’objet.
tui-request-fqdn = FQDN du serveur (par exemple pool01.contoso.com)
tui-request-fqdn-empty = Saisissez le FQDN du serveur.
tui-request-wildcard-fqdn = « { $name } » : un caractère générique ne peut pas nommer le serveur lui-même. Saisissez le nom générique parmi les autres noms de l’objet.
tui-request-name-as = Dans le certificat : { $name }
tui-request-key = Type de clé
tui-request-key-option = { $key ->
        [rsa-2048] RSA, 2048 bits (par défaut)
        [rsa-3072] RSA, 3072 bits
        [rsa-4096] RSA, 4096 bits
        [ecdsa-p256] ECDSA, courbe P-256
       *[ecdsa-p384] ECDSA, courbe P-384
    }
tui-request-sans-title = { -page-request-sans }
tui-request-sans-intro = Les autres noms DNS que couvre le certificat : pools, URL simples, un nom générique comme *.contoso.com. { $known ->
        [no] Le FQDN du serveur est toujours inclus.
       *[yes] Le FQDN { $fqdn } est toujours inclus.
    }
tui-request-sans = Autres noms de l’objet, séparés par des virgules ou des espaces (facultatif)
tui-request-usages-title = Utilisations de certificat
tui-request-usages-intro = Choisissez l’usage du certificat. « { -button-finish } » sur la page d’état l’attribue à ces utilisations.
tui-request-usage-none = Choisissez au moins une utilisation.
tui-request-prefill-invalid = La ligne de commande indiquait : { $error }
tui-request-summary-title = Résumé de la demande de certificat
tui-request-summary-intro = Rien n’a encore été écrit. Vérifiez la demande, puis choisissez « { -button-request } ».
tui-request-submit = { -button-request }
tui-request-fact-timing = Envoi
tui-request-fact-ca = Autorité de certification
tui-request-fact-csr = Fichier de la CSR
tui-request-fact-fqdn = FQDN du serveur
tui-request-fact-bundle = Certificat d’AC
tui-request-fact-contact = Contact
tui-request-fact-http = Défis http-01
tui-request-fact-profile = Profil cfssl
tui-request-ca-with-url = { $ca } : { $url }
tui-request-http-value = { $address }, port { $port }
tui-request-progress-title = Envoi de la demande
tui-request-progress-local = Création de la clé et de la CSR ; l’AC locale signe le certificat.
tui-request-progress-acme = Création de la clé et de la CSR, puis interrogation de l’AC ACME { $url } : compte, commande, défis http-01 sur { $address } port { $port }, certificat.
tui-request-progress-cfssl = Création de la clé et de la CSR, puis demande de signature à cfssl sur { $url }.
tui-request-progress-offline = Création de la clé et écriture de la CSR dans { $file }.
tui-request-elapsed = { $seconds } s écoulées
tui-request-running-keys = La touche Échap (Esc) est sans effet tant que l’AC n’a pas répondu, pour que la demande ne reste pas à moitié faite. F1 (aide) et F2 (langue) fonctionnent pendant ce temps.
tui-request-failed = La demande a échoué et rien n’a été enregistré. Revenez en arrière pour la modifier, ou annulez.
tui-request-stopped = La demande s’est arrêtée avant la réponse de l’AC.

## Terminal wizard (store lock and signals)
error-store-busy = Une autre commande docwiz est en train de modifier le magasin { $store } ; réessayez lorsqu’elle sera terminée.

## wizard page fixes
tui-trust-confirm-list = { $count ->
    [one] Ce fichier contient { $count } certificat racine ; « Oui » l’approuve :
   *[other] Ce fichier contient { $count } certificats racines ; un seul « Oui » les approuve tous :
}
tui-request-url-acme-https = L’URL doit commencer par https:// : le client ACME ne parle que HTTPS (pour une AC de test, indiquez ci-dessous le fichier de son certificat d’AC).

## Serve

serve-listening = docwiz sert l’aide et l’assistant à l’adresse { $url }
serve-token-required = Cette adresse est accessible depuis d’autres ordinateurs : les pages de l’assistant ne s’ouvrent qu’avec le jeton d’accès contenu dans l’URL ci-dessus.
serve-stop-hint = Appuyez sur Ctrl+C pour arrêter.
serve-open-failed = Impossible d’ouvrir un navigateur ; ouvrez vous-même { $url }.
serve-stopped = Arrêté.
error-listen = Impossible d’écouter sur { $addr } : { $reason }
site-not-found-title = Page introuvable
site-not-found = Ce site ne contient pas cette page. Toutes les rubriques figurent dans l’index.
site-back-to-wizard = Retour à l’assistant

## Web wizard
web-field-error = { $field } : { $error }
web-located = { $location } : { $error }
web-form-invalid = Certains champs sont à corriger (voir les messages à côté d’eux). Rien n’a été écrit.
web-paths-on-server = Les noms de fichiers sont des chemins sur la machine où tourne docwiz serve, comme les prend la ligne de commande ; rien n’est envoyé depuis le navigateur.
web-progress-refresh = Cette page suit la demande d’elle-même. La demande se poursuit même si vous quittez la page.
web-job-unknown = La progression de cette demande n’est plus connue (le serveur a redémarré, ou la page appartient à une autre session). La page principale liste toutes les demandes.
web-trust-file-changed = Le fichier contient maintenant d’autres certificats que ceux affichés : rien n’a été approuvé. Vérifiez à nouveau les certificats ci-dessous.

## tui leftovers
tui-key-open = Ouvrir

## Web wizard refusals
web-refused-title = Non autorisé
web-refused-token = Cette page de l’assistant ne s’ouvre qu’avec le jeton d’accès affiché par docwiz serve à son démarrage. Ouvrez une fois l’adresse affichée, avec ?token=… ; le navigateur garde le jeton pour le reste de la session. Les pages d’aide n’ont pas besoin de jeton.
web-refused-change = Cette modification a été refusée et rien n’a été écrit : elle ne venait pas d’une page de cet assistant dans cette session du navigateur (le jeton du formulaire est absent ou erroné, ou la page appartient à un autre site). Ouvrez de nouveau la page et refaites l’étape.
web-refused-host = Cet assistant ne répond qu’à une adresse de bouclage (127.0.0.1, localhost ou [::1]). Ouvrez-le à l’adresse affichée par docwiz serve.

## Table of contents
toc-request = Demandes
toc-install = Certificats installés
site-toc = Sommaire
site-previous = Précédent : { $title }
site-next = Suivant : { $title }
site-breadcrumbs = Vous êtes ici
error-toc-syntax = La table des matières n’est pas du YAML valide à cet endroit, ou n’est pas une liste d’éléments.
error-toc-item = Un élément de la table des matières doit avoir un href (le fichier .md d’une rubrique) ou un name (un message qui nomme une section).
error-toc-href = { $href } n’est pas un fichier de rubrique de cette arborescence (attendu : le nom d’un fichier de content/, comme certificate-request.md).
error-toc-value = La valeur de { $key } ne convient pas ici : name et href attendent du texte, items une liste d’éléments.
error-toc-too-deep = La table des matières est trop profondément imbriquée à cet endroit.
lint-toc-missing = La rubrique { $id } ne figure pas dans la table des matières (content/toc.yml).
lint-toc-unknown = La table des matières cite { $id }, mais aucune rubrique ne porte cet identifiant.
lint-toc-twice = La table des matières cite { $id } plusieurs fois ; la barre latérale et les liens « Précédent » et « Suivant » suivent la première occurrence.
lint-toc-name = La table des matières nomme une section avec { $id }, mais ui.ftl ne contient aucun message de ce nom.
topics-tree-title = Table des matières
site-skip = Aller à la rubrique

## Certificate lines
cert-chain-line = { $certificate } — chaîne de certificats { $chain }
live-pending-none = aucune

## Help view
help-view-key-clear = effacer la recherche
label-value = { $label } : { $value }
list-notes = { $first } ; { $second }
key-usage-bit = { $bit ->
    [digitalSignature] Signature numérique
    [nonRepudiation] Non-répudiation
    [keyEncipherment] Chiffrement de la clé
    [dataEncipherment] Chiffrement des données
    [keyAgreement] Accord de clé
    [keyCertSign] Signature de certificats
    [cRLSign] Signature de CRL
    [encipherOnly] Chiffrement uniquement
    [decipherOnly] Déchiffrement uniquement
   *[other] { $bit }
}

## Help server: broken pages and listening
site-broken-title = Cette page contient des erreurs
site-broken = La rubrique ou sa traduction contient des erreurs ; la page n’est donc pas affichée. Corrigez-les, puis rechargez la page :
os-error-address-in-use = l’adresse est déjà utilisée : un autre programme écoute sur ce port (erreur système { $errno })
os-error-address-not-available = cette adresse n’appartient pas à cette machine (erreur système { $errno })

## Search
help-no-such-section = La rubrique { $topic } n’a pas de section « { $anchor } » : la rubrique entière est affichée.
search-in-english = [en anglais]
search-unmatched-word = Aucune rubrique ne contient « { $word } ».
search-other-words = Les rubriques ci-dessous contiennent les autres mots.
error-no-search-hit = Aucune rubrique d’aide ne contient « { $query } ».
error-nearest-terms = Mots les plus proches dans les rubriques : { $terms }
error-no-nearest-terms = Aucun mot des rubriques n’en est proche.
error-search-index = Impossible de créer l’index de recherche : { $reason }

## Lint: typography, glossary, plurals
lint-typo-fr-space = Typographie française : une espace fine insécable (U+202F) précède « { $char } » ; `{ $fix }` l’ajoute.
lint-typo-fr-guillemet = Typographie française : une espace fine insécable (U+202F) se place à l’intérieur des guillemets, après le guillemet ouvrant et avant le guillemet fermant, ici près de { $char } ; `{ $fix }` l’ajoute.
lint-typo-fr-apostrophe = Typographie française : l’apostrophe s’écrit ’ (U+2019), non pas ' ; `{ $fix }` la remplace.
lint-typo-quotes = Guillemets : cette langue cite avec { $open }…{ $close }, donc { $found } doit ici devenir { $expected } ; `{ $fix }` le remplace.
lint-typo-zh-space = Typographie chinoise : pas d’espace à côté du signe pleine chasse { $char } ; `{ $fix }` la supprime.
lint-typo-zh-full-width = Typographie chinoise : après un texte chinois, { $found } s’écrit en pleine chasse, { $expected } ; `{ $fix }` le remplace.
lint-typo-zh-parentheses = Typographie chinoise : les parenthèses sont en pleine chasse autour d’un texte contenant un caractère chinois, et en demi-chasse autour d’un texte qui n’en contient pas ; { $found } doit donc ici devenir { $expected }. `{ $fix }` les remplace.
lint-placeholder-unknown = « <{ $found }> » n’est pas un nom de valeur de la ligne de commande dans cette langue : un espace réservé s’écrit comme `--help` nomme la valeur ici (un message cli-value-* de ui.ftl, par exemple <{ $example }>).
lint-placeholder-bare = Dans une commande, un espace réservé s’écrit entre chevrons, comme l’écrit la ligne « Utilisation » de `--help` : <{ $name }> ; `{ $fix }` les ajoute.
lint-plural-one = En { $locale }, [one] de { $id } est aussi choisi pour { $numbers }, mais son texte n’affiche pas le nombre ({ $variable }) et dit donc « exactement un » : ajoutez une variante [1] pour exactement un, ou affichez le nombre dans [one].
lint-fix-built-in = --fix réécrit des fichiers et doit donc savoir quelle arborescence corriger : indiquez-la avec --root <{ cli-value-dir }>.
lint-fixed = Corrections typographiques faites : { $edits } (fichiers réécrits : { $files }).
lint-glossary-forbidden = « { $found } » n’est pas le terme du glossaire pour « { $english } » : employez « { $preferred } » ({ $glossary }).
lint-glossary-xml = Ce glossaire n’est pas un XML bien formé : ses termes ne sont pas vérifiés.
lint-glossary-status = « { $value } » n’est pas un statut administratif de TBX-Basic (preferredTerm-admn-sts, admittedTerm-admn-sts, deprecatedTerm-admn-sts, supersededTerm-admn-sts).
lint-glossary-no-preferred = Le concept { $concept } interdit des termes en { $locale } sans y nommer de terme préféré.
cli-about = Aide F1 localisée avec l’état actuel des certificats
cli-help-flag = Afficher l’aide
cli-version-flag = Afficher la version
cli-heading-usage = Utilisation
cli-heading-options = Options
cli-heading-arguments = Arguments
cli-heading-commands = Commandes
cli-usage-options = OPTIONS
cli-heading-colon = { " :" }
cli-value-command = COMMANDE
cli-value-addr = ADRESSE
cli-value-addr-port = ADRESSE:PORT
cli-value-cmd = COMMANDE
cli-value-csr-file = FICHIER_CSR
cli-value-dir = RÉPERTOIRE
cli-value-email = COURRIEL
cli-value-file = FICHIER
cli-value-format = FORMAT
cli-value-fqdn = FQDN
cli-value-key = CLÉ
cli-value-key-type = TYPE_DE_CLÉ
cli-value-keyword-topic = MOT_CLÉ|RUBRIQUE
cli-value-n = N
cli-value-name = NOM
cli-value-pem = PEM
cli-value-port = PORT
cli-value-query = REQUÊTE
cli-value-request = DEMANDE
cli-value-tag = LANGUE
cli-value-topic = RUBRIQUE
cli-value-thumbprint = EMPREINTE
cli-value-url = URL
cli-value-usage = UTILISATION
cli-value-ca = AC
cli-arg-lang = Langue de toute la sortie : BCP 47 ou POSIX, y compris une liste de préférences séparées par des virgules et pondérées par `;q=` comme dans Accept-Language ; répétable. Par défaut : LC_ALL, LC_MESSAGES, LANG. Avec `export`, les langues à exporter.
cli-arg-root = Une arborescence de contenu (avec content/ et locales/) à la place de l’arborescence intégrée.
cli-arg-store = Le magasin de l’assistant (par défaut : $DOCWIZ_HOME, sinon $XDG_DATA_HOME/docwiz).
cli-arg-json = Afficher un document JSON unique.
cli-arg-plain = Sortie ligne par ligne pour les lecteurs d’écran : sans pagination, sans interface plein écran, sans mise en forme ANSI.
cli-arg-no-interactive = Ne jamais ouvrir l’assistant plein écran ni le pagineur : les commandes affichent tout comme en l’absence de terminal.
cli-about-help = Afficher la rubrique d’aide correspondant à des mots clés F1 (le plus spécifique en premier) ou à un identifiant de rubrique.
cli-arg-help-keywords = Mots clés F1, le plus spécifique en premier, ou identifiants de rubrique.
cli-arg-help-format = Le format de sortie : term (le terminal), md (Markdown) ou html.
cli-arg-help-side-by-side = Faire suivre chaque bloc de son texte source en anglais.
cli-arg-help-strict = Échouer (code de sortie 1) dès qu’un message est remplacé par l’anglais.
cli-arg-help-live = Afficher l’état actuel de l’assistant dans la page (par défaut).
cli-arg-help-no-live = Ne pas afficher l’état actuel.
cli-arg-help-request = La demande dont la page affiche l’état (par défaut : la plus récente).
cli-arg-help-no-pager = Afficher la page telle quelle, même si elle est plus longue que le terminal, au lieu de la montrer dans le pagineur plein écran.
cli-about-search = Trouver des rubriques d’après les mots de leur titre, de leurs titres de section, de leur texte et de leurs mots clés F1.
cli-arg-search-query = Les mots à trouver (tous, dans n’importe quel ordre ; n’importe lequel d’entre eux si aucune rubrique ne les contient tous).
cli-arg-search-limit = Afficher au plus ce nombre de rubriques.
cli-about-topics = Lister les rubriques avec leurs titres, leurs mots clés F1 et leurs messages non traduits.
cli-arg-topics-tree = Afficher la table des matières (content/toc.yml) sous forme d’arborescence de titres.
cli-about-lint = Vérifier le contenu et les traductions ; code de sortie 1 en cas d’erreur.
cli-arg-lint-fix = Réécrire les traductions de l’arborescence --root avec les corrections typographiques que propose lint (texte des messages uniquement), puis vérifier de nouveau.
cli-about-export = Écrire toutes les rubriques dans toutes les langues sous forme de site HTML statique ou en Markdown.
cli-arg-export-format = Le format de sortie : html (un site) ou md (Markdown pour un dépôt DocFX).
cli-arg-export-out = Le répertoire à écrire (remplacé dans son ensemble si l’exportation réussit).
cli-arg-export-live = Insérer l’état actuel de l’assistant dans les pages qui ont un espace réservé dynamique.
cli-arg-export-base-url = L’URL à laquelle le site sera publié : les liens vers les autres versions linguistiques (hreflang) deviennent absolus.
cli-about-wizard = L’Assistant Certificat.
cli-arg-wizard-f1 = Afficher la rubrique d’aide de cette page avec l’état actuel au lieu d’exécuter l’étape.
cli-about-wizard-request = Demander un certificat en ligne : clé, CSR, réponse de l’AC, puis page d’état.
cli-arg-wizard-request-fqdn = Le nom de domaine complet du serveur (CN de l’objet et premier autre nom de l’objet).
cli-arg-wizard-request-sans = Un autre nom DNS pour le certificat (répétable).
cli-arg-wizard-request-key = Le type de clé : rsa-2048, rsa-3072, rsa-4096, ecdsa-p256, ecdsa-p384.
cli-arg-wizard-request-usage = Utilisations de certificat séparées par des virgules : default, web-internal, web-external.
cli-arg-wizard-request-ca = L’AC : l’AC locale intégrée, une AC ACME ou cfssl.
cli-arg-wizard-request-offline = Écrire plutôt la CSR dans ce nouveau fichier ; importer la réponse de l’AC plus tard. Un fichier existant n’est jamais remplacé, et rien n’est écrit dans le magasin ; le répertoire du fichier doit exister (sinon code de sortie 2).
cli-arg-wizard-request-acme-directory = L’URL du répertoire ACME (avec --ca acme).
cli-arg-wizard-request-acme-ca-bundle = Un certificat d’AC au format PEM auquel remonte le certificat HTTPS du serveur ACME.
cli-arg-wizard-request-acme-contact = Une adresse électronique de contact pour le compte ACME.
cli-arg-wizard-request-acme-http-port = Le port sur lequel docwiz répond aux défis http-01.
cli-arg-wizard-request-acme-http-address = L’adresse sur laquelle docwiz attend ces défis (127.0.0.1 uniquement, sauf indication contraire).
cli-arg-wizard-request-cfssl-url = L’URL de `cfssl serve` (avec --ca cfssl).
cli-arg-wizard-request-cfssl-profile = Le profil de signature cfssl.
cli-about-wizard-import-response = Importer la réponse de l’AC à une demande différée (PEM, DER ou PKCS#7).
cli-arg-wizard-import-response-request = La demande différée à laquelle la réponse correspond.
cli-arg-wizard-import-response-file = La réponse de l’AC : un certificat au format PEM ou DER, ou un fichier PKCS#7 avec sa chaîne de certificats.
cli-about-wizard-import = Installer un certificat obtenu ailleurs avec sa clé : <{ cli-value-file }> --key <{ cli-value-key }>, un fichier PEM contenant les deux, ou un fichier .pfx.
cli-arg-wizard-import-file = Un certificat (PEM, DER, PKCS#7 ; avec --key), un fichier PEM contenant le certificat et sa clé, ou un fichier PKCS#12.
cli-arg-wizard-import-key = La clé privée du certificat (PEM ou DER : PKCS#8, PKCS#8 chiffré, PKCS#1, SEC1).
cli-arg-wizard-import-password-file = Un fichier dont la première ligne est le mot de passe PKCS#12.
cli-arg-wizard-import-key-password-file = Un fichier dont la première ligne est le mot de passe d’une clé chiffrée.
cli-arg-wizard-import-friendly-name = La paire à prendre dans un fichier PKCS#12 qui en contient plusieurs : son nom convivial, ou l’empreinte numérique de son certificat.
cli-about-wizard-retry = Soumettre de nouveau à l’AC locale une demande locale qui a échoué (même clé et même CSR).
cli-arg-wizard-retry-request = La demande qui a échoué (par défaut : la demande la plus récente).
cli-about-wizard-status = La page « État de la demande de certificat en ligne ».
cli-arg-wizard-status-request = La demande à afficher (par défaut : la plus récente).
cli-about-wizard-details = Afficher les détails du certificat.
cli-arg-wizard-details-thumbprint = Le certificat à afficher, désigné par son empreinte numérique SHA-1 (par défaut : le certificat de la demande la plus récente).
cli-about-wizard-finish = Terminer la demande ; attribuer le certificat à ses utilisations, sauf avec --no-assign.
cli-arg-wizard-finish-request = La demande à terminer (par défaut : la plus récente).
cli-arg-wizard-finish-no-assign = Décocher la case « Attribuer ce certificat aux utilisations de certificat de … ».
cli-arg-wizard-finish-deploy-hook = Une commande shell exécutée après l’attribution (à la manière de certbot). Si elle échoue, l’attribution reste acquise (liens et historique basculés) et docwiz signale l’échec du hook avec le code de sortie 1, comme certbot.
cli-about-wizard-check = Vérifier le magasin : liens de live/, clés privées, enregistrements, fichiers de certificat et AC locale ; chaque problème avec son fichier. Code de sortie 1 s’il y en a un.
cli-about-wizard-assign = Attribuer un certificat installé à des utilisations.
cli-arg-wizard-assign-thumbprint = Le certificat à attribuer, désigné par son empreinte numérique SHA-1.
cli-arg-wizard-assign-usage = Utilisations de certificat séparées par des virgules (par défaut : celles de sa demande).
cli-arg-wizard-assign-deploy-hook = Une commande shell exécutée après l’attribution (à la manière de certbot). Si elle échoue, l’attribution reste acquise (liens et historique basculés) et docwiz signale l’échec du hook avec le code de sortie 1, comme certbot.
cli-about-trust = Les magasins de confiance : Autorités de certification racines de confiance et Autorités de certification intermédiaires.
cli-about-trust-import-root = Approuver une AC racine (Autorités de certification racines de confiance) ; demande d’abord confirmation.
cli-arg-trust-import-root-file = Le certificat de l’AC racine (PEM, DER ou PKCS#7).
cli-arg-trust-import-root-yes = Approuver sans demander confirmation.
cli-about-trust-import-intermediate = Ajouter une AC intermédiaire (Autorités de certification intermédiaires).
cli-arg-trust-import-intermediate-file = Le certificat de l’AC intermédiaire (PEM, DER ou PKCS#7).
cli-about-trust-list = Afficher les deux magasins de confiance.
cli-about-certs = Certificats installés.
cli-about-certs-list = Certificats installés et utilisations auxquelles ils sont attribués.
cli-about-serve = Servir en HTTP le site d’aide, le point de terminaison F1 et l’assistant.
cli-arg-serve-listen = L’adresse et le port d’écoute ; pour toute adresse autre qu’une adresse de bouclage, les pages de l’assistant exigent le jeton d’accès affiché au démarrage.
cli-arg-serve-open = Ouvrir le site dans le navigateur par défaut dès que l’écoute commence.
cli-try-help = Pour en savoir plus, essayez « { $flag } ».
cli-error-missing-value = « { $arg } » demande une valeur, mais aucune n’a été donnée.
cli-error-invalid-value = « { $value } » n’est pas une valeur valide pour « { $arg } ».
cli-error-invalid-choice = « { $value } » n’est pas une valeur valide pour « { $arg } » ; valeurs possibles : { $valid }.
cli-error-invalid-value-why = « { $value } » n’est pas une valeur valide pour « { $arg } » : { $reason }.
cli-error-out-of-range = « { $value } » n’est pas une valeur valide pour « { $arg } » : indiquez un nombre entier de { $min } à { $max }.
cli-error-unknown-argument = Argument inattendu « { $arg } ».
cli-error-unknown-command = Commande inconnue « { $command } ».
cli-error-missing-arguments = { $count ->
    [1] Cet argument obligatoire n’a pas été donné : { $args }
   *[other] Ces arguments obligatoires n’ont pas été donnés : { $args }
}
cli-error-missing-command = Une commande est requise : { $commands }.
cli-error-given-twice = « { $arg } » ne peut pas être donné plus d’une fois.
cli-error-conflict = « { $arg } » ne peut pas être utilisé avec « { $other } ».
cli-error-no-equals = « { $arg } » attend sa valeur après un signe égal (=).
cli-error-too-many-values = Valeur inattendue « { $value } » pour « { $arg } ».
cli-error-wrong-number-of-values = « { $arg } » a reçu un nombre de valeurs incorrect.
cli-error-not-utf8 = Un argument n’est pas de l’UTF-8 valide.
cli-error-other = Impossible de lire les arguments.
cli-tip-similar-command = Conseil : une commande similaire existe : { $suggestion }
cli-tip-similar-argument = Conseil : un argument similaire existe : { $suggestion }
cli-tip-similar-value = Conseil : une valeur similaire existe : { $suggestion }
cli-tip-value-with-dash = Conseil : pour passer « { $arg } » comme valeur, utilisez « -- { $arg } ».
cli-error-listen-address = format attendu { cli-value-addr-port }, par exemple 127.0.0.1:8080 ou localhost:8080
cli-about-certs-remove = Supprimer du magasin un certificat installé et sa clé ; refusé tant qu’une utilisation le détient (attribuez d’abord un autre certificat à cette utilisation). La demande dont il est issu conserve son enregistrement et sa clé.
cli-arg-certs-remove-thumbprint = L’empreinte numérique du certificat (SHA-1, telle que `certs list` l’affiche).
cli-about-certs-export = Écrire un certificat installé avec sa clé et sa chaîne pour un autre serveur : un fichier PKCS#12 (--pfx) ou des fichiers PEM comme les écrit certbot (--pem).
cli-arg-certs-export-thumbprint = L’empreinte numérique du certificat (SHA-1, telle que `certs list` l’affiche).
cli-arg-certs-export-pfx = Un nouveau fichier PKCS#12 (.pfx, 0600) avec la clé et la chaîne, pour Windows, IIS ou `openssl pkcs12`. AES-256-CBC avec PBKDF2-SHA256.
cli-arg-certs-export-password-file = Un fichier dont la première ligne est le mot de passe PKCS#12. Sans lui, le mot de passe est demandé dans le terminal (deux fois) ; un mot de passe vide est refusé.
cli-arg-certs-export-legacy = Protéger le fichier PKCS#12 par 3DES et un MAC SHA-1, pour les versions de Windows antérieures à Windows 10 1709 et Windows Server 2019.
cli-arg-certs-export-pem = Un répertoire pour cert.pem, chain.pem, fullchain.pem et privkey.pem (0600), comme les écrit certbot. Créé (0700) s’il n’existe pas ; les fichiers déjà présents ne sont jamais remplacés.
cli-after-wizard-finish =
    Fichiers : après l’attribution, le certificat de chaque utilisation se trouve dans le magasin, dans
    live/<{ cli-value-usage }>/fullchain.pem (le certificat et les certificats de ses AC) et
    live/<{ cli-value-usage }>/privkey.pem (sa clé, 0600) ; la commande affiche leurs chemins complets.
    Ils suivent l’utilisation lorsqu’un autre certificat lui est attribué : la configuration
    d’un serveur ne les nomme qu’une fois.

    Hook de déploiement (--deploy-hook <{ cli-value-cmd }>) : exécuté par sh -c une fois les liens
    basculés, avec cet environnement :
      DOCWIZ_USAGES          les utilisations attribuées, séparées par des virgules
                             (default,web-internal,web-external)
      DOCWIZ_THUMBPRINT      l’empreinte numérique du certificat attribué
      DOCWIZ_CERT_DIR        son répertoire dans le magasin, en chemin absolu
                             (certs/<{ cli-value-thumbprint }> : cert.pem, chain.pem,
                             fullchain.pem, privkey.pem)
      DOCWIZ_OLD_THUMBPRINT  au renouvellement (wizard renew) : le certificat remplacé ;
                             jamais définie par finish ni assign
    Si le hook échoue, l’attribution est maintenue et docwiz se termine avec le code 1, comme certbot.
cli-after-wizard-assign = { cli-after-wizard-finish }
cli-default-value = [par défaut : { $value }]
cli-possible-values = [valeurs possibles : { $values }]
cli-arg-trust-f1 = Afficher la rubrique d’aide de cette page avec l’état actuel au lieu d’exécuter l’étape.
cli-arg-certs-f1 = Afficher la rubrique d’aide de cette page avec l’état actuel au lieu d’exécuter l’étape.

error-in-use = { $count ->
    [1] Le certificat { $thumbprint } est attribué à cette utilisation ; il n’a donc pas été supprimé. Attribuez-lui d’abord un autre certificat ({ $command }) :
   *[other] Le certificat { $thumbprint } est attribué à ces utilisations ; il n’a donc pas été supprimé. Attribuez-leur d’abord un autre certificat ({ $command }) :
}
in-use-usage = { $label } (--usage { $usage })
certs-removed = Le certificat { $thumbprint } et sa clé privée ont été supprimés du magasin.
error-needs-password = Un fichier PKCS#12 nécessite un mot de passe : indiquez --password-file <{ cli-value-file }> (sa première ligne est le mot de passe), ou exécutez la commande dans un terminal pour le saisir. Rien n’a été écrit.
error-password-not-confirmed = Le mot de passe était vide, ou les deux saisies diffèrent. Rien n’a été écrit.
export-password-empty = La première ligne de ce fichier est vide ; un fichier PKCS#12 nécessite un mot de passe. Rien n’a été écrit.
export-not-file-name = Ce n’est pas un nom de fichier pour le certificat exporté.
export-no-directory = Le répertoire { $dir } n’existe pas : créez-le d’abord, ou choisissez un autre emplacement.
export-exists = Ce fichier existe déjà. docwiz ne remplace jamais un fichier lorsqu’il exporte un certificat : choisissez un nouveau nom, ou retirez d’abord le fichier.
export-revoked-warning = Attention : le certificat { $thumbprint } a été révoqué le { $date } ({ $reason }) : les clients qui vérifient la révocation le refusent.
export-not-regular = Quelque chose qui n’est pas un fichier (un répertoire, un lien, une FIFO, un périphérique…) porte déjà ce nom ; docwiz n’exporte que vers de nouveaux fichiers.
export-pem-is-file = Ceci est un fichier, or --pem attend un répertoire (nouveau, ou ne contenant aucun de cert.pem, chain.pem, fullchain.pem, privkey.pem). Pour un seul fichier, utilisez --pfx.
export-in-store = Cet emplacement est dans le magasin { $store }, dont docwiz gère lui-même les fichiers : exportez hors de celui-ci.
certs-exported-pfx = Le certificat, sa clé privée et sa chaîne ont été écrits dans { $file }.
certs-exported-pem = Le certificat, sa chaîne et sa clé privée ont été écrits dans :
prompt-password = Mot de passe du fichier PKCS#12 :
prompt-password-again = Le même mot de passe, à nouveau :

assign-file-chain = { $usage }, certificat et chaîne : { $path }
assign-file-key = { $usage }, clé privée : { $path }

site-search-label = Rechercher dans l’aide
site-search-button = Rechercher
site-search-results = Rubriques contenant « { $query } »
site-search-nothing = Aucune rubrique ne contient « { $query } ».
site-search-unavailable = Impossible de charger l’index de recherche de ce site.

renew-nothing-due = Aucun certificat n’est à renouveler ; le prochain, { $thumbprint }, sera renouvelé à partir du { $date }.
renew-nothing-assigned = Aucun certificat n’est attribué à une utilisation : il n’y a rien à renouveler.
renew-done = Le certificat { $old } a été renouvelé : le nouveau certificat { $new } (demande { $request }) a repris ses utilisations.
renew-failed-line = Le certificat { $thumbprint } n’a pas été renouvelé et conserve ses utilisations (la raison est indiquée plus haut).
renew-not-due-line = Le certificat { $thumbprint } n’est pas encore à renouveler : il le sera à partir du { $date }.
renew-reason-untrusted = la chaîne du nouveau certificat n’est pas approuvée ({ $status ->
    [untrusted-root] l’AC racine n’est pas approuvée
    [missing-intermediate] il manque un certificat d’AC intermédiaire
    [expired] un certificat a expiré
    [not-yet-valid] un certificat n’est pas encore valide
   *[other] elle ne peut pas être vérifiée
}) ; il n’a donc repris aucune utilisation
renew-reason-not-renewable = le certificat { $thumbprint } n’a pas été demandé à une AC par docwiz (il a été importé, ou demandé hors connexion) : renouvelez-le là où il a été émis, puis importez le nouveau certificat
error-renew-untrusted = La chaîne du nouveau certificat n’est pas approuvée ({ $status ->
    [untrusted-root] l’AC racine n’est pas approuvée
    [missing-intermediate] il manque un certificat d’AC intermédiaire
    [expired] un certificat a expiré
    [not-yet-valid] un certificat n’est pas encore valide
   *[other] elle ne peut pas être vérifiée
}) ; il n’a donc repris aucune utilisation.
error-renew-not-renewable = Le certificat { $thumbprint } n’a pas été demandé à une AC par docwiz (il a été importé, ou demandé hors connexion) : renouvelez-le là où il a été émis, puis importez le nouveau certificat.
error-not-renewable-unassigned = Le certificat { $thumbprint } n’est attribué à aucune utilisation ; or un renouvellement remplace un certificat qu’une utilisation détient. Attribuez-le d’abord, ou demandez un nouveau certificat.
renew-due-note = Renouvellement dû depuis le { $date } : { $command }
renew-failed-note = Le dernier renouvellement, le { $date }, a échoué : { $reason }. Le certificat conserve ses utilisations.
list-days-left = { $days ->
    [one] { $days } jour restant
   *[other] { $days } jours restants
}
list-expired = expiré
value-with-note = { $value } ({ $note })
cli-about-wizard-renew = Renouveler les certificats attribués qui arrivent à échéance : la même demande à nouveau (noms, type de clé, utilisations, AC), et le nouveau certificat reprend les utilisations de l’ancien. Rien à renouveler : une seule ligne, code 0 (pour un minuteur).
cli-arg-wizard-renew-thumbprint = Seulement ce certificat, désigné par son empreinte SHA-1.
cli-arg-wizard-renew-all = Tous les certificats attribués qui arrivent à échéance (par défaut).
cli-arg-wizard-renew-days = À renouveler quand il reste moins de N jours, N de 0 à 3650 (par défaut : un tiers de la durée de validité, 30 jours au plus, ou plus tôt quand la fenêtre de renouvellement de l’AC ACME s’ouvre).
cli-arg-wizard-renew-reuse-key = Conserver la clé du certificat au lieu d’en créer une nouvelle.
cli-arg-wizard-renew-deploy-hook = Une commande shell exécutée une fois après que chaque certificat renouvelé a repris ses utilisations, avec DOCWIZ_OLD_THUMBPRINT égal au certificat remplacé.
cli-arg-wizard-renew-quiet = Ne rien afficher quand aucun certificat n’est à renouveler (les erreurs restent affichées) : pour un minuteur ou cron.
cli-after-wizard-renew = { cli-after-wizard-finish }
cli-arg-wizard-request-local-validity-days = L’AC locale : la durée de validité du certificat en jours, de 1 à 397 (397 par défaut). Les renouvellements la reprennent ; les durées courtes servent à essayer le renouvellement.

## Révocation (wizard revoke, trust crl)

revoke-ca-name = { $ca ->
    [local] l’AC locale
    [acme] l’AC ACME
    [cfssl] l’AC cfssl
   *[other] l’AC « { $ca } »
}
revoke-reason-unspecified = aucun motif indiqué
revoke-reason-key-compromise = la clé privée a été compromise
revoke-reason-ca-compromise = l’AC a été compromise
revoke-reason-affiliation-changed = le nom ou l’affiliation du sujet a changé
revoke-reason-superseded = le certificat a été remplacé
revoke-reason-cessation-of-operation = le serveur n’est plus en service
revoke-reason-privilege-withdrawn = le droit d’utiliser le certificat a été retiré
revoke-warning = Vous êtes sur le point de révoquer le certificat { $thumbprint } ({ $subject }) auprès de { $ca }, car { $reason }. Une révocation est définitive : les clients qui vérifient la révocation refuseront désormais ce certificat.
revoke-warning-usages = { $count ->
    [1] Cette utilisation n’aura plus de certificat tant que vous n’en aurez pas attribué un autre : { $usages }
   *[other] Ces utilisations n’auront plus de certificat tant que vous n’en aurez pas attribué un autre : { $usages }
}
revoke-question = Révoquer ce certificat ? [o/N]
revoke-done = Le certificat { $thumbprint } a été révoqué par { $ca } le { $date } ({ $reason }).
revoke-unassigned = { $count ->
    [1] Cette utilisation n’a plus de certificat : { $usages }. Attribuez-en un autre : { $command }
   *[other] Ces utilisations n’ont plus de certificat : { $usages }. Attribuez-en un autre : { $command }
}
revoke-kept = Le certificat révoqué reste installé ; pour le supprimer : { $command }
revoke-same-key = Le certificat { $thumbprint } certifie la même clé compromise et n’est pas révoqué : révoquez-le aussi : { $command }
revoked-note = Révoqué le { $date } ({ $reason }) : il ne peut plus être attribué ni renouvelé.
live-cert-revoked = { $thumbprint } ({ $subject }), révoqué le { $revoked }
error-revoke-needs-confirmation = La révocation d’un certificat nécessite votre confirmation : exécutez la commande dans un terminal ou ajoutez --yes. Rien n’a été révoqué.
error-revoke-declined = Rien n’a été révoqué.
error-not-revocable = { $ca ->
    [offline] Le certificat { $thumbprint } a été demandé hors connexion : docwiz ne peut pas demander sa révocation à son AC. Révoquez-le auprès de l’AC qui l’a émis.
    [local] Le certificat { $thumbprint } a été émis par une AC locale que ce magasin n’a plus : il ne peut pas être révoqué ici. Révoquez-le auprès de l’AC qui l’a émis.
   *[other] Le certificat { $thumbprint } n’a pas été demandé à une AC par docwiz (il a été importé) : docwiz ne peut pas le révoquer. Révoquez-le auprès de l’AC qui l’a émis.
}
error-already-revoked = Le certificat { $thumbprint } a déjà été révoqué le { $date }.
error-cert-revoked = Le certificat { $thumbprint } a été révoqué le { $date } : il ne peut plus être attribué ni renouvelé. Demandez un nouveau certificat.
error-key-compromised = La clé du certificat { $thumbprint } a été déclarée compromise lors de la révocation du certificat { $revoked } le { $date } : --reuse-key la ferait certifier de nouveau. Renouvelez sans --reuse-key pour obtenir une nouvelle clé.
error-export-compromised = Le certificat { $thumbprint } n’est pas exporté : sa clé a été déclarée compromise lors de la révocation du certificat { $revoked } le { $date }, et une clé compromise ne doit plus être déployée. Demandez un nouveau certificat, avec une nouvelle clé.
error-cert-removed = Le certificat { $thumbprint } a été supprimé du magasin (certs remove), avec sa clé : il ne peut plus être attribué. Demandez un nouveau certificat.
error-store-not-found = Il n’y a pas de magasin dans { $store }. Indiquez le magasin avec --store <{ cli-value-dir }> (ou DOCWIZ_HOME) ; un minuteur ou un service peut s’exécuter sans le HOME de l’utilisateur qui l’a créé.
error-no-local-ca = Le magasin n’a pas encore d’AC locale, il n’y a donc aucune CRL à écrire : l’AC locale est créée à la première demande qui lui est adressée.
crl-written = La CRL numéro { $number } de l’AC locale ({ $count ->
    [0] aucun certificat révoqué
    [one] un certificat révoqué
   *[other] { $count } certificats révoqués
}, prochaine mise à jour au plus tard le { $date }) a été écrite dans { $file }.
crl-not-file-name = Ce n’est pas un nom de fichier pour la CRL.
crl-no-directory = Le répertoire { $dir } n’existe pas. docwiz ne crée aucun répertoire hors de son magasin : créez-le d’abord, ou choisissez un autre fichier.
crl-exists = Ce fichier existe déjà. Sans --force, docwiz ne remplace jamais un fichier par la CRL : choisissez un nouveau nom de fichier, retirez d’abord le fichier, ou ajoutez --force pour le remplacer.
crl-not-regular = Quelque chose qui n’est pas un fichier (un répertoire, un lien, une FIFO, un périphérique…) porte déjà ce nom ; docwiz n’écrit la CRL que dans un nouveau fichier.
crl-in-store = Ce fichier est dans le magasin { $store }, dont docwiz gère lui-même les fichiers : écrivez la CRL hors de celui-ci.
cli-about-wizard-revoke = Révoquer un certificat auprès de l’AC qui l’a émis (l’AC locale, ACME ou cfssl, selon sa demande) ; demande confirmation. Les utilisations qui le détiennent le perdent ; il reste installé.
cli-arg-wizard-revoke-thumbprint = L’empreinte numérique du certificat (SHA-1, telle que `certs list` l’affiche).
cli-arg-wizard-revoke-reason = Le motif, par son nom dans la RFC 5280.
cli-arg-wizard-revoke-yes = Révoquer sans demander confirmation.
cli-value-reason = MOTIF
cli-about-trust-crl = Écrire la liste de révocation de certificats (CRL) de l’AC locale, signée par son AC émettrice, dans un nouveau fichier : PEM, ou DER avec --der.
cli-arg-trust-crl-out = Le nouveau fichier (un fichier existant n’est jamais remplacé sans --force).
cli-arg-trust-crl-der = Écrire du DER au lieu du PEM.
cli-arg-trust-crl-force = Remplacer { cli-value-file } s’il existe (de façon atomique : un nouveau fichier renommé par-dessus), pour écrire régulièrement une nouvelle CRL depuis un minuteur.
details-revocation = Révocation
