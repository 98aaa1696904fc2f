# 說明如何在要求完成後或從憑證清單中，將憑證指派給各項用途。

title = 指派憑證
description = 憑證精靈如何將憑證指派給{ -product } 的用途、事先會檢查哪些項目，以及伺服器上會有哪些變更。
intro = 指派憑證就是讓{ -product } 將該憑證用於一或多個用途。在選取「**{ -checkbox-assign }**」核取方塊的狀態下按一下**{ -button-finish }**時，就會進行指派；您也可以稍後在「**{ -page-assignment }**」頁面上，從清單中選取已安裝的憑證，然後按一下**{ -button-assign }**（`docwiz wizard assign --thumbprint <指紋>`）。
checks-heading = 精靈檢查的項目
checks-intro = 在指派任何項目之前，精靈會針對每項用途確認下列條件：
check-chain = 憑證鏈結受信任：根 CA 憑證位於「**{ -store-root }**」存放區，且每個中繼 CA 憑證都位於「**{ -store-intermediate }**」存放區；
check-validity = 憑證在今天有效；
check-eku = 憑證的增強金鑰使用方法允許該用途：Web 服務需要伺服器驗證，「**{ -usage-default }**」則需要伺服器驗證加上用戶端驗證；
check-names = 憑證至少有一個主體別名涵蓋伺服器的 FQDN；
check-key = 憑證的私密金鑰位於伺服器上，且與憑證相符。
all-or-nothing = 只要任何一項用途有任何一項檢查失敗，就不會指派任何項目，精靈會列出所有原因。請修正其中指出的問題，然後再指派一次。
switch-heading = 會有哪些變更
switch = 每項用途都會在單一步驟中切換到新憑證，因此服務絕不會處於只切換了一半的狀態。該用途先前使用的憑證仍會保留安裝：您隨時都可以切換回去。
history = 每次指派都會記錄時間、用途，以及新舊憑證的指紋。
hook = 若您指定了部署掛鉤 (`--deploy-hook`)，精靈會在切換後執行它，並透過環境變數提供用途、指紋與憑證資料夾，例如可用來重新載入 Web 伺服器。
untrusted = 只要憑證的鏈結不受信任，精靈就不會提供指派選項。請先[匯入缺少的 CA 憑證](topic:trust-import)；狀態頁面會逐一列出這些憑證，並附上匯入每張憑證的命令。
renewal = 憑證會到期：精靈可以在已指派的憑證到了更新時間時[更新它們](topic:certificate-renewal)，新憑證隨後會接手舊憑證的用途。
later = 憑證也可以連同其金鑰[匯出](topic:certificate-export)給其他伺服器使用。不再有任何用途需要的憑證可以[移除](topic:certificate-removal)，而不得再使用的憑證則可以向其 CA [撤銷](topic:certificate-revocation)。
