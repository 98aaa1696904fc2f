# Aide de la page d'état que l'assistant affiche une fois le certificat d'une demande en ligne émis.

title = Demande de certificat (renvoyée)
description = Ce qu’affiche la page « { -page-request-status } » lorsque le certificat d’une demande en ligne a été émis, et comment finaliser la demande et attribuer le certificat.
intro = La page **{ -page-request-status }** s’affiche lorsqu’une demande de certificat en ligne a été créée et que l’autorité de certification (AC) a émis le certificat. Elle regroupe ce qu’il faut savoir sur le nouveau certificat avant sa mise en service.
thumbprint = La page indique l’empreinte numérique du certificat : une valeur qui identifie ce certificat et aucun autre. Servez-vous-en pour retrouver le certificat, par exemple pour l’attribuer plus tard ou pour vérifier quel certificat un service utilise.
checkbox-default = La case à cocher **{ -checkbox-assign }** est cochée par défaut. Si vous cliquez sur **{ -button-finish }** alors qu’elle est cochée, le certificat est attribué à { -product } pour les utilisations que vous avez choisies lors de la création de la demande.
purposes-heading = Utilisations par défaut
purposes-intro = Sauf si vous avez choisi d’autres utilisations lors de la création de la demande, le certificat est attribué aux utilisations suivantes :
purpose-default = **{ -usage-default }** : TLS mutuel (MTLS) pour les connexions aux clients et aux autres serveurs.
purpose-web-internal = **{ -usage-web-internal }** : TLS pour les connexions des clients et des serveurs sur le site des services web internes.
purpose-web-external = **{ -usage-web-external }** : TLS pour les connexions des clients et des serveurs sur le site des services web externes.
finish-heading = Vérifier le certificat et terminer
view-details = Cliquez sur **{ -button-view-details }** pour ouvrir [le certificat](topic:certificate-details#fields). Vérifiez que ses propriétés correspondent à ce que vous attendiez et qu’il est prêt à être utilisé sur le serveur.
finish = Cliquez sur **{ -button-finish }** pour finaliser la demande de certificat en ligne. Si la case à cocher **{ -checkbox-assign }** est cochée, le certificat est attribué en même temps.
finish-cleared = Si vous avez décoché la case, la demande est tout de même finalisée, mais le certificat n’est pas attribué : vous devrez l’attribuer [lors d’une étape distincte](topic:certificate-assignment).
untrusted-chain = Si le certificat racine de l’AC émettrice ne se trouve pas dans le magasin **{ -store-root }** de l’assistant, ou si un certificat d’AC intermédiaire ne se trouve pas dans le magasin **{ -store-intermediate }**, la page le signale et ne vous propose pas d’attribuer le certificat. Pour effectuer l’attribution, importez [le certificat racine de l’AC émettrice](topic:trust-import#trusting-a-root) et [tous les certificats d’AC intermédiaires](topic:trust-import#intermediates), puis cliquez sur **{ -button-assign }** dans la page **{ -page-wizard-main }**.
