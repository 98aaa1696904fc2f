# 「匯入憑證」頁面的說明。

title = 匯入憑證
description = 如何將在線上精靈以外核發的憑證匯入伺服器的憑證存放區。
intro = 在「**{ -page-import }**」頁面上，您可以匯入並非透過線上要求取得的憑證，讓精靈能像處理其他憑證一樣，加以檢查並指派。
what-heading = 可以匯入的項目
what-answer = CA 對您先前準備並自行傳送之要求的回應。憑證必須與精靈為該要求保留的私密金鑰相符；匯入後，該要求即告完成（`docwiz wizard import-response --request <要求> <檔案>`）。
what-existing = 在其他地方核發的憑證及其私密金鑰，例如受密碼保護的 PFX 檔案（`docwiz wizard import <檔案> --key <金鑰>`，或 `docwiz wizard import <檔案>.pfx --password-file <檔案>`）。
checks-heading = 精靈檢查的項目
checks = 精靈會讀取檔案、確認其中含有憑證，並檢查憑證的公開金鑰是否與私密金鑰成對。若有任何不相符之處，精靈不會匯入任何項目，並會告訴您原因。
after = 匯入後，憑證會與其他尚未指派的憑證一起列在「**{ -page-wizard-main }**」頁面上。按一下**{ -button-assign }**[即可指派](topic:certificate-assignment)；套用的檢查與透過要求取得的憑證相同。
key-protection = 持有私密金鑰的人，就能冒用伺服器的身分。請勿將 PFX 檔案及其密碼放在共用資料夾中；匯入成功後，請刪除不再需要的複本。
