# Shown when no topic matches the F1 keywords a page sent.

title = No help for this page yet
description = The help keyword you asked for does not match any topic.
explanation = { $keyword-count ->
    [one] No help topic matches the keyword { $keyword }.
   *[other] No help topic matches any of the keywords { $keyword }.
}
suggestions = { $count ->
    [0] { $keyword-count ->
        [one] No known keyword is close to it.
       *[other] No known keyword is close to any of them.
    }
    [one] Nearest known keyword: { $suggestions }
   *[other] Nearest known keywords: { $suggestions }
}
next-step = To list every topic with its F1 keywords, run `docwiz topics`.
