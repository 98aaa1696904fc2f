//! Reading certificates: PEM (one or several) or DER files, and the facts the
//! wizard shows about one certificate.

use sha1::{Digest, Sha1};
use x509_parser::prelude::{
    ASN1Time, FromDer, GeneralName, ParsedExtension, SubjectPublicKeyInfo, X509Certificate,
};
use x509_parser::public_key::PublicKey;

use crate::error::Error;

/// Certificates in PEM (any number of `CERTIFICATE` blocks) or a single DER
/// certificate, as DER. Anything else, an empty file or a truncated block is
/// `NotCertificate`.
pub fn parse_certificates(path: &str, bytes: &[u8]) -> Result<Vec<Vec<u8>>, Error> {
    let not_certificate = || Error::NotCertificate {
        path: path.to_string(),
    };
    let bytes = crate::source::without_bom(bytes);
    let mut out = Vec::new();
    if bytes.windows(11).any(|w| w == b"-----BEGIN ") {
        for pem in x509_parser::pem::Pem::iter_from_buffer(bytes) {
            let pem = pem.map_err(|_| not_certificate())?;
            if pem.label == "CERTIFICATE" || pem.label == "X509 CERTIFICATE" {
                out.push(pem.contents);
            } else if pem.label == "TRUSTED CERTIFICATE" {
                out.push(without_trust_settings(pem.contents));
            }
        }
    } else if !bytes.is_empty() {
        out.push(bytes.to_vec());
    }
    if out.is_empty() {
        return Err(not_certificate());
    }
    // Trailing bytes after a certificate mean the file is not what it claims.
    let complete =
        |der: &Vec<u8>| matches!(X509Certificate::from_der(der), Ok((rest, _)) if rest.is_empty());
    if !out.iter().all(complete) {
        return Err(not_certificate());
    }
    Ok(out)
}

/// The certificate of a `TRUSTED CERTIFICATE` block (`openssl x509 -addtrust`,
/// `-trustout`): OpenSSL appends its trust settings (`X509_CERT_AUX`, one DER
/// SEQUENCE) to the certificate's DER, and reads the block as a certificate
/// with them. docwiz keeps the certificate and drops the settings: its trust
/// comes from its own stores. Anything else after the certificate is left in
/// place, for the caller to refuse as trailing bytes.
pub fn without_trust_settings(der: Vec<u8>) -> Vec<u8> {
    let Ok((rest, _)) = X509Certificate::from_der(&der) else {
        return der;
    };
    let cert_len = der.len() - rest.len();
    let aux_is_one_sequence = rest.first() == Some(&0x30)
        && matches!(
            x509_parser::der_parser::der::parse_der(rest),
            Ok((after, _)) if after.is_empty()
        );
    if rest.is_empty() || !aux_is_one_sequence {
        return der;
    }
    der[..cert_len].to_vec()
}

/// Whether `ders` survive being written as PEM and read back as certificates:
/// the check made before a store write, so that nothing is written that the
/// store could not read afterwards.
pub fn readable(ders: &[Vec<u8>]) -> bool {
    !ders.is_empty()
        && parse_certificates("", to_pem(ders).as_bytes()).is_ok_and(|back| {
            back.len() == ders.len() && back.iter().all(|d| CertInfo::from_der(d).is_ok())
        })
}

/// PEM text for DER certificates.
pub fn to_pem(ders: &[Vec<u8>]) -> String {
    ders.iter()
        .map(|der| pem_block("CERTIFICATE", der))
        .collect()
}

pub fn pem_block(label: &str, der: &[u8]) -> String {
    let config = pem::EncodeConfig::new().set_line_ending(pem::LineEnding::LF);
    pem::encode_config(&pem::Pem::new(label, der), config)
}

/// SHA-1 of the DER, 40 uppercase hex digits, as Windows shows a thumbprint.
pub fn thumbprint(der: &[u8]) -> String {
    hex_upper(&Sha1::digest(der))
}

pub fn sha256_hex(der: &[u8]) -> String {
    hex_upper(aws_lc_rs::digest::digest(&aws_lc_rs::digest::SHA256, der).as_ref())
}

pub fn hex_upper(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02X}")).collect()
}

/// A thumbprint as typed by a user: spaces and colons dropped, uppercased.
pub fn normalize_thumbprint(input: &str) -> String {
    input
        .chars()
        .filter(|c| !c.is_whitespace() && *c != ':')
        .collect::<String>()
        .to_ascii_uppercase()
}

