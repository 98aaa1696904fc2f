//! Trust stores: importing roots and intermediates, and checking a chain against
//! them. Only `trust/root` and `trust/ca` count: what a CA sends along with a
//! certificate never makes itself trusted.
//!
//! A chain is checked twice. docwiz first builds the path itself from the
//! certificates at hand (the trust stores and what came with the certificate)
//! and checks each certificate of it, so that every refusal names the
//! certificate concerned and says why ([`Reason`]); rustls-webpki then has the
//! last word, so that nothing webpki refuses is ever called trusted. Where
//! docwiz is stricter than webpki it follows openssl and RFC 5280 (keyCertSign,
//! the root's validity and pathLenConstraint).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use rustls_pki_types::{CertificateDer, UnixTime};
use serde::Serialize;
use x509_parser::prelude::{FromDer, GeneralName, ParsedExtension, X509Certificate};

use crate::cert::rfc3339;
use crate::cert::store::{Store, TrustKind};
use crate::cert::x509::certificate::{CertInfo, readable, to_pem};
use crate::cert::x509::signature::{self, KeyPolicy, Verdict};
use crate::cldr_format::ListKind;
use crate::error::{Error, Message};

/// How many intermediate CA certificates a path may hold: rustls-webpki 0.103
/// stops building at 6 (`MAX_SUB_CA_COUNT`, not configurable), and TLS clients
/// built on rustls refuse longer chains the same way. docwiz keeps that limit
/// as its policy and says so, rather than trusting a chain such clients refuse.
pub const MAX_INTERMEDIATES: usize = 6;

/// The extensions rustls-webpki understands (id-ce 15, 17, 19, 30, 31, 37):
/// any other one marked critical makes it refuse the certificate, as RFC 5280
/// 4.2 requires.
const UNDERSTOOD_EXTENSIONS: [&str; 6] = [
    "2.5.29.15",
    "2.5.29.17",
    "2.5.29.19",
    "2.5.29.30",
    "2.5.29.31",
    "2.5.29.37",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ChainStatus {
    Trusted,
    UntrustedRoot,
    MissingIntermediate,
    /// A certificate of the chain has expired.
    Expired,
    /// A certificate of the chain is not valid yet.
    NotYetValid,
    Invalid,
}

impl ChainStatus {
    pub fn name(self) -> &'static str {
        match self {
            ChainStatus::Trusted => "trusted",
            ChainStatus::UntrustedRoot => "untrusted-root",
            ChainStatus::MissingIntermediate => "missing-intermediate",
            ChainStatus::Expired => "expired",
            ChainStatus::NotYetValid => "not-yet-valid",
            ChainStatus::Invalid => "invalid",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum MissingKind {
    Root,
    Intermediate,
    /// An issuer whose certificate docwiz does not have.
    Unknown,
}

/// A CA certificate the chain needs and the trust stores lack.
#[derive(Debug, Clone, Serialize)]
pub struct Missing {
    pub kind: MissingKind,
    pub subject: String,
    pub thumbprint: Option<String>,
    /// A file holding exactly what `trust import-root`/`import-intermediate`
    /// accepts and this certificate among it, ready to import.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file: Option<PathBuf>,
    /// For an unknown issuer: where the certificate below says its issuer's
    /// certificate can be fetched (Authority Information Access, caIssuers,
    /// RFC 5280 4.2.2.1).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// Where a certificate stands in its path.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    Leaf,
    Intermediate,
    Root,
}

impl Role {
    pub fn name(self) -> &'static str {
        match self {
            Role::Leaf => "leaf",
            Role::Intermediate => "intermediate",
            Role::Root => "root",
        }
    }
}

/// Why a chain is not trusted. The store and `--json` carry these codes; the
/// pages render them as `chain-reason-<code>` messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ReasonCode {
    /// `date`: notAfter (RFC 5280 4.1.2.5).
    Expired,
    /// `date`: notBefore.
    NotYetValid,
    /// The end-entity certificate is a CA certificate (basicConstraints CA:TRUE).
    CaAsLeaf,
    /// A certificate that issued another is not a CA certificate (RFC 5280 4.2.1.9).
    NotCa,
    /// A CA certificate whose keyUsage lacks keyCertSign (RFC 5280 4.2.1.3).
    NoKeyCertSign,
    /// `limit`: its pathLenConstraint; `count`: intermediates below it.
    PathLen,
    /// More than [`MAX_INTERMEDIATES`]: `count`, `limit`.
    PathTooLong,
    /// `name`: the leaf's name outside the CA's name constraints (RFC 5280 4.2.1.10).
    NameConstraints,
    /// The leaf's EKU is anyExtendedKeyUsage alone.
    EkuAnyOnly,
    /// An EKU extension without serverAuth: `eku` lists what it has.
    EkuNoServerAuth,
    /// The local CA's issuing certificate has an EKU extension without
    /// clientAuth while it is to sign a certificate for client authentication:
    /// `eku` lists what it has (openssl's purpose check, `X509_check_purpose`,
    /// applies a CA's EKU to what it issues).
    EkuNoClientAuth,
    /// RSA below 2048 bits: `key` (CA/B Forum BR 6.1.5).
    WeakKey,
    /// SHA-1 or MD5: `algorithm` (CA/B Forum BR 7.1.3).
    WeakSignature,
    /// An algorithm docwiz cannot verify with (Ed448, DSA, another curve): `algorithm`.
    UnsupportedAlgorithm,
    /// An RSASSA-PSS signature with parameters rustls-webpki and aws-lc-rs do
    /// not verify: `hash`, `mgf` (MGF1 hash), `salt` (bytes).
    PssParams,
    /// An unknown extension marked critical: `extension`.
    CriticalExtension,
    /// The signature does not verify with the issuer's key: `issuer`.
    BadSignature,
    /// The authority key identifier names another key than the issuer's
    /// subject key identifier (RFC 5280 4.2.1.1): openssl then finds no issuer
    /// and refuses the chain, whatever the signature says: `issuer`.
    KeyIdMismatch,
    /// The end-entity certificate signed itself: no CA vouches for it.
    SelfSigned,
    /// The end-entity certificate signed itself and is in the root store: a
    /// trust anchor vouches for what it issues, not for itself as a server's
    /// certificate (rustls-webpki never takes an anchor as the end entity).
    SelfSignedTrusted,
    /// rustls-webpki refused for a reason docwiz has no name for: `detail`.
    Invalid,
}

impl ReasonCode {
    pub fn message_id(self) -> &'static str {
        match self {
            ReasonCode::Expired => "chain-reason-expired",
            ReasonCode::NotYetValid => "chain-reason-not-yet-valid",
            ReasonCode::CaAsLeaf => "chain-reason-ca-as-leaf",
            ReasonCode::NotCa => "chain-reason-not-ca",
            ReasonCode::NoKeyCertSign => "chain-reason-no-key-cert-sign",
            ReasonCode::PathLen => "chain-reason-path-len",
            ReasonCode::PathTooLong => "chain-reason-path-too-long",
            ReasonCode::NameConstraints => "chain-reason-name-constraints",
            ReasonCode::EkuAnyOnly => "chain-reason-eku-any-only",
            ReasonCode::EkuNoServerAuth => "chain-reason-eku-no-server-auth",
            ReasonCode::EkuNoClientAuth => "chain-reason-eku-no-client-auth",
            ReasonCode::WeakKey => "chain-reason-weak-key",
            ReasonCode::WeakSignature => "chain-reason-weak-signature",
            ReasonCode::UnsupportedAlgorithm => "chain-reason-unsupported-algorithm",
            ReasonCode::PssParams => "chain-reason-pss-params",
            ReasonCode::CriticalExtension => "chain-reason-critical-extension",
            ReasonCode::BadSignature => "chain-reason-bad-signature",
            ReasonCode::KeyIdMismatch => "chain-reason-key-id-mismatch",
            ReasonCode::SelfSigned => "chain-reason-self-signed",
            ReasonCode::SelfSignedTrusted => "chain-reason-self-signed-trusted",
            ReasonCode::Invalid => "chain-reason-invalid",
        }
    }
}

