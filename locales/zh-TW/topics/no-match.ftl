# 當頁面傳送的 F1 關鍵字沒有符合任何主題時顯示。

title = 此頁面尚無說明
description = 您要求的說明關鍵字不符合任何主題。
explanation = { $keyword-count ->
    [1] 沒有符合關鍵字 { $keyword } 的說明主題。
   *[other] 關鍵字 { $keyword } 都沒有符合的說明主題。
}
suggestions = { $count ->
    [0] { $keyword-count ->
        [1] 沒有與其相近的已知關鍵字。
       *[other] 沒有與這些關鍵字相近的已知關鍵字。
    }
   *[other] 最接近的已知關鍵字：{ $suggestions }
}
next-step = 若要列出所有主題及其 F1 關鍵字，請執行 `docwiz topics`。
