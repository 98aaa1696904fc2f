# docwiz 命令列與精靈使用的字串，以及說明文字與它們共用的詞彙。說明主題只透過這些
# 詞彙提及按鈕、核取方塊、頁面與存放區，因此說明與程式的用語永遠一致。

## 詞彙

-product = 商務用 Skype Server
-page-request-status = 線上憑證要求狀態
-page-wizard-main = 憑證精靈
-button-finish = 完成
-button-assign = 指派
-button-view-details = 檢視憑證詳細資料
-checkbox-assign = 將此憑證指派給{ -product } 憑證用途
-store-root = 受信任的根憑證授權單位
-store-intermediate = 中繼憑證授權單位
-usage-default = 伺服器預設
-usage-web-internal = 內部 Web 服務
-usage-web-external = 外部 Web 服務
-page-request-timing = 延遲或立即要求
-page-request-ca = 選擇憑證授權單位 (CA)
-page-request-basics = 名稱與安全性設定
-page-request-sans = 主體別名
-page-assignment = 憑證指派
-page-import = 匯入憑證
-button-request = 要求
-button-import = 匯入
-option-send-now = 立即將要求傳送到線上憑證授權單位
-option-send-later = 現在準備要求，但稍後再傳送

## 警示標籤

alert-note = 附註
alert-tip = 提示
alert-important = 重要
alert-warning = 警告
alert-caution = 注意

## 說明輸出

help-fallback-note = 此頁面有 { $count } 個區塊尚未翻譯，因此以英文顯示。
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
error-unknown-keyword = { $count ->
    [1] 沒有符合關鍵字 { $keywords } 的說明主題。
   *[other] 沒有符合關鍵字 { $keywords } 中任何一個的說明主題。
}
error-nearest-keywords = { $count ->
   *[other] 最接近的已知關鍵字：{ $suggestions }
}
error-no-nearest-keywords = { $count ->
    [1] 沒有與其相近的已知關鍵字。
   *[other] 沒有與這些關鍵字相近的已知關鍵字。
}
error-read = 無法讀取 { $path }：{ $reason }
error-not-utf8 = 此檔案不是有效的 UTF-8 文字。
ftl-expected-token = 此處應為「{ $token }」。
ftl-expected-char-range = 此處應為下列字元之一：{ $range }。
ftl-expected-message-field = 訊息 { $id } 既沒有值，也沒有屬性。
ftl-expected-term-field = 詞彙 { $id } 沒有值。
ftl-missing-default-variant = 此選擇運算式沒有預設變體（以 * 標示）。
ftl-missing-value = 此處應有值。
ftl-unterminated-string = 此字串常值未結束。
ftl-unbalanced-brace = 此右大括號沒有對應的左大括號。
ftl-expected-expression = 大括號內應有運算式。
ftl-multiple-default-variants = 此選擇運算式有一個以上的預設變體（以 * 標示）。
ftl-bad-selector = 此處只有變數、常值、函式呼叫或詞彙屬性可以選擇變體。
ftl-term-attribute-placeable = 詞彙屬性只能用來選擇變體，不能當成文字顯示。
ftl-forbidden-callee = 此處只能呼叫名稱為大寫字母的函式。
ftl-positional-after-named = 位置引數必須放在具名引數之前。
ftl-duplicated-argument = 引數 { $name } 出現了兩次。
ftl-bad-escape = 逸出序列 { $sequence } 在此處無效。
ftl-expected-literal = 此處應為字串或數字常值。
error-front-matter-missing = 主題的開頭沒有前置資料（應以只含 --- 的一行開始）。
error-front-matter-unclosed = 前置資料沒有以只含 --- 的一行結束。
error-front-matter-line = 此前置資料行不符合 `鍵: 值` 的格式。
error-front-matter-list = { $key } 的值必須是清單，例如 [a, b]。
error-front-matter-no-id = 前置資料中沒有 id。
error-front-matter-id-mismatch = id { $id } 與檔案名稱不符，依檔案名稱應為 { $expected }。
error-template-unclosed = 此預留位置以雙大括號開啟，但始終沒有關閉。
error-template-empty = 此預留位置沒有指定任何訊息。
error-template-live = 沒有名為 { $name } 的即時預留位置。
error-strict-fallback = --strict：{ $locale } 中有 { $count } 則訊息改以英文顯示：{ $messages }

## Lint 檢查

lint-missing-file = 地區設定 { $locale } 缺少翻譯檔案 { $file }。
lint-missing-message = { $locale } 中缺少訊息 { $id }，改以英文顯示。
lint-obsolete-message = { $locale } 中的訊息 { $id } 已不存在於英文版中。
lint-unknown-message = 參照了不明的訊息 { $id }。
lint-unknown-term = 參照了不明的詞彙 { $id }。
lint-variables-differ = 訊息 { $id } 使用的變數為 { $found }，但英文版使用 { $expected }。
lint-unfilled-slot = 沒有任何英文訊息可填入預留位置 { $id }。
lint-duplicate-f1 = F1 關鍵字 { $keyword } 同時由 { $first } 與 { $second } 宣告使用。
lint-no-assetid = 主題 { $id } 沒有 ms.assetid：請為它指定專屬的 GUID（可用 uuidgen 產生），並在該主題的每一份複本中使用相同的值。
lint-bad-assetid = { $id } 的 ms.assetid { $value } 不是 GUID（應為依 8-4-4-4-12 分組的十六進位數字）。
lint-duplicate-assetid = ms.assetid { $value } 同時指定給 { $first } 與 { $second }；每個主題都需要自己的 GUID。
lint-id-clash = 訊息 { $id } 與詞彙 -{ $id } 同名：Fluent 只會保留其中一個。
lint-ui-clash = 訊息 { $id } 也定義於共用同一組合的 ui.ftl 中：只會使用 ui.ftl 中的定義。
lint-bold-ui = **{ $text }** 直接寫出精靈元素的名稱：請改用詞彙 { $term }，讓說明與精靈的用語保持一致。
lint-summary = { $errors } 個錯誤，{ $warnings } 個警告。

## 憑證精靈：共用字詞

usage-name-default = { -usage-default }
usage-name-web-internal = { -usage-web-internal }
usage-name-web-external = { -usage-web-external }
status-checkbox = { -checkbox-assign }
value-none = 無
eku-server-auth = 伺服器驗證
eku-client-auth = 用戶端驗證
eku-any = 任何用途
eku-code-signing = 程式碼簽章
eku-email-protection = 安全電子郵件
eku-time-stamping = 時間戳記
eku-ocsp-signing = OCSP 簽章
wizard-f1-line = 此頁面的說明（F1 關鍵字 { $keyword }）：{ $command }

## 線上憑證要求狀態頁面

status-title = { -page-request-status }
status-request = 要求
status-state = 狀態
state-pending = 擱置中：正在等候 CA 回應
state-issued = 已核發
state-failed = 失敗
status-thumbprint = 指紋
status-subject = 主體
status-issuer = 簽發者
status-serial = 序號
status-valid-from = 有效期自
status-valid-to = 有效期至
status-sans = 主體別名
status-key = 金鑰
status-eku = 增強金鑰使用方法
status-chain = 憑證鏈結
status-usages = 憑證用途
status-assigned = 目前的指派
status-assigned-none = 尚未指派
chain-trusted = 受信任
chain-untrusted-root = 不受信任：根 CA 憑證不在「{ -store-root }」存放區中
chain-missing-intermediate = 不完整：有中繼 CA 憑證不在「{ -store-intermediate }」存放區中
chain-expired = 已過期：鏈結中有憑證已過期
chain-invalid = 無效：無法驗證此鏈結
missing-root = 請將根 CA 憑證 { $subject }（指紋 { $thumbprint }）匯入「{ -store-root }」存放區：
missing-intermediate = 請將中繼 CA 憑證 { $subject }（指紋 { $thumbprint }）匯入「{ -store-intermediate }」存放區：
missing-unknown = docwiz 不認得簽發者 { $subject }：請向該 CA 取得其憑證並匯入。
status-assign-available = 可以指派此憑證。
status-assign-unavailable = 憑證鏈結不受信任時，無法指派憑證。
status-assign-revoked = 憑證已於 { $date } 撤銷：無法再指派。請要求新憑證，或移除此憑證。
status-assign-removed = 憑證已連同其金鑰從存放區移除 (certs remove)：無法再指派。
status-assign-replaced = 憑證已於 { $date } 在更新時由憑證 { $thumbprint } 取代：再次指派它會復原這次更新。
status-failed-reason = 要求失敗：{ $reason }
status-next = 下一步：
status-done = 沒有其他需要執行的步驟：憑證已指派給其用途。

## 檢視憑證詳細資料

details-title = { -button-view-details }
details-version = 版本
details-serial = 序號
details-signature-algorithm = 簽章演算法
details-issuer = 簽發者
details-valid-from = 有效期自
details-valid-to = 有效期至
details-subject = 主體
details-public-key = 公開金鑰
details-sans = 主體別名
details-key-usage = 金鑰使用方法
details-eku = 增強金鑰使用方法
details-basic-constraints = 基本限制
details-ca = 憑證授權單位，無路徑長度限制
details-ca-path = 憑證授權單位，路徑長度限制為 { $length }
details-end-entity = 終端實體（非憑證授權單位）
details-ski = 主體金鑰識別碼
details-aki = 授權金鑰識別碼
details-sha1 = 指紋 (SHA-1)
details-sha256 = 指紋 (SHA-256)

## 完成與指派

finish-result-cleared = 要求已完成。由於已清除核取方塊，憑證已安裝但尚未指派。若要指派憑證，請執行：{ $command }
finish-result-untrusted = 要求已完成，憑證也已安裝，但未指派給任何用途：憑證鏈結不受信任。請匯入下方頁面列出的項目，然後再指派憑證。
assign-done = 憑證 { $thumbprint } 已指派給：{ $usages }
assign-replaced = { $usage }：已取代憑證 { $old }。
refuse-chain = { $usage }：憑證鏈結不受信任（{ $status ->
    [untrusted-root] 根 CA 不受信任
    [missing-intermediate] 缺少中繼 CA 憑證
    [expired] 有憑證已過期
    [not-yet-valid] 有憑證尚未生效
   *[other] 無法驗證
}）。
refuse-validity = { $usage }：憑證目前無效（有效期自 { $from } 至 { $to }）。
refuse-eku-server = { $usage }：憑證缺少「伺服器驗證」增強金鑰使用方法。
refuse-eku-client = { $usage }：相互 TLS 需要「用戶端驗證」增強金鑰使用方法，但憑證沒有。
refuse-san = { $usage }：憑證沒有任何主體別名涵蓋 { $fqdn }。
refuse-key-missing = { $usage }：缺少憑證的私密金鑰。
refuse-key-mismatch = { $usage }：私密金鑰與此憑證不相符。

## 信任存放區與清單

trust-warning = 您即將信任此根憑證授權單位。它核發的每一張憑證都會受到 docwiz 信任：
trust-question = 要信任此根憑證嗎？[是/否]
answer-yes = y, yes, 是
trust-imported-root = 已匯入「{ -store-root }」存放區：{ $subject } ({ $thumbprint })
trust-imported-intermediate = 已匯入「{ -store-intermediate }」存放區：{ $subject } ({ $thumbprint })
trust-already = 已在存放區中：{ $subject } ({ $thumbprint })
trust-list-root = { -store-root }
trust-list-intermediate = { -store-intermediate }
certs-title = 已安裝的憑證
list-empty = （空白）
list-expires = 於 { $date } 到期
list-assigned = 已指派給{ $usages }
list-unassigned = 未指派

## 憑證精靈錯誤

error-invalid-name = 「{ $name }」不是有效的 DNS 名稱。
error-unknown-key-type = 不明的金鑰類型「{ $value }」：請使用 rsa-2048、rsa-3072、rsa-4096、ecdsa-p256 或 ecdsa-p384。
error-unknown-usage = 不明的憑證用途「{ $value }」：請使用 default、web-internal 或 web-external。
error-not-certificate = { $path } 不含可讀取的憑證（應為 PEM、DER 或 PKCS#7 .p7b 格式）。
error-not-root = { $path }：{ $subject } 不是自我簽署的 CA 憑證，因此無法放入「{ -store-root }」存放區。未匯入任何項目。
error-not-intermediate = { $path }：{ $subject } 不是中繼 CA 憑證，因此無法放入「{ -store-intermediate }」存放區。未匯入任何項目。
error-request-not-found = 找不到憑證要求「{ $id }」。
error-no-request = 目前還沒有任何憑證要求。請使用下列命令建立：{ $command }
error-thumbprint-not-found = 存放區中沒有指紋為 { $thumbprint } 的憑證。
error-not-issued = 要求 { $id } 沒有已核發的憑證。
error-refused = { $count ->
   *[other] 指派因下列原因遭拒，未進行任何變更：
}
error-needs-confirmation = 信任根憑證需要您的確認：請在終端機中執行此命令，或加上 --yes。未匯入任何項目。
error-declined = 未匯入任何項目。
error-write = 無法寫入 { $path }：{ $reason }
error-crypto = 金鑰或憑證作業失敗：{ $detail }
error-hook = 部署掛鉤 { $command } 執行失敗 ({ $status })；指派本身已生效。
hook-exit-code = 結束代碼 { $code }
hook-signal = 被訊號 { $signal } 終止
hook-not-started = 無法啟動：{ $reason }