/// One precise reason, naming the certificate concerned (subject and SHA-1
/// thumbprint) and the facts the message needs (`args`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reason {
    pub code: ReasonCode,
    pub role: Role,
    pub subject: String,
    pub thumbprint: String,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub args: BTreeMap<&'static str, ReasonArg>,
}

/// A fact of a [`Reason`]: a text, or a list (names, usages) that a page
/// joins as the reader's locale joins a list of its kind. `--json` keeps a
/// list as one string joined with ", ", as it always has.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReasonArg {
    Text(String),
    List(Vec<String>, ListKind),
}

impl Serialize for ReasonArg {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            ReasonArg::Text(text) => serializer.serialize_str(text),
            ReasonArg::List(items, _) => serializer.serialize_str(&items.join(", ")),
        }
    }
}

impl Reason {
    fn new(code: ReasonCode, role: Role, cert: &CertInfo) -> Reason {
        Reason {
            code,
            role,
            subject: cert.subject.clone(),
            thumbprint: cert.thumbprint.clone(),
            args: BTreeMap::new(),
        }
    }

    fn arg(mut self, name: &'static str, value: impl Into<String>) -> Reason {
        self.args.insert(name, ReasonArg::Text(value.into()));
        self
    }

    fn list(mut self, name: &'static str, items: &[String], kind: ListKind) -> Reason {
        self.args
            .insert(name, ReasonArg::List(items.to_vec(), kind));
        self
    }

