# Aide sur le renouvellement des certificats attribués avant leur expiration (docwiz wizard renew).

title = Renouveler des certificats
description = Comment l’Assistant Certificat renouvelle les certificats attribués aux utilisations de { -product } avant leur expiration, quand un certificat arrive à échéance et ce qui se passe quand un renouvellement échoue.
intro = Tout certificat expire, et les AC émettent des certificats pour des durées toujours plus courtes. `docwiz wizard renew` renouvelle chaque certificat attribué à une utilisation lorsqu’il arrive à échéance : la commande envoie à nouveau la même demande et met le nouveau certificat à la place de l’ancien, sans que vous repassiez par les pages **{ -page-request-status }** et **{ -page-assignment }**.
due-heading = Quand un certificat arrive à échéance
due-intro = Un certificat est renouvelé dès le premier de ces moments :
due-lifetime = quand il lui reste moins d’un tiers de sa durée de validité, et au plus 30 jours avant son expiration (un certificat valide 90 jours est renouvelé 30 jours avant, un certificat valide 6 jours, 2 jours avant) ;
due-days = avec `--days <N>`, quand il reste moins de N jours, au lieu du tiers ;
due-ari = pour un certificat émis par une AC ACME qui publie des informations de renouvellement (RFC 9773), quand s’ouvre la fenêtre de renouvellement que suggère l’AC, par exemple plus tôt parce qu’elle va révoquer le certificat.
due-pages = La page **{ -page-wizard-main }**, la page d’état et `docwiz certs list` indiquent le nombre de jours restant à chaque certificat et signalent un certificat attribué qui arrive à échéance, avec la commande qui le renouvelle.
how-heading = Ce que fait un renouvellement
how = Un renouvellement reprend la demande qui a produit le certificat : les mêmes noms et autres noms de l’objet, le même type de clé, les mêmes utilisations, la même AC et ses options. Le nouveau certificat passe ensuite [les mêmes vérifications qu’une attribution](topic:certificate-assignment#checks) : sa chaîne doit être approuvée, avec sa racine dans **{ -store-root }** et ses certificats d’AC intermédiaire dans **{ -store-intermediate }**.
key = Chaque renouvellement crée une nouvelle clé privée. Avec `--reuse-key`, le certificat conserve sa clé, par exemple quand une clé est épinglée ailleurs.
takeover = Le nouveau certificat reprend exactement les utilisations que détient l’ancien, en une seule étape et avec une entrée par utilisation dans l’historique des attributions, comme lorsque vous cliquez sur **{ -button-assign }**. L’ancien certificat reste installé : vous pouvez l’attribuer à nouveau ou le [supprimer](topic:certificate-removal) avec `docwiz certs remove <EMPREINTE>`.
hook = Un hook de déploiement (`--deploy-hook`) s’exécute une fois par certificat renouvelé, après la bascule. En plus des variables que définit une attribution, DOCWIZ_OLD_THUMBPRINT désigne le certificat remplacé.
failure-heading = Quand un renouvellement échoue
failure = Quand l’AC refuse la demande, est injoignable ou émet un certificat dont la chaîne n’est pas approuvée, l’ancien certificat conserve ses utilisations. L’échec est enregistré avec sa raison : la page **{ -page-wizard-main }**, la page d’état et `docwiz certs list` l’affichent jusqu’à ce qu’un renouvellement réussisse, et la commande se termine avec le code 1. Corrigez ce que la raison indique, puis relancez la commande.
imported = Seuls les certificats que l’assistant a demandés en ligne à une AC peuvent être renouvelés ainsi. Un certificat importé, ou demandé hors connexion, doit être renouvelé là où il a été émis ; importez ensuite le nouveau certificat, puis attribuez-le.
timer-heading = Renouveler selon un calendrier
timer = Exécutez `docwiz wizard renew` chaque jour depuis un minuteur systemd ou depuis cron. Quand rien n’est à renouveler, la commande affiche une seule ligne et se termine avec le code 0 : le calendrier reste silencieux ; le code 1 signale l’échec d’un renouvellement.
