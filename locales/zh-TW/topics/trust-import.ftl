# 將 CA 憑證匯入 docwiz 信任存放區的說明。

title = 信任憑證授權單位
description = 憑證精靈的兩個信任存放區、為何信任根憑證需要您確認，以及如何匯入根 CA 與中繼 CA 憑證。
intro = 只有當憑證的鏈結通往您選擇信任的根憑證時，該憑證才會受到信任。docwiz 為此維護自己的信任存放區；CA 隨憑證一併傳送的任何內容，都絕不會自動受到信任。
stores-heading = 兩個存放區
root-store = **{ -store-root }**：存放您信任的根憑證。只有自我簽署的 CA 憑證可以放在這裡（`docwiz trust import-root <檔案>`）。
intermediate-store = **{ -store-intermediate }**：存放介於根憑證與其所核發憑證之間的 CA 憑證。只有非自我簽署的 CA 憑證可以放在這裡（`docwiz trust import-intermediate <檔案>`）。
root-heading = 信任根憑證
root-why = 信任根憑證是一項重大決定：該根憑證或其中繼 CA 核發的每一張憑證，無論對應哪個名稱，都會因此受到信任。若有人讓您信任了他自己的根憑證，就能將他的憑證冒充為您的憑證。
root-confirm = 因此，精靈在匯入任何項目之前，都會顯示每個根憑證的主體與指紋，並請您確認。若沒有可供詢問的終端機，除非您加上 `--yes`，否則精靈會拒絕匯入。
root-check = 回答之前，請將此指紋與您透過其他管道取得的指紋比對，例如向 CA 的系統管理員索取。若兩者不同，請勿信任此根憑證。
intermediate-heading = 中繼 CA 憑證
intermediate = 匯入中繼 CA 憑證時不會詢問：這些憑證只會透過您已信任的根憑證而受到信任。
files = 這兩個命令都能讀取含有一或多張憑證的 PEM 檔案，以及 DER 檔案。[要求的狀態頁面](topic:certificate-request-returned)會針對每張缺少的憑證，指出要匯入的確切檔案。
warning = 若檔案中有任何一張憑證不屬於您所選的存放區，例如被當成根憑證提供的伺服器憑證，則該檔案中的所有內容都不會匯入。