## 說明頁面與精靈主頁面上的即時狀態

wizard-main-title = { -page-wizard-main }
live-field = **{ $label }：**{ $value }
live-status-title = 要求 { $request } 的即時狀態
live-status-none-title = 即時狀態
live-no-request = 目前還沒有任何憑證要求。若要建立要求，請執行 { $command }
live-assign-available = 可以指派
live-check-box = 「{ -checkbox-assign }」核取方塊
check-box-selected = 已選取
check-box-cleared = 已清除
live-next = 下一步
value-yes = 是
value-no = 否
live-usages-title = 目前的憑證用途
live-usage-none = 尚未指派憑證
live-cert-line = { $thumbprint } ({ $subject })，到期日 { $date }，剩餘 { $days } 天
live-cert-expired = { $thumbprint } ({ $subject })，已於 { $date } 到期
live-pending-title = 未完成的要求
live-pending-line = { $request } ({ $fqdn })：{ $state }
live-unassigned-title = 已核發但尚未指派的憑證
live-actions-title = 現在可以執行的動作
live-action-request = 要求憑證
live-action-finish = 完成要求 { $target }
live-action-assign = 指派憑證 { $target }
live-action-details = 檢視憑證 { $target } 的詳細資料
live-action-import-root = 信任根 CA { $target }
live-action-import-intermediate = 匯入中繼 CA 憑證 { $target }
live-action-process-pending = 檢查未完成的要求 { $target }
live-action-import-certificate = 匯入從其他來源取得的憑證

## 靜態匯出

language-name = 繁體中文（台灣）
site-index-title = 說明主題
site-languages = 語言
site-all-topics = 所有主題
export-summary = 已將 { $pages } 個頁面寫入 { $out }，耗時 { $seconds } 秒；{ $fallbacks ->
    [0] 所有訊息皆已翻譯。
   *[other] 有 { $fallbacks } 則訊息以英文顯示。
}
export-failed = 未匯出任何內容。
error-export-foreign = { $path } 不是空的，也不是由 docwiz export 寫入：請選擇其他目錄。未寫入任何內容。

## 其他憑證授權單位的憑證

import-done = 憑證 { $thumbprint } 已連同其私密金鑰一併安裝。若要指派此憑證，請執行：{ $command }
error-ca-refused = 向 CA ({ $ca }) 提出的要求失敗：{ $detail }。要求及其金鑰會保留下來，狀態頁面會將其顯示為失敗。
# What went wrong between docwiz and a CA ($detail of error-ca-refused).
ca-problem-refused = { $host } 的連接埠 { $port } 沒有回應（連線遭拒）
ca-problem-timeout = { $host } 的連接埠 { $port } 未在時限內回應
ca-problem-dns = 無法解析主機名稱 { $host } (DNS)
ca-problem-unreachable = 無法從這部電腦連到 { $host }（連接埠 { $port }）：沒有通往它的路由
ca-problem-tls = 與 { $host } 的安全連線 (TLS) 失敗：它的憑證不受信任，或交握失敗
ca-problem-network = 與 { $host } 的連接埠 { $port } 連線失敗
ca-problem-http-status = CA 回應了 HTTP 狀態碼 { $status }
ca-problem-refusal = { $type ->
        [rateLimited] CA 拒絕了要求：這些名稱或此帳戶的要求過多（速率限制），請稍後再試
        [rejectedIdentifier] CA 不為這些名稱核發憑證
        [caa] 網域的 CAA 記錄不允許此 CA 為其核發憑證
        [unauthorized] CA 認定此帳戶無權使用這些名稱
        [incorrectResponse] CA 未收到 http-01 挑戰的預期回應
        [connection] CA 無法連線到這部伺服器以檢查 http-01 挑戰
        [dns] CA 在 DNS 中找不到這些名稱
        [badNonce] CA 將要求視為重送（nonce 無效），請再試一次
        [serverInternal] CA 發生內部錯誤
        [badCSR] CA 拒絕了憑證簽署要求
       *[other] CA 拒絕了要求
    }
ca-problem-with-words = { $problem }（CA 的訊息：「{ $words }」）
ca-problem-bad-answer = CA 的回應中沒有 docwiz 可讀取的憑證
ca-problem-unsupported-url = docwiz 只能透過 http:// 連線到 cfssl，而 { $url } 不是這種位址
ca-problem-authorization = { $status ->
        [invalid] CA 無法驗證這些名稱
        [expired] CA 對這些名稱的授權已過期
        [revoked] CA 已撤銷對這些名稱的授權
        [deactivated] CA 對這些名稱的授權已停用
       *[other] CA 未驗證這些名稱
    }
ca-problem-order = { $status ->
        [invalid] CA 將訂單判定為無效：有名稱未通過驗證
       *[other] CA 的訂單未進入就緒狀態
    }
ca-problem-no-http-challenge = CA 未提供 http-01 挑戰，而 docwiz 只回應這種挑戰
ca-problem-listen = docwiz 無法在 { $address } 上接聽 CA 的 http-01 挑戰：{ $reason }
ca-problem-other = docwiz 無法完成與 CA 的交換（技術細節記錄在要求的記錄檔中，也可用 --json 查看）
error-key-mismatch = { $path } 中的憑證與私密金鑰不相符：未匯入任何內容。
error-pkcs12 = 無法開啟 { $path }：密碼錯誤，或這不是 PKCS#12 檔案。未匯入任何內容。
error-bad-key = { $path } 中沒有 docwiz 可讀取的私密金鑰（PEM：PKCS#8、PKCS#1 或 SEC1）。

## languages

language-skipped = { $source }：「{ $item }」不是 docwiz 能辨識的語言，已略過。
language-wildcard = { $source }：「{ $item }」（任何語言）並未指定特定語言，已略過。
language-bad-quality = { $source }：「{ $item }」的品質值格式錯誤（q 須介於 0 到 1，最多三位小數），已略過。
language-none-usable = { $source }：指定的語言都無法使用，docwiz 將以英文顯示。

## lint and fallbacks

help-broken-note = 此頁面有 { $count } 個區塊的翻譯有錯誤，因此以英文顯示。
help-broken-badge = 英文：翻譯有錯誤
format-fallback = 無法格式化 { $locale } 的訊息 { $id }：{ $reason }改以英文顯示。
format-broken = 無法格式化 { $locale } 的訊息 { $id }：{ $reason }僅顯示可格式化的部分。
fluent-unknown-function = 函式 { $id }() 不存在。
fluent-unknown-message = 訊息 { $id } 不存在。
fluent-unknown-attribute = 屬性 { $id } 不存在。
fluent-unknown-term = 詞彙 { $id } 不存在。
fluent-unknown-variable = 未提供變數 { $id }。
fluent-no-value = 訊息 { $id } 沒有值。
fluent-no-default = 選擇運算式沒有預設變體。
fluent-cyclic = 它透過其他訊息或詞彙參照到自己。
fluent-too-many-placeables = 它含有超過 100 個預留位置。
fluent-overriding = { $id } 已經定義過。
lint-missing-term = { $locale } 中缺少詞彙 { $id }，使用它的訊息改以英文顯示。
lint-obsolete-term = { $locale } 中的詞彙 { $id } 已不存在於英文版中。
lint-variables-differ-term = 詞彙 { $id } 使用的變數為 { $found }，但英文版使用 { $expected }。
lint-missing-value = 訊息 { $id } 沒有值，但英文版有。
lint-obsolete-value = 訊息 { $id } 有值，但英文版沒有。
lint-empty-value = 訊息 { $id } 是空的，但英文版不是。
lint-missing-attribute = 訊息 { $id } 缺少英文版中的屬性 .{ $attribute }。
lint-obsolete-attribute = { $id } 的屬性 .{ $attribute } 已不存在於英文版中。
lint-empty-attribute = { $id } 的屬性 .{ $attribute } 是空的，但英文版不是。
lint-duplicate-attribute = { $id } 的屬性 .{ $attribute } 定義了兩次。
lint-missing-term-ref = { $id } 未使用英文版此處使用的詞彙 { $reference }：文字可能指稱了其他項目。
lint-missing-message-ref = { $id } 未使用英文版此處使用的訊息 { $reference }。
lint-obsolete-term-ref = { $id } 使用了英文版此處未使用的詞彙 { $reference }：文字可能指稱了其他項目。
lint-obsolete-message-ref = { $id } 使用了英文版此處未使用的訊息 { $reference }。
lint-duplicate-message = 訊息 { $id } 在此檔案中定義了兩次（第一次在第 { $line } 行）；只會使用第一個定義。
lint-duplicate-term = 詞彙 { $id } 在此檔案中定義了兩次（第一次在第 { $line } 行）；只會使用第一個定義。
lint-duplicate-variant = { $id } 的變體 [{ $key }] 出現了兩次；只會使用第一個。
lint-plural-missing = { $id } 的複數變體缺少 { $missing }：{ $locale } 的類別為 { $categories }。
lint-plural-typo = { $id } 中的 [{ $key }] 不是 { $locale } 的複數類別 ({ $categories })：您是指 [{ $suggestion }] 嗎？
lint-plural-never = { $id } 中的 [{ $key }] 不是 { $locale } 的複數類別 ({ $categories })：永遠不會選用此變體。
lint-replacement-character = 此處的字元 U+FFFD 取代了另一個字元：檔案可能是以其他編碼儲存的。
lint-unknown-variable = 訊息 { $id } 使用了 { $variable }，但其頁面提供的是 { $provided }。
lint-ui-clash-term = 詞彙 { $id } 也定義於共用同一組合的 ui.ftl 中：只會使用 ui.ftl 中的定義。

## markdown
markdown-too-deep = 巢狀層級超過 { $limit } 層（引文、清單、強調、連結、HTML 元素）：此區塊未納入頁面。
markdown-unknown-alert = [!{ $name }] 不是 GFM 提示類型（NOTE、TIP、IMPORTANT、WARNING、CAUTION）：會顯示為一般引文。
markdown-unclosed-strong = 此 ** 未關閉：會照原樣顯示。
markdown-raw-html = 翻譯中含有原始 HTML：{ $tag }（所有輸出格式都會移除指令碼、事件屬性與不安全的連結）。
help-strict-authoring = --strict：此頁面上有 { $count } 個撰寫錯誤會照原樣顯示。

## fluent syntax

ftl-expected-entry = 此行開頭應為訊息、詞彙或註解。
ftl-expected-line-end = 此行應在此處結束。
ftl-bad-argument-name = 引數名稱必須是簡單的識別碼。
ftl-expected-variant = 「->」之後應至少有一個變體。
ftl-expected-variant-key = 此處應有變體鍵。
ftl-too-deep = 此處的預留位置或函式呼叫巢狀超過 { $limit } 層：已略過此項目。
ftl-unsupported = 此項目是有效的 Fluent，但 docwiz 的 Fluent 程式庫無法讀取：已略過此項目。

## markdown fixes

markdown-alert-as-text = [!{ $name }] 會顯示為文字：GFM 提示標記必須單獨位於引文第一行、緊接在「>」與一個空格之後，內文則從下一行開始。

## lint and cli fixes

error-not-a-tree = { $dir } 不是 docwiz 目錄樹：其中沒有 content/ 與 locales/ 目錄。
fluent-unsupported-function = 函式 { $id }() 屬於 Fluent，但 docwiz 不支援。

## final fixes

lint-control-character = 此文字含有不可見的字元 { $code }（控制字元）：在終端機中，它可能改變畫面上顯示的內容。

## chain diagnoses

