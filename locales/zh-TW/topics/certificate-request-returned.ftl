# 線上要求的憑證核發後，精靈所顯示之狀態頁面的說明。

title = 憑證要求（已傳回）
description = 說明線上要求的憑證核發後，「{ -page-request-status }」頁面所顯示的內容，以及如何完成要求並指派憑證。
intro = 線上憑證要求建立完成，且憑證授權單位 (CA) 已核發憑證後，就會出現「**{ -page-request-status }**」頁面。此頁面彙整了新憑證投入使用前，您需要了解的相關資訊。
thumbprint = 頁面上會顯示憑證的指紋：此值可唯一識別這張憑證。您可以用它再次找到這張憑證，例如稍後要指派憑證，或要檢查某項服務使用的是哪一張憑證時。
checkbox-default = 「**{ -checkbox-assign }**」核取方塊預設為已選取。在選取此核取方塊的狀態下按一下**{ -button-finish }**，憑證就會依照您建立要求時選擇的用途，指派給{ -product }。
purposes-heading = 預設用途
purposes-intro = 除非您在建立要求時選擇了其他用途，否則憑證會指派給下列用途：
purpose-default = **{ -usage-default }**：相互 TLS (MTLS)，用於與用戶端及其他伺服器之間的連線。
purpose-web-internal = **{ -usage-web-internal }**：在內部 Web 服務網站上，為用戶端與伺服器連線提供 TLS。
purpose-web-external = **{ -usage-web-external }**：在外部 Web 服務網站上，為用戶端與伺服器連線提供 TLS。
finish-heading = 檢查憑證並完成
view-details = 按一下**{ -button-view-details }**開啟[憑證](topic:certificate-details#fields)。請確認憑證的屬性符合您的預期，而且憑證已可在伺服器上使用。
finish = 按一下**{ -button-finish }**以完成線上憑證要求。若已選取「**{ -checkbox-assign }**」核取方塊，憑證也會同時完成指派。
finish-cleared = 若您已清除此核取方塊，要求仍會完成，但不會指派憑證：您必須[在另一個步驟中指派憑證](topic:certificate-assignment)。
untrusted-chain = 如果核發 CA 的根憑證不在精靈的「**{ -store-root }**」存放區中，或有中繼 CA 憑證不在「**{ -store-intermediate }**」存放區中，此頁面會回報這個狀況，且不會提供指派憑證的選項。若要完成指派，請匯入[核發 CA 的根憑證](topic:trust-import#trusting-a-root)及[所有中繼 CA 憑證](topic:trust-import#intermediates)，然後在「**{ -page-wizard-main }**」頁面上按一下**{ -button-assign }**。
