# 關於從存放區移除已安裝憑證 (docwiz certs remove) 的說明。

title = 移除憑證
description = 當 { -product } 已沒有任何用途持有憑證時，如何將憑證及其私密金鑰從憑證精靈的存放區移除，以及哪些項目會保留。
intro = 已安裝的憑證在被取代、更新或撤銷之後，仍會留在存放區中。`docwiz certs remove <指紋>` 會移除您不再需要的憑證及其私密金鑰。
how-heading = 移除憑證
how = 以 `docwiz certs list`（或在「**{ -button-view-details }**」中）找出憑證的指紋，然後執行 `docwiz certs remove <指紋>`。憑證的檔案及其私密金鑰會在一個步驟中從存放區刪除，移除動作也會寫入指派記錄。
in-use = 指派給用途的憑證絕不會被移除：此命令會拒絕並列出這些用途。請先在「**{ -page-assignment }**」頁面或以 `docwiz wizard assign` [將其他憑證指派給它們](topic:certificate-assignment)。
kept-heading = 移除時會保留什麼
kept = 產生該憑證的要求會保留自己的記錄及憑證，其狀態頁面會說明憑證已移除；但該要求的私密金鑰副本會在同一個步驟中刪除，因此存放區中不會留下任何金鑰副本。`docwiz wizard renew` 針對該憑證記錄的內容以及其撤銷記錄，會隨憑證一併刪除。若其他地方仍需要此憑證，請在移除之前先[連同金鑰匯出它](topic:certificate-export)。
revoke-first = 移除憑證並不會撤銷它：對於擁有其副本與金鑰的任何人，它在到期前仍然有效。若其金鑰可能已外洩，請先[撤銷它](topic:certificate-revocation)。
