//! Signatures on certificates, checked with aws-lc-rs directly: x509-parser's
//! own check knows neither ECDSA P-521 nor ecdsa-with-SHA512 nor RSA keys below
//! 2048 bits with SHA-256, and a chain diagnosis must tell "this signature is
//! false" (a tampered certificate) from "docwiz cannot check this algorithm"
//! (Ed448, which aws-lc-rs lacks) and from "docwiz refuses this by policy"
//! (SHA-1, RSA below 2048 bits).

use aws_lc_rs::signature::{self, VerificationAlgorithm};
use x509_parser::prelude::{FromDer, X509Certificate};

/// The outcome of checking one certificate's signature with a key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Valid,
    /// The signature does not verify: the certificate was altered, or another
    /// key signed it.
    Invalid,
    /// aws-lc-rs has no verifier for this combination (Ed448, an unknown curve
    /// or signature algorithm): nothing is known either way.
    Unsupported,
}

const RSA: &str = "1.2.840.113549.1.1.1";
const EC: &str = "1.2.840.10045.2.1";
const P256: &str = "1.2.840.10045.3.1.7";
const P384: &str = "1.3.132.0.34";
const P521: &str = "1.3.132.0.35";

/// The signature algorithms docwiz refuses by policy whatever openssl does:
/// SHA-1 and MD5 based (CA/Browser Forum Baseline Requirements 7.1.3.2 forbid
/// them; rustls-webpki has no verifier for them).
pub fn is_weak_signature_algorithm(oid: &str) -> bool {
    matches!(
        oid,
        "1.2.840.113549.1.1.5" // sha1WithRSAEncryption
            | "1.3.14.3.2.29" // sha1WithRSA (OIW)
            | "1.2.840.10045.4.1" // ecdsa-with-SHA1
            | "1.2.840.10040.4.3" // dsa-with-sha1
            | "1.2.840.113549.1.1.4" // md5WithRSAEncryption
            | "1.2.840.113549.1.1.2" // md2WithRSAEncryption
    )
}

/// The signature algorithms rustls-webpki (with aws-lc-rs) verifies in a chain:
/// RSA PKCS#1 and PSS with SHA-256/384/512, ECDSA with SHA-256/384/512 and
/// Ed25519 (rustls-webpki 0.103 `ALL_VERIFICATION_ALGS`).
pub fn is_supported_signature_algorithm(oid: &str) -> bool {
    matches!(
        oid,
        "1.2.840.113549.1.1.11"
            | "1.2.840.113549.1.1.12"
            | "1.2.840.113549.1.1.13"
            | "1.2.840.113549.1.1.10"
            | "1.2.840.10045.4.3.2"
            | "1.2.840.10045.4.3.3"
            | "1.2.840.10045.4.3.4"
            | "1.3.101.112"
    )
}

/// A public key as rustls-webpki can use it: RSA of 2048 to 8192 bits (CA/B
/// Forum BR 6.1.5 requires at least 2048), ECDSA on P-256, P-384 or P-521, or
/// Ed25519.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyPolicy {
    Accepted,
    /// RSA below 2048 bits.
    Weak,
    /// An algorithm or curve docwiz cannot verify with (Ed448, DSA, brainpool…).
    Unsupported,
}

/// How docwiz judges the key of `spki` (DER SubjectPublicKeyInfo).
pub fn key_policy(spki: &[u8]) -> KeyPolicy {
    let Ok((_, info)) = x509_parser::x509::SubjectPublicKeyInfo::from_der(spki) else {
        return KeyPolicy::Unsupported;
    };
    match info.algorithm.algorithm.to_id_string().as_str() {
        RSA => match info.parsed() {
            Ok(x509_parser::public_key::PublicKey::RSA(rsa)) if rsa.key_size() >= 2048 => {
                KeyPolicy::Accepted
            }
            Ok(x509_parser::public_key::PublicKey::RSA(_)) => KeyPolicy::Weak,
            _ => KeyPolicy::Unsupported,
        },
        EC => match curve(&info).as_deref() {
            Some(P256 | P384 | P521) => KeyPolicy::Accepted,
            _ => KeyPolicy::Unsupported,
        },
        "1.3.101.112" => KeyPolicy::Accepted,
        _ => KeyPolicy::Unsupported,
    }
}

fn curve(info: &x509_parser::x509::SubjectPublicKeyInfo) -> Option<String> {
    info.algorithm
        .parameters
        .as_ref()
        .and_then(|p| p.as_oid().ok())
        .map(|oid| oid.to_id_string())
}

