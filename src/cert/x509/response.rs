//! Certificates as CAs hand them out: PEM (one or several), DER, or PKCS#7
//! (`.p7b`, as Windows CAs return them, in DER or PEM).

use crate::cert::x509::certificate::{
    CertInfo, parse_certificates, readable, without_trust_settings,
};
use crate::error::Error;

/// Every certificate in `bytes`, as DER.
pub fn certificates(path: &str, bytes: &[u8]) -> Result<Vec<Vec<u8>>, Error> {
    let not_certificate = || Error::NotCertificate {
        path: path.to_string(),
    };
    let bytes = crate::source::without_bom(bytes);
    if bytes.windows(11).any(|w| w == b"-----BEGIN ") {
        // Certificates that are not DER are refused at their block's line,
        // and so is a block that does not end (a file cut short, or pasted
        // half): what follows its BEGIN line would otherwise be ignored.
        for block in crate::cert::x509::certificate::pem_blocks(bytes) {
            if block.der.is_none() {
                return Err(Error::Input {
                    location: crate::error::Location {
                        file: path.to_string(),
                        line: block.line,
                        col: 1,
                    },
                    reason: crate::error::Message::new("pem-block-broken")
                        .arg("label", block.label.as_str()),
                });
            }
            if let Some(der) = &block.der
                && crate::cert::x509::certificate::CERTIFICATE_LABELS
                    .contains(&block.label.as_str())
            {
                let der = if block.label == "TRUSTED CERTIFICATE" {
                    without_trust_settings(der.clone())
                } else {
                    der.clone()
                };
                crate::cert::x509::certificate::check_certificate_der(path, block.line, &der)?;
            }
        }
        let blocks = pem::parse_many(bytes).map_err(|_| not_certificate())?;
        let mut out = Vec::new();
        for block in blocks {
            match block.tag() {
                "CERTIFICATE" | "X509 CERTIFICATE" => out.push(block.contents().to_vec()),
                "TRUSTED CERTIFICATE" => {
                    out.push(without_trust_settings(block.contents().to_vec()))
                }
                "PKCS7" | "CMS" => {
                    pkcs7_whole(path, block.contents())?;
                    out.extend(pkcs7_certificates(block.contents()).ok_or_else(not_certificate)?)
                }
                _ => {}
            }
        }
        if out.is_empty() {
            return Err(not_certificate());
        }
        return check(path, out);
    }
    match parse_certificates(path, bytes) {
        Ok(ders) => Ok(ders),
        // Not a certificate: a PKCS#7, or else why the certificate was refused.
        Err(refused) => match pkcs7_certificates(bytes) {
            Some(ders) => {
                pkcs7_whole(path, bytes)?;
                check(path, ders)
            }
            // A ContentInfo of signedData that cannot be walked: the
            // container is at fault, not a certificate.
            None if starts_as_pkcs7(bytes) => Err(Error::Input {
                location: crate::error::Location::file(path),
                reason: crate::error::Message::new("pkcs7-malformed"),
            }),
            None => Err(refused),
        },
    }
}

/// Whether `bytes` begin as a PKCS#7 ContentInfo of signedData (RFC 2315 §7):
/// a SEQUENCE of any length form, then the signedData OID.
fn starts_as_pkcs7(bytes: &[u8]) -> bool {
    const SIGNED_DATA_OID: &[u8] = &[
        0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x02,
    ];
    bytes.first() == Some(&0x30)
        && (2..=6).any(|at| bytes.get(at..at + SIGNED_DATA_OID.len()) == Some(SIGNED_DATA_OID))
}

/// A PKCS#7 must end where its outer element ends, as a DER certificate
/// must: bytes after it are refused, not ignored.
fn pkcs7_whole(path: &str, bytes: &[u8]) -> Result<(), Error> {
    match element(bytes) {
        Some((_, _, rest)) if !rest.is_empty() => Err(Error::Input {
            location: crate::error::Location::file(path),
            reason: crate::error::Message::new("pkcs7-trailing")
                .arg("offset", bytes.len() - rest.len())
                .arg("count", rest.len()),
        }),
        _ => Ok(()),
    }
}

/// Every certificate must be whole, with nothing after it (as the store will
/// read it back), before anything is written.
fn check(path: &str, ders: Vec<Vec<u8>>) -> Result<Vec<Vec<u8>>, Error> {
    if ders.is_empty() {
        return Err(Error::NotCertificate {
            path: path.to_string(),
        });
    }
    for der in &ders {
        crate::cert::x509::certificate::check_certificate_der(path, 0, der)?;
    }
    // Whole, with nothing after it, as the store will read it back.
    if !readable(&ders) {
        return Err(Error::NotCertificate {
            path: path.to_string(),
        });
    }
    Ok(ders)
}

