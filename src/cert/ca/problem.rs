//! Why a CA could not issue a certificate, as a kind docwiz words in the
//! reader's language ([`CaProblem::message`]), with the host, port or
//! status it concerns. A CA client's own text ("client error (Connect): tcp
//! connect error: Connection refused (os error 111)") is English and says
//! the same thing three times: it is kept only as the technical detail
//! (`--json`, the request's record), never shown as the sentence.
//!
//! A failed request stores its problem as a code with arguments
//! ([`CaProblem::args`], [`CaProblem::from_args`]), so each reader sees it
//! in their own language.

use std::collections::BTreeMap;

use crate::error::{Arg, Message};

/// What went wrong between docwiz and a CA.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CaProblem {
    /// Nothing listens at the CA's address: the connection was refused.
    ConnectionRefused { host: String, port: u16 },
    /// The CA did not answer in time.
    Timeout { host: String, port: u16 },
    /// The CA's host name could not be resolved.
    Dns { host: String },
    /// No route to the CA's network or host.
    Unreachable { host: String, port: u16 },
    /// The secure connection failed: the CA's certificate is not trusted,
    /// or the TLS handshake failed.
    Tls { host: String },
    /// Another failure of the connection to the CA.
    Network { host: String, port: u16 },
    /// An HTTP status that is no answer, without the CA saying why.
    HttpStatus { status: u16 },
    /// The CA refused the request and said why: an RFC 8555 problem
    /// document's type (its last part: `rateLimited`, `caa`, …; empty when
    /// the CA gives none, as cfssl) and its own words (`detail`).
    Refused { kind: String, words: String },
    /// The CA's answer holds no certificate docwiz can read.
    BadAnswer,
    /// An address docwiz cannot talk to (cfssl only over `http://`).
    UnsupportedUrl { url: String },
    /// ACME: an authorization of the order ended in this status.
    Authorization { status: String },
    /// ACME: the CA offers no http-01 challenge, the only one docwiz answers.
    NoHttpChallenge,
    /// ACME: the order ended in this status instead of ready.
    Order { status: String },
    /// ACME: docwiz cannot listen for the CA's http-01 challenges (the
    /// reason is an OS error's text, see [`crate::error::os_reason`]).
    Listen { address: String, reason: String },
    /// Anything else: the technical detail says what.
    Other,
}

impl CaProblem {
    /// The problem as a phrase of the reader's language (`ca-problem-…`).
    pub fn message(&self) -> Message {
        match self {
            CaProblem::ConnectionRefused { host, port } => Message::new("ca-problem-refused")
                .arg("host", host.as_str())
                .arg("port", Arg::Num(i64::from(*port))),
            CaProblem::Timeout { host, port } => Message::new("ca-problem-timeout")
                .arg("host", host.as_str())
                .arg("port", Arg::Num(i64::from(*port))),
            CaProblem::Dns { host } => Message::new("ca-problem-dns").arg("host", host.as_str()),
            CaProblem::Unreachable { host, port } => Message::new("ca-problem-unreachable")
                .arg("host", host.as_str())
                .arg("port", Arg::Num(i64::from(*port))),
            CaProblem::Tls { host } => Message::new("ca-problem-tls").arg("host", host.as_str()),
            CaProblem::Network { host, port } => Message::new("ca-problem-network")
                .arg("host", host.as_str())
                .arg("port", Arg::Num(i64::from(*port))),
            CaProblem::HttpStatus { status } => {
                Message::new("ca-problem-http-status").arg("status", Arg::Num(i64::from(*status)))
            }
            CaProblem::Refused { kind, words } => {
                let refusal = Message::new("ca-problem-refusal").arg("type", kind.as_str());
                if words.is_empty() {
                    refusal
                } else {
                    // The CA's own words, quoted after a label: data the
                    // administrator may need, never docwiz's sentence.
                    Message::new("ca-problem-with-words")
                        .arg("problem", refusal)
                        .arg("words", words.as_str())
                }
            }
            CaProblem::BadAnswer => Message::new("ca-problem-bad-answer"),
            CaProblem::UnsupportedUrl { url } => {
                Message::new("ca-problem-unsupported-url").arg("url", url.as_str())
            }
            CaProblem::Authorization { status } => {
                Message::new("ca-problem-authorization").arg("status", status.as_str())
            }
            CaProblem::NoHttpChallenge => Message::new("ca-problem-no-http-challenge"),
            CaProblem::Order { status } => {
                Message::new("ca-problem-order").arg("status", status.as_str())
            }
            CaProblem::Listen { address, reason } => Message::new("ca-problem-listen")
                .arg("address", address.as_str())
                .arg("reason", crate::error::os_reason(reason)),
            CaProblem::Other => Message::new("ca-problem-other"),
        }
    }

