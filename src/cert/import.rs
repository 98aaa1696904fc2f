//! Certificates obtained outside the wizard, with their private keys, in the
//! forms administrators bring them: a certificate file (PEM, DER or PKCS#7) with
//! `--key KEY`; one PEM file holding the certificate and its key (HAProxy-style
//! bundles, in any order, with OpenSSL's `Bag Attributes` and `EC PARAMETERS`
//! around them); or a PKCS#12 (`.pfx`) file. Keys may be PKCS#8 (RFC 5208),
//! encrypted PKCS#8 (RFC 5958 §3, PBES2 of RFC 8018, with `--key-password-file`),
//! PKCS#1 (RFC 8017 A.1.2) or SEC1 (RFC 5915). The key must belong to the
//! certificate; the result is installed in `certs/<T>/` with the key alone as a
//! PKCS#8 `PRIVATE KEY` PEM block with LF line ends (mode 0600), ready to
//! assign. Every refusal names the file (and the PEM block's line) and says why.

use std::path::Path;

use rcgen::{KeyPair, PublicKeyData};

use crate::cert::store::Store;
use crate::cert::x509::certificate::{
    CertInfo, chain_of, check_certificate_der, der_elements, is_pem, key_name, key_oid, oid_text,
    pem_block, pem_blocks,
};
use crate::cert::x509::response::certificates;
use crate::error::{Arg, Error, Location, Message};

/// What `wizard import` was given besides the file.
#[derive(Debug, Clone, Default)]
pub struct ImportOptions<'a> {
    /// `--key KEY`: the private key's file; without it the key is looked for in
    /// the certificate file itself (PEM) or the file is read as PKCS#12.
    pub key: Option<&'a Path>,
    /// `--password-file`: the PKCS#12 password (none: the empty password).
    pub password: Option<String>,
    /// `--key-password-file`: the password of an encrypted PKCS#8 key.
    pub key_password: Option<String>,
    /// `--friendly-name`: which pair of a PKCS#12 holding several to take (its
    /// friendly name, or its certificate's thumbprint).
    pub friendly_name: Option<String>,
}

/// An import that took place: the thumbprint installed and what the
/// administrator should know about the choice made (which PKCS#12 pair).
#[derive(Debug, Clone)]
pub struct Imported {
    pub thumbprint: String,
    pub notes: Vec<Message>,
}

fn read(path: &Path) -> Result<Vec<u8>, Error> {
    crate::cert::input::read(path)
}

/// A refusal about `path` (at the PEM block starting on `line`, 0 for the whole file).
fn refuse(path: &str, line: usize, reason: Message) -> Error {
    Error::Input {
        location: Location {
            file: path.to_string(),
            line,
            col: usize::from(line > 0),
        },
        reason,
    }
}

/// A refusal of readable input by docwiz's policy (a key type or size, an
/// encryption docwiz does not use): exit 1, where unreadable input exits 2.
fn refuse_policy(path: &str, line: usize, reason: Message) -> Error {
    Error::Policy {
        location: Location {
            file: path.to_string(),
            line,
            col: usize::from(line > 0),
        },
        reason,
    }
}

/// `wizard import FILE [--key KEY] [--password-file F] [--key-password-file F]
/// [--friendly-name NAME]`.
pub fn import(store: &Store, file: &Path, options: &ImportOptions) -> Result<Imported, Error> {
    let shown = file.display().to_string();
    let data = read(file)?;
    let body = crate::source::without_bom(&data);
    if let Some(key_path) = options.key {
        let ders = certificates(&shown, &data)?;
        let key_shown = key_path.display().to_string();
        let key_data = if key_path == file {
            data.clone()
        } else {
            read(key_path)?
        };
        let (key, note) = read_key(
            &key_shown,
            &key_data,
            options.key_password.as_deref(),
            &ders,
        )?
        .ok_or_else(|| no_key(&key_shown, &key_data))?;
        return install_pair(store, &shown, ders, &key, note);
    }
    if is_pem(body) {
        let ders = certificates(&shown, &data)?;
        let (key, note) = read_key(&shown, &data, options.key_password.as_deref(), &ders)?
            .ok_or_else(|| refuse(&shown, 0, Message::new("import-certificate-without-key")))?;
        return install_pair(store, &shown, ders, &key, note);
    }
    // A DER certificate or a PKCS#7 of certificates: no key can be in it.
    if certificates(&shown, &data).is_ok() {
        return Err(refuse(
            &shown,
            0,
            Message::new("import-certificate-without-key"),
        ));
    }
    import_pfx(store, &shown, body, options)
}

