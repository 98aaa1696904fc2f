# Aide sur la révocation d’un certificat auprès de l’AC qui l’a émis (docwiz wizard revoke) et sur la CRL de l’AC locale (docwiz trust crl).

title = Révoquer un certificat
description = Comment l’Assistant Certificat révoque un certificat auprès de l’autorité de certification (AC) qui l’a émis, ce que deviennent les utilisations de { -product } auxquelles il est attribué, et comment l’AC locale publie sa liste de révocation de certificats (CRL).
intro = Un certificat reste valide jusqu’à son expiration, même quand vous ne lui faites plus confiance. Le révoquer, c’est demander à l’AC qui l’a émis de le déclarer invalide dès maintenant : les clients qui vérifient la révocation le refusent alors. `docwiz wizard revoke <EMPREINTE>` révoque un certificat auprès de son AC et le retire des utilisations auxquelles il est attribué. Une révocation est définitive.
when-heading = Quand révoquer un certificat
when = Révoquez un certificat quand il ne doit plus être utilisé, et indiquez le motif avec `--reason` (les noms de la RFC 5280) :
reason-key = `keyCompromise` : la clé privée a été exposée, par exemple copiée depuis un serveur ou une sauvegarde. Demandez d’abord un nouveau certificat avec une nouvelle clé, puis révoquez l’ancien ;
reason-superseded = `superseded` : un autre certificat le remplace, par exemple un certificat portant d’autres noms ;
reason-cessation = `cessationOfOperation` : le serveur ou les noms du certificat ne sont plus utilisés ;
reason-affiliation = `affiliationChanged` : l’organisation ou les noms de l’objet ont changé ; `caCompromise` et `privilegeWithdrawn` correspondent aux cas plus rares que décrit la RFC.
reason-default = Sans `--reason`, le motif est `unspecified`. Un certificat qui va seulement expirer n’a pas besoin d’être révoqué : [renouvelez-le](topic:certificate-renewal) plutôt.
how-heading = Comment un certificat est révoqué
how = `docwiz wizard revoke <EMPREINTE>` s’adresse à l’AC à laquelle la demande du certificat a été envoyée, telle que la demande l’a enregistrée :
ca-local = l’AC locale intégrée à docwiz ajoute le numéro de série du certificat à sa liste de révocation, qu’elle publie sous forme de CRL (voir plus bas) ;
ca-acme = une AC ACME est sollicitée avec le compte ACME qui a demandé le certificat (RFC 8555, section 7.6) ;
ca-cfssl = une AC cfssl est sollicitée par son API de révocation ; cfssl ne peut révoquer que si `cfssl serve` s’exécute avec une base de données de certificats.
confirm = Avant toute action, la commande affiche le certificat, l’AC et les utilisations qui vont le perdre, et demande confirmation, comme lorsque vous approuvez un certificat racine. Sans terminal, ajoutez `--yes`. Si l’AC est injoignable ou refuse, rien ne change.
elsewhere = Un certificat que vous avez importé, ou demandé hors connexion, ne peut pas être révoqué par docwiz : seule l’AC qui l’a émis peut le révoquer. Révoquez-le auprès d’elle, avec ses propres outils.
after-heading = Après la révocation
after = Une fois la révocation confirmée par l’AC, le certificat est enregistré comme révoqué et chaque utilisation à laquelle il était attribué le perd, en une seule étape, avec une entrée par utilisation dans l’historique des attributions. Attribuez un autre certificat à ces utilisations, dans la page **{ -page-assignment }** ou avec `docwiz wizard assign`, ou demandez-en un nouveau.
refused = Le certificat révoqué reste installé, et la page **{ -page-wizard-main }**, `docwiz certs list`, **{ -button-view-details }** et leur JSON l’indiquent comme révoqué, avec la date et le motif. Il ne peut plus être attribué, finalisé ni renouvelé. Pour le retirer du magasin, [supprimez-le](topic:certificate-removal).
crl-heading = La liste de révocation de l’AC locale
crl = `docwiz trust crl --out <FICHIER>` écrit la CRL de l’AC locale dans un nouveau fichier (PEM ; DER avec `--der`), signée par son AC émettrice : chaque certificat révoqué avec la date et le motif de sa révocation, et une prochaine mise à jour sept jours plus tard. Remettez-la aux serveurs et aux clients qui approuvent l’AC locale, et écrivez-en une nouvelle au moins tous les sept jours : `openssl verify -crl_check -CRLfile FICHIER` refuse alors un certificat révoqué. Pour remplacer le fichier à chaque fois, ajoutez `--force` (la nouvelle CRL est écrite à côté puis renommée par-dessus, si bien qu’un serveur ne lit jamais un fichier à moitié écrit), par exemple depuis cron : `0 4 * * 1 /usr/local/bin/docwiz trust crl --out /etc/ssl/local-ca.crl --force --store /root/.local/share/docwiz`.
