# Aide sur l’exportation d’un certificat installé avec sa clé pour un autre serveur (docwiz certs export).

title = Exporter un certificat
description = Comment exporter un certificat du magasin de l’Assistant Certificat, avec sa clé privée et sa chaîne, pour un autre serveur : dans un fichier PKCS#12 (.pfx) pour Windows et IIS, ou dans des fichiers PEM tels que certbot les écrit.
intro = Un autre serveur, un équilibreur de charge ou un proxy inverse placé devant { -product } peut avoir besoin du même certificat. `docwiz certs export` écrit un certificat installé, avec sa clé privée et ses certificats d’AC, dans des fichiers que ces serveurs importent.
pfx-heading = Un fichier PKCS#12 (.pfx)
pfx = `docwiz certs export <EMPREINTE> --pfx <FICHIER>` écrit un nouveau fichier PKCS#12 que Windows, IIS et `openssl pkcs12` importent : le certificat, sa clé privée et ses certificats d’AC, protégés par AES-256 et une clé dérivée avec PBKDF2.
password = Le fichier est protégé par un mot de passe : la première ligne de `--password-file <FICHIER>`, ou un mot de passe tapé deux fois dans le terminal. Un mot de passe vide est refusé. Vous seul pouvez lire le fichier (mode 0600), et un fichier existant n’est jamais remplacé.
legacy = Les versions de Windows antérieures à Windows 10 version 1709 et à Windows Server 2019 ne lisent pas les fichiers protégés par AES : pour elles, ajoutez `--legacy` (3DES avec un MAC SHA-1).
pem-heading = Des fichiers PEM
pem = `docwiz certs export <EMPREINTE> --pem <RÉPERTOIRE>` écrit quatre fichiers tels que certbot les écrit, pour nginx, Apache, HAProxy et la plupart des serveurs Linux. Le répertoire est créé s’il n’existe pas, et les fichiers déjà présents ne sont jamais remplacés :
pem-cert = `cert.pem` : le certificat seul ;
pem-chain = `chain.pem` : ses certificats d’AC intermédiaires ;
pem-fullchain = `fullchain.pem` : le certificat suivi de sa chaîne, ce qu’attendent la plupart des serveurs ;
pem-privkey = `privkey.pem` : la clé privée, non chiffrée, lisible par vous seul (mode 0600).
key-warning = Un fichier exporté contient la clé privée du certificat : quiconque le détient peut se faire passer pour votre serveur. Ne le copiez que sur les serveurs qui en ont besoin, supprimez les copies devenues inutiles et, si l’une d’elles a été exposée, [révoquez le certificat](topic:certificate-revocation). Le certificat reste dans le magasin et conserve ses utilisations ; voir [l’attribution des certificats](topic:certificate-assignment).