/// Installs the certificate of `key` with its issuers among `ders` (built
/// from the leaf up by [`chain_of`]); certificates that are not in its chain
/// are left out, with a note naming them.
fn install_pair(
    store: &Store,
    shown: &str,
    ders: Vec<Vec<u8>>,
    key: &Key,
    key_note: Option<Message>,
) -> Result<Imported, Error> {
    // Unlike a CA's answer (refused whole by `leaf_first` when it holds a
    // certificate outside the leaf's chain), a file an administrator puts
    // together may hold more than one server's certificates: those outside the
    // chain are left out and named.
    let mut infos: Vec<CertInfo> = Vec::new();
    for info in ders.iter().filter_map(|d| CertInfo::from_der(d).ok()) {
        if !infos.iter().any(|c| c.thumbprint == info.thumbprint) {
            infos.push(info);
        }
    }
    let Some(at) = infos.iter().position(|c| c.spki == key.spki) else {
        return Err(Error::KeyMismatch {
            path: shown.to_string(),
        });
    };
    let leaf = &infos.remove(at);
    let (issuers, unrelated) = chain_with_trusted(store, leaf, &infos);
    let mut chain = vec![leaf.der.clone()];
    chain.extend(issuers.iter().map(|c| c.der.clone()));
    let thumbprint = install(
        store,
        &chain,
        pem_block("PRIVATE KEY", &key.pkcs8).as_bytes(),
    )?;
    let mut notes = vec![identity(leaf)];
    notes.extend(key_note);
    notes.extend(unrelated_note(shown, &unrelated));
    Ok(Imported { thumbprint, notes })
}

/// The leaf's issuers among the file's certificates and, where the file lacks
/// one, the trusted intermediates of the store (a server sends its chain: a
/// `chain.pem` without the intermediate the path goes through would make TLS
/// clients fail); the file's certificates outside the chain come back apart.
fn chain_with_trusted(
    store: &Store,
    leaf: &CertInfo,
    given: &[CertInfo],
) -> (Vec<CertInfo>, Vec<CertInfo>) {
    let mut pool = given.to_vec();
    for cert in store.trusted(crate::cert::store::TrustKind::Intermediate) {
        if !pool.iter().any(|c| c.thumbprint == cert.thumbprint) {
            pool.push(cert);
        }
    }
    let (issuers, outside) = chain_of(leaf, &pool);
    let unrelated = outside
        .into_iter()
        .filter(|c| given.iter().any(|g| g.thumbprint == c.thumbprint))
        .collect();
    (issuers, unrelated)
}

/// The note for certificates of a file that are not in the imported
/// certificate's chain: they are not installed.
fn unrelated_note(shown: &str, unrelated: &[CertInfo]) -> Option<Message> {
    if unrelated.is_empty() {
        return None;
    }
    let listed: Vec<String> = unrelated
        .iter()
        .map(|c| format!("{} ({})", c.subject, c.thumbprint))
        .collect();
    Some(
        Message::new("import-unrelated-left-out")
            .arg("file", shown)
            .arg("count", unrelated.len())
            .arg("certificates", listed.join("; ")),
    )
}

/// The names an imported certificate is identified by: its DNS name and IP
/// address SANs, A-labels shown with their Unicode form (RFC 6125 §6.4).
fn identity(leaf: &CertInfo) -> Message {
    if leaf.host_names.is_empty() {
        return Message::new("import-no-identity");
    }
    let names: Vec<String> = leaf
        .host_names
        .iter()
        .map(|n| crate::cert::x509::names::shown(n))
        .collect();
    Message::new("import-identity").arg("names", Arg::enumeration(names))
}

/// A private key docwiz can use: its PKCS#8 DER and its SubjectPublicKeyInfo.
#[derive(Debug, Clone)]
pub struct Key {
    pub pkcs8: Vec<u8>,
    pub spki: Vec<u8>,
}

/// The refusal for a key file in which no private key was found: which PEM
/// blocks it has, or that it has none.
fn no_key(shown: &str, data: &[u8]) -> Error {
    let body = crate::source::without_bom(data);
    let labels: Vec<String> = pem_blocks(body)
        .iter()
        .map(|b| format!("{} ({})", b.label, b.line))
        .collect();
    let reason = if labels.is_empty() {
        Message::new("key-none")
    } else {
        Message::new("key-none-found").arg("found", Arg::enumeration(labels))
    };
    refuse(shown, 0, reason)
}