/// Extended key usages the wizard cares about.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Eku {
    pub server_auth: bool,
    pub client_auth: bool,
    /// Other purposes, by short name or OID.
    pub other: Vec<String>,
}

impl Eku {
    pub fn names(&self) -> Vec<String> {
        let mut names = Vec::new();
        if self.server_auth {
            names.push("serverAuth".to_string());
        }
        if self.client_auth {
            names.push("clientAuth".to_string());
        }
        names.extend(self.other.iter().cloned());
        names
    }
}

/// What the wizard shows about a certificate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CertInfo {
    pub der: Vec<u8>,
    pub thumbprint: String,
    pub sha256: String,
    pub version: u32,
    pub serial: String,
    pub signature_algorithm: String,
    pub subject: String,
    pub issuer: String,
    pub common_name: Option<String>,
    pub not_before: time::OffsetDateTime,
    pub not_after: time::OffsetDateTime,
    pub sans: Vec<String>,
    /// `RSA 2048`, `ECDSA P-256`.
    pub key: String,
    pub key_usage: Vec<String>,
    /// `None` when the certificate has no EKU extension.
    pub eku: Option<Eku>,
    pub is_ca: bool,
    pub path_len: Option<u32>,
    pub self_issued: bool,
    pub subject_key_id: Option<String>,
    pub authority_key_id: Option<String>,
    /// The SubjectPublicKeyInfo, DER.
    pub spki: Vec<u8>,
}

impl CertInfo {
    pub fn from_der(der: &[u8]) -> Result<CertInfo, String> {
        let (_, cert) = X509Certificate::from_der(der).map_err(|e| e.to_string())?;
        let time = |t: &ASN1Time| {
            time::OffsetDateTime::from_unix_timestamp(t.timestamp())
                .unwrap_or(time::OffsetDateTime::UNIX_EPOCH)
        };
        let mut sans = Vec::new();
        if let Ok(Some(san)) = cert.subject_alternative_name() {
            for name in &san.value.general_names {
                match name {
                    GeneralName::DNSName(dns) => sans.push(dns.to_string()),
                    GeneralName::IPAddress(ip) => sans.push(ip_text(ip)),
                    GeneralName::RFC822Name(mail) => sans.push(mail.to_string()),
                    _ => {}
                }
            }
        }
        let registry = x509_parser::objects::oid_registry();
        let eku = match cert.extended_key_usage() {
            Ok(Some(eku)) => {
                let e = eku.value;
                let mut other = Vec::new();
                for (flag, name) in [
                    (e.any, "anyExtendedKeyUsage"),
                    (e.code_signing, "codeSigning"),
                    (e.email_protection, "emailProtection"),
                    (e.time_stamping, "timeStamping"),
                    (e.ocsp_signing, "OCSPSigning"),
                ] {
                    if flag {
                        other.push(name.to_string());
                    }
                }
                other.extend(e.other.iter().map(|oid| oid.to_id_string()));
                Some(Eku {
                    server_auth: e.server_auth,
                    client_auth: e.client_auth,
                    other,
                })
            }
            _ => None,
        };
        let mut key_usage = Vec::new();
        if let Ok(Some(ku)) = cert.key_usage() {
            let k = ku.value;
            for (flag, name) in [
                (k.digital_signature(), "digitalSignature"),
                (k.non_repudiation(), "nonRepudiation"),
                (k.key_encipherment(), "keyEncipherment"),
                (k.data_encipherment(), "dataEncipherment"),
                (k.key_agreement(), "keyAgreement"),
                (k.key_cert_sign(), "keyCertSign"),
                (k.crl_sign(), "cRLSign"),
                (k.encipher_only(), "encipherOnly"),
                (k.decipher_only(), "decipherOnly"),
            ] {
                if flag {
                    key_usage.push(name.to_string());
                }
            }
        }
        let (is_ca, path_len) = match cert.basic_constraints() {
            Ok(Some(bc)) => (bc.value.ca, bc.value.path_len_constraint),
            _ => (false, None),
        };
        let mut subject_key_id = None;
        let mut authority_key_id = None;
        for ext in cert.extensions() {
            match ext.parsed_extension() {
                ParsedExtension::SubjectKeyIdentifier(id) => subject_key_id = Some(hex_colon(id.0)),
                ParsedExtension::AuthorityKeyIdentifier(aki) => {
                    authority_key_id = aki.key_identifier.as_ref().map(|id| hex_colon(id.0));
                }
                _ => {}
            }
        }
        Ok(CertInfo {
            der: der.to_vec(),
            thumbprint: thumbprint(der),
            sha256: sha256_hex(der),
            version: cert.version().0 + 1,
            serial: hex_upper(cert.raw_serial()),
            signature_algorithm: x509_parser::objects::oid2sn(
                &cert.signature_algorithm.algorithm,
                registry,
            )
            .map(str::to_string)
            .unwrap_or_else(|_| cert.signature_algorithm.algorithm.to_id_string()),
            subject: cert.subject().to_string(),
            issuer: cert.issuer().to_string(),
            common_name: cert
                .subject()
                .iter_common_name()
                .next()
                .and_then(|cn| cn.as_str().ok())
                .map(str::to_string),
            not_before: time(&cert.validity().not_before),
            not_after: time(&cert.validity().not_after),
            sans,
            key: key_description(cert.public_key()),
            key_usage,
            eku,
            is_ca,
            path_len,
            self_issued: cert.subject().as_raw() == cert.issuer().as_raw(),
            subject_key_id,
            authority_key_id,
            spki: cert.public_key().raw.to_vec(),
        })
    }

