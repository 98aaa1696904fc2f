# docwiz 命令列與精靈使用的字串，以及說明文字與它們共用的詞彙。說明主題只透過這些
# 詞彙提及按鈕、核取方塊、頁面與存放區，因此說明與程式的用語永遠一致。

## 詞彙

-product = Skype for Business Server
-page-request-status = 線上憑證要求狀態
-page-wizard-main = 憑證精靈
-button-finish = 完成
-button-assign = 指派
-button-view-details = 檢視憑證詳細資料
-checkbox-assign = 將此憑證指派給 { -product } 憑證用途
-store-root = 受信任的根憑證授權單位
-store-intermediate = 中繼憑證授權單位
-usage-default = 伺服器預設
-usage-web-internal = 內部 Web 服務
-usage-web-external = 外部 Web 服務

## 警示標籤

alert-note = 附註
alert-tip = 提示
alert-important = 重要
alert-warning = 警告
alert-caution = 注意

## 說明輸出

help-fallback-note = { $count ->
    [one] 此頁面有 { $count } 個區塊尚未翻譯，因此以英文顯示。
   *[other] 此頁面有 { $count } 個區塊尚未翻譯，因此以英文顯示。
}
help-fallback-badge = 英文：尚未翻譯
help-source-label = 英文原文：

## 主題清單

topics-column-id = 主題
topics-column-title = 標題
topics-column-f1 = F1 關鍵字
topics-column-missing = 未翻譯的訊息
topics-complete = 完整

## 錯誤與警告

diag-error = 錯誤
diag-warning = 警告
error-unknown-keyword = 沒有符合 { $keywords } 的說明主題。
error-nearest-keywords = 最接近的已知關鍵字：{ $suggestions }
error-no-nearest-keywords = 沒有與其相近的已知關鍵字。
error-read = 無法讀取 { $path }：{ $reason }
error-not-utf8 = 此檔案不是有效的 UTF-8 文字。
error-ftl-syntax = Fluent 語法錯誤：{ $detail }
ftl-expected-token = 此處應為「{ $token }」。
ftl-expected-char-range = 此處應為下列字元之一：{ $range }。
ftl-expected-message-field = 訊息 { $id } 既沒有值，也沒有屬性。
ftl-expected-term-field = 詞彙 { $id } 沒有值。
ftl-missing-default-variant = 此選擇運算式沒有預設變體（以 * 標示）。
ftl-missing-value = 此處應有值。
ftl-unterminated-string = 此字串常值未結束。
ftl-unbalanced-brace = 此右大括號沒有對應的左大括號。
ftl-expected-expression = 大括號內應有運算式。
error-front-matter-missing = 主題的開頭沒有前置資料（應以只含 --- 的一行開始）。
error-front-matter-unclosed = 前置資料沒有以只含 --- 的一行結束。
error-front-matter-line = 此前置資料行不符合「鍵: 值」的格式。
error-front-matter-list = { $key } 的值必須是清單，例如 [a, b]。
error-front-matter-no-id = 前置資料中沒有 id。
error-front-matter-id-mismatch = id { $id } 與檔案名稱不符，依檔案名稱應為 { $expected }。
error-template-unclosed = 此預留位置以雙大括號開啟，但始終沒有關閉。
error-template-empty = 此預留位置沒有指定任何訊息。
error-template-live = 沒有名為 { $name } 的即時預留位置。
error-strict-fallback = { $count ->
    [one] --strict：{ $locale } 中有 { $count } 則訊息改以英文顯示：{ $messages }
   *[other] --strict：{ $locale } 中有 { $count } 則訊息改以英文顯示：{ $messages }
}
error-bad-language = { $tag } 不是有效的語言標記。

## Lint 檢查

lint-missing-file = 地區設定 { $locale } 缺少翻譯檔案 { $file }。
lint-missing-message = { $locale } 中缺少訊息 { $id }，改以英文顯示。
lint-obsolete-message = { $locale } 中的訊息 { $id } 已不存在於英文版中。
lint-unknown-message = 參照了不明的訊息 { $id }。
lint-unknown-term = 參照了不明的詞彙 { $id }。
lint-variables-differ = 訊息 { $id } 使用的變數為 { $found }，但英文版使用 { $expected }。
lint-unfilled-slot = 沒有任何英文訊息可填入預留位置 { $id }。
lint-duplicate-f1 = F1 關鍵字 { $keyword } 同時由 { $first } 與 { $second } 宣告使用。
lint-summary = { $errors ->
    [one] { $errors } 個錯誤
   *[other] { $errors } 個錯誤
}，{ $warnings ->
    [one] { $warnings } 個警告。
   *[other] { $warnings } 個警告。
}
