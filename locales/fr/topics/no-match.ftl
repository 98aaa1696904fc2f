# Affiché lorsqu'aucune rubrique ne correspond aux mots clés F1 envoyés par une page.

title = Pas encore d’aide pour cette page
description = Le mot clé d’aide demandé ne correspond à aucune rubrique.
explanation = { $keyword-count ->
    [1] Aucune rubrique d’aide ne correspond au mot clé { $keyword }.
   *[other] Aucune rubrique d’aide ne correspond aux mots clés { $keyword }.
}
suggestions = { $count ->
    [0] { $keyword-count ->
        [1] Aucun mot clé connu n’en est proche.
       *[other] Aucun mot clé connu n’est proche de l’un d’eux.
    }
    [one] Mot clé connu le plus proche : { $suggestions }
   *[other] Mots clés connus les plus proches : { $suggestions }
}
next-step = Pour afficher la liste de toutes les rubriques avec leurs mots clés F1, exécutez `docwiz topics`.
