# 關於向核發憑證的 CA 撤銷憑證 (docwiz wizard revoke) 以及本機 CA 的 CRL (docwiz trust crl) 的說明。

title = 撤銷憑證
description = 憑證精靈如何向核發憑證的憑證授權單位 (CA) 撤銷憑證、持有該憑證的 { -product } 用途會有什麼變化，以及本機 CA 如何發布其憑證撤銷清單 (CRL)。
intro = 憑證在到期前都保持有效，即使您已不再信任它。撤銷憑證，就是請核發它的 CA 宣告它從現在起無效：會檢查撤銷狀態的用戶端便會拒絕它。`docwiz wizard revoke <指紋>` 會向憑證的 CA 撤銷憑證，並將它從持有它的用途中移除。撤銷無法復原。
when-heading = 何時撤銷憑證
when = 當憑證不得再使用時撤銷它，並以 `--reason` 指定原因（RFC 5280 中的名稱）：
reason-key = `keyCompromise` 表示私密金鑰已外洩，例如從伺服器或備份中遭到複製。請先以新金鑰要求新憑證，再撤銷舊憑證；
reason-superseded = `superseded` 表示已有另一張憑證取代它，例如名稱不同的憑證；
reason-cessation = `cessationOfOperation` 表示伺服器或憑證中的名稱已不再使用；
reason-affiliation = `affiliationChanged` 表示組織或主體中的名稱已變更；`caCompromise` 與 `privilegeWithdrawn` 則用於 RFC 所述較少見的情況。
reason-default = 未指定 `--reason` 時，原因為 `unspecified`。只是即將到期的憑證不需要撤銷：請改為[更新它](topic:certificate-renewal)。
how-heading = 憑證如何撤銷
how = `docwiz wizard revoke <指紋>` 會依憑證要求所記錄的內容，向該要求送往的 CA 提出撤銷：
ca-local = docwiz 內建的本機 CA 會將憑證的序號加入其撤銷清單，並以 CRL 發布（見下文）；
ca-acme = ACME CA 會以當初要求該憑證的 ACME 帳戶提出（RFC 8555 第 7.6 節）；
ca-cfssl = cfssl CA 會透過其撤銷 API 提出；只有在 `cfssl serve` 搭配憑證資料庫執行時，cfssl 才能撤銷。
confirm = 在執行任何動作之前，此命令會顯示憑證、CA 以及將失去它的用途，並要求確認，就像信任根憑證時一樣。沒有終端機時，請加上 `--yes`。若無法連線到 CA 或 CA 拒絕，則不會有任何變更。
elsewhere = 您匯入的憑證，或以離線方式要求的憑證，docwiz 無法撤銷：只有核發它的 CA 才能撤銷。請在該處以該 CA 自己的工具撤銷。
after-heading = 撤銷之後
after = CA 確認撤銷後，憑證會記錄為已撤銷，而持有它的每個用途都會在一個步驟中失去它，且每個用途在指派記錄中各有一筆項目。請在「**{ -page-assignment }**」頁面或以 `docwiz wizard assign` 將其他憑證指派給這些用途，或要求新憑證。
refused = 已撤銷的憑證仍保持安裝，「**{ -page-wizard-main }**」頁面、`docwiz certs list`、「**{ -button-view-details }**」及其 JSON 會將它顯示為已撤銷，並附上日期與原因。它無法再指派、完成或更新。若要將它從存放區中取出，請[移除它](topic:certificate-removal)。
crl-heading = 本機 CA 的撤銷清單
crl = `docwiz trust crl --out <檔案>` 會將本機 CA 的 CRL 寫入新檔案（PEM；使用 `--der` 則為 DER），由其核發憑證的 CA 簽署：列出每張已撤銷的憑證及其撤銷日期與原因，下次更新時間為七天後。請將它提供給信任本機 CA 的伺服器與用戶端，並至少每七天寫入一份新的 CRL：如此 `openssl verify -crl_check -CRLfile 檔案` 便會拒絕已撤銷的憑證。若要每次都取代該檔案，請加上 `--force`（新的 CRL 會先寫在旁邊，再重新命名覆蓋舊檔，伺服器因此不會讀到寫到一半的檔案），例如從 cron 執行：`0 4 * * 1 /usr/local/bin/docwiz trust crl --out /etc/ssl/local-ca.crl --force --store /root/.local/share/docwiz`。
