# Se muestra cuando ningún tema coincide con las palabras clave F1 que envió una página.

title = Todavía no hay ayuda para esta página
description = La palabra clave de ayuda solicitada no coincide con ningún tema.
explanation = { $keyword-count ->
    [one] Ningún tema de ayuda coincide con la palabra clave { $keyword }.
   *[other] Ningún tema de ayuda coincide con las palabras clave { $keyword }.
}
suggestions = { $count ->
    [0] { $keyword-count ->
        [one] Ninguna palabra clave conocida se le parece.
       *[other] Ninguna palabra clave conocida se les parece.
    }
    [one] Palabra clave conocida más cercana: { $suggestions }
   *[other] Palabras clave conocidas más cercanas: { $suggestions }
}
next-step = Para ver una lista de todos los temas con sus palabras clave F1, ejecute `docwiz topics`.