/// The private key in a key file (PEM or DER), as PKCS#8. With several keys,
/// the one whose public key is a certificate's of `certificates`, else the
/// first, and then a note that says which was taken and which were ignored.
/// `Ok(None)` when the file holds no private key at all; a key that
/// cannot be used is refused with its own reason (encrypted without a password,
/// wrong password, legacy encryption, an algorithm docwiz cannot use,
/// damaged), at its block's line.
pub fn read_key(
    shown: &str,
    data: &[u8],
    password: Option<&str>,
    certificates: &[Vec<u8>],
) -> Result<Option<(Key, Option<Message>)>, Error> {
    let body = crate::source::without_bom(data);
    let wanted: Vec<Vec<u8>> = certificates
        .iter()
        .filter_map(|d| CertInfo::from_der(d).ok())
        .map(|c| c.spki)
        .collect();
    let mut found: Vec<Result<Key, Error>> = Vec::new();
    let mut lines: Vec<usize> = Vec::new();
    if is_pem(body) {
        // `openssl ecparam -genkey` writes the curve first, as its own block.
        let mut curve: Option<Vec<u8>> = None;
        for block in pem_blocks(body) {
            let line = block.line;
            let label = block.label.as_str();
            let is_key = matches!(
                label,
                "PRIVATE KEY"
                    | "ENCRYPTED PRIVATE KEY"
                    | "RSA PRIVATE KEY"
                    | "EC PRIVATE KEY"
                    | "DSA PRIVATE KEY"
                    | "OPENSSH PRIVATE KEY"
                    | "EC PARAMETERS"
            );
            if !is_key {
                continue;
            }
            let Some(der) = block.der.clone() else {
                found.push(Err(refuse(
                    shown,
                    line,
                    Message::new("pem-block-broken").arg("label", label),
                )));
                lines.push(line);
                continue;
            };
            if label == "EC PARAMETERS" {
                curve = Some(der);
                continue;
            }
            if block
                .header("Proc-Type")
                .is_some_and(|v| v.to_ascii_uppercase().contains("ENCRYPTED"))
            {
                let cipher = block
                    .header("DEK-Info")
                    .and_then(|v| v.split(',').next())
                    .unwrap_or_default()
                    .to_string();
                found.push(Err(refuse_policy(
                    shown,
                    line,
                    Message::new("key-legacy-encrypted")
                        .arg("cipher", cipher)
                        .arg("file", shown),
                )));
                lines.push(line);
                continue;
            }
            let key = match label {
                // Told apart by shape: some tools label PKCS#1 or SEC1 so.
                "PRIVATE KEY" => der_key(shown, line, &der, password),
                "ENCRYPTED PRIVATE KEY" => decrypt(shown, line, &der, password)
                    .and_then(|pkcs8| usable(shown, line, pkcs8)),
                "RSA PRIVATE KEY" => usable(shown, line, rsa_to_pkcs8(&der)),
                "EC PRIVATE KEY" => sec1_to_pkcs8(shown, line, &der, curve.as_deref())
                    .and_then(|pkcs8| usable(shown, line, pkcs8)),
                "DSA PRIVATE KEY" => Err(refuse_policy(
                    shown,
                    line,
                    Message::new("key-unsupported-algorithm").arg("algorithm", "DSA"),
                )),
                _ => Err(refuse_policy(
                    shown,
                    line,
                    Message::new("key-openssh").arg("file", shown),
                )),
            };
            found.push(key);
            lines.push(line);
        }
    } else if !body.is_empty() {
        found.push(der_key(shown, 0, body, password));
        lines.push(0);
    }
    if found.is_empty() {
        return Ok(None);
    }
    let matching = found
        .iter()
        .position(|k| k.as_ref().is_ok_and(|k| wanted.contains(&k.spki)));
    let first_ok = found.iter().position(Result::is_ok);
    let index = matching.or(first_ok).unwrap_or(0);
    let note = (found.len() > 1).then(|| {
        let ignored: Vec<String> = lines
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != index)
            .map(|(_, l)| l.to_string())
            .collect();
        Message::new("key-chosen")
            .arg("file", shown)
            .arg("count", found.len())
            .arg("line", lines.get(index).copied().unwrap_or_default())
            .arg("ignored-count", ignored.len())
            .arg("ignored", Arg::enumeration(ignored))
    });
    found
        .swap_remove(index)
        .map(|key| Some((key, note.filter(|_| matching.is_some()))))
}

/// A key file in DER: PKCS#8, encrypted PKCS#8, PKCS#1 or SEC1, told apart by shape.
fn der_key(shown: &str, line: usize, der: &[u8], password: Option<&str>) -> Result<Key, Error> {
    let not_key = || {
        let id = if line == 0 { "key-none" } else { "key-damaged" };
        refuse(shown, line, Message::new(id))
    };
    let outer = der_elements(der).ok_or_else(not_key)?;
    let [(0x30, content)] = outer.as_slice() else {
        return Err(not_key());
    };
    let fields = der_elements(content).ok_or_else(not_key)?;
    match fields.as_slice() {
        [(0x02, _), (0x30, _), (0x04, _), ..] => usable(shown, line, der.to_vec()),
        [(0x30, _), (0x04, _)] => {
            decrypt(shown, line, der, password).and_then(|pkcs8| usable(shown, line, pkcs8))
        }
        [(0x02, _), (0x04, _), ..] => {
            sec1_to_pkcs8(shown, line, der, None).and_then(|pkcs8| usable(shown, line, pkcs8))
        }
        f if f.len() == 9 && f.iter().all(|(tag, _)| *tag == 0x02) => {
            usable(shown, line, rsa_to_pkcs8(der))
        }
        _ => Err(not_key()),
    }
}

/// DER of one element.
fn tlv(tag: u8, content: &[u8]) -> Vec<u8> {
    let mut out = vec![tag];
    let n = content.len();
    if n < 0x80 {
        out.push(n as u8);
    } else {
        let bytes: Vec<u8> = n
            .to_be_bytes()
            .iter()
            .copied()
            .skip_while(|b| *b == 0)
            .collect();
        out.push(0x80 | bytes.len() as u8);
        out.extend(bytes);
    }
    out.extend_from_slice(content);
    out
}

