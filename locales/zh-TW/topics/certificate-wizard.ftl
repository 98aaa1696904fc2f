# 憑證精靈主頁面的說明。

title = 憑證精靈
description = 憑證精靈的主頁面：{ -product } 的每項憑證用途及其指派的憑證、尚未完成的要求，以及接下來可以執行的動作。
intro = 伺服器上的憑證作業都從「**{ -page-wizard-main }**」頁面開始，也在這裡結束。此頁面會顯示每項用途目前使用的憑證、哪些要求仍未完成，以及哪些已核發的憑證尚未指派。在 docwiz 中，執行 `docwiz wizard` 即可開啟此頁面。
usages-heading = 憑證用途
usages-intro = { -product } 會將憑證用於三種用途。每種用途可以各自使用一張憑證，也可以由同一張憑證涵蓋所有用途：
item-default = **{ -usage-default }**：伺服器、其用戶端與其他伺服器之間的相互 TLS (MTLS)。憑證必須同時具備伺服器驗證與用戶端驗證。
item-web-internal = **{ -usage-web-internal }**：為用戶端在網路內部存取的 Web 服務提供 TLS。只需要伺服器驗證。
item-web-external = **{ -usage-web-external }**：為發佈到網路外部的 Web 服務提供 TLS。只需要伺服器驗證。
usages-expiry = 此頁面會針對每項用途，顯示所指派憑證的指紋與主體、到期時間，以及剩餘天數。請在憑證到期前及早更新：沒有有效憑證的用途將會停止運作。
actions-heading = 可在此頁面執行的動作
action-request = **{ -button-request }**：開始新的憑證要求。由您選擇 CA、名稱與金鑰，再由精靈建立金鑰與要求 (`docwiz wizard request`)。
action-assign = **{ -button-assign }**：將已核發的憑證指派給一或多個用途 (`docwiz wizard assign`)。精靈會先檢查憑證鏈結、有效期間、增強金鑰使用方法、名稱與私密金鑰，只要有任何一項檢查失敗，就不會指派任何用途。
action-details = **{ -button-view-details }**：顯示憑證的所有屬性，包括兩種指紋 (`docwiz wizard details`)。
action-import = **{ -button-import }**：加入在精靈以外取得的憑證及其私密金鑰，或是 CA 針對您預先準備、稍後才送出之要求（離線要求）所傳回的回應。
action-pending = 憑證尚未傳回的要求會保持未完成狀態；其狀態頁面會說明它正在等候什麼 (`docwiz wizard status`)。
trust-note = 只有當憑證之 CA 的根憑證位於「**{ -store-root }**」存放區，且每個中繼 CA 憑證都位於「**{ -store-intermediate }**」存放區時，才能指派該憑證。若仍有缺少的憑證，此頁面會列出匯入所需的命令。
