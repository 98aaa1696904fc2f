# Aide de la page principale de l'Assistant Certificat.

title = Assistant Certificat
description = La page principale de l’Assistant Certificat : chaque utilisation de certificat de { -product } avec le certificat qui lui est attribué, les demandes en cours et ce que vous pouvez faire ensuite.
intro = Tout travail sur les certificats du serveur commence et se termine dans la page **{ -page-wizard-main }**. Elle indique le certificat dont dispose actuellement chaque utilisation, les demandes encore en cours et les certificats émis qui ne sont pas encore attribués. Dans docwiz, la commande `docwiz wizard` ouvre cette page.
usages-heading = Utilisations de certificat
usages-intro = { -product } utilise des certificats à trois fins. Chacune peut avoir son propre certificat, ou un même certificat peut servir pour toutes :
item-default = **{ -usage-default }** : TLS mutuel (MTLS) entre le serveur, ses clients et les autres serveurs. Le certificat doit permettre à la fois l’authentification du serveur et celle du client.
item-web-internal = **{ -usage-web-internal }** : TLS pour les services web auxquels les clients accèdent depuis l’intérieur du réseau. L’authentification du serveur suffit.
item-web-external = **{ -usage-web-external }** : TLS pour les services web publiés à l’extérieur du réseau. L’authentification du serveur suffit.
usages-expiry = Pour chaque utilisation, la page affiche l’empreinte numérique et l’objet du certificat attribué, sa date d’expiration et le nombre de jours restants. Renouvelez un certificat bien avant son expiration : une utilisation qui n’a plus de certificat valide cesse de fonctionner.
actions-heading = Actions disponibles dans cette page
action-request = **{ -button-request }** lance une nouvelle demande de certificat : vous choisissez l’AC, les noms et la clé, puis l’assistant crée la clé et la demande (`docwiz wizard request`).
action-assign = **{ -button-assign }** attribue un certificat émis à une ou plusieurs utilisations (`docwiz wizard assign`). L’assistant vérifie d’abord la chaîne de certificats, la période de validité, l’utilisation améliorée de la clé, les noms et la clé privée, et n’attribue rien si l’une de ces vérifications échoue.
action-details = **{ -button-view-details }** affiche toutes les propriétés d’un certificat, y compris ses deux empreintes numériques (`docwiz wizard details`).
action-import = **{ -button-import }** ajoute un certificat obtenu en dehors de l’assistant, avec sa clé privée, ou la réponse d’une AC à une demande préparée pour un envoi ultérieur (demande hors connexion).
action-pending = Une demande dont le certificat n’est pas encore revenu reste en cours ; sa page d’état indique ce qu’elle attend (`docwiz wizard status`).
trust-note = Un certificat ne peut être attribué que si le certificat racine de son AC se trouve dans le magasin **{ -store-root }** et chaque certificat d’AC intermédiaire dans le magasin **{ -store-intermediate }**. Tant qu’il manque un certificat, la page indique les commandes qui permettent de l’importer.