/// DER of an OBJECT IDENTIFIER from its dotted form (X.690 §8.19).
fn oid_der(dotted: &str) -> Vec<u8> {
    let arcs: Vec<u64> = dotted.split('.').filter_map(|a| a.parse().ok()).collect();
    let mut content = Vec::new();
    let mut push = |mut v: u64| {
        let mut bytes = vec![(v & 0x7f) as u8];
        v >>= 7;
        while v > 0 {
            bytes.push(0x80 | (v & 0x7f) as u8);
            v >>= 7;
        }
        bytes.reverse();
        content.extend(bytes);
    };
    if let [first, second, rest @ ..] = arcs.as_slice() {
        push(first * 40 + second);
        for arc in rest {
            push(*arc);
        }
    }
    tlv(0x06, &content)
}

/// PrivateKeyInfo (RFC 5208 §5) of version 0 around a key of another format.
fn pkcs8(algorithm: &[u8], private_key: &[u8]) -> Vec<u8> {
    let mut content = tlv(0x02, &[0]);
    content.extend(tlv(0x30, algorithm));
    content.extend(tlv(0x04, private_key));
    tlv(0x30, &content)
}

/// An RSAPrivateKey (PKCS#1) as PKCS#8 with rsaEncryption and NULL parameters
/// (RFC 8017 A.1, RFC 3279 §2.3.1).
fn rsa_to_pkcs8(der: &[u8]) -> Vec<u8> {
    let mut algorithm = oid_der(key_oid::RSA);
    algorithm.extend([0x05, 0x00]);
    pkcs8(&algorithm, der)
}

/// An ECPrivateKey (SEC1, RFC 5915 §3) as PKCS#8 with id-ecPublicKey and its
/// named curve (RFC 5480 §2.1.1), taken from the key's own parameters or else
/// from the `EC PARAMETERS` block before it. Explicit curve parameters are
/// refused, as RFC 5480 forbids them for PKIX.
fn sec1_to_pkcs8(
    shown: &str,
    line: usize,
    der: &[u8],
    curve_block: Option<&[u8]>,
) -> Result<Vec<u8>, Error> {
    let damaged = || refuse(shown, line, Message::new("key-damaged"));
    let outer = der_elements(der).ok_or_else(damaged)?;
    let [(0x30, content)] = outer.as_slice() else {
        return Err(damaged());
    };
    let fields = der_elements(content).ok_or_else(damaged)?;
    let own = fields.iter().find(|(tag, _)| *tag == 0xa0).map(|(_, c)| *c);
    let curve = own.or(curve_block).ok_or_else(damaged)?;
    let named = match der_elements(curve).as_deref() {
        Some([(0x06, oid)]) => tlv(0x06, oid),
        _ => {
            return Err(refuse_policy(
                shown,
                line,
                Message::new("key-explicit-curve").arg("file", shown),
            ));
        }
    };
    let mut algorithm = oid_der(key_oid::EC);
    algorithm.extend(named);
    Ok(pkcs8(&algorithm, der))
}

/// The AlgorithmIdentifier content of a PKCS#8 PrivateKeyInfo, and the size in
/// bits of an RSA key's modulus.
fn pkcs8_algorithm(der: &[u8]) -> Option<(Vec<u8>, Option<usize>)> {
    let outer = der_elements(der)?;
    let (0x30, content) = *outer.first()? else {
        return None;
    };
    let fields = der_elements(content)?;
    let (0x30, algorithm) = *fields.get(1)? else {
        return None;
    };
    let bits = fields.get(2).and_then(|(tag, key)| {
        if *tag != 0x04 {
            return None;
        }
        let inner = der_elements(key)?;
        let (0x30, rsa) = *inner.first()? else {
            return None;
        };
        let ints = der_elements(rsa)?;
        let (0x02, n) = *ints.get(1)? else {
            return None;
        };
        let n: Vec<u8> = n.iter().copied().skip_while(|b| *b == 0).collect();
        n.first()
            .map(|b| (n.len() - 1) * 8 + (8 - b.leading_zeros() as usize))
    });
    Some((algorithm.to_vec(), bits))
}

