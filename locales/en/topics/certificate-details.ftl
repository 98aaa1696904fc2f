# Help for View Certificate Details. Field names come from the labels of the
# details page in ui.ftl, so help and page always use the same words.

title = View certificate details
description = What the details of a certificate show and what to look for before you put the certificate to use.
intro = **{ -button-view-details }** opens a certificate and lists its properties, so that you can confirm it is the certificate you meant before the server uses it (`docwiz wizard details`, with `--thumbprint <THUMBPRINT>` for a certificate other than the latest one).
fields-heading = What to look at
field-subject = **{ details-subject }** and **{ details-sans }**: the names the certificate is valid for. Every name that clients use to reach the server must be among the alternative names.
field-validity = **{ details-valid-from }** and **{ details-valid-to }**: the certificate works only between these two dates.
field-key = **{ details-public-key }** and **{ details-signature-algorithm }**: the key type and size, and how the CA signed the certificate.
field-eku = **{ details-key-usage }** and **{ details-eku }**: what the key may be used for. The usage { -usage-default } needs client authentication as well as server authentication.
field-constraints = **{ details-basic-constraints }**: a server certificate must be an end entity, never a CA.
field-identifiers = **{ details-ski }** and **{ details-aki }**: they link the certificate to the key of the CA that issued it.
field-thumbprints = **{ details-sha1 }** and **{ details-sha256 }**: hashes of the whole certificate. The SHA-1 thumbprint is the one the wizard uses to name the certificate.
compare = To make sure a certificate on another computer is the same one, compare its thumbprint with the one shown here. Prefer the SHA-256 thumbprint where the other computer shows it: two different certificates do not share a SHA-256 thumbprint, whereas SHA-1 collisions have been produced on purpose.