chain-not-yet-valid = 尚未生效：鏈結中有憑證尚未生效
chain-cert = { $role ->
    [leaf] 憑證
    [root] 根 CA 憑證
   *[intermediate] 中繼 CA 憑證
} { $subject }（指紋 { $thumbprint }）
chain-reason-expired = { $cert } 已於 { $date } 過期。{ $role ->
    [leaf] 請申請新的憑證。
   *[other] 在 CA 更換它之前，經過它的鏈結都不受信任。
}
chain-reason-not-yet-valid = { $cert } 尚未生效：要到 { $date } 才會生效。如果這個日期不對，請檢查這台電腦的時鐘。
chain-reason-ca-as-leaf = { $cert } 是 CA 憑證（基本限制 CA:TRUE），不是伺服器憑證：無法用於這台伺服器的 TLS（RFC 5280 第 4.2.1.9 節）。請向 CA 申請終端實體憑證。
chain-reason-not-ca = { $cert } 核發了它下方的憑證，但它本身不是 CA 憑證（其基本限制中沒有 CA:TRUE，RFC 5280 第 4.2.1.9 節）。
chain-reason-no-key-cert-sign = { $cert } 是 CA 憑證，但其金鑰使用方法不含憑證簽章 (keyCertSign)，因此不得核發憑證（RFC 5280 第 4.2.1.3 節）。
chain-reason-path-len = { $cert } 的路徑長度限制為 { $limit }；此鏈結中位於它下方的中繼 CA 憑證數：{ $count }（RFC 5280 第 4.2.1.9 節）。
chain-reason-path-too-long = 此鏈結有 { $count } 張中繼 CA 憑證；docwiz 最多接受 { $limit } 張。{ $cert } 超出了這個上限。這是 docwiz 的政策，並非鏈結本身有誤（openssl 可以驗證它）：docwiz 用來驗證鏈結的 rustls-webpki 最多只處理 { $limit } 張，以它為基礎的 TLS 用戶端同樣會拒絕這種鏈結。請向 CA 索取較短的鏈結。
chain-reason-name-constraints = { $cert } 的名稱限制不允許伺服器憑證的名稱 { $name }：該 CA 不得為此名稱核發憑證（RFC 5280 第 4.2.1.10 節）。
chain-reason-eku-any-only = { $cert } 的增強金鑰使用方法只有 anyExtendedKeyUsage。docwiz 的政策要求明確列出伺服器驗證 (serverAuth)，與 rustls-webpki 及瀏覽器的做法相同；CA/Browser Forum 基準要求 (7.1.2.7.10) 也禁止伺服器憑證使用 anyExtendedKeyUsage。請向 CA 申請含伺服器驗證的憑證。
chain-reason-eku-no-server-auth = { $cert } 將增強金鑰使用方法限制為 { $eku }，不含伺服器驗證 (serverAuth)：{ $role ->
    [leaf] 它無法用於伺服器的 TLS。
   *[other] 它核發的憑證都無法用於伺服器的 TLS。
}
chain-reason-weak-key = { $cert } 使用 { $key } 金鑰。docwiz 的政策拒絕短於 2048 位元的 RSA 金鑰，即使 openssl 接受：CA/Browser Forum 基準要求 (6.1.5) 規定至少 2048 位元，而 rustls-webpki 不驗證以較短金鑰產生的簽章。
chain-reason-weak-signature = { $cert } 以 { $algorithm } 簽署。docwiz 的政策拒絕 SHA-1 與 MD5 簽章，即使 openssl 可能接受：這些演算法的碰撞可以被計算出來，CA/Browser Forum 基準要求 (7.1.3.2) 禁止使用，rustls-webpki 也不驗證它們。請要求 CA 改用 SHA-256 簽署。
chain-reason-unsupported-algorithm = { $cert } 使用 { $algorithm }，這是 docwiz 不支援的演算法：docwiz 與 rustls-webpki 一樣，只驗證 RSA（2048 至 8192 位元）、ECDSA P-256、P-384、P-521 與 Ed25519。這與信任無關：docwiz 只是無法驗證這條鏈結。
chain-reason-critical-extension = { $cert } 含有 docwiz 不認得的重要延伸：{ $extension }。RFC 5280（第 4.2 節）規定必須拒絕含有未知重要延伸的憑證。
chain-reason-bad-signature = { $cert }：其簽章無法以簽發者 { $issuer } 的金鑰驗證；憑證已遭竄改，或並非由該 CA 核發。
chain-reason-key-id-mismatch = { $cert } 的授權金鑰識別碼所指的金鑰，與其簽發者 { $issuer } 的主體金鑰識別碼不符（RFC 5280，4.2.1.1）：openssl 與 Windows 找不到其簽發者，因此拒絕此鏈結。簽發者的憑證已遭替換或重新核發；請使用 CA 核發此憑證時所用的憑證。
chain-reason-invalid = 無法驗證 { $cert }（rustls-webpki：{ $detail }）。
chain-reason-self-signed = { $cert } 是自我簽署的憑證：沒有任何 CA 為它背書，而 docwiz 只信任結束於「{ -store-root }」存放區中根 CA 憑證的鏈結。請改向 CA 申請憑證。
missing-no-file = 它與其他憑證放在同一個檔案中：請將它單獨存成一個檔案，再匯入該檔案。
trust-warning-expired = 警告：{ $subject } ({ $thumbprint }) 已於 { $date } 過期。在它被更換之前，docwiz 不會信任經過它的任何鏈結。
trust-warning-not-yet-valid = 警告：{ $subject } ({ $thumbprint }) 要到 { $date } 才生效。在此之前，docwiz 不會信任經過它的任何鏈結。

## store writes

request-reason-interrupted = 在儲存 CA 的回應之前即被中斷（命令被停止，或無法寫入存放區）
request-reason-text = { $text }
request-reason-ca-unsafe = 本機憑證授權單位拒絕簽署：其金鑰或憑證已損毀或未設為私密（執行`{ $check }`可查看問題所在）
request-reason-other = CA 無法核發憑證（docwiz 錯誤「{ $code }」）
request-reason-ca-refused = CA ({ $ca }) 未核發憑證：{ $detail }
error-retry-not-failed = 要求 { $id } 並未失敗：只有失敗的要求才能重試。
error-retry-not-local = 要求 { $id } 是送往外部 CA 的：只有送往本機 CA 的要求才能重試。請提出新的要求；其狀態頁面會顯示命令。

## store damage

store-problems-title = 存放區中的問題
store-problem-line = { $file }：{ $problem }
store-check-ok = 存放區 { $store } 中沒有發現問題：已檢查作用中的連結、私密金鑰、要求記錄、憑證檔案與本機 CA。
store-check-found = { $count ->
   *[other] 在存放區 { $store } 中發現 { $count } 個問題。
}
live-usage-damaged = 已損毀：{ $file } 不是指向存放區中憑證的有效連結，因此不視為已指派任何憑證（請參閱下方的問題）
live-request-damaged = { $request }：已損毀，無法讀取其記錄（請參閱下方的問題）
list-damaged = 已損毀：無法使用此憑證（請參閱下方的問題）
error-store-unreadable = 無法讀取存放區目錄 { $path } ({ $reason })。docwiz 不會把無法讀取的存放區顯示為空的存放區：請修復它，或讓執行 docwiz 的使用者能夠存取它。
error-ca-unsafe = { $count ->
   *[other] 由於下列 { $count } 個問題，本機 CA 拒絕簽署；未核發任何憑證：
}
damage-newest-hint = 這是最新的要求，因此不會改為顯示較舊的要求。可讀取的最新要求為 { $request }：{ $command }
damage-unreadable = 無法讀取：{ $reason }
damage-not-certificate = 不含可讀取的憑證：檔案已損毀或遭截斷。
damage-bad-key = 不含 docwiz 可讀取的私密金鑰：檔案已損毀或遭截斷。
damage-not-dir = 應為目錄，但它是{ $kind ->
    [file] 一般檔案
    [link] 符號連結
   *[other] 其他類型的檔案
}。
damage-symlink = 是指向 { $target } 的符號連結：docwiz 只使用存放區本身之內的檔案。
damage-live-not-link = 應為指向存放區中憑證的符號連結，但它是{ $kind ->
    [directory] 目錄
    [file] 一般檔案
   *[other] 其他類型的檔案
}。此用途視為未指派。
damage-live-outside = 指向 { $target }，而不是存放區中的憑證（../certs/<{ cli-value-thumbprint }>）。此用途視為未指派。
damage-live-dangling = 指向不存在的 { $target }。此用途視為未指派。
damage-live-through-link = 透過符號連結 { $link } 指向 { $target }，該連結可能通往存放區之外。此用途視為未指派。
damage-live-not-cert = 指向 { $target }，但它不是可用的憑證目錄（其 cert.pem 遺失、已損毀，或不是其名稱所示的憑證）。此用途視為未指派。
damage-cert-thumbprint = 包含的是憑證 { $actual }，而不是其名稱所示的 { $expected }。
damage-cert-missing = 遺失：此憑證目錄中沒有憑證。
damage-key-mode = 是權限為 { $mode } 的私密金鑰：其他使用者可以讀取或變更它。私密金鑰的權限必須是 0600 (chmod 600)。
damage-key-owner = 是屬於使用者 { $owner } 的私密金鑰，而不是屬於執行 docwiz 的使用者 ({ $user })。
damage-key-missing = 遺失：憑證的私密金鑰已不存在。
damage-key-mismatch = 與憑證 { $thumbprint } 不相符。
damage-record-missing = 遺失：此要求沒有記錄。
damage-record-truncated = 在記錄完整之前就結束了：檔案遭截斷。
damage-record-syntax = 此處不是有效的 JSON。
damage-record-data = 不是要求記錄：其內容與 docwiz 在此寫入的內容不符。
damage-record-field-missing = 不是要求記錄：缺少欄位「{ $field }」。
damage-record-field-duplicate = 不是要求記錄：欄位「{ $field }」出現兩次。
damage-record-field-unknown = 不是要求記錄：docwiz 不會在此寫入欄位「{ $field }」。
damage-record-value-unknown = 不是要求記錄：「{ $value }」不是此處允許的值 ({ $allowed })。
damage-record-value-wrong = 不是要求記錄：此處的值不是 docwiz 在此寫入的類型（例如以數字取代文字）。
damage-record-id = 是要求 { $id } 的記錄，而不是 { $dir } 的記錄。
damage-ca-missing = 遺失，但 { $other } 仍存在：docwiz 不會在未告知的情況下更換 CA。
damage-ca-key-mismatch = 與 CA 憑證 { $cert } 不相符。
damage-ca-not-signed = 不是由根 CA 憑證 { $root } 簽署：它所核發的憑證將無法驗證。

## files as they come

pem-block-broken = 從這一行開始的 { $label } 區塊已損壞（base64 有誤，或缺少 END 行）。
der-not-canonical = 此憑證不是 DER：{ $fault ->
        [truncated] 有元素超出其結尾
        [indefinite] 有不定長度
        [length] 有長度不是最短形式
        [length-too-long] 有長度大於任何憑證
        [tag] 有標籤不是最短形式
        [constructed] 有字串採用建構形式
        [integer] 有 INTEGER 不是最短形式
        [boolean] 有 BOOLEAN 不是 00 或 FF
        [null] 有 NULL 帶有內容
        [bit-string] 有格式錯誤的 BIT STRING
        [oid] 有格式錯誤的 OBJECT IDENTIFIER
        [depth] 巢狀層次比任何憑證都深
       *[trailing] 結尾之後還有位元組
    }（位於第 { $offset } 個位元組）。X.509 憑證採用 DER (RFC 5280 §4.1)，以其他位元組算出的指紋也不會與他人算出的相同：請向簽發者重新索取憑證。
der-not-a-certificate = 這不是 X.509 憑證 (RFC 5280 §4.1)。
error-invalid-name-why = 「{ $name }」不是有效的 DNS 名稱：{ $reason }
name-reason = { $reason ->
        [empty] 名稱是空的。
        [ip] 這是 IP 位址；docwiz 只為 DNS 名稱申請憑證。
        [wildcard] 萬用字元只能作為主體別名最左邊的完整標籤 (*.example.com)。
        [wildcard-fqdn] --fqdn 指的是伺服器本身，不能是萬用字元名稱；請將萬用字元名稱作為主體別名指定：--san *.example.com。
        [numeric] 最後一個標籤全是數字，會被讀成 IP 位址。
        [empty-label] 含有空的標籤（連續兩個點，或開頭有點）。
        [hyphen] 標籤「{ $label }」以連字號開頭或結尾。
        [character] 標籤「{ $label }」含有「{ $char }」；DNS 名稱只有字母、數字與連字號 (RFC 1123)。
        [punycode] 標籤「{ $label }」不是有效的 Punycode (RFC 3492)。
        [label-too-long] 標籤「{ $label }」的 A-label 形式超過 63 個八位元組。
        [idna] 標籤「{ $label }」不是有效的國際化標籤（UTS #46：含有不允許的字元，或不符合 RFC 5893 與 RFC 5892 的雙向文字或連接字元規則）。
       *[too-long] 其 A-label 形式超過 253 個八位元組。
    }