/// The key if docwiz can use it (what aws-lc signs with: RSA, ECDSA P-256,
/// P-384, P-521, Ed25519); else why not, by algorithm.
fn usable(shown: &str, line: usize, pkcs8: Vec<u8>) -> Result<Key, Error> {
    if let Ok(pair) = KeyPair::try_from(pkcs8.as_slice()) {
        return Ok(Key {
            spki: pair.subject_public_key_info(),
            pkcs8,
        });
    }
    let Some((algorithm, bits)) = pkcs8_algorithm(&pkcs8) else {
        return Err(refuse(shown, line, Message::new("key-damaged")));
    };
    let name = key_name(&algorithm, bits);
    let oid = der_elements(&algorithm)
        .and_then(|e| e.first().map(|(_, o)| oid_text(o)))
        .unwrap_or_default();
    let policy = |reason| Err(refuse_policy(shown, line, reason));
    let reason = match oid.as_str() {
        key_oid::RSA_PSS => return policy(Message::new("key-rsa-pss").arg("file", shown)),
        // aws-lc-rs signs with RSA keys of 2048 to 8192 bits; CA/B Forum BR
        // §6.1.5 asks at least 2048 of a TLS server certificate's key.
        key_oid::RSA if bits.is_some_and(|b| b > 0 && b < 2048) => {
            return policy(
                Message::new("key-rsa-too-small")
                    .arg("bits", bits.unwrap_or_default())
                    .arg("file", shown),
            );
        }
        key_oid::RSA if bits.is_some_and(|b| b > 8192) => {
            return policy(
                Message::new("key-rsa-too-large")
                    .arg("bits", bits.unwrap_or_default())
                    .arg("file", shown),
            );
        }
        key_oid::RSA | key_oid::ED25519 => Message::new("key-damaged"),
        key_oid::EC if ["ECDSA P-256", "ECDSA P-384", "ECDSA P-521"].contains(&name.as_str()) => {
            Message::new("key-damaged")
        }
        _ => {
            return policy(
                Message::new("key-unsupported-algorithm").arg("algorithm", algorithm_text(&name)),
            );
        }
    };
    Err(refuse(shown, line, reason))
}

/// A key name for a message: unknown OIDs in a localized phrase.
fn algorithm_text(name: &str) -> crate::error::Arg {
    if crate::cert::x509::certificate::is_unknown_algorithm(name) {
        Message::new("algorithm-unknown").arg("oid", name).into()
    } else {
        name.into()
    }
}

/// Iteration counts above this are refused rather than run (a crafted file
/// could ask for hours): openssl writes 2048, p12-keystore caps at 10^6 too.
const MAX_ITERATIONS: u32 = 1_000_000;

/// Decrypts an EncryptedPrivateKeyInfo (RFC 5958 §3) with PBES2 (RFC 8018
/// §6.2: PBKDF2 or scrypt, AES-CBC, DES-EDE3-CBC), what `openssl pkcs8 -topk8`
/// and `openssl genpkey -aes256` write.
fn decrypt(shown: &str, line: usize, der: &[u8], password: Option<&str>) -> Result<Vec<u8>, Error> {
    let damaged = || refuse(shown, line, Message::new("key-damaged"));
    let outer = der_elements(der).ok_or_else(damaged)?;
    let [(0x30, content)] = outer.as_slice() else {
        return Err(damaged());
    };
    let fields = der_elements(content).ok_or_else(damaged)?;
    let [(0x30, algorithm), (0x04, data)] = fields.as_slice() else {
        return Err(damaged());
    };
    let Some(password) = password else {
        return Err(refuse(
            shown,
            line,
            Message::new("key-encrypted-needs-password"),
        ));
    };
    let oid = der_elements(algorithm)
        .and_then(|e| e.first().map(|(_, o)| oid_text(o)))
        .unwrap_or_default();
    let unsupported = |what: String| {
        refuse_policy(
            shown,
            line,
            Message::new("key-encryption-unsupported")
                .arg("scheme", what)
                .arg("file", shown),
        )
    };
    if oid.starts_with(PKCS12_PBE) {
        return decrypt_pkcs12_pbe(der, password)
            .ok_or_else(|| refuse(shown, line, Message::new("key-wrong-password")));
    }
    let scheme = pkcs5::EncryptionScheme::try_from(tlv(0x30, algorithm).as_slice())
        .map_err(|_| unsupported(oid.clone()))?;
    let pkcs5::EncryptionScheme::Pbes2(params) = scheme else {
        return Err(unsupported(oid));
    };
    match &params.kdf {
        pkcs5::pbes2::Kdf::Pbkdf2(p) if p.iteration_count > MAX_ITERATIONS => {
            return Err(unsupported(format!(
                "PBKDF2, {} iterations",
                p.iteration_count
            )));
        }
        pkcs5::pbes2::Kdf::Scrypt(p)
            if p.parallelization > 16
                || 128u64
                    .checked_mul(p.cost_parameter)
                    .and_then(|v| v.checked_mul(u64::from(p.block_size)))
                    .is_none_or(|memory| memory > 1 << 30) =>
        {
            return Err(unsupported(format!(
                "scrypt N={} r={} p={}",
                p.cost_parameter, p.block_size, p.parallelization
            )));
        }
        _ => {}
    }
    let plain = match params.decrypt(password.as_bytes(), data) {
        Ok(plain) => plain,
        Err(pkcs5::Error::UnsupportedAlgorithm { oid }) => {
            return Err(unsupported(oid.to_string()));
        }
        Err(_) => {
            return Err(refuse(shown, line, Message::new("key-wrong-password")));
        }
    };
    // A wrong password passes the padding check once in 256 tries: what comes
    // out must still be a PrivateKeyInfo.
    if pkcs8_algorithm(&plain).is_none() {
        return Err(refuse(shown, line, Message::new("key-wrong-password")));
    }
    Ok(plain)
}

