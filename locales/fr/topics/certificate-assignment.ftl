# Aide sur l'attribution d'un certificat à des utilisations, à l'issue d'une demande ou depuis la liste des certificats.

title = Attribuer un certificat
description = Comment l’Assistant Certificat attribue un certificat aux utilisations de { -product }, ce qu’il vérifie au préalable et ce qui change sur le serveur.
intro = Attribuer un certificat, c’est indiquer à { -product } de s’en servir pour une ou plusieurs utilisations. L’attribution a lieu lorsque vous cliquez sur **{ -button-finish }** alors que la case à cocher **{ -checkbox-assign }** est cochée, ou plus tard depuis la page **{ -page-assignment }**, où vous sélectionnez un certificat installé dans la liste avant de cliquer sur **{ -button-assign }** (`docwiz wizard assign --thumbprint <EMPREINTE>`).
checks-heading = Ce que vérifie l’assistant
checks-intro = Avant toute attribution, l’assistant vérifie, pour chaque utilisation, que :
check-chain = la chaîne de certificats est approuvée : le certificat de l’AC racine se trouve dans le magasin **{ -store-root }** et chaque certificat d’AC intermédiaire dans le magasin **{ -store-intermediate }** ;
check-validity = le certificat est valide à la date du jour ;
check-eku = son utilisation améliorée de la clé autorise l’utilisation visée : authentification du serveur pour les services web, authentification du serveur et du client pour **{ -usage-default }** ;
check-names = l’un de ses autres noms de l’objet couvre le FQDN du serveur ;
check-key = sa clé privée se trouve sur le serveur et correspond au certificat.
all-or-nothing = Il suffit qu’une seule vérification échoue pour une seule utilisation pour que rien ne soit attribué ; l’assistant indique alors toutes les raisons. Corrigez les points signalés, puis relancez l’attribution.
switch-heading = Ce qui change
switch = Chaque utilisation bascule vers le nouveau certificat en une seule opération : aucun service ne voit donc un changement à moitié effectué. Le certificat jusque-là attribué à cette utilisation reste installé : vous pouvez y revenir à tout moment.
history = Chaque attribution est consignée avec sa date et son heure, l’utilisation concernée et les empreintes numériques de l’ancien et du nouveau certificat.
hook = Si vous indiquez un hook de déploiement (`--deploy-hook`), l’assistant l’exécute après la bascule, en lui transmettant dans son environnement les utilisations, l’empreinte numérique et le dossier du certificat, par exemple pour recharger un serveur web.
untrusted = Tant que la chaîne d’un certificat n’est pas approuvée, l’assistant ne propose aucune attribution. [Importez d’abord les certificats d’AC manquants](topic:trust-import) ; la page d’état les désigne un par un, avec la commande qui permet d’importer chacun d’eux.
renewal = Les certificats expirent : l’assistant peut [renouveler les certificats attribués](topic:certificate-renewal) lorsqu’ils arrivent à échéance, et le nouveau certificat reprend alors les utilisations de l’ancien.
later = Un certificat peut aussi être [exporté](topic:certificate-export) avec sa clé pour un autre serveur. Celui dont plus aucune utilisation n’a besoin peut être [supprimé](topic:certificate-removal), et celui qui ne doit plus être utilisé, [révoqué](topic:certificate-revocation) auprès de son AC.
