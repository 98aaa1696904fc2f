# Aide de la page Importer un certificat.

title = Importer un certificat
description = Comment faire entrer dans le magasin de certificats du serveur un certificat émis en dehors de l’assistant en ligne.
intro = La page **{ -page-import }** vous permet d’importer un certificat qui n’est pas issu d’une demande en ligne, afin que l’assistant puisse le vérifier et l’attribuer comme n’importe quel autre.
what-heading = Ce que vous pouvez importer
what-answer = La réponse d’une AC à une demande que vous avez préparée auparavant et envoyée vous-même. Le certificat doit correspondre à la clé privée que l’assistant a conservée pour cette demande ; la demande est alors terminée (`docwiz wizard import-response --request <DEMANDE> <FICHIER>`).
what-existing = Un certificat émis ailleurs, accompagné de sa clé privée, par exemple dans un fichier PFX protégé par mot de passe (`docwiz wizard import <FICHIER> --key <CLÉ>`, ou `docwiz wizard import <FICHIER>.pfx --password-file <FICHIER>`).
checks-heading = Ce que vérifie l’assistant
checks = L’assistant lit le fichier, s’assure qu’il contient un certificat et vérifie que la clé publique du certificat correspond à la clé privée. En cas de discordance, il n’importe rien et vous en indique la raison.
after = Après l’importation, le certificat figure dans la page **{ -page-wizard-main }** parmi les certificats qui ne sont pas encore attribués. Cliquez sur **{ -button-assign }** [pour l’attribuer](topic:certificate-assignment) ; les mêmes vérifications que pour un certificat demandé s’appliquent.
key-protection = Quiconque détient une clé privée peut se faire passer pour le serveur. Ne laissez ni les fichiers PFX ni leurs mots de passe dans des dossiers partagés, et supprimez les copies devenues inutiles une fois l’importation réussie.