/// The arc of the PKCS#12 password-based encryption algorithms (RFC 7292
/// Appendix C: pbeWithSHAAnd3-KeyTripleDES-CBC and the like), which Java and
/// Windows exports and `openssl pkcs8 -v1 PBE-SHA1-3DES` use.
const PKCS12_PBE: &str = "1.2.840.113549.1.12.1.";

/// Decrypts an EncryptedPrivateKeyInfo encrypted with a PKCS#12 PBE algorithm,
/// by handing it to p12-keystore as the one shrouded key bag (RFC 7292 §4.2.2)
/// of a PKCS#12 file without MAC: it implements those algorithms and caps
/// their iteration counts. `None` when the password does not open it.
fn decrypt_pkcs12_pbe(encrypted: &[u8], password: &str) -> Option<Vec<u8>> {
    const SHROUDED_KEY_BAG: &str = "1.2.840.113549.1.12.10.1.2";
    const DATA: &str = "1.2.840.113549.1.7.1";
    let content_info = |inner: Vec<u8>| {
        let mut c = oid_der(DATA);
        c.extend(tlv(0xa0, &tlv(0x04, &inner)));
        tlv(0x30, &c)
    };
    let mut bag = oid_der(SHROUDED_KEY_BAG);
    bag.extend(tlv(0xa0, encrypted));
    let safe_contents = tlv(0x30, &tlv(0x30, &bag));
    let authenticated_safe = tlv(0x30, &content_info(safe_contents));
    let mut pfx = tlv(0x02, &[3]);
    pfx.extend(content_info(authenticated_safe));
    let archive = p12_keystore::Pkcs12Archive::from_pkcs12(&tlv(0x30, &pfx), password).ok()?;
    let key = archive.keys.into_iter().next()?;
    Some(key.key.as_der().to_vec())
}

/// One key and its certificate found in a PKCS#12 file.
struct Pair {
    name: Option<String>,
    leaf: CertInfo,
    key: Key,
}

impl Pair {
    fn describe(&self) -> String {
        format!(
            "«{}» {} {}",
            self.name.clone().unwrap_or_default(),
            self.leaf.subject,
            self.leaf.thumbprint
        )
    }
}

