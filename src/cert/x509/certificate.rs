//! Reading certificates: PEM (one or several) or DER files, and the facts the
//! wizard shows about one certificate.

use sha1::{Digest, Sha1};
use x509_parser::prelude::{ASN1Time, FromDer, GeneralName, ParsedExtension, X509Certificate};

use crate::error::{Error, Location, Message};

/// The PEM labels that hold one X.509 certificate (RFC 7468 §5; `X509
/// CERTIFICATE` and OpenSSL's `TRUSTED CERTIFICATE` are read as openssl reads them).
pub const CERTIFICATE_LABELS: [&str; 3] =
    ["CERTIFICATE", "X509 CERTIFICATE", "TRUSTED CERTIFICATE"];

/// Certificates in PEM (any number of `CERTIFICATE` blocks) or a single DER
/// certificate, as DER. Anything else, an empty file or a truncated block is
/// `NotCertificate`; a certificate that is not DER (X.690 §10: definite,
/// minimal lengths, …), as openssl refuses it, is `Input` with the block's line
/// and the fault's offset.
pub fn parse_certificates(path: &str, bytes: &[u8]) -> Result<Vec<Vec<u8>>, Error> {
    let not_certificate = || Error::NotCertificate {
        path: path.to_string(),
    };
    let bytes = crate::source::without_bom(bytes);
    let mut out = Vec::new();
    if is_pem(bytes) {
        for block in pem_blocks(bytes) {
            if !CERTIFICATE_LABELS.contains(&block.label.as_str()) {
                continue;
            }
            let mut der = block.der.ok_or_else(not_certificate)?;
            if block.label == "TRUSTED CERTIFICATE" {
                der = without_trust_settings(der);
            }
            check_certificate_der(path, block.line, &der)?;
            out.push(der);
        }
    } else if !bytes.is_empty() {
        check_certificate_der(path, 0, bytes)?;
        out.push(bytes.to_vec());
    }
    if out.is_empty() {
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

/// Whether bytes look like PEM (RFC 7468) rather than DER.
pub fn is_pem(bytes: &[u8]) -> bool {
    bytes.windows(11).any(|w| w == b"-----BEGIN ")
}

/// Refuses what is not one DER certificate: not DER at all (X.690 §10), not an
/// X.509 certificate (RFC 5280 §4.1), or followed by other bytes. `line` is the
/// PEM block's line (0 for a DER file). Every extension's value is DER as
/// well (RFC 5280 §4.1: extnValue holds "the DER encoding of an ASN.1 value"),
/// DEFAULT values are not written out, and the extensions docwiz knows must
/// read as what they are: see [`certificate_fault`].
pub fn check_certificate_der(path: &str, line: usize, der: &[u8]) -> Result<(), Error> {
    let location = Location {
        file: path.to_string(),
        line,
        col: if line == 0 { 0 } else { 1 },
    };
    let fault = |f: DerFault| Error::Input {
        location: location.clone(),
        reason: Message::new("der-not-canonical")
            .arg("fault", f.kind.code())
            .arg("offset", f.offset),
    };
    match check_der(der) {
        // A file cut short holds no certificate to speak of.
        Err(f) if f.kind == DerFaultKind::Truncated => {
            return Err(Error::NotCertificate {
                path: path.to_string(),
            });
        }
        Err(f) => return Err(fault(f)),
        Ok(()) => {}
    }
    let not_certificate = || Error::Input {
        location: location.clone(),
        reason: Message::new("der-not-a-certificate"),
    };
    X509Certificate::from_der(der).map_err(|_| not_certificate())?;
    match certificate_fault(der) {
        None => Ok(()),
        Some(CertificateFault::Der(f)) => Err(fault(f)),
        Some(CertificateFault::Extension { oid, fault: f }) => Err(Error::Input {
            location,
            reason: Message::new("der-extension-not-canonical")
                .arg("extension", extension_name(&oid))
                .arg("fault", f.kind.code())
                .arg("offset", f.offset),
        }),
        Some(CertificateFault::Default { field, offset }) => Err(Error::Input {
            location,
            reason: Message::new("der-explicit-default")
                .arg("field", field)
                .arg("offset", offset),
        }),
        Some(CertificateFault::Unreadable { oid }) => Err(Error::Input {
            location,
            reason: Message::new("der-extension-unreadable").arg("extension", extension_name(&oid)),
        }),
    }
}

/// What makes a certificate that is DER as a whole still not DER, or not
/// readable, inside.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CertificateFault {
    /// The certificate itself is not DER.
    Der(DerFault),
    /// An extension's value (extnValue, RFC 5280 §4.1: "the DER encoding of an
    /// ASN.1 value") is not one DER element; `fault.offset` is within the
    /// whole certificate.
    Extension { oid: String, fault: DerFault },
    /// A DEFAULT value written out, which DER forbids (X.690 §11.5): `field` is
    /// `version` (v1, RFC 5280 §4.1), `critical` (FALSE, §4.1), `cA` (FALSE,
    /// basicConstraints §4.2.1.9) or `minimum` (0, nameConstraints §4.2.1.10).
    Default { field: &'static str, offset: usize },
    /// A DER extension value that is not what its extension defines (x509-parser
    /// cannot read it as that extension).
    Unreadable { oid: String },
}

/// Checks the whole certificate `der` for what [`check_der`] alone cannot see:
/// every extension's value, of any OID, must be one DER element; DEFAULT
/// values must not be written out (X.690 §11.5); and the extensions docwiz
/// knows must read as what they are. `None` when all is well.
pub fn certificate_fault(der: &[u8]) -> Option<CertificateFault> {
    if let Err(f) = check_der(der) {
        return Some(CertificateFault::Der(f));
    }
    let offset_of = |part: &[u8]| (part.as_ptr() as usize).saturating_sub(der.as_ptr() as usize);
    let elements = |content| der_elements(content).unwrap_or_default();
    let tbs = match elements(der).first().copied() {
        Some((0x30, cert)) => match elements(cert).first().copied() {
            Some((0x30, tbs)) => tbs,
            _ => return None,
        },
        _ => return None,
    };
    for (tag, field) in elements(tbs) {
        match tag {
            // version [0] EXPLICIT Version DEFAULT v1
            0xa0 => {
                if let Some((0x02, [0])) = elements(field).first().copied() {
                    return Some(CertificateFault::Default {
                        field: "version",
                        offset: offset_of(field),
                    });
                }
            }
            // extensions [3] EXPLICIT Extensions
            0xa3 => {
                let Some((0x30, list)) = elements(field).first().copied() else {
                    continue;
                };
                for (tag, extension) in elements(list) {
                    if tag != 0x30 {
                        continue;
                    }
                    if let Some(f) = extension_fault(extension, offset_of(extension)) {
                        return Some(f);
                    }
                }
            }
            _ => {}
        }
    }
    let (_, cert) = X509Certificate::from_der(der).ok()?;
    for ext in cert.extensions() {
        if let ParsedExtension::ParseError { .. } = ext.parsed_extension() {
            return Some(CertificateFault::Unreadable {
                oid: ext.oid.to_id_string(),
            });
        }
    }
    None
}

/// Extension ::= SEQUENCE { extnID, critical BOOLEAN DEFAULT FALSE, extnValue
/// OCTET STRING } (RFC 5280 §4.1), `content` at `base` in the certificate.
fn extension_fault(content: &[u8], base: usize) -> Option<CertificateFault> {
    let parts = der_elements(content)?;
    let offset_of = |part: &[u8]| base + (part.as_ptr() as usize - content.as_ptr() as usize);
    let oid = match parts.first() {
        Some((0x06, oid)) => oid_text(oid),
        _ => return None,
    };
    if let Some((0x01, value @ [0])) = parts.get(1).copied() {
        return Some(CertificateFault::Default {
            field: "critical",
            offset: offset_of(value),
        });
    }
    let (0x04, value) = *parts.last()? else {
        return None;
    };
    if let Err(f) = check_der(value) {
        return Some(CertificateFault::Extension {
            oid,
            fault: DerFault {
                offset: offset_of(value) + f.offset,
                kind: f.kind,
            },
        });
    }
    fn inner(v: &[u8]) -> Option<Vec<(u8, &[u8])>> {
        match der_elements(v)?.as_slice() {
            [(0x30, body)] => der_elements(body),
            _ => None,
        }
    }
    match oid.as_str() {
        // BasicConstraints ::= SEQUENCE { cA BOOLEAN DEFAULT FALSE, ... }
        "2.5.29.19" => {
            if let Some((0x01, flag @ [0])) = inner(value)?.first().copied() {
                return Some(CertificateFault::Default {
                    field: "cA",
                    offset: offset_of(flag),
                });
            }
        }
        // NameConstraints: GeneralSubtree ::= SEQUENCE { base, minimum [0]
        // BaseDistance DEFAULT 0, maximum [1] OPTIONAL }
        "2.5.29.30" => {
            for (_, subtrees) in inner(value)? {
                for (_, subtree) in der_elements(subtrees).unwrap_or_default() {
                    for (tag, field) in der_elements(subtree).unwrap_or_default() {
                        if tag == 0x80 && field == [0] {
                            return Some(CertificateFault::Default {
                                field: "minimum",
                                offset: offset_of(field),
                            });
                        }
                    }
                }
            }
        }
        _ => {}
    }
    None
}

/// The name of an extension by OID (RFC 5280 §4.2), as openssl names it; an
/// unknown one is its dotted OID.
pub fn extension_name(oid: &str) -> String {
    let name = match oid {
        "2.5.29.14" => "subjectKeyIdentifier",
        "2.5.29.15" => "keyUsage",
        "2.5.29.17" => "subjectAltName",
        "2.5.29.18" => "issuerAltName",
        "2.5.29.19" => "basicConstraints",
        "2.5.29.30" => "nameConstraints",
        "2.5.29.31" => "cRLDistributionPoints",
        "2.5.29.32" => "certificatePolicies",
        "2.5.29.33" => "policyMappings",
        "2.5.29.35" => "authorityKeyIdentifier",
        "2.5.29.36" => "policyConstraints",
        "2.5.29.37" => "extendedKeyUsage",
        "2.5.29.54" => "inhibitAnyPolicy",
        "1.3.6.1.5.5.7.1.1" => "authorityInfoAccess",
        "1.3.6.1.5.5.7.1.11" => "subjectInfoAccess",
        "1.3.6.1.4.1.11129.2.4.2" => "signedCertificateTimestampList",
        "1.3.6.1.5.5.7.1.24" => "tlsFeature",
        _ => return oid.to_string(),
    };
    name.to_string()
}

/// Why bytes are not DER (ITU-T X.690 §8 and §10).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DerFaultKind {
    /// An element runs past the end of its container.
    Truncated,
    /// An indefinite length (X.690 §10.1: DER uses the definite form only).
    Indefinite,
    /// A long-form length for a value under 128, or one with leading zero
    /// octets (X.690 §10.1: "the minimum number of octets").
    LengthNotMinimal,
    /// A length that does not fit in four octets: no certificate is that long.
    LengthTooLong,
    /// A high tag number written where the short form fits, or with a leading 0x80.
    TagNotMinimal,
    /// A constructed string (X.690 §10.2: DER strings are primitive).
    ConstructedString,
    /// An INTEGER with no octet, or with a redundant leading 0x00 or 0xFF (X.690 §8.3.2).
    IntegerNotMinimal,
    /// A BOOLEAN other than 0x00 or 0xFF in one octet (X.690 §11.1).
    Boolean,
    /// A NULL with content (X.690 §8.8).
    Null,
    /// A BIT STRING with more than 7 unused bits, or unused bits not zero (X.690 §11.2).
    BitString,
    /// An OBJECT IDENTIFIER with an empty or padded subidentifier (X.690 §8.19).
    ObjectIdentifier,
    /// More nesting than any certificate has.
    TooDeep,
    /// Bytes after the element.
    Trailing,
}

impl DerFaultKind {
    /// The selector of the `der-not-canonical` message.
    pub fn code(self) -> &'static str {
        match self {
            DerFaultKind::Truncated => "truncated",
            DerFaultKind::Indefinite => "indefinite",
            DerFaultKind::LengthNotMinimal => "length",
            DerFaultKind::LengthTooLong => "length-too-long",
            DerFaultKind::TagNotMinimal => "tag",
            DerFaultKind::ConstructedString => "constructed",
            DerFaultKind::IntegerNotMinimal => "integer",
            DerFaultKind::Boolean => "boolean",
            DerFaultKind::Null => "null",
            DerFaultKind::BitString => "bit-string",
            DerFaultKind::ObjectIdentifier => "oid",
            DerFaultKind::TooDeep => "depth",
            DerFaultKind::Trailing => "trailing",
        }
    }
}