/// How deep indefinite-length elements may nest. PKCS#7 as CAs, Windows and
/// `openssl cms -stream` write it nests them 5 deep at most; the bound keeps
/// the recursion (and the stack) small whatever the input.
const MAX_DEPTH: usize = 32;

/// One BER element: (tag, content, rest). Definite lengths in short or long
/// form (up to 4 length octets), and the indefinite length of BER (X.690
/// 8.1.3.6: a constructed element whose content ends with two zero octets),
/// which `openssl cms`/`smime -stream` and some Windows tools write for
/// PKCS#7. Only low tag numbers (all PKCS#7 uses). `None` for anything
/// malformed.
///
/// A small walker rather than the `der`/`cms` crates: those decode every
/// certificate and encode it again, while docwiz must keep each certificate's
/// own bytes (its thumbprint is over them), and only the envelope needs BER.
fn element(input: &[u8]) -> Option<(u8, &[u8], &[u8])> {
    element_at(input, 0)
}

fn element_at(input: &[u8], depth: usize) -> Option<(u8, &[u8], &[u8])> {
    if depth > MAX_DEPTH {
        return None;
    }
    let (&tag, rest) = input.split_first()?;
    if tag & 0x1f == 0x1f {
        return None;
    }
    let (&first, rest) = rest.split_first()?;
    if first == 0x80 {
        // Indefinite: constructed only; the content is the elements up to
        // the end-of-contents octets.
        if tag & 0x20 == 0 {
            return None;
        }
        let mut inner = rest;
        loop {
            if let [0, 0, after @ ..] = inner {
                let content = &rest[..rest.len() - inner.len()];
                return Some((tag, content, after));
            }
            let (_, _, after) = element_at(inner, depth + 1)?;
            inner = after;
        }
    }
    let (length, rest) = if first < 0x80 {
        (first as usize, rest)
    } else {
        let count = (first & 0x7f) as usize;
        if count > 4 || rest.len() < count {
            return None;
        }
        let length = rest[..count]
            .iter()
            .fold(0usize, |acc, b| (acc << 8) | *b as usize);
        (length, &rest[count..])
    };
    (rest.len() >= length).then(|| (tag, &rest[..length], &rest[length..]))
}

/// The certificates of a PKCS#7 SignedData (RFC 2315 / 5652), in DER or BER:
/// ContentInfo { signedData OID, [0] SignedData { version, digestAlgorithms,
/// encapContentInfo, [0] IMPLICIT certificates, … } }. Each certificate is
/// returned as its own bytes.
pub fn pkcs7_certificates(der: &[u8]) -> Option<Vec<Vec<u8>>> {
    const SIGNED_DATA: &[u8] = &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x02];
    let (0x30, content_info, _) = element(der)? else {
        return None;
    };
    let (0x06, oid, rest) = element(content_info)? else {
        return None;
    };
    if oid != SIGNED_DATA {
        return None;
    }
    let (0xa0, explicit, _) = element(rest)? else {
        return None;
    };
    let (0x30, signed_data, _) = element(explicit)? else {
        return None;
    };
    let (0x02, _, rest) = element(signed_data)? else {
        return None;
    };
    let (0x31, _, rest) = element(rest)? else {
        return None;
    };
    let (0x30, _, rest) = element(rest)? else {
        return None;
    };
    let (0xa0, mut certificates, _) = element(rest)? else {
        return None;
    };
    let mut out = Vec::new();
    while !certificates.is_empty() {
        let (tag, _, rest) = element(certificates)?;
        let whole = &certificates[..certificates.len() - rest.len()];
        if tag == 0x30 {
            out.push(whole.to_vec());
        }
        certificates = rest;
    }
    (!out.is_empty()).then_some(out)
}