/// `FILE.pfx`: the key and certificate pair it holds (or the one
/// `--friendly-name` names), with the CA certificates that chain it.
fn import_pfx(
    store: &Store,
    shown: &str,
    data: &[u8],
    options: &ImportOptions,
) -> Result<Imported, Error> {
    // PFX ::= SEQUENCE { version INTEGER (3), authSafe ContentInfo, macData
    // MacData OPTIONAL } (RFC 7292 §4).
    let outer = der_elements(data).filter(|o| o.len() == 1);
    let fields = outer
        .as_ref()
        .and_then(|o| match o.first() {
            Some((0x30, content)) => der_elements(content),
            _ => None,
        })
        .filter(|f| matches!(f.as_slice(), [(0x02, _), (0x30, _), ..]));
    let Some(fields) = fields else {
        // A SEQUENCE that begins with version 3 is a PKCS#12 file that was cut
        // short or damaged, not some other format.
        let pfx_start = data.first() == Some(&0x30)
            && data
                .iter()
                .take(8)
                .collect::<Vec<_>>()
                .windows(3)
                .any(|w| *w[0] == 0x02 && *w[1] == 0x01 && *w[2] == 0x03);
        if pfx_start {
            let reason = match crate::cert::x509::certificate::check_der(data) {
                Err(f) => Message::new("pkcs12-not-der")
                    .arg(
                        "fault",
                        Message::new("der-fault").arg("fault", f.kind.code()),
                    )
                    .arg("offset", f.offset),
                Ok(()) => Message::new("pkcs12-damaged-structure"),
            };
            return Err(refuse(shown, 0, reason));
        }
        return Err(refuse(shown, 0, Message::new("import-unknown-format")));
    };
    let password = options.password.clone().unwrap_or_default();
    let given = options.password.is_some();
    let archive = match p12_keystore::Pkcs12Archive::from_pkcs12(data, &password) {
        Ok(archive) => archive,
        Err(p12_keystore::error::Error::MacError(_)) => {
            // The MAC says the password is wrong, or the file changed after it
            // was computed: the bags tell which when they open without it.
            let mut content = tlv(fields[0].0, fields[0].1);
            content.extend(tlv(fields[1].0, fields[1].1));
            let without_mac = tlv(0x30, &content);
            let reason = match p12_keystore::Pkcs12Archive::from_pkcs12(&without_mac, &password) {
                Ok(a) if !a.keys.is_empty() => Message::new("pkcs12-mac-mismatch"),
                _ if given => Message::new("pkcs12-wrong-password"),
                _ => Message::new("pkcs12-needs-password"),
            };
            return Err(refuse(shown, 0, reason));
        }
        Err(e) => {
            let reason = pfx_error(&e, given);
            return Err(if reason.id == "pkcs12-unsupported" {
                refuse_policy(shown, 0, reason)
            } else {
                refuse(shown, 0, reason)
            });
        }
    };
    // PFX without macData (`openssl pkcs12 -export -nomac`): nothing vouches
    // for the file's integrity.
    let without_mac = fields.len() == 2;
    for bag in &archive.certs {
        check_certificate_der(shown, 0, bag.cert.as_der())?;
    }
    let infos: Vec<(Option<String>, CertInfo)> = archive
        .certs
        .iter()
        .filter_map(|bag| {
            CertInfo::from_der(bag.cert.as_der())
                .ok()
                .map(|c| (bag.friendly_name.clone(), c))
        })
        .collect();
    if archive.keys.is_empty() {
        let reason = if infos.is_empty() {
            Message::new("pkcs12-empty")
        } else {
            Message::new("pkcs12-no-key")
        };
        return Err(refuse(shown, 0, reason));
    }
    let mut pairs = Vec::new();
    let mut refused = None;
    for bag in &archive.keys {
        match usable(shown, 0, bag.key.as_der().to_vec()) {
            Ok(key) => {
                if let Some((cert_name, leaf)) = infos.iter().find(|(_, c)| c.spki == key.spki) {
                    pairs.push(Pair {
                        name: bag.friendly_name.clone().or_else(|| cert_name.clone()),
                        leaf: leaf.clone(),
                        key,
                    });
                }
            }
            Err(e) => {
                refused.get_or_insert(e);
            }
        }
    }
    if pairs.is_empty() {
        return Err(
            refused.unwrap_or_else(|| refuse(shown, 0, Message::new("pkcs12-no-certificate")))
        );
    }
    let listing = || {
        pairs
            .iter()
            .map(Pair::describe)
            .collect::<Vec<_>>()
            .join("; ")
    };
    let chosen = match &options.friendly_name {
        Some(wanted) => {
            let as_thumbprint = crate::cert::x509::certificate::normalize_thumbprint(wanted);
            let found: Vec<usize> = (0..pairs.len())
                .filter(|i| {
                    let p = &pairs[*i];
                    p.name.as_deref() == Some(wanted.as_str()) || p.leaf.thumbprint == as_thumbprint
                })
                .collect();
            // The same certificate twice is one pair; two certificates under
            // one name are a choice only the thumbprint can make.
            let distinct = |i: &usize| pairs[*i].leaf.thumbprint.clone();
            let mut thumbprints: Vec<String> = found.iter().map(distinct).collect();
            thumbprints.sort();
            thumbprints.dedup();
            match found.first() {
                Some(_) if thumbprints.len() > 1 => {
                    let named: Vec<String> = found.iter().map(|i| pairs[*i].describe()).collect();
                    return Err(refuse(
                        shown,
                        0,
                        Message::new("pkcs12-name-ambiguous")
                            .arg("name", wanted.as_str())
                            .arg("count", found.len())
                            .arg("pairs", named.join("; ")),
                    ));
                }
                Some(i) => *i,
                None => {
                    return Err(refuse(
                        shown,
                        0,
                        Message::new("pkcs12-no-such-name")
                            .arg("name", wanted.as_str())
                            .arg("pairs", listing()),
                    ));
                }
            }
        }
        None if pairs.len() > 1 => {
            return Err(refuse(
                shown,
                0,
                Message::new("pkcs12-ambiguous")
                    .arg("count", pairs.len())
                    .arg("pairs", listing()),
            ));
        }
        None => 0,
    };
    let pair = &pairs[chosen];
    // The leaf, then the CA certificates that issued it, up to a self-signed
    // one: other pairs' certificates and unrelated ones stay out of the chain.
    let others: Vec<CertInfo> = infos.iter().map(|(_, c)| c.clone()).collect();
    let (issuers, unrelated) = chain_with_trusted(store, &pair.leaf, &others);
    let other_leaves: Vec<&str> = pairs.iter().map(|p| p.leaf.thumbprint.as_str()).collect();
    let unrelated: Vec<CertInfo> = unrelated
        .into_iter()
        .filter(|c| !other_leaves.contains(&c.thumbprint.as_str()))
        .collect();
    let mut ders = vec![pair.leaf.der.clone()];
    ders.extend(issuers.iter().map(|c| c.der.clone()));
    let thumbprint = install(
        store,
        &ders,
        pem_block("PRIVATE KEY", &pair.key.pkcs8).as_bytes(),
    )?;
    let mut notes = vec![identity(&pair.leaf)];
    if without_mac {
        notes.push(Message::new("pkcs12-no-mac").arg("file", shown));
    }
    notes.extend(unrelated_note(shown, &unrelated));
    if archive.keys.len() > 1 {
        notes.push(
            Message::new("pkcs12-chosen")
                .arg("file", shown)
                .arg("count", archive.keys.len())
                .arg("name", pair.name.clone().unwrap_or_default())
                .arg("subject", pair.leaf.subject.as_str())
                .arg("thumbprint", thumbprint.as_str()),
        );
    }
    Ok(Imported { thumbprint, notes })
}

