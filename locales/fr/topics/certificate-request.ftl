# Aide des pages qui préparent une demande de certificat.

title = Demander un certificat
description = Les pages de l’Assistant Certificat qui préparent une demande : quand elle est envoyée, à quelle AC, les noms inscrits dans le certificat et sa clé.
intro = Une demande de certificat passe par plusieurs pages avant de parvenir à une AC. Dans chacune, vous déterminez une partie du contenu du certificat ; l’assistant crée ensuite sur le serveur la clé privée ainsi qu’une demande de signature de certificat (CSR) qui contient la clé publique et les noms. Dans docwiz, tout cela tient en une seule commande, `docwiz wizard request`, dont les options correspondent à ces pages.
timing-heading = Envoyer la demande maintenant ou plus tard
timing-intro = La page **{ -page-request-timing }** vous demande à quel moment la demande doit être transmise à l’AC :
timing-now = **{ -option-send-now }** : l’assistant soumet la demande et, si l’AC répond aussitôt, affiche la page **{ -page-request-status }** avec le nouveau certificat.
timing-later = **{ -option-send-later }** : l’assistant enregistre la demande dans un fichier. Vous la transmettez vous-même à l’AC, puis vous importez sa réponse dès qu’elle vous parvient ; d’ici là, la demande reste en cours (`--offline <FICHIER_CSR>`).
ca-heading = Choisir l’autorité de certification
ca-intro = Dans la page **{ -page-request-ca }**, vous sélectionnez l’AC qui signe le certificat. docwiz possède sa propre AC, créée dans le magasin lors de sa première utilisation (`--ca local`, la valeur par défaut).
ca-others = La demande peut aussi être envoyée à une autorité de certification ACME (`--ca acme --acme-directory <URL>`) ou à un serveur cfssl (`--ca cfssl --cfssl-url <URL>`). Les AC ACME publiques n’émettent plus de certificats avec l’authentification du client : un tel certificat ne convient donc pas à l’utilisation **{ -usage-default }**.
ca-trust = Quelle que soit l’AC choisie, [son certificat racine doit être approuvé](topic:trust-import#trusting-a-root) pour que le certificat puisse être attribué. La première demande adressée à une AC que vous n’avez encore jamais utilisée aboutit généralement à une chaîne qui n’est pas encore approuvée.
basics-heading = Nom, clé et paramètres de sécurité
basics-name = Dans la page **{ -page-request-basics }**, vous indiquez le nom de domaine complet (FQDN) du serveur (`--fqdn`). Ce nom devient l’objet du certificat et son premier autre nom de l’objet.
basics-key = Choisissez le type de clé (`--key <TYPE_DE_CLÉ>`) : RSA 2048 bits est la valeur par défaut et fonctionne partout ; RSA 3072 ou 4096 bits et ECDSA P-256 ou P-384 sont également disponibles. La clé privée ne quitte jamais le serveur.
basics-usages = Les utilisations choisies ici (`--usage`) déterminent l’utilisation améliorée de la clé du certificat : toujours l’authentification du serveur, et l’authentification du client uniquement pour **{ -usage-default }**, qui exige le TLS mutuel.
sans-heading = Autres noms de l’objet
sans-intro = Dans la page **{ -page-request-sans }**, vous ajoutez tous les autres noms sous lesquels les clients joignent le serveur, par exemple les noms des services web (`--san`, une fois par nom).
sans-rules = Ce sont ces noms que les clients vérifient, et non l’objet. Chaque nom doit être un nom DNS valide ; l’assistant l’écrit en minuscules et élimine les doublons. Un caractère générique n’est admis que comme étiquette la plus à gauche (`*.example.com`).
key-safety = La clé privée est enregistrée dans le magasin, lisible par son seul propriétaire, avant que la demande ne quitte le serveur. Dès qu’une AC a émis un certificat pour cette clé, docwiz ne la supprime plus jamais.
next-page = Une fois que l’AC a répondu, l’assistant affiche la page **{ -page-request-status }** avec l’empreinte numérique du nouveau certificat.