/// A DER fault and the offset of the element where it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DerFault {
    pub offset: usize,
    pub kind: DerFaultKind,
}

/// Nesting deeper than this is refused: certificates nest about 10 deep.
const MAX_DER_DEPTH: usize = 64;

/// Checks that `bytes` is exactly one DER element (ITU-T X.690 §10), walking
/// every constructed element: definite minimal lengths, minimal tags, primitive
/// strings, and the DER forms of INTEGER, BOOLEAN, NULL, BIT STRING and OBJECT
/// IDENTIFIER. SET OF ordering is not checked (openssl does not either).
pub fn check_der(bytes: &[u8]) -> Result<(), DerFault> {
    let end = check_element(bytes, 0, 0)?;
    if end != bytes.len() {
        return Err(DerFault {
            offset: end,
            kind: DerFaultKind::Trailing,
        });
    }
    Ok(())
}

/// The tag's octets and the length at `offset`: (header size, content length).
fn header(bytes: &[u8], offset: usize) -> Result<(usize, usize), DerFault> {
    let fault = |kind| DerFault { offset, kind };
    let input = &bytes[offset.min(bytes.len())..];
    let &tag = input.first().ok_or(fault(DerFaultKind::Truncated))?;
    let mut at = 1;
    if tag & 0x1f == 0x1f {
        // High tag number form (X.690 §8.1.2.4), base 128, minimal.
        let mut number: u32 = 0;
        loop {
            let &b = input.get(at).ok_or(fault(DerFaultKind::Truncated))?;
            if at == 1 && b == 0x80 {
                return Err(fault(DerFaultKind::TagNotMinimal));
            }
            number = (number << 7) | u32::from(b & 0x7f);
            at += 1;
            if b & 0x80 == 0 {
                break;
            }
            if at > 5 {
                return Err(fault(DerFaultKind::TagNotMinimal));
            }
        }
        if number < 31 {
            return Err(fault(DerFaultKind::TagNotMinimal));
        }
    }
    let &first = input.get(at).ok_or(fault(DerFaultKind::Truncated))?;
    at += 1;
    let length = if first < 0x80 {
        usize::from(first)
    } else if first == 0x80 {
        return Err(fault(DerFaultKind::Indefinite));
    } else {
        let count = usize::from(first & 0x7f);
        if count > 4 {
            return Err(fault(DerFaultKind::LengthTooLong));
        }
        let octets = input
            .get(at..at + count)
            .ok_or(fault(DerFaultKind::Truncated))?;
        if octets[0] == 0 {
            return Err(fault(DerFaultKind::LengthNotMinimal));
        }
        at += count;
        let length = octets
            .iter()
            .fold(0usize, |acc, b| (acc << 8) | usize::from(*b));
        if length < 0x80 {
            return Err(fault(DerFaultKind::LengthNotMinimal));
        }
        length
    };
    if input.len() - at < length {
        return Err(fault(DerFaultKind::Truncated));
    }
    Ok((at, length))
}