/// Why p12-keystore could not open a PKCS#12 file, other than its MAC.
fn pfx_error(error: &p12_keystore::error::Error, password_given: bool) -> Message {
    use p12_keystore::error::Error as E;
    match error {
        E::UnsupportedEncryptionScheme
        | E::UnsupportedMacAlgorithm
        | E::UnsupportedContentType
        | E::UnsupportedCertificateType
        | E::InvalidParameters => {
            let what = match error {
                E::UnsupportedEncryptionScheme => "encryption",
                E::UnsupportedMacAlgorithm => "mac",
                E::UnsupportedContentType => "content",
                E::UnsupportedCertificateType => "certificate",
                _ => "parameters",
            };
            Message::new("pkcs12-unsupported").arg(
                "detail",
                Message::new("pkcs12-unsupported-what").arg("what", what),
            )
        }
        // Without a MAC, a wrong password shows as bags that do not decrypt.
        E::UnpadError | E::Pkcs5Error(_) if password_given => {
            Message::new("pkcs12-wrong-password-no-mac")
        }
        E::UnpadError | E::Pkcs5Error(_) => Message::new("pkcs12-needs-password"),
        // What the parsers say is English and for developers: the reader is
        // told what is wrong in the file's terms.
        E::X509Error(_) => Message::new("pkcs12-bad-certificate"),
        E::DerError(_) => Message::new("pkcs12-not-der-inside"),
        _ => Message::new("pkcs12-damaged-structure"),
    }
}

fn install(store: &Store, chain: &[Vec<u8>], key_pem: &[u8]) -> Result<String, Error> {
    let _lock = store.lock()?;
    store.install(chain, key_pem)
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
    fn mangled_keys_never_panic() {
        let pair = KeyPair::generate().unwrap();
        let pkcs8 = pair.serialize_der();
        let sec1_like = [&[
            0x30, 0x0a, 0x02, 0x01, 0x01, 0x04, 0x01, 0x00, 0xa0, 0x02, 0x30, 0x00,
        ][..]]
        .concat();
        let encrypted =
            [&[0x30, 0x08, 0x30, 0x03, 0x06, 0x01, 0x2a, 0x04, 0x01, 0x00][..]].concat();
        let mut seed = 0x9e37_79b9_7f4a_7c15;
        for round in 0..3000 {
            let mut input = match round % 4 {
                0 => pkcs8.clone(),
                1 => sec1_like.clone(),
                2 => encrypted.clone(),
                _ => pem_block("EC PRIVATE KEY", &pkcs8).into_bytes(),
            };
            for _ in 0..(next(&mut seed) % 6) {
                let i = (next(&mut seed) as usize) % input.len();
                input[i] = next(&mut seed) as u8;
            }
            input.truncate((next(&mut seed) as usize) % (input.len() + 1));
            let _ = read_key("fuzz", &input, Some("pw"), &[]);
            let _ = read_key("fuzz", &input, None, &[]);
            let _ = crate::cert::x509::certificate::check_der(&input);
        }
    }

    #[test]
    fn pkcs12_parser_errors_become_reasons_without_parser_text() {
        use p12_keystore::error::Error as E;
        let x509 = E::X509Error(x509_parser::nom::Err::Error(
            x509_parser::error::X509Error::InvalidCertificate,
        ));
        let cases = [
            (x509, "pkcs12-bad-certificate"),
            (E::InvalidData, "pkcs12-damaged-structure"),
            (E::InvalidVersion, "pkcs12-damaged-structure"),
            (E::InvalidLength, "pkcs12-damaged-structure"),
            (E::InvalidPrivateKey, "pkcs12-damaged-structure"),
        ];
        for (error, id) in cases {
            let message = pfx_error(&error, true);
            assert_eq!(message.id, id);
            assert!(message.args.is_empty(), "{message:?}");
        }
        let message = pfx_error(&E::UnsupportedEncryptionScheme, true);
        assert!(
            matches!(&message.args[..], [("detail", crate::error::Arg::Text(_))]),
            "{message:?}"
        );
    }

    #[test]
    fn pkcs1_keys_are_wrapped_as_rsa_encryption_pkcs8() {
        // rsaEncryption with NULL parameters around the PKCS#1 key.
        let wrapped = rsa_to_pkcs8(&[0x30, 0x00]);
        assert_eq!(
            wrapped,
            [
                &[0x30, 0x16, 0x02, 0x01, 0x00, 0x30, 0x0d][..],
                &oid_der(key_oid::RSA),
                &[0x05, 0x00, 0x04, 0x02, 0x30, 0x00],
            ]
            .concat()
        );
        assert_eq!(
            oid_der("1.2.840.10045.2.1"),
            [0x06, 0x07, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01]
        );
    }
}
