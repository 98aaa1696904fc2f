# 說明如何在已指派的憑證到期前更新它們（docwiz wizard renew）。

title = 更新憑證
description = 憑證精靈如何在指派給{ -product } 用途的憑證到期前更新它們、憑證何時需要更新，以及更新失敗時會發生什麼事。
intro = 每張憑證都會到期，而 CA 核發的憑證有效期也越來越短。`docwiz wizard renew` 會在指派給用途的憑證到了更新時間時更新它：再次提出相同的要求，並以新憑證取代舊憑證，您不必再次經過「**{ -page-request-status }**」與「**{ -page-assignment }**」頁面。
due-heading = 憑證何時需要更新
due-intro = 憑證會在下列時間點中最早的一個開始更新：
due-lifetime = 剩餘有效期少於三分之一時，且最多在到期前 30 天（有效期 90 天的憑證在到期前 30 天更新，有效期 6 天的憑證在到期前 2 天更新）；
due-days = 指定 `--days <N>` 時，改為剩餘不到 N 天時更新；
due-ari = 對於由發布更新資訊 (RFC 9773) 的 ACME CA 所核發的憑證，在 CA 建議的更新時段開始時更新，例如 CA 即將撤銷該憑證而提早開始。
due-pages = 「**{ -page-wizard-main }**」頁面、狀態頁面與 `docwiz certs list` 會顯示每張憑證的剩餘天數，並對需要更新的已指派憑證發出警告，同時提供更新它的命令。
how-heading = 更新會做什麼
how = 更新會重複產生該憑證的要求：相同的名稱與主體別名、金鑰類型、用途、CA 及 CA 選項。接著新憑證會通過[與指派相同的檢查](topic:certificate-assignment#checks)：其鏈結必須受信任，也就是根憑證位於「**{ -store-root }**」，中繼 CA 憑證位於「**{ -store-intermediate }**」。
key = 每次更新都會建立新的私密金鑰。指定 `--reuse-key` 時，憑證會保留原本的金鑰，例如金鑰已在其他地方釘選時。
takeover = 新憑證會在一個步驟中接手舊憑證目前擁有的所有用途，且每個用途在指派記錄中各有一筆項目，與按一下**{ -button-assign }**時相同。舊憑證仍保持安裝：您可以再次指派它，或以 `docwiz certs remove <指紋>` [移除它](topic:certificate-removal)。
hook = 部署掛鉤 (`--deploy-hook`) 會在切換後，針對每張更新的憑證執行一次。除了指派時設定的變數之外，DOCWIZ_OLD_THUMBPRINT 會提供被取代憑證的指紋。
failure-heading = 更新失敗時
failure = 當 CA 拒絕要求、無法連線，或核發的憑證鏈結不受信任時，舊憑證會保有其用途。失敗會連同原因記錄下來：「**{ -page-wizard-main }**」頁面、狀態頁面與 `docwiz certs list` 會顯示它，直到更新成功為止，而命令會以代碼 1 結束。請修正原因所指出的問題，然後再次執行命令。
imported = 只有精靈以線上方式向 CA 要求的憑證才能以這種方式更新。匯入的憑證或以離線方式要求的憑證，必須在核發它的地方更新，然後匯入並指派新憑證。
timer-heading = 依排程更新
timer = 請透過 systemd 計時器或 cron 每天執行 `docwiz wizard renew`。沒有需要更新的憑證時，它只輸出一行並以代碼 0 結束，排程因此保持安靜；代碼 1 表示有更新失敗。