/// Checks the element at `offset`; returns the offset after it.
fn check_element(bytes: &[u8], offset: usize, depth: usize) -> Result<usize, DerFault> {
    let fault = |kind| DerFault { offset, kind };
    if depth > MAX_DER_DEPTH {
        return Err(fault(DerFaultKind::TooDeep));
    }
    let (head, length) = header(bytes, offset)?;
    let tag = bytes[offset];
    let start = offset + head;
    let end = start + length;
    let content = &bytes[start..end];
    let universal = tag & 0xc0 == 0;
    if tag & 0x20 != 0 {
        // SEQUENCE and SET are the only constructed universal types DER has.
        if universal && tag != 0x30 && tag != 0x31 {
            return Err(fault(DerFaultKind::ConstructedString));
        }
        let mut at = start;
        while at < end {
            at = check_element(&bytes[..end], at, depth + 1)?;
        }
        return Ok(end);
    }
    if universal {
        let ok = match tag {
            0x01 => length == 1 && (content[0] == 0 || content[0] == 0xff),
            0x02 | 0x0a => {
                !content.is_empty()
                    && !(content.len() > 1
                        && ((content[0] == 0 && content[1] & 0x80 == 0)
                            || (content[0] == 0xff && content[1] & 0x80 != 0)))
            }
            0x03 => match content.split_first() {
                Some((&unused, rest)) => {
                    unused <= 7
                        && (rest.is_empty() && unused == 0
                            || rest
                                .last()
                                .is_some_and(|last| last & ((1u8 << unused) - 1) == 0))
                }
                None => false,
            },
            0x05 => content.is_empty(),
            0x06 | 0x0d => {
                !content.is_empty()
                    && content.last().is_some_and(|b| b & 0x80 == 0)
                    && content
                        .iter()
                        .enumerate()
                        .all(|(i, b)| *b != 0x80 || (i > 0 && content[i - 1] & 0x80 != 0))
            }
            _ => true,
        };
        if !ok {
            return Err(fault(match tag {
                0x01 => DerFaultKind::Boolean,
                0x02 | 0x0a => DerFaultKind::IntegerNotMinimal,
                0x03 => DerFaultKind::BitString,
                0x05 => DerFaultKind::Null,
                _ => DerFaultKind::ObjectIdentifier,
            }));
        }
    }
    Ok(end)
}

