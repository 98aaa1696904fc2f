# 準備憑證要求之各頁面的說明。

title = 要求憑證
description = 憑證精靈中用來準備要求的頁面：要求何時傳送、傳送給哪個 CA、憑證上的名稱及其金鑰。
intro = 憑證要求在送達 CA 之前，會經過幾個頁面。您在每個頁面上決定憑證內容的一部分；接著，精靈會在伺服器上建立私密金鑰，以及一份包含公開金鑰與名稱的憑證簽署要求 (CSR)。在 docwiz 中，這一切只需要一個命令 `docwiz wizard request`，其選項與這些頁面一一對應。
timing-heading = 立即或稍後傳送要求
timing-intro = 「**{ -page-request-timing }**」頁面會詢問要在何時將要求送交 CA：
timing-now = 「**{ -option-send-now }**」：精靈會提交要求；若 CA 立即回應，就會顯示「**{ -page-request-status }**」頁面與新憑證。
timing-later = 「**{ -option-send-later }**」：精靈會將要求寫入檔案。您需自行將要求交給 CA，並在收到 CA 的回應後將其匯入；在此之前，要求會保持未完成狀態（`--offline <CSR檔案>`）。
ca-heading = 選擇憑證授權單位
ca-intro = 在「**{ -page-request-ca }**」頁面上，選擇要簽署憑證的 CA。docwiz 有自己的 CA，會在第一次使用時建立於存放區中（`--ca local`，即預設值）。
ca-others = 要求也可以送交 ACME 憑證授權單位 (`--ca acme --acme-directory <URL>`) 或 cfssl 伺服器 (`--ca cfssl --cfssl-url <URL>`)。公開的 ACME CA 已不再核發含有用戶端驗證的憑證，因此這類憑證無法用於「**{ -usage-default }**」。
ca-trust = 無論您選擇哪個 CA，都必須[先信任其根憑證](topic:trust-import#trusting-a-root)，才能指派憑證。第一次向從未使用過的 CA 提出要求時，通常會得到尚未受信任的憑證鏈結。
basics-heading = 名稱、金鑰與安全性設定
basics-name = 在「**{ -page-request-basics }**」頁面上，指定伺服器的完整網域名稱（FQDN，選項 `--fqdn`）。此名稱會成為憑證的主體，以及憑證的第一個主體別名。
basics-key = 選擇金鑰類型（`--key <金鑰類型>`）：預設為 2048 位元的 RSA，在任何環境中都能使用；另外也提供 3072 或 4096 位元的 RSA，以及 ECDSA P-256 或 P-384。私密金鑰絕不會離開伺服器。
basics-usages = 您在此選擇的用途 (`--usage`) 決定憑證的增強金鑰使用方法：一律包含伺服器驗證，而用戶端驗證只用於需要相互 TLS 的「**{ -usage-default }**」。
sans-heading = 主體別名
sans-intro = 在「**{ -page-request-sans }**」頁面上，加入用戶端連線到伺服器時使用的所有其他名稱，例如 Web 服務的名稱（`--san`，每個名稱指定一次）。
sans-rules = 用戶端檢查的是這些名稱，而不是主體。每個名稱都必須是有效的 DNS 名稱；精靈會將名稱轉為小寫，並略過重複的名稱。萬用字元只能作為最左邊的標籤使用 (`*.example.com`)。
key-safety = 在要求離開伺服器之前，私密金鑰就會先寫入存放區，且只有擁有者可以讀取。一旦 CA 為此金鑰核發了憑證，docwiz 就絕不會刪除該金鑰。
next-page = CA 回應後，精靈會顯示「**{ -page-request-status }**」頁面，其中列出新憑證的指紋。