    /// The localizable text; `escape` is applied to every value taken from a
    /// certificate (subjects, names), e.g. Markdown escaping for pages.
    pub fn message(&self, escape: &dyn Fn(&str) -> String) -> Message {
        let cert = Message::new("chain-cert")
            .arg("role", self.role.name())
            .arg("subject", escape(&self.subject))
            .arg("thumbprint", self.thumbprint.as_str());
        let mut message = Message::new(self.code.message_id())
            .arg("cert", cert)
            .arg("role", self.role.name());
        for (name, value) in &self.args {
            message = match value {
                // Dates are kept as RFC 3339 (JSON says them so) and written
                // as the reader's locale writes them.
                ReasonArg::Text(value) if *name == "date" => {
                    message.arg(name, crate::error::Arg::time_of(value))
                }
                ReasonArg::Text(value) => message.arg(name, escape(value)),
                ReasonArg::List(items, kind) => message.arg(
                    name,
                    crate::error::Arg::List {
                        items: items.iter().map(|i| escape(i)).collect(),
                        kind: *kind,
                    },
                ),
            };
        }
        message
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Chain {
    pub status: ChainStatus,
    pub missing: Vec<Missing>,
    /// Every reason found, leaf first; empty when trusted.
    pub reasons: Vec<Reason>,
}

/// A certificate that can issue: from the root store, the intermediate store,
/// or offered with the certificate (a file of the answer or of the import).
#[derive(Clone, Copy)]
struct Candidate<'a> {
    cert: &'a CertInfo,
    /// 0 root store, 1 intermediate store, 2 offered: trusted ones first.
    rank: u8,
    file: Option<&'a PathBuf>,
}

/// A root: a self-issued certificate that is a CA (or an X.509 v1 certificate,
/// which has no basicConstraints: openssl and RFC 5280 6.1 take trust anchors
/// as given) and whose self-signature is not false. A self-signature docwiz
/// cannot check (Ed448) does not stop it from being a root: the anchor is
/// trusted by the administrator's decision, not by its signature.
pub fn is_root(cert: &CertInfo) -> bool {
    cert.self_issued
        && (cert.is_ca || cert.version == 1)
        && signature::verify(&cert.der, &cert.spki) != Verdict::Invalid
}

/// Checks `leaf` against the trust stores: the path is built from the stores
/// and `offered` (CA certificates that came with it, with the file holding
/// each), each certificate of it is checked, and rustls-webpki verifies the
/// chain with the trust stores alone. Trusted only when webpki accepts it and
/// no [`Reason`] was found. The status says the most pressing fact: an expired
/// certificate, then one not valid yet, then any other reason (no import can
/// fix those), then a missing root, then missing intermediates.
pub fn check(
    store: &Store,
    leaf: &CertInfo,
    offered: &[(CertInfo, PathBuf)],
    now: time::OffsetDateTime,
) -> Chain {
    let roots = store.trusted(TrustKind::Root);
    let intermediates = store.trusted(TrustKind::Intermediate);
    check_with(leaf, offered, &roots, &intermediates, now)
}

/// [`check`] with the trust stores given: `roots` and `intermediates` (the
/// local CA checks what it just signed against its own root alone).
pub(crate) fn check_with(
    leaf: &CertInfo,
    offered: &[(CertInfo, PathBuf)],
    roots: &[CertInfo],
    intermediates: &[CertInfo],
    now: time::OffsetDateTime,
) -> Chain {
    let pool: Vec<Candidate> = roots
        .iter()
        .map(|c| (c, 0, None))
        .chain(intermediates.iter().map(|c| (c, 1, None)))
        .chain(offered.iter().map(|(c, f)| (c, 2, Some(f))))
        .map(|(cert, rank, file)| Candidate { cert, rank, file })
        .collect();
    let in_roots = |c: &CertInfo| roots.iter().any(|r| r.thumbprint == c.thumbprint);
    let in_intermediates =
        |c: &CertInfo| intermediates.iter().any(|r| r.thumbprint == c.thumbprint);

    // The path, leaf first, and the verdict on each certificate's signature
    // by the next one.
    let mut path: Vec<&CertInfo> = vec![leaf];
    let mut verdicts: Vec<Verdict> = Vec::new();
    let mut missing = Vec::new();
    let mut top_is_root = false;
    // Longer than any path docwiz accepts, so that a too long one is seen whole.
    for _ in 0..(MAX_INTERMEDIATES + 8) {
        let current = path[path.len() - 1];
        if path.len() > 1 && in_roots(current) {
            top_is_root = true;
            break;
        }
        if path.len() > 1 && is_root(current) {
            top_is_root = true;
            let file = pool
                .iter()
                .find(|c| c.cert.thumbprint == current.thumbprint)
                .and_then(|c| c.file);
            missing.push(Missing {
                kind: MissingKind::Root,
                subject: current.subject.clone(),
                thumbprint: Some(current.thumbprint.clone()),
                file: usable_file(file, offered, TrustKind::Root),
                url: None,
            });
            break;
        }
        let best = pool
            .iter()
            .filter(|c| {
                c.cert.subject == current.issuer
                    && !path.iter().any(|p| p.thumbprint == c.cert.thumbprint)
            })
            .map(|c| (signature::verify(&current.der, &c.cert.spki), *c))
            .min_by_key(|(verdict, c)| {
                let key_id_differs = matches!(
                    (&current.authority_key_id, &c.cert.subject_key_id),
                    (Some(a), Some(s)) if a != s
                );
                (verdict_rank(*verdict), key_id_differs, c.rank)
            });
        let Some((verdict, issuer)) = best else {
            missing.push(Missing {
                kind: MissingKind::Unknown,
                subject: current.issuer.clone(),
                thumbprint: None,
                file: None,
                url: ca_issuers_url(current),
            });
            break;
        };
        path.push(issuer.cert);
        verdicts.push(verdict);
        if !in_roots(issuer.cert) && !is_root(issuer.cert) && !in_intermediates(issuer.cert) {
            missing.push(Missing {
                kind: MissingKind::Intermediate,
                subject: issuer.cert.subject.clone(),
                thumbprint: Some(issuer.cert.thumbprint.clone()),
                file: usable_file(issuer.file, offered, TrustKind::Intermediate),
                url: None,
            });
        }
    }
    // Roots first: they are imported first.
    missing.sort_by_key(|m| m.kind != MissingKind::Root);

    let mut reasons = examine(&path, &verdicts, top_is_root, now);
    // A self-signed server certificate: there is no issuer to find, and it
    // cannot be a root (not a CA), so "unknown issuer" would send the
    // administrator looking for a CA that does not exist.
    if path.len() == 1
        && leaf.self_issued
        && signature::verify(&leaf.der, &leaf.spki) == Verdict::Valid
    {
        missing.clear();
        let code = if in_roots(leaf) {
            ReasonCode::SelfSignedTrusted
        } else {
            ReasonCode::SelfSigned
        };
        reasons.push(Reason::new(code, Role::Leaf, leaf));
    }
    let verified = webpki_verify(leaf, roots, intermediates, now);
    // Name constraints on other name forms than DNS (IP addresses, e-mail,
    // directory names) are checked by webpki alone: name the CA that carries
    // constraints rather than nobody.
    if verified.as_ref().err().map(String::as_str) == Some("NameConstraintViolation")
        && !reasons
            .iter()
            .any(|r| r.code == ReasonCode::NameConstraints)
        && let Some((i, ca)) = path
            .iter()
            .enumerate()
            .skip(1)
            .find(|(_, c)| has_name_constraints(c))
    {
        let role = if i == path.len() - 1 && top_is_root {
            Role::Root
        } else {
            Role::Intermediate
        };
        reasons.push(
            // webpki does not say which of the names: one of them, "or".
            Reason::new(ReasonCode::NameConstraints, role, ca).list(
                "name",
                &leaf.sans,
                ListKind::Or,
            ),
        );
    }
    if let Err(detail) = &verified
        && reasons.is_empty()
        && missing.is_empty()
    {
        reasons
            .push(Reason::new(ReasonCode::Invalid, Role::Leaf, leaf).arg("detail", detail.clone()));
    }
    if verified.is_ok() {
        // webpki found a trusted path: whatever the offered certificates
        // suggested, nothing is missing.
        missing.clear();
    }
    let has = |code| reasons.iter().any(|r: &Reason| r.code == code);
    let status = if has(ReasonCode::Expired) {
        ChainStatus::Expired
    } else if has(ReasonCode::NotYetValid) {
        ChainStatus::NotYetValid
    } else if !reasons.is_empty() {
        // No import can make such a chain trusted: say so before what is missing.
        ChainStatus::Invalid
    } else if missing.iter().any(|m| {
        // An unknown issuer is taken for an intermediate (CA/B Forum BR 6.1.7:
        // roots do not sign server certificates) unless no root is trusted
        // at all, when the chain surely ends at an untrusted root.
        m.kind == MissingKind::Root || (m.kind == MissingKind::Unknown && roots.is_empty())
    }) {
        ChainStatus::UntrustedRoot
    } else if !missing.is_empty() {
        ChainStatus::MissingIntermediate
    } else if verified.is_err() {
        ChainStatus::Invalid
    } else {
        ChainStatus::Trusted
    };
    Chain {
        status,
        missing,
        reasons,
    }
}

/// Checks the local CA's own path before it signs, with the same rules as a
/// chain ([`examine`]): `issuing` must verify under `root`, both must be CA
/// certificates with keyCertSign, valid at `now`, within their pathLen, with
/// acceptable keys and signature algorithms (SHA-1 and MD5 are refused as
/// such), and their name constraints must permit every one of `names` (the
/// names to be issued; none for a check without a request). The issuing CA's
/// EKU, when it has one, must allow serverAuth, and clientAuth too when
/// `client_auth`. The root's own self-signature must not be false (RFC 5280
/// 6.1 does not check a trust anchor's signature, but a root whose signature
/// is false was altered).
pub fn check_ca_path(
    issuing: &CertInfo,
    root: &CertInfo,
    names: &[String],
    client_auth: bool,
    now: time::OffsetDateTime,
) -> Vec<Reason> {
    let verdicts = [signature::verify(&issuing.der, &root.spki)];
    let mut reasons = examine_path(&[issuing, root], &verdicts, true, now, false, names);
    for (cert, role) in [(issuing, Role::Intermediate), (root, Role::Root)] {
        if client_auth
            && let Some(eku) = &cert.eku
            && !eku.client_auth
            && !eku.other.iter().any(|o| o == "anyExtendedKeyUsage")
        {
            reasons.push(Reason::new(ReasonCode::EkuNoClientAuth, role, cert).list(
                "eku",
                &eku.names(),
                ListKind::And,
            ));
        }
    }
    if signature::verify(&root.der, &root.spki) == Verdict::Invalid {
        reasons.push(
            Reason::new(ReasonCode::BadSignature, Role::Root, root)
                .arg("issuer", root.subject.clone()),
        );
    }
    reasons
}

/// The first caIssuers URI of `cert`'s Authority Information Access
/// extension (RFC 5280 4.2.2.1): where its issuer's certificate is published.
fn ca_issuers_url(cert: &CertInfo) -> Option<String> {
    let (_, parsed) = X509Certificate::from_der(&cert.der).ok()?;
    parsed
        .extensions()
        .iter()
        .find_map(|e| match e.parsed_extension() {
            ParsedExtension::AuthorityInfoAccess(aia) => {
                aia.accessdescs.iter().find_map(|d| {
                    match (&d.access_location, d.access_method.to_id_string().as_str()) {
                        (GeneralName::URI(uri), "1.3.6.1.5.5.7.48.2") => Some(uri.to_string()),
                        _ => None,
                    }
                })
            }
            _ => None,
        })
}

fn verdict_rank(verdict: Verdict) -> u8 {
    match verdict {
        Verdict::Valid => 0,
        Verdict::Unsupported => 1,
        Verdict::Invalid => 2,
    }
}

/// The file holding the missing certificate, for its import command: the
/// trust import commands take what belongs to their store from a bundle and
/// skip the rest, saying so ([`skip_reason`]).
fn usable_file(
    file: Option<&PathBuf>,
    _offered: &[(CertInfo, PathBuf)],
    _kind: TrustKind,
) -> Option<PathBuf> {
    file.cloned()
}

fn fits(cert: &CertInfo, kind: TrustKind) -> bool {
    match kind {
        TrustKind::Root => is_root(cert),
        TrustKind::Intermediate => cert.is_ca && !cert.self_issued,
    }
}

/// rustls-webpki's verdict with the trust stores alone; the error's name when
/// it refuses.
fn webpki_verify(
    leaf: &CertInfo,
    roots: &[CertInfo],
    intermediates: &[CertInfo],
    now: time::OffsetDateTime,
) -> Result<(), String> {
    let anchors: Vec<_> = roots
        .iter()
        .filter_map(|r| {
            webpki::anchor_from_trusted_cert(&CertificateDer::from(r.der.as_slice()))
                .ok()
                .map(|a| a.to_owned())
        })
        .collect();
    let intermediate_ders: Vec<CertificateDer> = intermediates
        .iter()
        .map(|c| CertificateDer::from(c.der.clone()))
        .collect();
    let leaf_der = CertificateDer::from(leaf.der.as_slice());
    let time = UnixTime::since_unix_epoch(std::time::Duration::from_secs(
        now.unix_timestamp().max(0) as u64,
    ));
    let name = |e: webpki::Error| {
        let text = format!("{e:?}");
        text.split(['(', ' ', '{'])
            .next()
            .unwrap_or_default()
            .to_string()
    };
    let ee = webpki::EndEntityCert::try_from(&leaf_der).map_err(name)?;
    ee.verify_for_usage(
        webpki::ALL_VERIFICATION_ALGS,
        &anchors,
        &intermediate_ders,
        time,
        webpki::KeyUsage::server_auth(),
        None,
        None,
    )
    .map(|_| ())
    .map_err(name)
}

/// Checks each certificate of `path` (leaf first; `verdicts[i]` is the check
/// of `path[i]`'s signature by `path[i + 1]`); `top_is_root` when the last is
/// a root.
fn examine(
    path: &[&CertInfo],
    verdicts: &[Verdict],
    top_is_root: bool,
    now: time::OffsetDateTime,
) -> Vec<Reason> {
    examine_path(
        path,
        verdicts,
        top_is_root,
        now,
        true,
        &leaf_dns_names(path[0]),
    )
}

/// [`examine`] for a path whose first certificate is the leaf (`has_leaf`)
/// or, for a CA's own path checked before it signs, an intermediate; the
/// leaf's DNS names (or the names to be issued) are `leaf_names`.
fn examine_path(
    path: &[&CertInfo],
    verdicts: &[Verdict],
    top_is_root: bool,
    now: time::OffsetDateTime,
    has_leaf: bool,
    leaf_names: &[String],
) -> Vec<Reason> {
    let mut reasons = Vec::new();
    let last = path.len() - 1;
    let role = |i: usize| {
        if i == 0 && has_leaf {
            Role::Leaf
        } else if i == last && top_is_root {
            Role::Root
        } else {
            Role::Intermediate
        }
    };
    let leaf_names = leaf_names.to_vec();
    for (i, cert) in path.iter().enumerate() {
        let role = role(i);
        let reason = |code| Reason::new(code, role, cert);
        if let Some(issuer) = path.get(i + 1)
            && let (Some(aki), Some(ski)) = (&cert.authority_key_id, &issuer.subject_key_id)
            && aki != ski
        {
            reasons.push(reason(ReasonCode::KeyIdMismatch).arg("issuer", issuer.subject.clone()));
        }
        if now < cert.not_before {
            reasons.push(reason(ReasonCode::NotYetValid).arg("date", rfc3339(cert.not_before)));
        } else if now > cert.not_after {
            reasons.push(reason(ReasonCode::Expired).arg("date", rfc3339(cert.not_after)));
        }
        if role == Role::Leaf {
            if cert.is_ca {
                reasons.push(reason(ReasonCode::CaAsLeaf));
            }
            if let Some(eku) = &cert.eku
                && !eku.server_auth
            {
                let names = eku.names();
                if names.len() == 1 && names[0] == "anyExtendedKeyUsage" {
                    reasons.push(reason(ReasonCode::EkuAnyOnly));
                } else {
                    reasons.push(reason(ReasonCode::EkuNoServerAuth).list(
                        "eku",
                        &names,
                        ListKind::And,
                    ));
                }
            }
        } else {
            // A root that is not a CA is refused too when it is the local CA's
            // own (a trusted v1 root is taken as given, RFC 5280 6.1).
            if (role == Role::Intermediate || (!has_leaf && cert.version != 1)) && !cert.is_ca {
                reasons.push(reason(ReasonCode::NotCa));
            }
            if !cert.key_usage.is_empty() && !cert.key_usage.iter().any(|k| k == "keyCertSign") {
                reasons.push(reason(ReasonCode::NoKeyCertSign));
            }
            // Intermediates below this one: the leaf is not counted (RFC 5280 4.2.1.9).
            let below = i - usize::from(has_leaf);
            if let Some(limit) = cert.path_len
                && (limit as usize) < below
            {
                reasons.push(
                    reason(ReasonCode::PathLen)
                        .arg("limit", limit.to_string())
                        .arg("count", below.to_string()),
                );
            }
            // An EKU on a CA certificate, the root included, limits what it may
            // issue for: openssl's purpose check (X509_check_purpose, sslserver)
            // refuses a chain through a CA whose EKU lacks serverAuth.
            if let Some(eku) = &cert.eku
                && !eku.server_auth
            {
                reasons.push(reason(ReasonCode::EkuNoServerAuth).list(
                    "eku",
                    &eku.names(),
                    ListKind::And,
                ));
            }
            // Every intermediate beyond the limit is named, not only the first.
            if role == Role::Intermediate && i >= MAX_INTERMEDIATES + usize::from(has_leaf) {
                let count = path.len() - 1 - usize::from(top_is_root);
                reasons.push(
                    reason(ReasonCode::PathTooLong)
                        .arg("count", count.to_string())
                        .arg("limit", MAX_INTERMEDIATES.to_string()),
                );
            }
            if let Some(name) = name_outside_constraints(cert, &leaf_names) {
                reasons.push(reason(ReasonCode::NameConstraints).arg("name", name));
            }
        }
        match signature::key_policy(&cert.spki) {
            KeyPolicy::Accepted => {}
            KeyPolicy::Weak => {
                reasons.push(reason(ReasonCode::WeakKey).arg("key", cert.key.clone()))
            }
            KeyPolicy::Unsupported => reasons.push(
                reason(ReasonCode::UnsupportedAlgorithm).arg("algorithm", key_algorithm(cert)),
            ),
        }
        if let Some(verdict) = verdicts.get(i) {
            let oid = signature_oid(cert);
            let pss = signature::unsupported_pss(&cert.der);
            if signature::is_weak_signature_algorithm(&oid) {
                reasons.push(
                    reason(ReasonCode::WeakSignature)
                        .arg("algorithm", signature::algorithm_name(&oid)),
                );
            } else if let Some(pss) = pss {
                reasons.push(
                    reason(ReasonCode::PssParams)
                        .arg("hash", pss.hash)
                        .arg("mgf", pss.mgf_hash)
                        .arg("salt", pss.salt.to_string()),
                );
            } else if !signature::is_supported_signature_algorithm(&oid)
                || (*verdict == Verdict::Unsupported
                    // A key too weak or of an algorithm docwiz cannot use is
                    // the issuer's reason, named on the issuer.
                    && signature::key_policy(&path[i + 1].spki) == KeyPolicy::Accepted)
            {
                let algorithm = signature::algorithm_name(&oid);
                let already = reasons.iter().any(|r| {
                    r.code == ReasonCode::UnsupportedAlgorithm
                        && r.args.get("algorithm") == Some(&ReasonArg::Text(algorithm.clone()))
                });
                if !already {
                    reasons
                        .push(reason(ReasonCode::UnsupportedAlgorithm).arg("algorithm", algorithm));
                }
            }
            if *verdict == Verdict::Invalid {
                reasons.push(
                    reason(ReasonCode::BadSignature).arg("issuer", path[i + 1].subject.clone()),
                );
            }
        }
        for extension in unknown_critical_extensions(cert) {
            reasons.push(reason(ReasonCode::CriticalExtension).arg("extension", extension));
        }
    }
    reasons
}

fn signature_oid(cert: &CertInfo) -> String {
    X509Certificate::from_der(&cert.der)
        .map(|(_, c)| c.signature_algorithm.algorithm.to_id_string())
        .unwrap_or_default()
}

fn key_algorithm(cert: &CertInfo) -> String {
    X509Certificate::from_der(&cert.der)
        .map(|(_, c)| {
            let key = c.public_key();
            let oid = key.algorithm.algorithm.to_id_string();
            let curve = key
                .algorithm
                .parameters
                .as_ref()
                .and_then(|p| p.as_oid().ok())
                .map(|o| {
                    let o = o.to_id_string();
                    crate::cert::x509::certificate::curve_name(&o)
                        .map_or_else(|| signature::algorithm_name(&o), str::to_string)
                });
            match curve {
                Some(curve) if oid == "1.2.840.10045.2.1" => format!("ECDSA {curve}"),
                _ if oid == "1.2.840.113549.1.1.10" => "RSA-PSS (id-RSASSA-PSS)".to_string(),
                _ => signature::algorithm_name(&oid),
            }
        })
        .unwrap_or_default()
}

fn unknown_critical_extensions(cert: &CertInfo) -> Vec<String> {
    let Ok((_, parsed)) = X509Certificate::from_der(&cert.der) else {
        return Vec::new();
    };
    parsed
        .extensions()
        .iter()
        .filter(|e| e.critical && !UNDERSTOOD_EXTENSIONS.contains(&e.oid.to_id_string().as_str()))
        .map(|e| {
            let oid = e.oid.to_id_string();
            let name = signature::algorithm_name(&oid);
            if name == oid {
                oid
            } else {
                format!("{name} ({oid})")
            }
        })
        .collect()
}

/// The DNS names a leaf presents: its DNS SANs, else its CN (as name
/// constraints are applied to it by rustls-webpki and openssl).
fn leaf_dns_names(leaf: &CertInfo) -> Vec<String> {
    let Ok((_, parsed)) = X509Certificate::from_der(&leaf.der) else {
        return Vec::new();
    };
    let mut names = Vec::new();
    if let Ok(Some(san)) = parsed.subject_alternative_name() {
        for name in &san.value.general_names {
            if let GeneralName::DNSName(dns) = name {
                names.push(dns.to_string());
            }
        }
    }
    if names.is_empty()
        && let Some(cn) = &leaf.common_name
    {
        names.push(cn.clone());
    }
    names
}

fn has_name_constraints(cert: &CertInfo) -> bool {
    X509Certificate::from_der(&cert.der)
        .map(|(_, c)| matches!(c.name_constraints(), Ok(Some(_))))
        .unwrap_or(false)
}

/// The first of `names` that `ca`'s dNSName name constraints do not permit
/// (RFC 5280 4.2.1.10: a name matches a constraint when it equals it or ends
/// with `.` + it; a constraint starting with `.` matches subdomains only).
fn name_outside_constraints(ca: &CertInfo, names: &[String]) -> Option<String> {
    let (_, parsed) = X509Certificate::from_der(&ca.der).ok()?;
    let constraints = parsed
        .extensions()
        .iter()
        .find_map(|e| match e.parsed_extension() {
            ParsedExtension::NameConstraints(nc) => Some(nc.clone()),
            _ => None,
        })?;
    let dns = |subtrees: &Option<Vec<x509_parser::extensions::GeneralSubtree>>| -> Vec<String> {
        subtrees
            .iter()
            .flatten()
            .filter_map(|s| match &s.base {
                GeneralName::DNSName(d) => Some(d.to_ascii_lowercase()),
                _ => None,
            })
            .collect()
    };
    let permitted = dns(&constraints.permitted_subtrees);
    let excluded = dns(&constraints.excluded_subtrees);
    let matches = |name: &str, constraint: &str| {
        let name = name.trim_end_matches('.').to_ascii_lowercase();
        let name = name.strip_prefix("*.").map_or(name.clone(), str::to_string);
        if constraint.is_empty() {
            return true;
        }
        match constraint.strip_prefix('.') {
            Some(suffix) => name.ends_with(&format!(".{suffix}")),
            None => name == constraint || name.ends_with(&format!(".{constraint}")),
        }
    };
    names
        .iter()
        .find(|name| {
            (!permitted.is_empty() && !permitted.iter().any(|c| matches(name, c)))
                || excluded.iter().any(|c| matches(name, c))
        })
        .cloned()
}

/// Reads certificates offered for import: PEM (one or several), DER, or
/// PKCS#7 (`.p7b`, DER, PEM or BER), as every command that reads certificates
/// does.
pub fn read_offered(path: &Path) -> Result<Vec<CertInfo>, Error> {
    let shown = path.display().to_string();
    let bytes = crate::cert::input::read(path)?;
    crate::cert::x509::response::certificates(&shown, &bytes)?
        .iter()
        .map(|der| {
            // Bytes after the certificate (a `TRUSTED CERTIFICATE` block's
            // trust settings, or garbage) would enter the store with it.
            if !matches!(X509Certificate::from_der(der), Ok(([], _))) {
                return Err(Error::NotCertificate {
                    path: shown.clone(),
                });
            }
            CertInfo::from_der(der).map_err(|_| Error::NotCertificate {
                path: shown.clone(),
            })
        })
        .collect()
}

/// Every certificate must belong in the store: roots ([`is_root`]) for the
/// root store, CA certificates that are not self-issued for the other.
pub fn check_kind(path: &Path, certs: &[CertInfo], kind: TrustKind) -> Result<(), Error> {
    for cert in certs {
        if !fits(cert, kind) {
            let path = path.display().to_string();
            let subject = cert.subject.clone();
            return Err(match kind {
                TrustKind::Root => Error::NotRoot { path, subject },
                TrustKind::Intermediate => Error::NotIntermediate { path, subject },
            });
        }
    }
    Ok(())
}

/// Why `cert` is left out of an import into the store of `kind` (a bundle
/// holds roots, intermediates and leaves alike, as the usual `.p7b` chain
/// download does; each goes to its own store, as Windows' certificate import
/// wizard sorts them): the message id, or None when it belongs there.
pub fn skip_reason(cert: &CertInfo, kind: TrustKind) -> Option<&'static str> {
    if fits(cert, kind) {
        None
    } else if is_root(cert) {
        Some("trust-skipped-root")
    } else if cert.is_ca && !cert.self_issued {
        Some("trust-skipped-intermediate")
    } else if cert.is_ca {
        Some("trust-skipped-bad-root")
    } else {
        Some("trust-skipped-leaf")
    }
}