/// One PEM block of a file (RFC 7468): its label, the 1-based line of its
/// `-----BEGIN` line, its DER (`None` when the base64 is broken or the
/// `-----END` line is missing) and its RFC 1421 headers (`Proc-Type`,
/// `DEK-Info`: OpenSSL's legacy key encryption).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PemBlock {
    pub label: String,
    pub line: usize,
    pub der: Option<Vec<u8>>,
    pub headers: Vec<(String, String)>,
}

impl PemBlock {
    /// The value of a header, by name (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// The PEM blocks of a file in order, with whatever text surrounds them
/// (OpenSSL's `Bag Attributes`, comments) skipped. CRLF line ends are read.
pub fn pem_blocks(bytes: &[u8]) -> Vec<PemBlock> {
    let text = String::from_utf8_lossy(bytes);
    let lines: Vec<&str> = text.split('\n').map(|l| l.trim_end()).collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let Some(label) = lines[i]
            .trim_start()
            .strip_prefix("-----BEGIN ")
            .and_then(|l| l.strip_suffix("-----"))
        else {
            i += 1;
            continue;
        };
        let start = i;
        let end_line = format!("-----END {label}-----");
        let end = (i + 1..lines.len()).find(|j| lines[*j].trim_start() == end_line);
        let (der, headers) = match end {
            Some(end) => {
                let block = lines[start..=end].join("\n");
                match pem::parse(block.trim_start()) {
                    Ok(p) => (
                        Some(p.contents().to_vec()),
                        p.headers()
                            .iter()
                            .map(|(k, v)| (k.to_string(), v.to_string()))
                            .collect(),
                    ),
                    Err(_) => (None, Vec::new()),
                }
            }
            None => (None, Vec::new()),
        };
        out.push(PemBlock {
            label: label.to_string(),
            line: start + 1,
            der,
            headers,
        });
        i = end.map_or(lines.len(), |e| e + 1);
    }
    out
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
    /// The DNS names and IP addresses among the SANs: what TLS clients check
    /// (RFC 6125 §6.4; the subject CN is not looked at when there are SANs).
    pub host_names: Vec<String>,
    /// `RSA 2048`, `ECDSA P-256`, `Ed25519`; an unknown algorithm's OID.
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
        if let Some(fault) = certificate_fault(der) {
            return Err(format!("not DER: {fault:?}"));
        }
        let (rest, cert) = X509Certificate::from_der(der).map_err(|e| e.to_string())?;
        if !rest.is_empty() {
            return Err("bytes after the certificate".to_string());
        }
        let time = |t: &ASN1Time| {
            time::OffsetDateTime::from_unix_timestamp(t.timestamp())
                .unwrap_or(time::OffsetDateTime::UNIX_EPOCH)
        };
        let mut sans = Vec::new();
        let mut host_names = Vec::new();
        if let Ok(Some(san)) = cert.subject_alternative_name() {
            for name in &san.value.general_names {
                match name {
                    GeneralName::DNSName(dns) => {
                        sans.push(dns.to_string());
                        host_names.push(dns.to_string());
                    }
                    GeneralName::IPAddress(ip) => {
                        sans.push(ip_text(ip));
                        host_names.push(ip_text(ip));
                    }
                    GeneralName::RFC822Name(mail) => sans.push(mail.to_string()),
                    _ => {}
                }
            }
        }
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
            signature_algorithm: signature_name(algorithm_content(der).unwrap_or_default()),
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
            host_names,
            key: spki_key_name(cert.public_key().raw),
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
            "not_before": crate::cert::rfc3339(self.not_before),
            "not_after": crate::cert::rfc3339(self.not_after),
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

/// The chain of `leaf` among `others` (RFC 5280 §6.1: each certificate's
/// issuer name is the next one's subject name, and the next one's key verifies
/// its signature), built from the leaf up: `(issuers, unrelated)`, where
/// `issuers` starts with the leaf's issuer and ends at a self-signed
/// certificate or at the last issuer found among `others`, and `unrelated`
/// holds, in the given order, every other certificate that is not a copy of
/// the leaf or of an issuer (copies are dropped: they add nothing).
///
/// A candidate whose signature docwiz cannot check (Ed448, brainpool, an
/// unknown algorithm: [`crate::cert::x509::signature::Verdict::Unsupported`]) is taken on
/// its name alone, so that the chain check can name what it cannot verify; one
/// whose signature is false is not an issuer. Among several candidates the one
/// that verifies wins, then one valid now, then the first given.
pub fn chain_of(leaf: &CertInfo, others: &[CertInfo]) -> (Vec<CertInfo>, Vec<CertInfo>) {
    use crate::cert::x509::signature::{Verdict, verify};
    let names = |c: &CertInfo| {
        X509Certificate::from_der(&c.der)
            .ok()
            .map(|(_, x)| (x.subject().as_raw().to_vec(), x.issuer().as_raw().to_vec()))
    };
    let named: Vec<Option<(Vec<u8>, Vec<u8>)>> = others.iter().map(names).collect();
    let now = time::OffsetDateTime::now_utc();
    let mut used = vec![false; others.len()];
    let mut issuers: Vec<CertInfo> = Vec::new();
    let mut last = leaf.clone();
    let mut last_names = names(leaf);
    // Each step takes one certificate of `others`: the loop ends.
    while let Some((subject, issuer)) = last_names.clone() {
        if subject == issuer && verify(&last.der, &last.spki) != Verdict::Invalid {
            break;
        }
        let best = others
            .iter()
            .enumerate()
            .filter(|(i, c)| {
                !used[*i]
                    && c.der != leaf.der
                    && named[*i].as_ref().is_some_and(|(s, _)| *s == issuer)
            })
            .filter_map(|(i, c)| match verify(&last.der, &c.spki) {
                Verdict::Invalid => None,
                verdict => Some((i, verdict == Verdict::Valid, c.is_valid_at(now))),
            })
            .max_by_key(|(i, valid, current)| (*valid, *current, std::cmp::Reverse(*i)));
        let Some((i, _, _)) = best else {
            break;
        };
        used[i] = true;
        last = others[i].clone();
        last_names = named[i].clone();
        issuers.push(last.clone());
    }
    let mut unrelated: Vec<CertInfo> = Vec::new();
    for (i, c) in others.iter().enumerate() {
        let copy = c.der == leaf.der
            || issuers.iter().any(|x| x.der == c.der)
            || unrelated.iter().any(|x| x.der == c.der);
        if !used[i] && !copy {
            unrelated.push(c.clone());
        }
    }
    (issuers, unrelated)
}

/// The content of a certificate's signatureAlgorithm (RFC 5280 §4.1.1.2):
/// the second element of Certificate.
fn algorithm_content(der: &[u8]) -> Option<&[u8]> {
    let outer = der_elements(der)?;
    let (0x30, cert) = *outer.first()? else {
        return None;
    };
    match der_elements(cert)?.get(1) {
        Some((0x30, alg)) => Some(alg),
        _ => None,
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

/// DER elements in `content`, in order: (tag, content); `None` when malformed.
pub(crate) fn der_elements(content: &[u8]) -> Option<Vec<(u8, &[u8])>> {
    let mut out = Vec::new();
    let mut at = 0;
    while at < content.len() {
        let (head, length) = header(content, at).ok()?;
        out.push((content[at], &content[at + head..at + head + length]));
        at += head + length;
    }
    Some(out)
}

/// An OBJECT IDENTIFIER's content in dotted form (X.690 §8.19).
pub(crate) fn oid_text(content: &[u8]) -> String {
    let mut arcs: Vec<u128> = Vec::new();
    let mut value: u128 = 0;
    for b in content {
        value = (value << 7) | u128::from(b & 0x7f);
        if b & 0x80 == 0 {
            if arcs.is_empty() {
                let first = (value / 40).min(2);
                arcs.push(first);
                arcs.push(value - first * 40);
            } else {
                arcs.push(value);
            }
            value = 0;
        }
        if value > u128::MAX >> 8 {
            break;
        }
    }
    arcs.iter()
        .map(|a| a.to_string())
        .collect::<Vec<_>>()
        .join(".")
}

/// The size in bits of an unsigned INTEGER's content.
fn integer_bits(content: &[u8]) -> usize {
    let digits: &[u8] = match content.iter().position(|b| *b != 0) {
        Some(i) => &content[i..],
        None => return 0,
    };
    (digits.len() - 1) * 8 + (8 - digits[0].leading_zeros() as usize)
}

/// Named elliptic curves: RFC 5480 §2.1.1.1 (NIST), SEC 2 (secp256k1),
/// RFC 5639 §4.1 (Brainpool).
const CURVES: &[(&str, &str)] = &[
    ("1.2.840.10045.3.1.7", "P-256"),
    ("1.3.132.0.34", "P-384"),
    ("1.3.132.0.35", "P-521"),
    ("1.3.132.0.33", "P-224"),
    ("1.2.840.10045.3.1.1", "P-192"),
    ("1.3.132.0.10", "secp256k1"),
    ("1.3.36.3.3.2.8.1.1.1", "brainpoolP160r1"),
    ("1.3.36.3.3.2.8.1.1.3", "brainpoolP192r1"),
    ("1.3.36.3.3.2.8.1.1.5", "brainpoolP224r1"),
    ("1.3.36.3.3.2.8.1.1.7", "brainpoolP256r1"),
    ("1.3.36.3.3.2.8.1.1.9", "brainpoolP320r1"),
    ("1.3.36.3.3.2.8.1.1.11", "brainpoolP384r1"),
    ("1.3.36.3.3.2.8.1.1.13", "brainpoolP512r1"),
];

/// The name of a named curve's OID (dotted), if docwiz knows it.
pub fn curve_name(oid: &str) -> Option<&'static str> {
    CURVES.iter().find(|(o, _)| *o == oid).map(|(_, n)| *n)
}

/// The OIDs of key algorithms (RFC 3279, RFC 4055, RFC 5480, RFC 8410, FIPS 204).
pub mod key_oid {
    pub const RSA: &str = "1.2.840.113549.1.1.1";
    pub const RSA_PSS: &str = "1.2.840.113549.1.1.10";
    pub const EC: &str = "1.2.840.10045.2.1";
    pub const DSA: &str = "1.2.840.10040.4.1";
    pub const X25519: &str = "1.3.101.110";
    pub const X448: &str = "1.3.101.111";
    pub const ED25519: &str = "1.3.101.112";
    pub const ED448: &str = "1.3.101.113";
}

/// A key's name from its AlgorithmIdentifier (the content of the SEQUENCE) and,
/// for RSA and DSA, its size: `RSA 2048`, `RSA-PSS 3072` (RFC 4055), `ECDSA P-256`
/// (RFC 5480), `Ed25519`, `Ed448`, `X25519`, `X448` (RFC 8410), `DSA 2048`
/// (RFC 3279), `ML-DSA-65` (FIPS 204). An unknown algorithm is its dotted OID,
/// which pages show as "unknown algorithm (OID)" in the reader's language.
pub fn key_name(algorithm: &[u8], bits: Option<usize>) -> String {
    let Some(parts) = der_elements(algorithm) else {
        return String::new();
    };
    let Some((0x06, oid)) = parts.first().copied() else {
        return String::new();
    };
    let oid = oid_text(oid);
    let params = parts.get(1).copied();
    let sized = |name: &str| match bits {
        Some(b) if b > 0 => format!("{name} {b}"),
        _ => name.to_string(),
    };
    match oid.as_str() {
        key_oid::RSA => sized("RSA"),
        key_oid::RSA_PSS => sized("RSA-PSS"),
        key_oid::DSA => {
            // Dss-Parms ::= SEQUENCE { p, q, g }: the size is p's.
            let p_bits = params
                .filter(|(tag, _)| *tag == 0x30)
                .and_then(|(_, c)| der_elements(c))
                .and_then(|e| e.first().map(|(_, p)| integer_bits(p)));
            match p_bits.or(bits) {
                Some(b) if b > 0 => format!("DSA {b}"),
                _ => "DSA".to_string(),
            }
        }
        key_oid::EC => match params {
            Some((0x06, curve)) => {
                let curve = oid_text(curve);
                match curve_name(&curve) {
                    Some(name) => format!("ECDSA {name}"),
                    None => format!("ECDSA {curve}"),
                }
            }
            _ => "ECDSA".to_string(),
        },
        key_oid::X25519 => "X25519".to_string(),
        key_oid::X448 => "X448".to_string(),
        key_oid::ED25519 => "Ed25519".to_string(),
        key_oid::ED448 => "Ed448".to_string(),
        "1.2.840.10046.2.1" => sized("DH"),
        "1.2.840.113549.1.3.1" => sized("DH"),
        "1.2.156.10197.1.301" => "SM2".to_string(),
        "2.16.840.1.101.3.4.3.17" => "ML-DSA-44".to_string(),
        "2.16.840.1.101.3.4.3.18" => "ML-DSA-65".to_string(),
        "2.16.840.1.101.3.4.3.19" => "ML-DSA-87".to_string(),
        _ => oid,
    }
}

/// The name of a SubjectPublicKeyInfo's key (RFC 5280 §4.1.2.7), see [`key_name`].
pub fn spki_key_name(spki: &[u8]) -> String {
    let Some(outer) = der_elements(spki) else {
        return String::new();
    };
    let Some((0x30, content)) = outer.first().copied() else {
        return String::new();
    };
    let Some(parts) = der_elements(content) else {
        return String::new();
    };
    let (Some((0x30, algorithm)), Some((0x03, key))) =
        (parts.first().copied(), parts.get(1).copied())
    else {
        return String::new();
    };
    // RSAPublicKey ::= SEQUENCE { modulus, publicExponent } (RFC 8017 A.1.1), for
    // rsaEncryption and id-RSASSA-PSS keys alike.
    let bits = key
        .get(1..)
        .and_then(der_elements)
        .and_then(|e| match e.first() {
            Some((0x30, rsa)) => der_elements(rsa),
            _ => None,
        })
        .and_then(|e| match e.first() {
            Some((0x02, n)) => Some(integer_bits(n)),
            _ => None,
        });
    key_name(algorithm, bits)
}

/// Hash algorithms by OID (RFC 5754, RFC 8017 A.2.4, FIPS 202).
fn hash_name(oid: &str) -> Option<&'static str> {
    Some(match oid {
        "1.3.14.3.2.26" => "SHA-1",
        "2.16.840.1.101.3.4.2.4" => "SHA-224",
        "2.16.840.1.101.3.4.2.1" => "SHA-256",
        "2.16.840.1.101.3.4.2.2" => "SHA-384",
        "2.16.840.1.101.3.4.2.3" => "SHA-512",
        "2.16.840.1.101.3.4.2.5" => "SHA-512/224",
        "2.16.840.1.101.3.4.2.6" => "SHA-512/256",
        "2.16.840.1.101.3.4.2.8" => "SHA3-256",
        "2.16.840.1.101.3.4.2.9" => "SHA3-384",
        "2.16.840.1.101.3.4.2.10" => "SHA3-512",
        "1.2.840.113549.2.5" => "MD5",
        _ => return None,
    })
}

/// A signature algorithm's name from its AlgorithmIdentifier content, as openssl
/// names it: `sha256WithRSAEncryption` (RFC 8017), `ecdsa-with-SHA256`
/// (RFC 5758), `Ed25519`/`Ed448` (RFC 8410), `RSASSA-PSS (SHA-256)` with the
/// MGF1 hash when it differs and the salt length when it is not the hash's
/// (RFC 4055 §3.1; absent parameters mean SHA-1), DSA (RFC 3279, RFC 5758),
/// ML-DSA (FIPS 204). An unknown algorithm is its dotted OID.
pub fn signature_name(algorithm: &[u8]) -> String {
    let Some(parts) = der_elements(algorithm) else {
        return String::new();
    };
    let Some((0x06, oid)) = parts.first().copied() else {
        return String::new();
    };
    let oid = oid_text(oid);
    let name = match oid.as_str() {
        "1.2.840.113549.1.1.2" => "md2WithRSAEncryption",
        "1.2.840.113549.1.1.4" => "md5WithRSAEncryption",
        "1.2.840.113549.1.1.5" => "sha1WithRSAEncryption",
        "1.2.840.113549.1.1.14" => "sha224WithRSAEncryption",
        "1.2.840.113549.1.1.11" => "sha256WithRSAEncryption",
        "1.2.840.113549.1.1.12" => "sha384WithRSAEncryption",
        "1.2.840.113549.1.1.13" => "sha512WithRSAEncryption",
        "1.2.840.113549.1.1.15" => "sha512-224WithRSAEncryption",
        "1.2.840.113549.1.1.16" => "sha512-256WithRSAEncryption",
        "2.16.840.1.101.3.4.3.14" => "RSA-SHA3-256",
        "2.16.840.1.101.3.4.3.15" => "RSA-SHA3-384",
        "2.16.840.1.101.3.4.3.16" => "RSA-SHA3-512",
        "1.2.840.10045.4.1" => "ecdsa-with-SHA1",
        "1.2.840.10045.4.3.1" => "ecdsa-with-SHA224",
        "1.2.840.10045.4.3.2" => "ecdsa-with-SHA256",
        "1.2.840.10045.4.3.3" => "ecdsa-with-SHA384",
        "1.2.840.10045.4.3.4" => "ecdsa-with-SHA512",
        "2.16.840.1.101.3.4.3.10" => "ecdsa-with-SHA3-256",
        "2.16.840.1.101.3.4.3.11" => "ecdsa-with-SHA3-384",
        "2.16.840.1.101.3.4.3.12" => "ecdsa-with-SHA3-512",
        "1.3.101.112" => "Ed25519",
        "1.3.101.113" => "Ed448",
        "1.2.840.10040.4.3" => "dsaWithSHA1",
        "2.16.840.1.101.3.4.3.1" => "dsa_with_SHA224",
        "2.16.840.1.101.3.4.3.2" => "dsa_with_SHA256",
        "2.16.840.1.101.3.4.3.17" => "ML-DSA-44",
        "2.16.840.1.101.3.4.3.18" => "ML-DSA-65",
        "2.16.840.1.101.3.4.3.19" => "ML-DSA-87",
        "1.2.156.10197.1.501" => "SM2-with-SM3",
        key_oid::RSA_PSS => return pss_name(parts.get(1).copied()),
        _ => return oid,
    };
    name.to_string()
}

/// `RSASSA-PSS (SHA-256)` from RSASSA-PSS-params (RFC 4055 §3.1): hashAlgorithm
/// [0], maskGenAlgorithm [1] (MGF1 and its hash), saltLength [2]; defaults
/// SHA-1, MGF1 with SHA-1, 20.
fn pss_name(params: Option<(u8, &[u8])>) -> String {
    let mut hash = "SHA-1".to_string();
    let mut mgf_hash = "SHA-1".to_string();
    let mut salt: Option<usize> = None;
    let algorithm_oid = |content: &[u8]| {
        der_elements(content).and_then(|e| match e.first() {
            Some((0x30, alg)) => der_elements(alg).and_then(|a| match a.first() {
                Some((0x06, oid)) => Some((oid_text(oid), a.get(1).map(|(t, c)| (*t, c.to_vec())))),
                _ => None,
            }),
            _ => None,
        })
    };
    let named = |oid: &str| hash_name(oid).map_or_else(|| oid.to_string(), str::to_string);
    if let Some((0x30, content)) = params {
        for (tag, field) in der_elements(content).unwrap_or_default() {
            match tag {
                0xa0 => {
                    if let Some((oid, _)) = algorithm_oid(field) {
                        hash = named(&oid);
                    }
                }
                0xa1 => {
                    if let Some((_, Some((0x30, inner)))) = algorithm_oid(field)
                        && let Some(e) = der_elements(&inner)
                        && let Some((0x06, oid)) = e.first()
                    {
                        mgf_hash = named(&oid_text(oid));
                    }
                }
                0xa2 => {
                    if let Some(Some((0x02, n))) = der_elements(field).map(|e| e.first().copied()) {
                        salt = Some(n.iter().fold(0usize, |a, b| {
                            a.saturating_mul(256).saturating_add(usize::from(*b))
                        }));
                    }
                }
                _ => {}
            }
        }
    }
    let hash_len = match hash.as_str() {
        "SHA-1" => 20,
        "SHA-224" | "SHA-512/224" => 28,
        "SHA-256" | "SHA-512/256" | "SHA3-256" => 32,
        "SHA-384" | "SHA3-384" => 48,
        "SHA-512" | "SHA3-512" => 64,
        _ => 0,
    };
    let mut extra = vec![hash.clone()];
    if mgf_hash != hash {
        extra.push(format!("MGF1 {mgf_hash}"));
    }
    let salt = salt.unwrap_or(20);
    if salt != hash_len {
        extra.push(format!("salt {salt}"));
    }
    format!("RSASSA-PSS ({})", extra.join(", "))
}

/// Whether a name from [`key_name`] or [`signature_name`] is an OID docwiz
/// does not know (pages then say "unknown algorithm (OID)").
pub fn is_unknown_algorithm(name: &str) -> bool {
    !name.is_empty() && name.bytes().all(|b| b.is_ascii_digit() || b == b'.')
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
    fn der_faults_are_found_and_canonical_der_passes() {
        use DerFaultKind as K;
        let ok: &[&[u8]] = &[
            &[0x30, 0x03, 0x02, 0x01, 0x05],
            &[0x02, 0x02, 0x00, 0x80],
            &[0x01, 0x01, 0xff],
            &[0x03, 0x02, 0x04, 0xf0],
            &[0x06, 0x03, 0x2b, 0x65, 0x70],
            &[0x5f, 0x1f, 0x00],
        ];
        for der in ok {
            assert_eq!(check_der(der), Ok(()), "{der:02x?}");
        }
        let bad: &[(&[u8], K)] = &[
            (&[0x30, 0x80, 0x02, 0x01, 0x05, 0x00, 0x00], K::Indefinite),
            (&[0x30, 0x81, 0x03, 0x02, 0x01, 0x05], K::LengthNotMinimal),
            (
                &[0x30, 0x82, 0x00, 0x03, 0x02, 0x01, 0x05],
                K::LengthNotMinimal,
            ),
            (&[0x30, 0x85, 0, 0, 0, 0, 3], K::LengthTooLong),
            (&[0x30, 0x04, 0x02, 0x01], K::Truncated),
            (&[0x02, 0x02, 0x00, 0x05], K::IntegerNotMinimal),
            (&[0x02, 0x02, 0xff, 0x85], K::IntegerNotMinimal),
            (&[0x02, 0x00], K::IntegerNotMinimal),
            (&[0x01, 0x01, 0x01], K::Boolean),
            (&[0x05, 0x01, 0x00], K::Null),
            (&[0x03, 0x02, 0x08, 0x00], K::BitString),
            (&[0x03, 0x02, 0x04, 0xf8], K::BitString),
            (&[0x06, 0x02, 0x80, 0x01], K::ObjectIdentifier),
            (&[0x24, 0x03, 0x04, 0x01, 0x00], K::ConstructedString),
            (&[0x1f, 0x05, 0x00], K::TagNotMinimal),
            (&[0x02, 0x01, 0x05, 0x00], K::Trailing),
        ];
        for (der, kind) in bad {
            assert_eq!(check_der(der).map_err(|f| f.kind), Err(*kind), "{der:02x?}");
        }
        let mut nested = vec![0x05, 0x00];
        for _ in 0..70 {
            let mut outer = vec![0x30];
            let len = nested.len();
            if len < 0x80 {
                outer.push(len as u8);
            } else {
                outer.extend([0x81, len as u8]);
            }
            outer.extend(nested);
            nested = outer;
        }
        assert_eq!(check_der(&nested).map_err(|f| f.kind), Err(K::TooDeep));
    }

    #[test]
    fn algorithms_have_names_and_unknown_ones_their_oid() {
        // AlgorithmIdentifier contents: OID, then parameters.
        let ec = |curve: &[u8]| {
            [
                &[0x06, 0x07, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01][..],
                curve,
            ]
            .concat()
        };
        assert_eq!(
            key_name(&ec(&[0x06, 0x05, 0x2b, 0x81, 0x04, 0x00, 0x0a]), None),
            "ECDSA secp256k1"
        );
        assert_eq!(
            key_name(&ec(&[0x06, 0x05, 0x2b, 0x81, 0x04, 0x00, 0x23]), None),
            "ECDSA P-521"
        );
        assert_eq!(key_name(&[0x06, 0x03, 0x2b, 0x65, 0x71], None), "Ed448");
        assert_eq!(key_name(&[0x06, 0x03, 0x2b, 0x65, 0x6e], None), "X25519");
        assert_eq!(key_name(&[0x06, 0x03, 0x2a, 0x03, 0x04], None), "1.2.3.4");
        assert!(is_unknown_algorithm("1.2.3.4"));
        assert!(!is_unknown_algorithm("RSA 2048"));
        assert_eq!(signature_name(&[0x06, 0x03, 0x2b, 0x65, 0x70]), "Ed25519");
        // RSASSA-PSS with no parameters: SHA-1, MGF1 SHA-1, salt 20 (RFC 4055 §3.1).
        assert_eq!(
            signature_name(&[
                0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x0a, 0x30, 0x00
            ]),
            "RSASSA-PSS (SHA-1)"
        );
    }

    #[test]
    fn the_chain_of_a_leaf_follows_names_and_signatures_and_leaves_the_rest() {
        use rcgen::{BasicConstraints, CertificateParams, IsCa, Issuer, KeyPair};
        let ca = |name: &str, parent: Option<(&rcgen::Certificate, &KeyPair)>| {
            let key = KeyPair::generate().unwrap();
            let mut params = CertificateParams::new(Vec::<String>::new()).unwrap();
            params
                .distinguished_name
                .push(rcgen::DnType::CommonName, name);
            params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
            let cert = match parent {
                None => params.self_signed(&key).unwrap(),
                Some((pc, pk)) => {
                    let issuer = Issuer::from_ca_cert_der(pc.der(), pk).unwrap();
                    params.signed_by(&key, &issuer).unwrap()
                }
            };
            (cert, key)
        };
        let (root, root_key) = ca("Root", None);
        let (inter, inter_key) = ca("Inter", Some((&root, &root_key)));
        // Another CA of the same name with its own key: the name matches,
        // the signature does not.
        let (imposter, _) = ca("Inter", Some((&root, &root_key)));
        let leaf_key = KeyPair::generate().unwrap();
        let leaf = CertificateParams::new(vec!["a.example".to_string()])
            .unwrap()
            .signed_by(
                &leaf_key,
                &Issuer::from_ca_cert_der(inter.der(), &inter_key).unwrap(),
            )
            .unwrap();
        let (other, _) = ca("Other", None);
        let info = |c: &rcgen::Certificate| CertInfo::from_der(c.der()).unwrap();
        let others = [
            info(&imposter),
            info(&root),
            info(&other),
            info(&leaf),
            info(&inter),
            info(&root),
        ];
        let (chain, unrelated) = chain_of(&info(&leaf), &others);
        let subjects = |v: &[CertInfo]| v.iter().map(|c| c.der.clone()).collect::<Vec<_>>();
        assert_eq!(subjects(&chain), subjects(&[info(&inter), info(&root)]));
        assert_eq!(
            subjects(&unrelated),
            subjects(&[info(&imposter), info(&other)])
        );
        let (chain, unrelated) = chain_of(&info(&root), &others);
        assert!(chain.is_empty());
        assert_eq!(unrelated.len(), 4);
    }

    #[test]
    fn thumbprints_are_normalized() {
        assert_eq!(normalize_thumbprint("ab:cd ef"), "ABCDEF");
    }
}