import-certificate-without-key = 此檔案含有憑證，但沒有私密金鑰：請以 --key <{ cli-value-key }> 指定金鑰，或匯入同時含有兩者的 PKCS#12 (.pfx) 檔案。
import-unknown-format = 此檔案既不是附有金鑰的 PEM 憑證，也不是 DER 憑證或 PKCS#12 (.pfx) 檔案。
key-none = 這裡沒有私密金鑰：檔案沒有任何 PEM 區塊，也不是 DER 金鑰。
key-none-found = 這裡沒有私密金鑰；檔案含有：{ $found }。
key-legacy-encrypted = 此金鑰以 OpenSSL 舊式 PEM 格式加密 ({ $cipher })，docwiz 無法讀取。請轉換為加密的 PKCS#8，再以 --key-password-file 提供密碼：openssl pkcs8 -topk8 -v2 aes-256-cbc -in { $file } -out key.p8
key-unsupported-algorithm = 此金鑰是 { $algorithm }，docwiz 無法將其用於 TLS 伺服器憑證（docwiz 使用 RSA、ECDSA P-256、P-384、P-521 與 Ed25519）。
key-openssh = 此金鑰是 OpenSSH 格式：請以 ssh-keygen -p -m PKCS8 -f 副本，將 { $file } 的副本轉換為 PKCS#8。
key-explicit-curve = 此 EC 金鑰明確列出曲線參數；TLS 與 RFC 5480 要求具名曲線：openssl ec -in { $file } -param_enc named_curve -out key.pem
key-damaged = 此私密金鑰已損壞：docwiz 無法讀取。
key-rsa-pss = 這是 RSA-PSS 金鑰（id-RSASSA-PSS，RFC 4055），僅限 PSS 簽章，docwiz 不使用這種金鑰。請建立 RSA 金鑰及其憑證：openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out key.pem
algorithm-unknown = 不明的演算法 ({ $oid })
key-encrypted-needs-password = 此金鑰已加密 (PKCS#8)：請以 --key-password-file <{ cli-value-file }> 提供密碼（檔案的第一行即為密碼）。
key-encryption-unsupported = 此金鑰以 { $scheme } 加密，docwiz 無法讀取。請改以 PBES2 與 AES 重新加密：openssl pkcs8 -topk8 -v2 aes-256-cbc -in { $file } -out key.p8
key-wrong-password = 金鑰密碼錯誤：無法用它解密金鑰。請檢查以 --key-password-file 指定的檔案。
pkcs12-mac-mismatch = 密碼可以開啟金鑰，但檔案的完整性檢查 (MAC) 失敗：檔案在建立後遭到修改或損壞。請重新匯出。
pkcs12-wrong-password = 密碼錯誤：用它進行檔案的完整性檢查 (MAC) 失敗。請檢查以 --password-file 指定的檔案。
pkcs12-needs-password = 此 PKCS#12 檔案需要密碼：請以 --password-file <{ cli-value-file }> 提供（檔案的第一行即為密碼）。
pkcs12-wrong-password-no-mac = 密碼錯誤，或檔案已損壞：無法用它解密其中的金鑰，而檔案沒有完整性檢查可判斷是哪一種。
pkcs12-unsupported = 此 PKCS#12 檔案使用 docwiz 不支援的演算法 ({ $detail })。請改用 AES 與 SHA-256 重新匯出：openssl pkcs12 -export -keypbe AES-256-CBC -certpbe AES-256-CBC -macalg SHA256 …
pkcs12-damaged = 此 PKCS#12 檔案已損壞 ({ $detail })。
pkcs12-empty = 此 PKCS#12 檔案既沒有私密金鑰，也沒有憑證。
pkcs12-no-key = 此 PKCS#12 檔案含有憑證，但沒有私密金鑰（是否以 -nokeys 匯出？）：請連同金鑰重新匯出，或以 --key <{ cli-value-key }> 匯入憑證。
pkcs12-no-certificate = 此 PKCS#12 檔案含有私密金鑰，但沒有對應的憑證。
pkcs12-no-such-name = 此檔案中沒有名為「{ $name }」的金鑰與憑證組；檔案含有：{ $pairs }。
pkcs12-ambiguous = 此檔案含有多組金鑰與憑證（{ $count } 組）：{ $pairs }。請以 --friendly-name <{ cli-value-name }> 選擇其中一組（其易記名稱或指紋）。
pkcs12-chosen = { $file } 含有多把私密金鑰（{ $count } 把）；docwiz 採用了「{ $name }」（{ $subject }，{ $thumbprint }）。
refuse-no-host-name = { $usage }：憑證的主體別名中沒有任何 DNS 名稱或 IP 位址，而 TLS 用戶端不會查看其主體 CN (RFC 6125)。
import-identity = 此憑證適用於下列名稱（其主體別名，TLS 用戶端會檢查這些名稱）：{ $names }。
import-no-identity = 此憑證的主體別名中沒有任何 DNS 名稱或 IP 位址，因此無法指派：TLS 用戶端不會查看主體 CN (RFC 6125)。

## ca and chain fixes
chain-reason-eku-no-client-auth = { $cert } 將增強金鑰使用方法限制為 { $eku }，不含用戶端驗證 (clientAuth)：「default」用途的憑證需要它，而 openssl 會拒絕這種 CA 核發的用戶端憑證。
chain-unknown-issuer = 不完整：docwiz 不認識簽發者 { $subject }（缺少中繼 CA 憑證）；請向 CA 取得它的憑證並匯入
chain-unknown-issuer-url = 不完整：docwiz 不認識簽發者 { $subject }（缺少中繼 CA 憑證）；請向 CA 取得它的憑證（憑證指出位置：{ $url }）並匯入
chain-reason-pss-params = { $cert } 以 RSA-PSS 簽署，雜湊為 { $hash }，MGF1 使用 { $mgf }，salt 長 { $salt } 位元組。docwiz 不支援這些參數的 RSA-PSS：與 rustls-webpki 相同，它只驗證使用 SHA-256、SHA-384 或 SHA-512、MGF1 使用相同雜湊且 salt 與雜湊等長的 RSA-PSS。這並不表示簽章是假的：docwiz 只是無法驗證它。請要求 CA 以這些參數簽署（openssl：-sigopt rsa_pss_saltlen:digest）。
trust-warning-weak-key = 警告：{ $subject } ({ $thumbprint }) 使用 { $key } 金鑰。docwiz 的政策拒絕短於 2048 位元的 RSA 金鑰（CA/Browser Forum 基準要求 6.1.5）：經過此根憑證的每條鏈結都會被拒絕。
trust-warning-unsupported-key = 警告：{ $subject } ({ $thumbprint }) 使用 { $algorithm }，docwiz 無法用這種金鑰驗證簽章（與 rustls-webpki 相同，它驗證 RSA、ECDSA P-256、P-384 與 P-521，以及 Ed25519）：docwiz 無法驗證經過此根憑證的任何鏈結。
trust-note-weak-self-signature = 注意：{ $subject } ({ $thumbprint }) 以 { $algorithm } 自我簽署。docwiz 不會因此拒絕鏈結：根憑證是因您的決定而受信任，而非因其自身簽章（RFC 5280，6.1；rustls-webpki 亦同）。但 SHA-1 與 MD5 已被破解，其他程式可能會拒絕它：請向 CA 索取以 SHA-256 簽署的根憑證。
trust-skipped-root = 已略過 { $subject } ({ $thumbprint })：這是根 CA 憑證，信任根憑證需另行決定。若要信任它：{ $command }
trust-skipped-intermediate = 已略過 { $subject } ({ $thumbprint })：這是中繼 CA 憑證。若要匯入它：{ $command }
trust-skipped-leaf = 已略過 { $subject } ({ $thumbprint })：這不是 CA 憑證（基本限制沒有 CA:TRUE），不屬於任何信任存放區。伺服器憑證請以 { $command } 匯入。
trust-skipped-bad-root = 已略過 { $subject } ({ $thumbprint })：這是自行核發的 CA 憑證，但其自身簽章無法驗證，因此既非根憑證也非中繼憑證：它已被竄改。
chain-reason-self-signed-trusted = { $cert } 是自我簽署憑證，且本身就在 { -store-root } 中。根憑證擔保的是它所核發的憑證，而非作為伺服器憑證的自己：docwiz 與 rustls-webpki 相同，從不把受信任的根憑證當作伺服器憑證。請在此根憑證下核發伺服器憑證（或向 CA 取得），若此憑證原本是要當伺服器憑證，請將它從 { -store-root } 移除。

## file fixes

der-fault = { $fault ->
        [truncated] 有元素超出其結尾
        [indefinite] 有不定長度
        [length] 有長度不是最短形式
        [length-too-long] 有長度大於任何憑證
        [tag] 有標籤不是最短形式
        [constructed] 有字串採用建構形式
        [integer] 有 INTEGER 不是最短形式
        [boolean] 有 BOOLEAN 不是 00 或 FF
        [null] 有 NULL 帶有內容
        [bit-string] 有格式錯誤的 BIT STRING
        [oid] 有格式錯誤的 OBJECT IDENTIFIER
        [depth] 巢狀層次比任何憑證都深
       *[trailing] 結尾之後還有位元組
    }
der-extension-not-canonical = 此憑證不是 DER：其 { $extension } 延伸的值中{ $fault ->
        [truncated] 有元素超出其結尾
        [indefinite] 有不定長度
        [length] 有長度不是最短形式
        [length-too-long] 有長度大於任何憑證
        [tag] 有標籤不是最短形式
        [constructed] 有字串採用建構形式
        [integer] 有 INTEGER 不是最短形式
        [boolean] 有 BOOLEAN 不是 00 或 FF
        [null] 有 NULL 帶有內容
        [bit-string] 有格式錯誤的 BIT STRING
        [oid] 有格式錯誤的 OBJECT IDENTIFIER
        [depth] 巢狀層次比任何憑證都深
       *[trailing] 結尾之後還有位元組
    }（位於第 { $offset } 個位元組）。延伸的值也採用 DER (RFC 5280 §4.1)：請向簽發者重新索取憑證。
der-explicit-default = 此憑證不是 DER：它寫出了 DER 應省略的預設值 (X.690 §11.5)：{ $field ->
        [version] 版本 v1
        [critical] 延伸中的 critical FALSE
        [cA] basicConstraints 中的 cA FALSE
       *[minimum] nameConstraints 中的 minimum 0
    }（位於第 { $offset } 個位元組）。請向簽發者重新索取憑證。
der-extension-unreadable = 此憑證的 { $extension } 延伸無法依該延伸的定義讀取 (RFC 5280 §4.2)：docwiz 不猜測其內容。請向簽發者重新索取憑證。
pkcs12-not-der = 此 PKCS#12 檔案已損壞：它不是 DER（{ $fault }，位於第 { $offset } 個位元組）。
pkcs12-not-der-inside = 此 PKCS#12 檔案已損壞：其中某部分（憑證、金鑰或其封裝）不是 RFC 7292 要求的 DER。請重新匯出。
pkcs12-bad-certificate = 此 PKCS#12 檔案中有一張憑證不是 DER 格式的 X.509 憑證 (RFC 5280 §4.1)。請重新匯出，或以 PEM 檔案匯入憑證與金鑰。
pkcs12-damaged-structure = 此 PKCS#12 檔案已損壞：其結構不是 RFC 7292 所定義的結構。請重新匯出。
pkcs12-name-ambiguous = 「{ $name }」在此檔案中指稱 { $count } 組不同的金鑰與憑證：{ $pairs }。請以 --friendly-name <{ cli-value-name }> 選擇其中一組，並以該組的指紋作為名稱。
pkcs12-no-mac = { $file } 沒有完整性檢查 (MAC)：無從證明它匯出後未被更改。請將指紋與簽發者提供的指紋比對。
key-rsa-too-small = { $file } 中的 RSA 金鑰為 { $bits } 位元：依 docwiz 的原則，TLS 伺服器憑證的 RSA 金鑰至少須為 2048 位元 (CA/Browser Forum Baseline Requirements §6.1.5)。請產生 2048 位元以上的新金鑰，並為其申請憑證。
key-rsa-too-large = { $file } 中的 RSA 金鑰為 { $bits } 位元：docwiz 使用 2048 至 8192 位元的 RSA 金鑰簽署。請產生 2048 至 8192 位元的新金鑰，並為其申請憑證。
key-chosen = { $file } 含有 { $count } 把私密金鑰：docwiz 採用第 { $line } 行屬於此憑證的金鑰，並略過其他金鑰（{ $ignored-count ->
   *[other] 第 { $ignored } 行
}）。
import-unrelated-left-out = { $file } 中有 { $count } 張憑證不在匯入憑證的鏈中，未予安裝：{ $certificates }。
pkcs7-malformed = 此 PKCS#7 (.p7b) 容器格式錯誤或巢狀過深而無法讀取 (RFC 2315 §9.1)；其中的憑證未被檢視。請重新索取檔案，或索取 PEM 格式的憑證。
pkcs12-unsupported-what = { $what ->
        [encryption] 其加密方式
        [mac] 其完整性檢查 (MAC) 演算法
        [content] 內容類型
        [certificate] X.509 以外的憑證類型
       *[parameters] 演算法參數
    }

## store fixes

history-no-newline = 歷程記錄的最後一筆記錄結尾缺少換行字元。下一個變更存放區的命令會補上它；不會復原任何動作。
history-torn = 歷程記錄的最後一行被截斷（寫入未完成）。下一個變更存放區的命令會移除它，並且只復原它自己的指派（若其中有任何部分已切換）。
history-line-unreadable = 歷程記錄的這一行不是指派記錄。docwiz 會原樣保留並略過它；請手動修復或移除。
history-incomplete = 歷程記錄的最後一次指派只有 { $count } 行中的 { $lines } 行。若 live/ 顯示它已完成，下一個變更存放區的命令會依 live/ 補齊它，否則會復原它。
history-not-installed = 這一行指名的憑證 { $thumbprint } 並未安裝在存放區 (certs/) 中。
history-live-mismatch = 依歷程記錄，用途 { $usage } 是 { $history }，但 live/{ $usage } 是 { $live }：某次指派只套用了一部分，或 live/ 遭手動變更。
damage-live-unknown-usage = 不是 docwiz 所知的憑證用途 ({ $name })：沒有任何東西使用此項目。請將它移除。
damage-reason-unknown = 此要求所儲存的原因「{ $code }」不是 docwiz 會寫入的原因代碼（手動編輯的記錄，或舊版所寫）；它會顯示為未知原因。
request-reason-unknown = 未知原因 ({ $code })
offline-not-file-name = 這不是可用於 CSR 的檔案名稱。
offline-no-directory = 目錄 { $dir } 不存在。docwiz 不會在其存放區以外建立目錄：請先建立它，或選擇其他檔案。
offline-exists = 此檔案已存在。docwiz 絕不會以 CSR 取代檔案：請選擇新的檔案名稱，或先移除該檔案。
offline-not-regular = 已有不是檔案的東西（目錄、連結、FIFO、裝置……）使用此名稱；docwiz 只會將 CSR 寫入新檔案。
offline-in-store = 此檔案位於存放區 { $store } 內，其檔案由 docwiz 自行管理：請將 CSR 寫到存放區以外。
input-not-regular = 這不是一般檔案，而是{ $kind ->
        [directory] 目錄
        [fifo] FIFO（具名管道）
        [device] 裝置
        [socket] 通訊端
       *[other] 其他東西
    }；docwiz 只讀取一般檔案。
input-too-large = 此檔案大於 { $max } MiB，遠超過任何憑證、金鑰或 PKCS#12 檔案；docwiz 不會讀取它。
error-bad-thumbprint = 「{ $value }」不是指紋：指紋由十六進位數字（0-9、A-F）組成，可用空格或冒號分隔。
os-error-permission = 權限不足（系統錯誤 { $errno }）
os-error-not-found = 沒有此檔案或目錄（系統錯誤 { $errno }）
os-error-io = 輸入/輸出錯誤（系統錯誤 { $errno }）
os-error-exists = 檔案已存在（系統錯誤 { $errno }）
os-error-not-dir = 路徑的一部分不是目錄（系統錯誤 { $errno }）
os-error-is-dir = 這是目錄（系統錯誤 { $errno }）
os-error-invalid = 引數無效（系統錯誤 { $errno }）
os-error-no-space = 裝置上已無剩餘空間（系統錯誤 { $errno }）
os-error-read-only = 檔案系統為唯讀（系統錯誤 { $errno }）
os-error-loop = 符號連結層數過多（系統錯誤 { $errno }）
os-error-other = 作業系統拒絕了此作業（系統錯誤 { $errno }）
pkcs7-trailing = PKCS#7 結構在第 { $offset } 個位元組結束，其後還有 { $count } 個位元組。docwiz 不會忽略結構之後的內容：請向憑證授權單位重新索取此檔案。
answer-not-in-chain = 檔案中有一張不屬於 { $leaf } 憑證鏈的憑證：{ $subject } ({ $thumbprint })。請將它從檔案中移除：存放區只保留該憑證自己的憑證鏈。

## Terminal wizard (pages and keys)
tui-key-help = 說明
tui-key-language = 語言
tui-key-back = 上一步
tui-key-close = 關閉
tui-key-next-control = 下一個欄位
tui-key-activate = 選取
tui-key-toggle = 核取方塊
tui-key-scroll = 捲動
tui-key-name-space = 空白鍵
tui-key-name-enter = Enter
tui-key-name-esc = Esc
tui-key-name-tab = Tab
tui-action-request = { -button-request }…
tui-action-assign = { -button-assign }…
tui-action-import = { -button-import }…
tui-action-details = { -button-view-details }
tui-action-trust = 信任根 CA…
tui-certificates-title = 憑證
tui-certificate-option = { $thumbprint } ({ $subject })
tui-button-back = 上一步
tui-button-details = { -button-view-details }
tui-button-finish = { -button-finish }
tui-import-root = 匯入根 CA 憑證…
tui-import-intermediate = 匯入中繼 CA 憑證
tui-untrusted-heading = 憑證鏈為何不受信任
tui-finish-cleared = 憑證 { $thumbprint } 已安裝，但未指派：核取方塊已清除。
tui-request-finished = 此要求已完成。
tui-title-request = { -page-request-timing }
tui-title-assign = { -page-assignment }
tui-title-import = { -page-import }
tui-title-trust = 信任 CA 憑證

## help view and pager
help-topic-link = （{ $title }：{ $command }）
lint-link-unknown-topic = 此連結指向不存在的主題「{ $topic }」：連到其他主題的連結寫成 topic:<{ cli-value-topic }>，識別碼須為 docwiz topics 列出的其中之一。
lint-link-unknown-anchor = 主題「{ $topic }」沒有錨點為「{ $anchor }」的標題：請連到其某個標題的識別碼，或只連到該主題。
help-view-key-scroll = 捲動
help-view-key-page = 翻頁
help-view-key-find = 尋找
help-view-key-link = 連結
help-view-key-follow = 開啟
help-view-key-back = 返回
help-view-key-close = 關閉
help-view-key-next = 下一個符合項目
help-view-key-cancel = 取消
help-view-find-prompt = 尋找：
help-view-find-none = 找不到「{ $query }」
help-view-find-count = 第 { $current } 個符合項目，共 { $total } 個
help-view-position = 第 { $first }–{ $last } 行，共 { $total } 行
help-pager-failed = 分頁器無法使用終端機 ({ $error })；改為直接輸出頁面。

## Terminal wizard: assign, import and trust pages
tui-key-arrows-choose = 選擇
tui-assign-intro = 選擇一張已安裝的憑證，再選擇要指派給它的憑證用途。會拒絕此憑證的用途會說明原因，且無法核取其方塊。
tui-assign-certificate = 已安裝的憑證
tui-assign-usages = 憑證用途
tui-assign-holder = 目前：憑證 { $thumbprint } ({ $subject })
tui-assign-holder-none = 目前：沒有憑證
tui-assign-holder-this = 目前：此憑證
tui-assign-none-checked = 請至少核取一個要指派此憑證的用途。
tui-assign-no-certificates = 尚未安裝任何憑證。請要求一張憑證，或匯入在其他地方取得的憑證及其私密金鑰。
tui-assign-button = { -button-assign }
tui-import-intro = 安裝在其他地方取得的憑證及其私密金鑰：憑證檔案加上其金鑰檔案、同時包含兩者的 PEM 檔案，或 PKCS#12 檔案（.pfx、.p12）及其密碼。
tui-import-file = 憑證檔案（PEM、DER、PKCS#7 或 PKCS#12）
tui-import-key = 私密金鑰檔案（若憑證檔案已包含金鑰則留空）
tui-import-password = PKCS#12 密碼
tui-import-key-password = 加密私密金鑰的密碼
tui-import-friendly-name = 從包含多組的 PKCS#12 檔案中要取用哪一組的易記名稱或指紋（選填）
tui-import-button = { -button-import }
tui-import-button-done = 完成
tui-import-file-missing = 請提供要匯入的憑證檔案。
tui-import-done = 憑證 { $thumbprint } 已連同其私密金鑰一併安裝。
tui-import-wrong-password = PKCS#12 密碼錯誤：以此密碼檢查檔案的完整性 (MAC) 失敗。未匯入任何項目。
tui-import-needs-password = 此 PKCS#12 檔案需要密碼：請在「PKCS#12 密碼」欄位中輸入。未匯入任何項目。
tui-import-key-needs-password = 此私密金鑰已加密 (PKCS#8)：請在「加密私密金鑰的密碼」欄位中輸入其密碼。未匯入任何項目。
tui-import-key-wrong-password = 私密金鑰的密碼錯誤：無法以它解密金鑰。未匯入任何項目。
tui-import-needs-key = 此檔案包含憑證，但沒有私密金鑰：請一併提供金鑰檔案，或匯入同時包含兩者的 PKCS#12 檔案。未匯入任何項目。
tui-trust-intro = 根 CA 憑證經您確認後會放入「{ -store-root }」；中繼 CA 憑證會放入「{ -store-intermediate }」。一個檔案（PEM、DER 或 PKCS#7）可包含多張憑證：每張各自放入所屬的存放區。
tui-trust-file = CA 憑證檔案
tui-trust-kind = 存放區
tui-trust-kind-root = { -store-root }
tui-trust-kind-intermediate = { -store-intermediate }
tui-trust-file-missing = 請提供 CA 憑證的檔案。
tui-trust-button-next = 下一步
tui-trust-button-yes = 是
tui-trust-button-no = 否
tui-trust-confirm-heading = 安全性警告
tui-trust-confirm-claim = 您即將安裝來自憑證授權單位 (CA) 的憑證，該 CA 聲稱代表：{ $subject }
tui-trust-confirm-check = docwiz 無法確認此憑證確實來自此 CA。請向該 CA 確認其來源：將上方的 SHA-1 指紋與 CA 提供給您的指紋比對。
tui-trust-confirm-question = { $count ->
    [1] 您要信任此根憑證嗎？
   *[other] 您要信任這 { $count } 張根憑證嗎？
}
tui-trust-import-skipped-intermediate = 一併匯入檔案中的中繼 CA 憑證
tui-trust-import-skipped-root = 一併信任檔案中的根 CA 憑證…

## Terminal wizard: request pages
tui-button-next = 下一步
tui-button-cancel = 取消
tui-key-next-page = 下一頁
tui-request-step = 步驟 { $step }／{ $total }
tui-request-timing-intro = 要求會建立新的私密金鑰與憑證簽署要求 (CSR)。您可以立即將它傳送到線上憑證授權單位 (CA)，或將 CSR 寫入檔案，由您自行交給 CA；稍後再匯入 CA 的回應。
tui-request-timing = 何時傳送要求
tui-request-send-now = { -option-send-now }
tui-request-send-later = { -option-send-later }
tui-request-offline-file = CSR 的檔案（現有目錄中的新檔案）
tui-request-offline-empty = 請輸入 CSR 的新檔案名稱。
tui-request-ca-title = { -page-request-ca }
tui-request-ca-intro = 請選擇回應此要求的憑證授權單位。
tui-request-ca = 憑證授權單位
tui-request-ca-local = docwiz 內建的本機 CA
tui-request-ca-acme = ACME CA (RFC 8555)，例如 Let's Encrypt 或 step-ca
tui-request-ca-cfssl = cfssl CA (cfssl serve)
tui-request-acme-directory = ACME 目錄 URL
tui-request-acme-bundle = ACME 伺服器 HTTPS 憑證所鏈結到的 CA 憑證（PEM 檔案，選填）
tui-request-acme-contact = ACME 帳戶的聯絡電子郵件地址（選填）
tui-request-acme-port = docwiz 回應 http-01 挑戰的連接埠
tui-request-acme-address = docwiz 接聽挑戰的位址
tui-request-cfssl-url = cfssl serve 的 URL
tui-request-cfssl-profile = cfssl 簽署設定檔（選填）
tui-request-url-empty = 請輸入 URL。
tui-request-url-acme = URL 必須以 https:// 開頭（測試用 CA 可用 http://）。
tui-request-url-cfssl = docwiz 透過一般 HTTP 連線到 cfssl：URL 必須以 http:// 開頭。
tui-request-contact-invalid = 電子郵件地址的格式如 name@example.com。
tui-request-port-invalid = 連接埠是 1 到 65535 之間的數字。
tui-request-address-invalid = IP 位址的格式如 127.0.0.1 或 ::1。
tui-request-basics-title = { -page-request-basics }
tui-request-basics-intro = 伺服器的完整網域名稱 (FQDN) 是憑證的主體，也是第一個主體別名。
tui-request-fqdn = 伺服器 FQDN（例如 pool01.contoso.com）
tui-request-fqdn-empty = 請輸入伺服器的 FQDN。
tui-request-wildcard-fqdn = 「{ $name }」：萬用字元不能用來命名伺服器本身。請在主體別名中輸入萬用字元名稱。
tui-request-name-as = 憑證中的名稱：{ $name }
tui-request-key = 金鑰類型
tui-request-key-option = { $key ->
        [rsa-2048] RSA，2048 位元（預設）
        [rsa-3072] RSA，3072 位元
        [rsa-4096] RSA，4096 位元
        [ecdsa-p256] ECDSA，曲線 P-256
       *[ecdsa-p384] ECDSA，曲線 P-384
    }
tui-request-sans-title = { -page-request-sans }
tui-request-sans = 主體別名，以逗號或空格分隔（選填）
tui-request-sans-intro = 憑證涵蓋的其他 DNS 名稱：集區、簡易 URL、萬用字元名稱（如 *.contoso.com）。{ $known ->
        [no] 一律包含伺服器的 FQDN。
       *[yes] 一律包含 FQDN { $fqdn }。
    }
tui-request-usages-title = 憑證用途
tui-request-usages-intro = 請選擇憑證的用途。在狀態頁面上按「{ -button-finish }」會將憑證指派給這些用途。
tui-request-usage-none = 請至少選擇一個用途。
tui-request-prefill-invalid = 命令列提供的值：{ $error }
tui-request-summary-title = 憑證要求摘要
tui-request-summary-intro = 尚未寫入任何內容。請檢查要求，然後選擇「{ -button-request }」。
tui-request-submit = { -button-request }
tui-request-fact-timing = 傳送方式
tui-request-fact-ca = 憑證授權單位
tui-request-fact-csr = CSR 檔案
tui-request-fact-fqdn = 伺服器 FQDN
tui-request-fact-bundle = CA 憑證
tui-request-fact-contact = 聯絡人
tui-request-fact-http = http-01 挑戰
tui-request-fact-profile = cfssl 設定檔
tui-request-ca-with-url = { $ca }：{ $url }
tui-request-http-value = { $address }，連接埠 { $port }
tui-request-progress-title = 正在傳送要求
tui-request-progress-local = 正在建立金鑰與 CSR；本機 CA 會簽署憑證。
tui-request-progress-acme = 正在建立金鑰與 CSR，接著詢問 ACME CA { $url }：帳戶、訂單、{ $address } 連接埠 { $port } 上的 http-01 挑戰、憑證。
tui-request-progress-cfssl = 正在建立金鑰與 CSR，接著請 { $url } 上的 cfssl 簽署。
tui-request-progress-offline = 正在建立金鑰，並將 CSR 寫入 { $file }。
tui-request-elapsed = 已經過 { $seconds } 秒
tui-request-running-keys = 在 CA 回應之前，Esc 不會有作用，以免要求只完成一半。在此期間 F1（說明）與 F2（語言）仍可使用。
tui-request-failed = 要求失敗，未儲存任何內容。請返回修改，或取消。
tui-request-stopped = 要求在 CA 回應之前就停止了。

## Terminal wizard (store lock and signals)
error-store-busy = 另一個 docwiz 命令正在變更存放區 { $store }；請在它完成後再試一次。

## wizard page fixes
tui-trust-confirm-list = 此檔案含有 { $count } 張根憑證；按一次「是」即信任全部：
tui-request-url-acme-https = URL 必須以 https:// 開頭：ACME 用戶端僅支援 HTTPS（測試用 CA 請在下方提供其 CA 憑證檔案）。

## Serve

serve-listening = docwiz 在 { $url } 提供說明與精靈
serve-token-required = 其他電腦也能連到這個位址：精靈頁面只有搭配上方 URL 中的存取權杖才能開啟。
serve-stop-hint = 按 Ctrl+C 停止。
serve-open-failed = 無法開啟瀏覽器；請自行開啟 { $url }。
serve-stopped = 已停止。
error-listen = 無法在 { $addr } 上接聽：{ $reason }
site-not-found-title = 找不到頁面
site-not-found = 本網站沒有這個頁面。所有主題都列在索引中。
site-back-to-wizard = 返回精靈

## Web wizard
web-field-error = { $field }：{ $error }
web-located = { $location }：{ $error }
web-form-invalid = 部分欄位需要更正（請見欄位旁的訊息）。未寫入任何內容。
web-paths-on-server = 檔案名稱是執行 docwiz serve 的電腦上的路徑，與命令列所接受的相同；瀏覽器不會上傳任何內容。
web-progress-refresh = 此頁面會自動追蹤要求。即使離開此頁面，要求仍會繼續進行。
web-job-unknown = 已無法得知此要求的進度（伺服器已重新啟動，或此頁面屬於另一個工作階段）。主頁面列出所有要求。
web-trust-file-changed = 檔案目前包含的憑證與所顯示的不同：未信任任何憑證。請再次檢查下方的憑證。

## tui leftovers
tui-key-open = 開啟

## Web wizard refusals
web-refused-title = 不允許
web-refused-token = 此精靈頁面只有搭配 docwiz serve 啟動時顯示的存取權杖才能開啟。請開啟一次它所顯示、含有 ?token=… 的位址；瀏覽器會在此工作階段的其餘時間保留權杖。說明頁面不需要權杖。
web-refused-change = 已拒絕此變更，未寫入任何內容：它並非來自此瀏覽器工作階段中本精靈的頁面（表單權杖缺少或錯誤，或頁面屬於其他網站）。請重新開啟頁面並重做此步驟。
web-refused-host = 此精靈只在回送位址（127.0.0.1、localhost 或 [::1]）上回應。請在 docwiz serve 顯示的位址開啟它。

## Table of contents
toc-request = 要求
toc-install = 已安裝的憑證
site-toc = 目錄
site-previous = 上一頁：{ $title }
site-next = 下一頁：{ $title }
site-breadcrumbs = 目前位置
error-toc-syntax = 目錄在此處不是有效的 YAML，或不是項目清單。
error-toc-item = 目錄的項目需要 href（主題的 .md 檔案）或 name（為章節命名的訊息）。
error-toc-href = { $href } 不是此樹狀結構中的主題檔案（應為 content/ 中的檔案名稱，例如 certificate-request.md）。
error-toc-value = { $key } 的值不適用於目錄的此處：name 與 href 應為文字，items 應為項目清單。
error-toc-too-deep = 目錄在此處的巢狀層次過深。
lint-toc-missing = 主題 { $id } 不在目錄 (content/toc.yml) 中。
lint-toc-unknown = 目錄列出了 { $id }，但沒有任何主題使用此識別碼。
lint-toc-twice = 目錄多次列出 { $id }；側邊欄以及「上一頁」和「下一頁」連結以第一次出現的位置為準。
lint-toc-name = 目錄以 { $id } 為章節命名，但 ui.ftl 中沒有此訊息。
topics-tree-title = 目錄
site-skip = 跳至主題內容

## Certificate lines
cert-chain-line = { $certificate } — 憑證鏈結{ $chain }
live-pending-none = 無

## Help view
help-view-key-clear = 清除尋找結果
label-value = { $label }：{ $value }
list-notes = { $first }；{ $second }
key-usage-bit = { $bit ->
    [digitalSignature] 數位簽章
    [nonRepudiation] 不可否認性
    [keyEncipherment] 金鑰加密
    [dataEncipherment] 資料加密
    [keyAgreement] 金鑰協議
    [keyCertSign] 憑證簽章
    [cRLSign] CRL 簽章
    [encipherOnly] 僅加密
    [decipherOnly] 僅解密
   *[other] { $bit }
}

## Help server: broken pages and listening
site-broken-title = 此頁面有錯誤
site-broken = 此主題或其翻譯有錯誤，因此不顯示此頁面。請修正錯誤後重新載入頁面：
os-error-address-in-use = 位址已在使用中：另一個程式正在此連接埠上接聽（系統錯誤 { $errno }）
os-error-address-not-available = 此位址不屬於這台電腦（系統錯誤 { $errno }）

## Search
help-no-such-section = 主題 { $topic } 沒有「{ $anchor }」一節：顯示整個主題。
search-in-english = 〔英文〕
search-unmatched-word = 沒有主題包含「{ $word }」。
search-other-words = 下列主題包含其他字詞。
error-no-search-hit = 沒有說明主題符合「{ $query }」。
error-nearest-terms = 主題中最接近的字詞：{ $terms }
error-no-nearest-terms = 主題中沒有與其相近的字詞。
error-search-index = 無法建立搜尋索引：{ $reason }

## Lint: typography, glossary, plurals
lint-typo-fr-space = 法文排版：「{ $char }」之前應有窄版不換行空格 (U+202F)；`{ $fix }` 會加上。
lint-typo-fr-guillemet = 法文排版：法文引號內側，也就是左引號之後與右引號之前，應有窄版不換行空格 (U+202F)，此處位於 { $char } 旁；`{ $fix }` 會加上。
lint-typo-fr-apostrophe = 法文排版：撇號應為 ’ (U+2019)，而非 '；`{ $fix }` 會取代。
lint-typo-quotes = 引號：此語言的引號為 { $open }…{ $close }，因此此處的 { $found } 應為 { $expected }；`{ $fix }` 會取代。
lint-typo-zh-space = 中文排版：全形標點 { $char } 旁不應有空格；`{ $fix }` 會刪除。
lint-typo-zh-full-width = 中文排版：中文之後的 { $found } 應使用全形的 { $expected }；`{ $fix }` 會取代。
lint-typo-zh-parentheses = 中文排版：括號內含中文字時使用全形括號，不含中文字時使用半形括號，因此此處的 { $found } 應為 { $expected }。`{ $fix }` 會取代。
lint-placeholder-unknown = 「<{ $found }>」不是此語言命令列的值名稱：預留位置應依 `--help` 在此語言中對該值的稱呼書寫（ui.ftl 中的 cli-value-* 訊息，例如 <{ $example }>）。
lint-placeholder-bare = 在命令中，預留位置以角括號括住，與 `--help` 的「用法」行寫法相同：<{ $name }>；`{ $fix }` 會加上角括號。
lint-plural-one = 在 { $locale } 中，{ $id } 的 [one] 也會用於 { $numbers }，但其文字未顯示數字 ({ $variable })，因此表示「剛好一個」：請新增 [1] 變體表示剛好一個，或在 [one] 中顯示數字。
lint-fix-built-in = --fix 會改寫檔案，因此需要指定要修正的樹狀目錄：請以 --root <{ cli-value-dir }> 指定。
lint-fixed = 已完成的排版修正：{ $edits } 項（改寫的檔案：{ $files } 個）。
lint-glossary-forbidden = 「{ $found }」不是詞彙表中「{ $english }」的用語：請改用「{ $preferred }」({ $glossary })。
lint-glossary-xml = 此詞彙表不是格式正確的 XML，因此不會檢查其中的用語。
lint-glossary-status = 「{ $value }」不是 TBX-Basic 的管理狀態（preferredTerm-admn-sts、admittedTerm-admn-sts、deprecatedTerm-admn-sts、supersededTerm-admn-sts）。
lint-glossary-no-preferred = 概念 { $concept } 禁止 { $locale } 的某些用語，卻未在其中指定偏好用語。
cli-about = 顯示即時憑證狀態的當地語系化 F1 說明
cli-help-flag = 顯示說明
cli-version-flag = 顯示版本
cli-heading-usage = 用法
cli-heading-options = 選項
cli-heading-arguments = 引數
cli-heading-commands = 命令
cli-usage-options = 選項
cli-heading-colon = { "：" }
cli-value-command = 命令
cli-value-addr = 位址
cli-value-addr-port = 位址:連接埠
cli-value-cmd = 命令
cli-value-csr-file = CSR檔案
cli-value-dir = 目錄
cli-value-email = 電子郵件
cli-value-file = 檔案
cli-value-format = 格式
cli-value-fqdn = FQDN
cli-value-key = 金鑰
cli-value-key-type = 金鑰類型
cli-value-keyword-topic = 關鍵字|主題
cli-value-n = N
cli-value-name = 名稱
cli-value-pem = PEM
cli-value-port = 連接埠
cli-value-query = 查詢
cli-value-request = 要求
cli-value-tag = 語言
cli-value-topic = 主題
cli-value-thumbprint = 指紋
cli-value-url = URL
cli-value-usage = 用途
cli-value-ca = CA
cli-arg-lang = 所有輸出的語言：BCP 47 或 POSIX 格式，也可以是以逗號分隔的偏好清單，並如 Accept-Language 以 `;q=` 設定權重；可重複指定。預設依序取自 LC_ALL、LC_MESSAGES、LANG。搭配 `export` 時，則為要匯出的語言。
cli-arg-root = 以內容樹狀結構（含 content/ 與 locales/）取代內建的內容。
cli-arg-store = 精靈的存放區（預設為 $DOCWIZ_HOME，若未設定則為 $XDG_DATA_HOME/docwiz）。
cli-arg-json = 輸出單一 JSON 文件。
cli-arg-plain = 適合螢幕助讀程式的逐行輸出：不使用分頁器、全螢幕介面或 ANSI 樣式。
cli-arg-no-interactive = 一律不開啟全螢幕精靈或分頁器：命令的輸出與沒有終端機時相同。
cli-about-help = 顯示 F1 關鍵字（最具體的放在最前面）或主題識別碼所對應的說明主題。
cli-arg-help-keywords = F1 關鍵字（最具體的放在最前面）或主題識別碼。
cli-arg-help-format = 輸出格式：term（終端機）、md (Markdown) 或 html。
cli-arg-help-side-by-side = 在每個區塊後面附上其英文原文。
cli-arg-help-strict = 只要有任何訊息改以英文顯示，就以失敗結束（結束代碼 1）。
cli-arg-help-live = 在頁面中顯示精靈的即時狀態（預設）。
cli-arg-help-no-live = 不顯示即時狀態。
cli-arg-help-request = 頁面要顯示其狀態的要求（預設為最新的要求）。
cli-arg-help-no-pager = 即使頁面比終端機長，也直接輸出，而不在全螢幕分頁器中顯示。
cli-about-search = 依主題標題、章節標題、內文與 F1 關鍵字中的字詞尋找主題。
cli-arg-search-query = 要尋找的字詞（須全部符合，順序不拘；若沒有主題包含全部字詞，則符合任一字詞即可）。
cli-arg-search-limit = 最多顯示此數量的主題。
cli-about-topics = 列出主題及其標題、F1 關鍵字與未翻譯的訊息。
cli-arg-topics-tree = 以標題樹狀結構輸出目錄 (content/toc.yml)。
cli-about-lint = 檢查內容與翻譯；有錯誤時以結束代碼 1 結束。
cli-arg-lint-fix = 以 lint 建議的排版修正改寫 --root 樹狀結構中的翻譯（僅限訊息文字），然後再次檢查。
cli-about-export = 將所有主題的所有語言版本寫成靜態 HTML 網站或 Markdown。
cli-arg-export-format = 輸出格式：html（網站）或 md（供 DocFX 存放庫使用的 Markdown）。
cli-arg-export-out = 要寫入的目錄（匯出成功時會整個取代）。
cli-arg-export-live = 將精靈的即時狀態放入含有即時預留位置的頁面。
cli-arg-export-base-url = 網站要發佈到的 URL：指向其他語言版本的連結 (hreflang) 會改為絕對 URL。
cli-about-wizard = 憑證精靈。
cli-arg-wizard-f1 = 顯示此頁面的說明主題及即時狀態，而不執行此步驟。
cli-about-wizard-request = 線上要求憑證：金鑰、CSR、CA 的回應，然後是狀態頁面。
cli-arg-wizard-request-fqdn = 伺服器的完整網域名稱（主體 CN 與第一個主體別名）。
cli-arg-wizard-request-sans = 憑證的其他 DNS 名稱（可重複指定）。
cli-arg-wizard-request-key = 金鑰類型：rsa-2048、rsa-3072、rsa-4096、ecdsa-p256、ecdsa-p384。
cli-arg-wizard-request-usage = 以逗號分隔的憑證用途：default、web-internal、web-external。
cli-arg-wizard-request-ca = CA：內建的本機 CA、ACME CA 或 cfssl。
cli-arg-wizard-request-offline = 改為將 CSR 寫入此新檔案；稍後再匯入 CA 的回應。絕不取代現有檔案，也不會在存放區內寫入任何內容；檔案所在的目錄必須存在（否則結束代碼為 2）。
cli-arg-wizard-request-acme-directory = ACME 目錄 URL（搭配 --ca acme）。
cli-arg-wizard-request-acme-ca-bundle = ACME 伺服器 HTTPS 憑證所鏈結到的 PEM 格式 CA 憑證。
cli-arg-wizard-request-acme-contact = ACME 帳戶的聯絡電子郵件地址。
cli-arg-wizard-request-acme-http-port = docwiz 回應 http-01 挑戰的連接埠。
cli-arg-wizard-request-acme-http-address = docwiz 接聽這些挑戰的位址（除非您另行指定，否則僅限 127.0.0.1）。
cli-arg-wizard-request-cfssl-url = `cfssl serve` 的 URL（搭配 --ca cfssl）。
cli-arg-wizard-request-cfssl-profile = cfssl 簽署設定檔。
cli-about-wizard-import-response = 匯入 CA 對延遲要求的回應（PEM、DER 或 PKCS#7）。
cli-arg-wizard-import-response-request = 此回應所屬的延遲要求。
cli-arg-wizard-import-response-file = CA 的回應：PEM 或 DER 格式的憑證，或含有憑證鏈結的 PKCS#7 檔案。
cli-about-wizard-import = 安裝在其他地方取得的憑證及其金鑰：<{ cli-value-file }> --key <{ cli-value-key }>、同時包含兩者的 PEM 檔案，或 .pfx 檔案。
cli-arg-wizard-import-file = 憑證（PEM、DER、PKCS#7；搭配 --key）、同時包含憑證及其金鑰的 PEM 檔案，或 PKCS#12 檔案。
cli-arg-wizard-import-key = 憑證的私密金鑰（PEM 或 DER：PKCS#8、加密的 PKCS#8、PKCS#1、SEC1）。
cli-arg-wizard-import-password-file = 第一行為 PKCS#12 密碼的檔案。
cli-arg-wizard-import-key-password-file = 第一行為加密金鑰密碼的檔案。
cli-arg-wizard-import-friendly-name = 從包含多組的 PKCS#12 檔案中要取用哪一組：其易記名稱，或其憑證的指紋。
cli-about-wizard-retry = 將失敗的本機要求再次送交本機 CA（使用相同的金鑰與 CSR）。
cli-arg-wizard-retry-request = 失敗的要求（預設為最新的要求）。
cli-about-wizard-status = 「線上憑證要求狀態」頁面。
cli-arg-wizard-status-request = 要顯示的要求（預設為最新的要求）。
cli-about-wizard-details = 檢視憑證詳細資料。
cli-arg-wizard-details-thumbprint = 要顯示的憑證，以其 SHA-1 指紋指定（預設為最新要求的憑證）。
cli-about-wizard-finish = 完成要求；除非指定 --no-assign，否則將憑證指派給其用途。
cli-arg-wizard-finish-request = 要完成的要求（預設為最新的要求）。
cli-arg-wizard-finish-no-assign = 清除「將此憑證指派給 … 憑證用途」核取方塊。
cli-arg-wizard-finish-deploy-hook = 指派完成後執行的 shell 命令（仿照 certbot）。若命令失敗，指派仍然有效（連結與歷程記錄已切換），docwiz 會與 certbot 一樣以結束代碼 1 回報掛鉤失敗。
cli-about-wizard-check = 檢查存放區：live/ 中的連結、私密金鑰、記錄、憑證檔案與本機 CA；每個問題都會指出所在檔案。只要有任何問題，結束代碼即為 1。
cli-about-wizard-assign = 將已安裝的憑證指派給用途。
cli-arg-wizard-assign-thumbprint = 要指派的憑證，以其 SHA-1 指紋指定。
cli-arg-wizard-assign-usage = 以逗號分隔的憑證用途（預設為其要求中的用途）。
cli-arg-wizard-assign-deploy-hook = 指派完成後執行的 shell 命令（仿照 certbot）。若命令失敗，指派仍然有效（連結與歷程記錄已切換），docwiz 會與 certbot 一樣以結束代碼 1 回報掛鉤失敗。
cli-about-trust = 信任存放區：受信任的根憑證授權單位與中繼憑證授權單位。
cli-about-trust-import-root = 信任根 CA（受信任的根憑證授權單位）；會先詢問。
cli-arg-trust-import-root-file = 根 CA 憑證（PEM、DER 或 PKCS#7）。
cli-arg-trust-import-root-yes = 不詢問即信任。
cli-about-trust-import-intermediate = 新增中繼 CA（中繼憑證授權單位）。
cli-arg-trust-import-intermediate-file = 中繼 CA 憑證（PEM、DER 或 PKCS#7）。
cli-about-trust-list = 顯示兩個信任存放區。
cli-about-certs = 已安裝的憑證。
cli-about-certs-list = 已安裝的憑證及其已指派的用途。
cli-about-serve = 透過 HTTP 提供說明網站、F1 端點與精靈。
cli-arg-serve-listen = 要接聽的位址與連接埠；只要不是回送位址，精靈頁面就需要啟動時顯示的存取權杖。
cli-arg-serve-open = 開始接聽後，在預設瀏覽器中開啟網站。
cli-try-help = 如需詳細資訊，請嘗試「{ $flag }」。
cli-error-missing-value = 「{ $arg }」需要一個值，但未提供。
cli-error-invalid-value = 「{ $value }」不是「{ $arg }」的有效值。
cli-error-invalid-choice = 「{ $value }」不是「{ $arg }」的有效值；可能的值：{ $valid }。
cli-error-invalid-value-why = 「{ $value }」不是「{ $arg }」的有效值：{ $reason }。
cli-error-out-of-range = 「{ $value }」不是「{ $arg }」的有效值：請輸入 { $min } 至 { $max } 的整數。
cli-error-unknown-argument = 非預期的引數「{ $arg }」。
cli-error-unknown-command = 不明的命令「{ $command }」。
cli-error-missing-arguments = { $count ->
    [1] 未提供必要引數：{ $args }
   *[other] 未提供下列必要引數：{ $args }
}
cli-error-missing-command = 需要指定命令：{ $commands }。
cli-error-given-twice = 「{ $arg }」只能指定一次。
cli-error-conflict = 「{ $arg }」不能與「{ $other }」一起使用。
cli-error-no-equals = 「{ $arg }」的值必須放在等號 (=) 之後。
cli-error-too-many-values = 「{ $arg }」收到非預期的值「{ $value }」。
cli-error-wrong-number-of-values = 「{ $arg }」的值數量不正確。
cli-error-not-utf8 = 有引數不是有效的 UTF-8。
cli-error-other = 無法讀取引數。
cli-tip-similar-command = 提示：有類似的命令：{ $suggestion }
cli-tip-similar-argument = 提示：有類似的引數：{ $suggestion }
cli-tip-similar-value = 提示：有類似的值：{ $suggestion }
cli-tip-value-with-dash = 提示：若要將「{ $arg }」當作值傳遞，請使用「-- { $arg }」。
cli-error-listen-address = 格式應為「{ cli-value-addr-port }」，例如 127.0.0.1:8080 或 localhost:8080
cli-about-certs-remove = 從存放區移除已安裝的憑證及其金鑰；只要仍有用途持有該憑證就會拒絕（請先將另一張憑證指派給該用途）。產生該憑證的要求會保留其記錄與金鑰。
cli-arg-certs-remove-thumbprint = 憑證的指紋（SHA-1，即 `certs list` 顯示的值）。
cli-about-certs-export = 將已安裝的憑證連同金鑰與鏈結寫出，供其他伺服器使用：PKCS#12 檔案 (--pfx) 或 certbot 式的 PEM 檔案 (--pem)。
cli-arg-certs-export-thumbprint = 憑證的指紋（SHA-1，即 `certs list` 顯示的值）。
cli-arg-certs-export-pfx = 新的 PKCS#12 (.pfx) 檔案 (0600)，內含金鑰與鏈結，供 Windows、IIS 或 `openssl pkcs12` 使用。使用 AES-256-CBC 與 PBKDF2-SHA256。
cli-arg-certs-export-password-file = 第一行為 PKCS#12 密碼的檔案。若未指定，會在終端機上詢問密碼（兩次）；空白密碼會遭拒絕。
cli-arg-certs-export-legacy = 以 3DES 與 SHA-1 MAC 保護 PKCS#12 檔案，適用於 Windows 10 1709 與 Windows Server 2019 之前的 Windows。
cli-arg-certs-export-pem = 存放 cert.pem、chain.pem、fullchain.pem 與 privkey.pem (0600) 的目錄，寫法與 certbot 相同。目錄不存在時會建立 (0700)；已存在的檔案絕不取代。
cli-after-wizard-finish =
    檔案：指派之後，每個用途的憑證位於存放區的
    live/<{ cli-value-usage }>/fullchain.pem（憑證及其 CA 憑證）與
    live/<{ cli-value-usage }>/privkey.pem（其金鑰，0600）；命令會顯示完整路徑。
    將另一張憑證指派給該用途時，這些檔案會隨之更新，因此伺服器設定只需指定一次。

    部署掛鉤（--deploy-hook <{ cli-value-cmd }>）：連結切換後以 sh -c 執行，環境變數如下：
      DOCWIZ_USAGES          剛指派的用途，以逗號分隔
                             (default,web-internal,web-external)
      DOCWIZ_THUMBPRINT      所指派憑證的指紋
      DOCWIZ_CERT_DIR        其在存放區中的目錄，絕對路徑
                             （certs/<{ cli-value-thumbprint }>：cert.pem、chain.pem、
                             fullchain.pem、privkey.pem）
      DOCWIZ_OLD_THUMBPRINT  更新時 (wizard renew)：被取代的憑證；
                             finish 與 assign 絕不設定
    掛鉤失敗時，指派仍然有效，docwiz 會以代碼 1 結束，與 certbot 相同。
cli-after-wizard-assign = { cli-after-wizard-finish }
cli-default-value = （預設：{ $value }）
cli-possible-values = （可能的值：{ $values }）
cli-arg-trust-f1 = 顯示此頁面的說明主題及即時狀態，而不執行此步驟。
cli-arg-certs-f1 = 顯示此頁面的說明主題及即時狀態，而不執行此步驟。

error-in-use = { $count ->
   *[other] 憑證 { $thumbprint } 已指派給下列用途，因此未移除；請先將其他憑證指派給這些用途 ({ $command })：
}
in-use-usage = { $label } (--usage { $usage })
certs-removed = 已從存放區移除憑證 { $thumbprint } 及其私密金鑰。
error-needs-password = PKCS#12 檔案需要密碼：請指定 --password-file <{ cli-value-file }>（密碼為其第一行），或在終端機中執行此命令以輸入密碼。未寫入任何項目。
error-password-not-confirmed = 密碼為空白，或兩次輸入的密碼不同。未寫入任何項目。
export-password-empty = 此檔案的第一行是空白的；PKCS#12 檔案需要密碼。未寫入任何項目。
export-not-file-name = 這不是可用於匯出憑證的檔案名稱。
export-no-directory = 目錄 { $dir } 不存在：請先建立它，或選擇其他位置。
export-exists = 此檔案已存在。docwiz 匯出憑證時絕不會取代檔案：請選擇新的名稱，或先移除該檔案。
export-revoked-warning = 警告：憑證 { $thumbprint } 已於 { $date } 撤銷 ({ $reason })：會檢查撤銷狀態的用戶端會拒絕它。
export-not-regular = 已有不是檔案的東西（目錄、連結、FIFO、裝置……）使用此名稱；docwiz 只會匯出到新檔案。
export-pem-is-file = 這是一個檔案，但 --pem 需要目錄（新目錄，或不含 cert.pem、chain.pem、fullchain.pem、privkey.pem 任一檔案的目錄）。若要匯出成單一檔案，請使用 --pfx。
export-in-store = 此位置在存放區 { $store } 內，其檔案由 docwiz 自行管理：請匯出到存放區以外。
certs-exported-pfx = 憑證、其私密金鑰及憑證鏈已寫入 { $file }。
certs-exported-pem = 憑證、其憑證鏈及私密金鑰已寫入：
prompt-password = PKCS#12 檔案的密碼：
prompt-password-again = 再次輸入相同的密碼：

assign-file-chain = { $usage }，憑證與憑證鏈：{ $path }
assign-file-key = { $usage }，私密金鑰：{ $path }

site-search-label = 搜尋說明
site-search-button = 搜尋
site-search-results = 符合「{ $query }」的主題
site-search-nothing = 沒有主題符合「{ $query }」。
site-search-unavailable = 無法載入本網站的搜尋索引。

renew-nothing-due = 目前沒有需要更新的憑證；下一張 { $thumbprint } 自 { $date } 起更新。
renew-nothing-assigned = 沒有任何憑證指派給用途，因此沒有需要更新的憑證。
renew-done = 憑證 { $old } 已更新：新憑證 { $new }（要求 { $request }）已接手其用途。
renew-failed-line = 憑證 { $thumbprint } 未更新，仍保有其用途（原因如上）。
renew-not-due-line = 憑證 { $thumbprint } 尚未到更新時間：自 { $date } 起更新。
renew-reason-untrusted = 新憑證的鏈結不受信任（{ $status ->
    [untrusted-root] 根 CA 不受信任
    [missing-intermediate] 缺少中繼 CA 憑證
    [expired] 有憑證已過期
    [not-yet-valid] 有憑證尚未生效
   *[other] 無法驗證
}），因此未接手任何用途
renew-reason-not-renewable = 憑證 { $thumbprint } 不是由 docwiz 向 CA 要求的（它是匯入的，或以離線方式要求）：請在核發它的地方更新，再匯入新憑證
error-renew-untrusted = 新憑證的鏈結不受信任（{ $status ->
    [untrusted-root] 根 CA 不受信任
    [missing-intermediate] 缺少中繼 CA 憑證
    [expired] 有憑證已過期
    [not-yet-valid] 有憑證尚未生效
   *[other] 無法驗證
}），因此未接手任何用途。
error-renew-not-renewable = 憑證 { $thumbprint } 不是由 docwiz 向 CA 要求的（它是匯入的，或以離線方式要求）：請在核發它的地方更新，再匯入新憑證。
error-not-renewable-unassigned = 憑證 { $thumbprint } 未指派給任何用途；更新會取代用途所使用的憑證。請先指派它，或要求新的憑證。
renew-due-note = 自 { $date } 起應更新：{ $command }
renew-failed-note = 上次更新 ({ $date }) 失敗：{ $reason }。憑證仍保有其用途。
list-days-left = 剩餘 { $days } 天
list-expired = 已過期
# A value with a note on it: full-width parentheses around Chinese text.
value-with-note = { $value } ({ $note })
cli-about-wizard-renew = 更新已指派且到期的憑證：再次提出相同的要求（名稱、金鑰類型、用途、CA），由新憑證接手舊憑證的用途。沒有到期的憑證時只輸出一行並以代碼 0 結束（適合排程器）。
cli-arg-wizard-renew-thumbprint = 只更新這張憑證，以其 SHA-1 指紋指定。
cli-arg-wizard-renew-all = 所有已指派且到期的憑證（預設）。
cli-arg-wizard-renew-days = 剩餘不到 N 天時更新，N 為 0 至 3650（預設：有效期的三分之一，最多 30 天；ACME CA 的更新時段較早開始時則更早）。
cli-arg-wizard-renew-reuse-key = 保留憑證的金鑰，不產生新金鑰。
cli-arg-wizard-renew-deploy-hook = 每張更新後的憑證接手其用途後執行一次的 Shell 命令，DOCWIZ_OLD_THUMBPRINT 設為被取代的憑證。
cli-arg-wizard-renew-quiet = 沒有需要更新的憑證時不輸出任何內容（仍會輸出錯誤）：供計時器或 cron 使用。
cli-after-wizard-renew = { cli-after-wizard-finish }
cli-arg-wizard-request-local-validity-days = 本機 CA：憑證的有效天數，1 至 397（預設 397）。更新時沿用；較短的有效期可用於試用更新。

## 撤銷 (wizard revoke、trust crl)

revoke-ca-name = { $ca ->
    [local] 本機 CA
    [acme] ACME CA
    [cfssl] cfssl CA
   *[other] CA「{ $ca }」
}
revoke-reason-unspecified = 未指定原因
revoke-reason-key-compromise = 私密金鑰已外洩
revoke-reason-ca-compromise = CA 已遭入侵
revoke-reason-affiliation-changed = 主體的名稱或所屬單位已變更
revoke-reason-superseded = 憑證已被取代
revoke-reason-cessation-of-operation = 伺服器已停止運作
revoke-reason-privilege-withdrawn = 使用憑證的權限已被撤回
revoke-warning = 您即將撤銷憑證 { $thumbprint } ({ $subject })（CA：{ $ca }），原因是{ $reason }。撤銷無法復原：從現在起，會檢查撤銷狀態的用戶端將拒絕此憑證。
revoke-warning-usages = { $count ->
    [1] 在您指派其他憑證之前，此用途將沒有憑證：{ $usages }
   *[other] 在您指派其他憑證之前，下列用途將沒有憑證：{ $usages }
}
revoke-question = 要撤銷此憑證嗎？[是/否]
revoke-done = 憑證 { $thumbprint } 已於 { $date } 撤銷（CA：{ $ca }；原因：{ $reason }）。
revoke-unassigned = { $count ->
    [1] 此用途已不再有憑證：{ $usages }。請指派其他憑證：{ $command }
   *[other] 下列用途已不再有憑證：{ $usages }。請指派其他憑證：{ $command }
}
revoke-kept = 已撤銷的憑證仍保持安裝；若要移除：{ $command }
revoke-same-key = 憑證 { $thumbprint } 認證同一個已外洩的金鑰，且尚未撤銷：請一併撤銷：{ $command }
revoked-note = 已於 { $date } 撤銷，原因：{ $reason }；無法再指派或更新。
live-cert-revoked = { $thumbprint } ({ $subject })，已於 { $revoked } 撤銷
error-revoke-needs-confirmation = 撤銷憑證需要您的確認：請在終端機中執行此命令，或加上 --yes。未撤銷任何項目。
error-revoke-declined = 未撤銷任何項目。
error-not-revocable = { $ca ->
    [offline] 憑證 { $thumbprint } 是以離線方式要求的，因此 docwiz 無法請其 CA 撤銷：請向核發它的 CA 撤銷。
    [local] 憑證 { $thumbprint } 是由此存放區已不再擁有的本機 CA 所核發：無法在此撤銷。請向核發它的 CA 撤銷。
   *[other] 憑證 { $thumbprint } 不是由 docwiz 向 CA 要求的（它是匯入的），因此 docwiz 無法撤銷：請向核發它的 CA 撤銷。
}
error-already-revoked = 憑證 { $thumbprint } 已於 { $date } 撤銷。
error-cert-revoked = 憑證 { $thumbprint } 已於 { $date } 撤銷：無法再指派或更新。請要求新憑證。
error-key-compromised = 憑證 { $thumbprint } 的金鑰已在 { $date } 撤銷憑證 { $revoked } 時宣告為已外洩：使用 --reuse-key 會讓它再次獲得認證。請不使用 --reuse-key 更新，以取得新金鑰。
error-export-compromised = 未匯出憑證 { $thumbprint }：它的金鑰已在 { $date } 撤銷憑證 { $revoked } 時宣告為已外洩，已外洩的金鑰不得再部署。請要求使用新金鑰的新憑證。
error-cert-removed = 憑證 { $thumbprint } 已連同其金鑰從存放區移除 (certs remove)：無法再指派。請要求新憑證。
error-store-not-found = { $store } 沒有存放區。請以 --store <{ cli-value-dir }>（或 DOCWIZ_HOME）指定存放區；計時器或服務執行時，可能沒有建立它的使用者的 HOME。
error-no-local-ca = 存放區尚無本機 CA，因此沒有 CRL 可寫入：本機 CA 會在第一次向它提出要求時建立。
crl-written = 本機 CA 的 CRL 編號 { $number }（{ $count ->
    [0] 沒有已撤銷的憑證
   *[other] { $count } 個已撤銷的憑證
}，下次更新不晚於 { $date }）已寫入 { $file }。
crl-not-file-name = 這不是可用於 CRL 的檔案名稱。
crl-no-directory = 目錄 { $dir } 不存在。docwiz 不會在其存放區以外建立目錄：請先建立它，或選擇其他檔案。
crl-exists = 此檔案已存在。若未指定 --force，docwiz 絕不會以 CRL 取代檔案：請選擇新的檔案名稱、先移除該檔案，或加上 --force 以取代它。
crl-not-regular = 已有不是檔案的東西（目錄、連結、FIFO、裝置……）使用此名稱；docwiz 只會將 CRL 寫入新檔案。
crl-in-store = 此檔案位於存放區 { $store } 內，其檔案由 docwiz 自行管理：請將 CRL 寫到存放區以外。
cli-about-wizard-revoke = 向核發憑證的 CA（本機 CA、ACME 或 cfssl，依其要求而定）撤銷憑證；會先詢問。持有它的用途會失去它；它仍保持安裝。
cli-arg-wizard-revoke-thumbprint = 憑證的指紋（SHA-1，即 `certs list` 顯示的值）。
cli-arg-wizard-revoke-reason = 原因，使用其在 RFC 5280 中的名稱。
cli-arg-wizard-revoke-yes = 不詢問即撤銷。
cli-value-reason = 原因
cli-about-trust-crl = 將本機 CA 的憑證撤銷清單 (CRL) 寫入新檔案，由核發憑證的中繼 CA 簽署：PEM，或使用 --der 寫入 DER。
cli-arg-trust-crl-out = 新檔案（未指定 --force 時絕不取代現有檔案）。
cli-arg-trust-crl-der = 寫入 DER 而非 PEM。
cli-arg-trust-crl-force = 若 { cli-value-file } 已存在則取代它（以不可分割的方式：將新檔案重新命名覆蓋它），以便由計時器每隔幾天寫入新的 CRL。
details-revocation = 撤銷
