# Chaînes de la ligne de commande et de l'assistant docwiz, et termes que l'aide
# partage avec eux. Les rubriques d'aide ne désignent les boutons, cases à cocher,
# pages et magasins qu'au moyen de ces termes : l'aide et le programme concordent
# donc toujours.

## Termes

-product = Skype for Business Server
-page-request-status = État de la demande de certificat en ligne
-page-wizard-main = Assistant Certificat
-button-finish = Terminer
-button-assign = Attribuer
-button-view-details = Afficher les détails du certificat
-checkbox-assign = Attribuer ce certificat aux utilisations de certificat de { -product }
-store-root = Autorités de certification racines de confiance
-store-intermediate = Autorités intermédiaires de certification
-usage-default = Serveur par défaut
-usage-web-internal = Services web internes
-usage-web-external = Services web externes

## Libellés des encadrés

alert-note = Remarque
alert-tip = Conseil
alert-important = Important
alert-warning = Avertissement
alert-caution = Attention

## Sortie de l'aide

help-fallback-note = { $count ->
    [one] { $count } bloc de cette page est affiché en anglais, car il n'est pas encore traduit.
   *[other] { $count } blocs de cette page sont affichés en anglais, car ils ne sont pas encore traduits.
}
help-fallback-badge = En anglais : pas encore traduit
help-source-label = Texte source en anglais :

## Liste des rubriques

topics-column-id = Rubrique
topics-column-title = Titre
topics-column-f1 = Mots clés F1
topics-column-missing = Messages non traduits
topics-complete = complet

## Erreurs et avertissements

diag-error = erreur
diag-warning = avertissement
error-unknown-keyword = Aucune rubrique d'aide ne correspond à { $keywords }.
error-nearest-keywords = Mots clés connus les plus proches : { $suggestions }
error-no-nearest-keywords = Aucun mot clé connu n'en est proche.
error-read = Impossible de lire { $path } : { $reason }
error-not-utf8 = Ce fichier n'est pas un texte UTF-8 valide.
error-ftl-syntax = Erreur de syntaxe Fluent : { $detail }
ftl-expected-token = « { $token } » est attendu ici.
ftl-expected-char-range = L'un des caractères suivants est attendu ici : { $range }.
ftl-expected-message-field = Le message { $id } n'a ni valeur ni attribut.
ftl-expected-term-field = Le terme { $id } n'a pas de valeur.
ftl-missing-default-variant = Cette expression de sélection n'a pas de variante par défaut (marquée par *).
ftl-missing-value = Une valeur est attendue ici.
ftl-unterminated-string = Cette chaîne littérale n'est pas fermée.
ftl-unbalanced-brace = Cette accolade fermante n'a pas d'accolade ouvrante.
ftl-expected-expression = Une expression est attendue entre les accolades.
error-front-matter-missing = La rubrique ne commence pas par un en-tête YAML (une ligne ---).
error-front-matter-unclosed = L'en-tête YAML n'est pas fermé par une ligne ---.
error-front-matter-line = Cette ligne de l'en-tête YAML n'est pas de la forme clé: valeur.
error-front-matter-list = La valeur de { $key } doit être une liste, par exemple [a, b].
error-front-matter-no-id = L'en-tête YAML ne contient pas d'id.
error-front-matter-id-mismatch = L'id { $id } ne correspond pas au nom du fichier, d'après lequel il devrait être { $expected }.
error-template-unclosed = Cet espace réservé est ouvert par des accolades doubles, mais n'est jamais fermé.
error-template-empty = Cet espace réservé ne désigne aucun message.
error-template-live = Il n'existe aucun espace réservé dynamique nommé { $name }.
error-strict-fallback = { $count ->
    [one] --strict : { $count } message est remplacé par l'anglais dans { $locale } : { $messages }
   *[other] --strict : { $count } messages sont remplacés par l'anglais dans { $locale } : { $messages }
}
error-bad-language = { $tag } n'est pas une balise de langue valide.

## Contrôle (lint)

lint-missing-file = Il manque le fichier de traduction { $file } pour les paramètres régionaux { $locale }.
lint-missing-message = Le message { $id } est absent de { $locale } ; l'anglais est affiché à la place.
lint-obsolete-message = Le message { $id } de { $locale } n'existe plus en anglais.
lint-unknown-message = Référence à un message inconnu { $id }.
lint-unknown-term = Référence à un terme inconnu { $id }.
lint-variables-differ = Le message { $id } utilise les variables { $found }, alors que l'anglais utilise { $expected }.
lint-unfilled-slot = Aucun message anglais ne remplit l'espace réservé { $id }.
lint-duplicate-f1 = Le mot clé F1 { $keyword } est revendiqué à la fois par { $first } et par { $second }.
lint-summary = { $errors ->
    [one] { $errors } erreur
   *[other] { $errors } erreurs
}, { $warnings ->
    [one] { $warnings } avertissement.
   *[other] { $warnings } avertissements.
}
