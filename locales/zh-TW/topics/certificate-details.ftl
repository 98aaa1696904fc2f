# 「檢視憑證詳細資料」的說明。欄位名稱取自 ui.ftl 中詳細資料頁面的標籤，
# 因此說明與頁面使用的字詞永遠一致。

title = 檢視憑證詳細資料
description = 憑證詳細資料會顯示哪些內容，以及將憑證投入使用前應注意哪些事項。
intro = **{ -button-view-details }**會開啟憑證並列出其屬性，讓您在伺服器使用憑證之前，確認這正是您想要的憑證（`docwiz wizard details`；若要查看最新憑證以外的其他憑證，請加上 `--thumbprint <指紋>`）。
fields-heading = 應檢查的項目
field-subject = **{ details-subject }**與**{ details-sans }**：憑證適用的名稱。用戶端用來連線到伺服器的每個名稱，都必須列在主體別名中。
field-validity = **{ details-valid-from }**與**{ details-valid-to }**：憑證只能在這兩個日期之間使用。
field-key = **{ details-public-key }**與**{ details-signature-algorithm }**：金鑰的類型與長度，以及 CA 簽署憑證的方式。
field-eku = **{ details-key-usage }**與**{ details-eku }**：金鑰可以用於哪些用途。「{ -usage-default }」用途除了伺服器驗證之外，還需要用戶端驗證。
field-constraints = **{ details-basic-constraints }**：伺服器憑證必須是終端實體，絕不能是 CA。
field-identifiers = **{ details-ski }**與**{ details-aki }**：它們將憑證與核發該憑證之 CA 的金鑰連結起來。
field-thumbprints = **{ details-sha1 }**與**{ details-sha256 }**：整張憑證的雜湊值。精靈用來識別憑證的是 SHA-1 指紋。
compare = 若要確認另一部電腦上的憑證是否為同一張，請將其指紋與此處顯示的指紋比對。若另一部電腦也顯示 SHA-256 指紋，請優先比對該指紋：兩張不同的憑證不會有相同的 SHA-256 指紋，而 SHA-1 則已有人刻意製造出碰撞。