/// What docwiz's chain policy will make of chains through a root, said when it
/// is imported: an RSA key below 2048 bits (CA/B Forum BR 6.1.5) or a key
/// docwiz cannot verify with refuses every chain through it; a SHA-1 or MD5
/// self-signature does not (a trust anchor's own signature is not checked,
/// RFC 5280 6.1, as in rustls-webpki) but marks a root to replace.
pub fn policy_warnings(cert: &CertInfo) -> Vec<Message> {
    let mut out = Vec::new();
    let with_cert = |id: &'static str| {
        Message::new(id)
            .arg("subject", cert.subject.as_str())
            .arg("thumbprint", cert.thumbprint.as_str())
    };
    match signature::key_policy(&cert.spki) {
        KeyPolicy::Accepted => {}
        KeyPolicy::Weak => {
            out.push(with_cert("trust-warning-weak-key").arg("key", cert.key.as_str()))
        }
        KeyPolicy::Unsupported => out
            .push(with_cert("trust-warning-unsupported-key").arg("algorithm", key_algorithm(cert))),
    }
    let oid = signature_oid(cert);
    if cert.self_issued && signature::is_weak_signature_algorithm(&oid) {
        out.push(
            with_cert("trust-note-weak-self-signature")
                .arg("algorithm", signature::algorithm_name(&oid)),
        );
    }
    out
}

