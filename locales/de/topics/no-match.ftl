# Wird angezeigt, wenn kein Thema zu den F1-Schlüsselwörtern passt, die eine Seite gesendet hat.

title = Für diese Seite gibt es noch keine Hilfe
description = Das angeforderte Hilfeschlüsselwort passt zu keinem Thema.
explanation = { $keyword-count ->
    [one] Zum Schlüsselwort { $keyword } gibt es kein Hilfethema.
   *[other] Zu keinem der Schlüsselwörter { $keyword } gibt es ein Hilfethema.
}
suggestions = { $count ->
    [0] { $keyword-count ->
        [one] Kein bekanntes Schlüsselwort ähnelt ihm.
       *[other] Kein bekanntes Schlüsselwort ähnelt einem von ihnen.
    }
    [one] Ähnlichstes bekanntes Schlüsselwort: { $suggestions }
   *[other] Ähnlichste bekannte Schlüsselwörter: { $suggestions }
}
next-step = Um alle Themen mit ihren F1-Schlüsselwörtern aufzulisten, führen Sie `docwiz topics` aus.