/// Checks the signature of the certificate `der` with the public key
/// `issuer_spki` (DER SubjectPublicKeyInfo). Legacy algorithms (SHA-1, RSA
/// from 1024 bits) are verified too, so that a diagnosis can say "weak" rather
/// than "false"; whether docwiz accepts them is decided elsewhere.
pub fn verify(der: &[u8], issuer_spki: &[u8]) -> Verdict {
    let Ok((_, cert)) = X509Certificate::from_der(der) else {
        return Verdict::Invalid;
    };
    let Ok((_, key)) = x509_parser::x509::SubjectPublicKeyInfo::from_der(issuer_spki) else {
        return Verdict::Unsupported;
    };
    let key_algorithm = key.algorithm.algorithm.to_id_string();
    // aws-lc-rs verifies nothing below 1024 bits: such a signature is not
    // known to be false, only beyond checking.
    if let Ok(x509_parser::public_key::PublicKey::RSA(rsa)) = key.parsed()
        && rsa.key_size() < 1024
    {
        return Verdict::Unsupported;
    }
    let signature_algorithm = cert.signature_algorithm.algorithm.to_id_string();
    let curve = curve(&key);
    let candidates: Vec<&'static dyn VerificationAlgorithm> =
        match (key_algorithm.as_str(), signature_algorithm.as_str()) {
            (RSA, "1.2.840.113549.1.1.5" | "1.3.14.3.2.29") => {
                vec![&signature::RSA_PKCS1_1024_8192_SHA1_FOR_LEGACY_USE_ONLY]
            }
            (RSA, "1.2.840.113549.1.1.11") => {
                vec![&signature::RSA_PKCS1_1024_8192_SHA256_FOR_LEGACY_USE_ONLY]
            }
            (RSA, "1.2.840.113549.1.1.12") => vec![&signature::RSA_PKCS1_2048_8192_SHA384],
            (RSA, "1.2.840.113549.1.1.13") => {
                vec![&signature::RSA_PKCS1_1024_8192_SHA512_FOR_LEGACY_USE_ONLY]
            }
            // RSASSA-PSS: the hash, MGF1 hash and salt length are in the
            // parameters; aws-lc-rs verifies only salt = hash length with
            // MGF1 over the same hash, so other parameters are beyond
            // checking rather than false.
            (RSA | "1.2.840.113549.1.1.10", "1.2.840.113549.1.1.10") => {
                match pss_params(&cert).and_then(|p| p.verifier) {
                    Some(verifier) => vec![verifier],
                    None => return Verdict::Unsupported,
                }
            }
            (EC, sig) => match (curve.as_deref(), sig) {
                (Some(P256), "1.2.840.10045.4.1") => vec![&signature::ECDSA_P256_SHA1_ASN1],
                (Some(P256), "1.2.840.10045.4.3.2") => vec![&signature::ECDSA_P256_SHA256_ASN1],
                (Some(P256), "1.2.840.10045.4.3.3") => vec![&signature::ECDSA_P256_SHA384_ASN1],
                (Some(P256), "1.2.840.10045.4.3.4") => vec![&signature::ECDSA_P256_SHA512_ASN1],
                (Some(P384), "1.2.840.10045.4.3.2") => vec![&signature::ECDSA_P384_SHA256_ASN1],
                (Some(P384), "1.2.840.10045.4.3.3") => vec![&signature::ECDSA_P384_SHA384_ASN1],
                (Some(P384), "1.2.840.10045.4.3.4") => vec![&signature::ECDSA_P384_SHA512_ASN1],
                (Some(P521), "1.2.840.10045.4.1") => vec![&signature::ECDSA_P521_SHA1_ASN1],
                (Some(P521), "1.2.840.10045.4.3.2") => vec![&signature::ECDSA_P521_SHA256_ASN1],
                (Some(P521), "1.2.840.10045.4.3.3") => vec![&signature::ECDSA_P521_SHA384_ASN1],
                (Some(P521), "1.2.840.10045.4.3.4") => vec![&signature::ECDSA_P521_SHA512_ASN1],
                _ => Vec::new(),
            },
            ("1.3.101.112", "1.3.101.112") => vec![&signature::ED25519],
            _ => Vec::new(),
        };
    if candidates.is_empty() {
        return Verdict::Unsupported;
    }
    let message = cert.tbs_certificate.as_ref();
    let signature = &cert.signature_value.data;
    let key_bits = &key.subject_public_key.data;
    if candidates.iter().any(|alg| {
        signature::UnparsedPublicKey::new(*alg, key_bits)
            .verify(message, signature)
            .is_ok()
    }) {
        Verdict::Valid
    } else {
        Verdict::Invalid
    }
}