    /// The code and arguments a request's record keeps.
    pub fn args(&self) -> Vec<(&'static str, String)> {
        let hp = |code: &'static str, host: &str, port: &u16| {
            vec![
                ("problem", code.to_string()),
                ("host", host.to_string()),
                ("port", port.to_string()),
            ]
        };
        match self {
            CaProblem::ConnectionRefused { host, port } => hp("connection-refused", host, port),
            CaProblem::Timeout { host, port } => hp("timeout", host, port),
            CaProblem::Unreachable { host, port } => hp("unreachable", host, port),
            CaProblem::Network { host, port } => hp("network", host, port),
            CaProblem::Dns { host } => vec![("problem", "dns".into()), ("host", host.clone())],
            CaProblem::Tls { host } => vec![("problem", "tls".into()), ("host", host.clone())],
            CaProblem::HttpStatus { status } => vec![
                ("problem", "http-status".into()),
                ("status", status.to_string()),
            ],
            CaProblem::Refused { kind, words } => vec![
                ("problem", "refused".into()),
                ("type", kind.clone()),
                ("words", words.clone()),
            ],
            CaProblem::BadAnswer => vec![("problem", "bad-answer".into())],
            CaProblem::UnsupportedUrl { url } => {
                vec![("problem", "unsupported-url".into()), ("url", url.clone())]
            }
            CaProblem::Authorization { status } => vec![
                ("problem", "authorization".into()),
                ("status", status.clone()),
            ],
            CaProblem::NoHttpChallenge => vec![("problem", "no-http-challenge".into())],
            CaProblem::Order { status } => {
                vec![("problem", "order".into()), ("status", status.clone())]
            }
            CaProblem::Listen { address, reason } => vec![
                ("problem", "listen".into()),
                ("address", address.clone()),
                ("reason", reason.clone()),
            ],
            CaProblem::Other => vec![("problem", "other".into())],
        }
    }

    /// The problem a record's arguments describe; [`CaProblem::Other`] for a
    /// record without one (written before problems had codes: its detail
    /// is an English sentence, kept as the technical detail only).
    pub fn from_args(args: &BTreeMap<String, String>) -> CaProblem {
        let arg = |name: &str| args.get(name).cloned().unwrap_or_default();
        let port = || arg("port").parse::<u16>().unwrap_or(0);
        match arg("problem").as_str() {
            "connection-refused" => CaProblem::ConnectionRefused {
                host: arg("host"),
                port: port(),
            },
            "timeout" => CaProblem::Timeout {
                host: arg("host"),
                port: port(),
            },
            "unreachable" => CaProblem::Unreachable {
                host: arg("host"),
                port: port(),
            },
            "network" => CaProblem::Network {
                host: arg("host"),
                port: port(),
            },
            "dns" => CaProblem::Dns { host: arg("host") },
            "tls" => CaProblem::Tls { host: arg("host") },
            "http-status" => CaProblem::HttpStatus {
                status: arg("status").parse().unwrap_or(0),
            },
            "refused" => CaProblem::Refused {
                kind: arg("type"),
                words: arg("words"),
            },
            "bad-answer" => CaProblem::BadAnswer,
            "unsupported-url" => CaProblem::UnsupportedUrl { url: arg("url") },
            "authorization" => CaProblem::Authorization {
                status: arg("status"),
            },
            "no-http-challenge" => CaProblem::NoHttpChallenge,
            "order" => CaProblem::Order {
                status: arg("status"),
            },
            "listen" => CaProblem::Listen {
                address: arg("address"),
                reason: arg("reason"),
            },
            _ => CaProblem::Other,
        }
    }

    /// What a failure to talk to `url` was, from the error and its causes
    /// (an `io::Error` among them says it by its kind; a resolver's or TLS
    /// library's failure only by its text).
    pub fn of_connection(url: &str, error: &(dyn std::error::Error + 'static)) -> CaProblem {
        let (host, port) = host_port(url);
        let mut text = String::new();
        let mut kind = None;
        let mut source: Option<&(dyn std::error::Error + 'static)> = Some(error);
        while let Some(cause) = source {
            text.push_str(&cause.to_string().to_lowercase());
            text.push('\n');
            if kind.is_none()
                && let Some(io) = cause.downcast_ref::<std::io::Error>()
            {
                kind = Some(io.kind());
            }
            source = cause.source();
        }
        use std::io::ErrorKind;
        match kind {
            Some(ErrorKind::ConnectionRefused) => {
                return CaProblem::ConnectionRefused { host, port };
            }
            Some(ErrorKind::TimedOut) => return CaProblem::Timeout { host, port },
            Some(ErrorKind::HostUnreachable | ErrorKind::NetworkUnreachable) => {
                return CaProblem::Unreachable { host, port };
            }
            _ => {}
        }
        // hyper-util's resolver says "dns error", the C library "failed to
        // lookup address"; rustls speaks of certificates and handshakes.
        if text.contains("dns error") || text.contains("failed to lookup address") {
            CaProblem::Dns { host }
        } else if text.contains("timed out") || text.contains("deadline has elapsed") {
            CaProblem::Timeout { host, port }
        } else if text.contains("certificate")
            || text.contains("handshake")
            || text.contains("tls")
            || text.contains("alert")
        {
            CaProblem::Tls { host }
        } else if kind.is_some() || text.contains("connect") {
            CaProblem::Network { host, port }
        } else {
            CaProblem::Other
        }
    }
}

/// The host and port of an `http://` or `https://` URL (the scheme's port
/// when none is written); the text itself and 0 for what is no URL.
pub fn host_port(url: &str) -> (String, u16) {
    let (default, rest) = if let Some(rest) = url.strip_prefix("https://") {
        (443, rest)
    } else if let Some(rest) = url.strip_prefix("http://") {
        (80, rest)
    } else {
        (0, url)
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    let authority = authority.rsplit('@').next().unwrap_or(authority);
    // [::1]:8443: the brackets hold the colons of an IPv6 address.
    if let Some(v6) = authority.strip_prefix('[')
        && let Some((address, after)) = v6.split_once(']')
    {
        let port = after
            .strip_prefix(':')
            .and_then(|p| p.parse().ok())
            .unwrap_or(default);
        return (address.to_string(), port);
    }
    match authority.rsplit_once(':') {
        Some((host, port)) => (host.to_string(), port.parse().unwrap_or(default)),
        None => (authority.to_string(), default),
    }
}

/// The last part of an RFC 8555 problem type
/// (`urn:ietf:params:acme:error:rateLimited` → `rateLimited`), which the
/// messages select their sentence by.
pub fn problem_kind(urn: &str) -> String {
    urn.rsplit(':').next().unwrap_or(urn).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_give_their_host_and_port() {
        assert_eq!(host_port("http://127.0.0.1:9"), ("127.0.0.1".into(), 9));
        assert_eq!(
            host_port("https://ca.example/dir"),
            ("ca.example".into(), 443)
        );
        assert_eq!(host_port("https://[::1]:14000/dir"), ("::1".into(), 14000));
        assert_eq!(host_port("http://u@h:80/x"), ("h".into(), 80));
    }

    #[test]
    fn a_refused_connection_is_named_by_its_kind_not_its_text() {
        let error = std::io::Error::from(std::io::ErrorKind::ConnectionRefused);
        assert_eq!(
            CaProblem::of_connection("http://127.0.0.1:9", &error),
            CaProblem::ConnectionRefused {
                host: "127.0.0.1".into(),
                port: 9
            }
        );
    }

    #[test]
    fn every_problem_survives_the_record() {
        for problem in [
            CaProblem::ConnectionRefused {
                host: "h".into(),
                port: 9,
            },
            CaProblem::Dns { host: "h".into() },
            CaProblem::HttpStatus { status: 503 },
            CaProblem::Refused {
                kind: "rateLimited".into(),
                words: "too many".into(),
            },
            CaProblem::Listen {
                address: "0.0.0.0:80".into(),
                reason: "Permission denied (os error 13)".into(),
            },
            CaProblem::Other,
        ] {
            let args: BTreeMap<String, String> = problem
                .args()
                .into_iter()
                .map(|(k, v)| (k.to_string(), v))
                .collect();
            assert_eq!(CaProblem::from_args(&args), problem);
        }
    }
}