/// The chain of the certificate whose key is `spki`, leaf first, from the
/// certificates of a CA's answer or of an imported bundle (both commands
/// assemble it here): each certificate once (a duplicate of the leaf or of a
/// CA is dropped), then the CA certificates in the order they are reached
/// from the leaf, each the issuer (by name, RFC 5280 §4.1.2.4: its subject is
/// the issuer of one already in the chain) of one before it; several
/// issuers of one certificate (cross-signed CAs) are all kept. A certificate
/// in no chain of the leaf (another server's certificate) is refused, naming
/// it: `issuers/` and `chain.pem` hold only the leaf's chain.
pub fn leaf_first(path: &str, ders: Vec<Vec<u8>>, spki: &[u8]) -> Result<Vec<Vec<u8>>, Error> {
    let mut infos: Vec<CertInfo> = Vec::new();
    for info in ders.iter().filter_map(|d| CertInfo::from_der(d).ok()) {
        if !infos.iter().any(|c| c.thumbprint == info.thumbprint) {
            infos.push(info);
        }
    }
    let Some(leaf) = infos.iter().position(|c| c.spki == spki) else {
        return Err(Error::KeyMismatch {
            path: path.to_string(),
        });
    };
    let mut chain = vec![infos.remove(leaf)];
    let mut reached = 0;
    while reached < chain.len() {
        let issuer = chain[reached].issuer.clone();
        let self_issued = chain[reached].self_issued;
        reached += 1;
        if self_issued && reached > 1 {
            continue;
        }
        while let Some(i) = infos.iter().position(|c| c.subject == issuer) {
            chain.push(infos.remove(i));
        }
    }
    if let Some(unrelated) = infos.first() {
        return Err(Error::Input {
            location: crate::error::Location::file(path),
            reason: crate::error::Message::new("answer-not-in-chain")
                .arg("subject", unrelated.subject.as_str())
                .arg("thumbprint", unrelated.thumbprint.as_str())
                .arg("leaf", chain[0].subject.as_str()),
        });
    }
    Ok(chain.into_iter().map(|c| c.der).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn next(seed: &mut u64) -> u64 {
        *seed ^= *seed << 13;
        *seed ^= *seed >> 7;
        *seed ^= *seed << 17;
        *seed
    }

    #[test]
    fn arbitrary_and_mangled_input_never_panics() {
        // A PKCS#7 skeleton holding one (fake) certificate, then mangled.
        let cert = [0x30, 0x03, 0x02, 0x01, 0x00];
        let mut certs = vec![0xa0, cert.len() as u8];
        certs.extend(cert);
        let mut signed = vec![0x02, 0x01, 0x01, 0x31, 0x00, 0x30, 0x00];
        signed.extend(&certs);
        let mut seq = vec![0x30, signed.len() as u8];
        seq.extend(&signed);
        let mut explicit = vec![0xa0, seq.len() as u8];
        explicit.extend(&seq);
        let mut info = vec![
            0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x02,
        ];
        info.extend(&explicit);
        let mut pkcs7 = vec![0x30, info.len() as u8];
        pkcs7.extend(&info);
        assert_eq!(pkcs7_certificates(&pkcs7), Some(vec![cert.to_vec()]));

        // The same in BER, every constructed envelope element of indefinite
        // length, as `openssl cms -stream` writes it.
        let indefinite = |tag: u8, content: &[u8]| {
            let mut out = vec![tag, 0x80];
            out.extend(content);
            out.extend([0, 0]);
            out
        };
        let mut signed = vec![0x02, 0x01, 0x01, 0x31, 0x80, 0x00, 0x00];
        signed.extend(indefinite(0x30, &[0x06, 0x01, 0x2a]));
        signed.extend(indefinite(0xa0, &cert));
        let mut info = vec![
            0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x02,
        ];
        info.extend(indefinite(0xa0, &indefinite(0x30, &signed)));
        let ber = indefinite(0x30, &info);
        assert_eq!(pkcs7_certificates(&ber), Some(vec![cert.to_vec()]));

        // Nesting far deeper than any PKCS#7 is refused, not followed down
        // until the stack runs out.
        let deep: Vec<u8> = std::iter::repeat_n([0x30u8, 0x80], 200_000)
            .flatten()
            .collect();
        assert_eq!(pkcs7_certificates(&deep), None);
        assert!(certificates("deep", &deep).is_err());
        // A primitive element cannot have an indefinite length.
        assert_eq!(element(&[0x04, 0x80, 0x00, 0x00]), None);

        let mut seed = 0x2545_f491_4f6c_dd1d;
        for round in 0..6000 {
            let mut input = match round % 3 {
                0 => pkcs7.clone(),
                1 => ber.clone(),
                _ => b"-----BEGIN PKCS7-----\nMIIB\n-----END PKCS7-----\n".to_vec(),
            };
            for _ in 0..(next(&mut seed) % 6) {
                let i = (next(&mut seed) as usize) % input.len();
                input[i] = next(&mut seed) as u8;
            }
            input.truncate((next(&mut seed) as usize) % (input.len() + 1));
            let _ = pkcs7_certificates(&input);
            let _ = certificates("fuzz", &input);
        }
    }
}