    /// Whether `issuer`'s key signed this certificate.
    pub fn signed_by(&self, issuer: &CertInfo) -> bool {
        let Ok((_, cert)) = X509Certificate::from_der(&self.der) else {
            return false;
        };
        let Ok((_, parent)) = X509Certificate::from_der(&issuer.der) else {
            return false;
        };
        cert.issuer().as_raw() == parent.subject().as_raw()
            && cert.verify_signature(Some(parent.public_key())).is_ok()
    }

    /// A self-signed certificate: issued by itself and verified with its own key.
    pub fn is_self_signed(&self) -> bool {
        self.self_issued && self.signed_by(self)
    }

    /// The details as one JSON object (`--json` of View Certificate Details).
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::json!({
            "thumbprint": self.thumbprint,
            "sha256": self.sha256,
            "version": self.version,
            "serial": self.serial,
            "signature_algorithm": self.signature_algorithm,
            "subject": self.subject,
            "issuer": self.issuer,
            "not_before": super::rfc3339(self.not_before),
            "not_after": super::rfc3339(self.not_after),
            "sans": self.sans,
            "key": self.key,
            "key_usage": self.key_usage,
            "eku": self.eku.as_ref().map(|e| e.names()).unwrap_or_default(),
            "is_ca": self.is_ca,
            "path_len": self.path_len,
            "subject_key_id": self.subject_key_id,
            "authority_key_id": self.authority_key_id,
        })
    }

    pub fn is_valid_at(&self, t: time::OffsetDateTime) -> bool {
        self.not_before <= t && t <= self.not_after
    }
}

fn hex_colon(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|b| format!("{b:02X}"))
        .collect::<Vec<_>>()
        .join(":")
}

fn ip_text(bytes: &[u8]) -> String {
    match bytes.len() {
        4 => std::net::Ipv4Addr::new(bytes[0], bytes[1], bytes[2], bytes[3]).to_string(),
        16 => {
            let mut b = [0u8; 16];
            b.copy_from_slice(bytes);
            std::net::Ipv6Addr::from(b).to_string()
        }
        _ => hex_upper(bytes),
    }
}

fn key_description(spki: &SubjectPublicKeyInfo) -> String {
    match spki.parsed() {
        Ok(PublicKey::RSA(rsa)) => format!("RSA {}", rsa.key_size()),
        Ok(PublicKey::EC(point)) => {
            let curve = spki
                .algorithm
                .parameters
                .as_ref()
                .and_then(|p| p.as_oid().ok())
                .map(|oid| oid.to_id_string());
            match curve.as_deref() {
                Some("1.2.840.10045.3.1.7") => "ECDSA P-256".to_string(),
                Some("1.3.132.0.34") => "ECDSA P-384".to_string(),
                Some("1.3.132.0.35") => "ECDSA P-521".to_string(),
                _ => format!("EC {}", point.key_size()),
            }
        }
        _ => spki.algorithm.algorithm.to_id_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn non_certificates_are_refused() {
        assert!(parse_certificates("x", b"").is_err());
        assert!(parse_certificates("x", b"hello").is_err());
        assert!(parse_certificates("x", b"-----BEGIN CERTIFICATE-----\nMIIB\n").is_err());
        assert!(
            parse_certificates(
                "x",
                b"-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n"
            )
            .is_err()
        );
    }

    #[test]
    fn thumbprints_are_normalized() {
        assert_eq!(normalize_thumbprint("ab:cd ef"), "ABCDEF");
    }
}