/// The RSASSA-PSS parameters of a certificate's signature (RFC 4055 3.1:
/// hashAlgorithm, maskGenAlgorithm, saltLength, trailerField, with their
/// DEFAULT values SHA-1, MGF1-SHA-1, 20 and 1 when absent).
#[derive(Clone, Copy)]
pub struct PssParams {
    /// The hash's name (`SHA-256`) or dotted OID.
    pub hash: &'static str,
    /// The MGF1 hash's name, or the mask generation function's OID if not MGF1.
    pub mgf_hash: &'static str,
    pub salt: u32,
    /// The aws-lc-rs verifier when the parameters are the only ones it (and
    /// rustls-webpki) verifies: SHA-256/384/512, MGF1 with the same hash, salt
    /// length = hash length, trailer 1.
    pub verifier: Option<&'static dyn VerificationAlgorithm>,
}

fn hash_name(oid: &str) -> &'static str {
    match oid {
        "1.3.14.3.2.26" => "SHA-1",
        "2.16.840.1.101.3.4.2.4" => "SHA-224",
        "2.16.840.1.101.3.4.2.1" => "SHA-256",
        "2.16.840.1.101.3.4.2.2" => "SHA-384",
        "2.16.840.1.101.3.4.2.3" => "SHA-512",
        _ => "?",
    }
}

/// The PSS parameters of `cert`'s signature; None when it is not RSASSA-PSS
/// or the parameters cannot be read.
pub fn pss_params(cert: &X509Certificate) -> Option<PssParams> {
    use x509_parser::signature_algorithm::SignatureAlgorithm;
    let Ok(SignatureAlgorithm::RSASSA_PSS(params)) =
        SignatureAlgorithm::try_from(&cert.signature_algorithm)
    else {
        return None;
    };
    let hash = hash_name(&params.hash_algorithm_oid().to_id_string());
    let mgf = params.mask_gen_algorithm().ok()?;
    let mgf_hash = if mgf.mgf.to_id_string() == "1.2.840.113549.1.1.8" {
        hash_name(&mgf.hash.to_id_string())
    } else {
        "?"
    };
    let salt = params.salt_length();
    let verifier: Option<&'static dyn VerificationAlgorithm> =
        match (hash, salt, params.trailer_field()) {
            _ if mgf_hash != hash => None,
            ("SHA-256", 32, 1) => Some(&signature::RSA_PSS_2048_8192_SHA256),
            ("SHA-384", 48, 1) => Some(&signature::RSA_PSS_2048_8192_SHA384),
            ("SHA-512", 64, 1) => Some(&signature::RSA_PSS_2048_8192_SHA512),
            _ => None,
        };
    Some(PssParams {
        hash,
        mgf_hash,
        salt,
        verifier,
    })
}

/// The PSS parameters of the certificate `der` when its signature is
/// RSASSA-PSS with parameters docwiz cannot verify.
pub fn unsupported_pss(der: &[u8]) -> Option<PssParams> {
    let (_, cert) = X509Certificate::from_der(der).ok()?;
    if cert.signature_algorithm.algorithm.to_id_string() != "1.2.840.113549.1.1.10" {
        return None;
    }
    match pss_params(&cert) {
        Some(p) if p.verifier.is_none() => Some(p),
        Some(_) => None,
        None => Some(PssParams {
            hash: "?",
            mgf_hash: "?",
            salt: 0,
            verifier: None,
        }),
    }
}

/// The short name of an algorithm OID (`sha1WithRSAEncryption`, `ED448`), or
/// the dotted OID when the registry does not know it.
pub fn algorithm_name(oid: &str) -> String {
    let known = match oid {
        "1.3.101.113" => Some("Ed448"),
        "1.3.101.112" => Some("Ed25519"),
        "1.2.840.10040.4.1" => Some("DSA"),
        _ => None,
    };
    if let Some(name) = known {
        return name.to_string();
    }
    let registry = x509_parser::objects::oid_registry();
    oid.parse::<x509_parser::der_parser::oid::Oid>()
        .ok()
        .and_then(|o| {
            x509_parser::objects::oid2sn(&o, registry)
                .ok()
                .map(str::to_string)
        })
        .unwrap_or_else(|| oid.to_string())
}
