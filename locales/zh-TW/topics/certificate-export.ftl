# 關於連同金鑰匯出已安裝憑證以供其他伺服器使用 (docwiz certs export) 的說明。

title = 匯出憑證
description = 如何將憑證精靈存放區中的憑證連同其私密金鑰與鏈結匯出給其他伺服器：匯出為供 Windows 與 IIS 使用的 PKCS#12 (.pfx) 檔案，或匯出為與 certbot 相同格式的 PEM 檔案。
intro = 位於{ -product } 前方的其他伺服器、負載平衡器或反向 Proxy 可能需要同一張憑證。`docwiz certs export` 會將已安裝的憑證連同其私密金鑰與 CA 憑證，寫入這些伺服器可匯入的檔案。
pfx-heading = PKCS#12 (.pfx) 檔案
pfx = `docwiz certs export <指紋> --pfx <檔案>` 會寫入 Windows、IIS 與 `openssl pkcs12` 可匯入的新 PKCS#12 檔案：包含憑證、其私密金鑰與其 CA 憑證，並以 AES-256 及以 PBKDF2 衍生的金鑰保護。
password = 檔案以密碼保護：密碼取自 `--password-file <檔案>` 的第一行，或在終端機中輸入兩次。空白密碼會遭到拒絕。只有您能讀取此檔案（模式 0600），且絕不會取代現有檔案。
legacy = 早於 Windows 10 1709 版與 Windows Server 2019 的 Windows 版本無法讀取以 AES 保護的檔案：對於這些版本，請加上 `--legacy`（3DES 搭配 SHA-1 MAC）。
pem-heading = PEM 檔案
pem = `docwiz certs export <指紋> --pem <目錄>` 會以與 certbot 相同的方式寫入四個檔案，供 nginx、Apache、HAProxy 及大多數 Linux 伺服器使用。目錄不存在時會建立，且絕不會取代目錄中已有的檔案：
pem-cert = `cert.pem`：僅包含憑證；
pem-chain = `chain.pem`：其中繼 CA 憑證；
pem-fullchain = `fullchain.pem`：憑證後接其鏈結，這是大多數伺服器預期的格式；
pem-privkey = `privkey.pem`：未加密的私密金鑰，只有您能讀取（模式 0600）。
key-warning = 匯出的檔案包含憑證的私密金鑰：取得它的人就能冒充您的伺服器。請只將它複製到需要的伺服器，刪除不再需要的副本；若有副本外洩，請[撤銷憑證](topic:certificate-revocation)。憑證仍留在存放區並保有其用途；請參閱[指派憑證](topic:certificate-assignment)。