/// A warning for a CA certificate that is not valid at `now`: imported all
/// the same (as Windows does, with a warning), since the administrator may be
/// preparing for a replacement, but every chain through it will be refused
/// until then.
pub fn validity_warning(cert: &CertInfo, now: time::OffsetDateTime) -> Option<Message> {
    let (id, date) = if now > cert.not_after {
        ("trust-warning-expired", cert.not_after)
    } else if now < cert.not_before {
        ("trust-warning-not-yet-valid", cert.not_before)
    } else {
        return None;
    };
    Some(
        Message::new(id)
            .arg("subject", cert.subject.as_str())
            .arg("thumbprint", cert.thumbprint.as_str())
            .arg("date", rfc3339(date)),
    )
}

/// Adds certificates to a trust store (`<dir>/<T>.pem`); returns those that were
/// not there yet. Every file is written aside first and only then renamed into
/// place, so a full disk adds none of them.
pub fn import(store: &Store, certs: &[CertInfo], kind: TrustKind) -> Result<Vec<CertInfo>, Error> {
    let ders: Vec<Vec<u8>> = certs.iter().map(|c| c.der.clone()).collect();
    if !readable(&ders) {
        return Err(Error::NotCertificate {
            path: kind.dir().to_string(),
        });
    }
    let _lock = store.lock()?;
    let mut added: Vec<CertInfo> = Vec::new();
    let mut staged = Vec::new();
    let written = (|| {
        for cert in certs {
            let rel = format!("{}/{}.pem", kind.dir(), cert.thumbprint);
            if store.read(&rel)?.is_some() || added.iter().any(|a| a.thumbprint == cert.thumbprint)
            {
                continue;
            }
            let tmp = store.tmp_name(kind.dir(), &cert.thumbprint);
            staged.push((tmp.clone(), rel));
            store.write(
                &tmp,
                to_pem(std::slice::from_ref(&cert.der)).as_bytes(),
                false,
            )?;
            added.push(cert.clone());
        }
        for (tmp, rel) in &staged {
            store.publish_dir(tmp, rel)?;
        }
        Ok(())
    })();
    if let Err(error) = written {
        for (tmp, _) in &staged {
            let _ = std::fs::remove_file(store.path(tmp));
        }
        return Err(error);
    }
    Ok(added)
}
