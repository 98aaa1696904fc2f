//! An online CA over cfssl's HTTP API: `/api/v1/cfssl/sign` signs the wizard's
//! CSR, `/api/v1/cfssl/info` gives the signing CA's certificate,
//! `/api/v1/cfssl/revoke` revokes one it signed.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

use super::problem::CaProblem;
use super::{Ca, Csr, Issue, readable_answer};
use crate::cert::store::Store;
use crate::cert::store::revocation::ReasonCode;
use crate::cert::x509::certificate::{CertInfo, parse_certificates};
use crate::error::Error;

#[derive(Debug, Clone)]
pub struct CfsslOptions {
    /// `http://host:port` of `cfssl serve`.
    pub url: String,
    pub profile: Option<String>,
}

fn refused(problem: CaProblem, detail: impl std::fmt::Display) -> Error {
    Error::CaRefused {
        ca: "cfssl".into(),
        problem,
        detail: detail.to_string(),
    }
}

/// The CA's answer holds no certificate docwiz can read (`what` says
/// which part, for the technical detail).
fn bad_answer(what: &str) -> Error {
    refused(CaProblem::BadAnswer, what)
}

/// The cfssl CA as [`Ca`]: asked over the network once the request is
/// published ([`Issue::Online`]).
pub struct Cfssl<'a>(pub &'a CfsslOptions);

impl Ca for Cfssl<'_> {
    fn name(&self) -> &'static str {
        "cfssl"
    }

    fn url(&self) -> Option<String> {
        Some(self.0.url.clone())
    }

    fn issue<'a>(&'a self, _store: &'a Store, csr: Csr<'a>) -> Result<Issue<'a>, Error> {
        Ok(Issue::Online(Box::new(move || {
            sign(self.0, csr.pem).and_then(|chain| readable_answer(&self.0.url, chain))
        })))
    }

    fn revoke(&self, _store: &Store, leaf: &CertInfo, reason: ReasonCode) -> Result<(), Error> {
        revoke(self.0, &leaf.der, reason)
    }
}

/// Revokes a certificate with `/api/v1/cfssl/revoke` (which needs `cfssl
/// serve` with a certificate database). cfssl finds it by serial (decimal)
/// and authority key identifier (hex), as its database keeps them; a
/// certificate it stored with an empty AKI is tried again with an empty one.
pub fn revoke(options: &CfsslOptions, der: &[u8], reason: ReasonCode) -> Result<(), Error> {
    use x509_parser::prelude::{FromDer, ParsedExtension, X509Certificate};
    let (_, cert) = X509Certificate::from_der(der).map_err(|e| refused(CaProblem::Other, e))?;
    let serial = decimal(cert.tbs_certificate.raw_serial());
    let aki: String = cert
        .iter_extensions()
        .find_map(|ext| match ext.parsed_extension() {
            ParsedExtension::AuthorityKeyIdentifier(aki) => aki.key_identifier.as_ref(),
            _ => None,
        })
        .map(|id| id.0.iter().map(|b| format!("{b:02x}")).collect())
        .unwrap_or_default();
    let body = |aki: &str| {
        serde_json::json!({
            "serial": serial,
            "authority_key_id": aki,
            "reason": reason.name(),
        })
    };
    match call(&options.url, "/api/v1/cfssl/revoke", &body(&aki)) {
        Err(_) if !aki.is_empty() => {
            call(&options.url, "/api/v1/cfssl/revoke", &body("")).map(|_| ())
        }
        other => other.map(|_| ()),
    }
}

/// Signs `csr_pem`; returns the leaf and the CA certificate.
pub fn sign(options: &CfsslOptions, csr_pem: &str) -> Result<Vec<Vec<u8>>, Error> {
    let mut request = serde_json::json!({ "certificate_request": csr_pem });
    let mut info = serde_json::json!({ "label": "" });
    if let Some(profile) = &options.profile {
        request["profile"] = profile.clone().into();
        info["profile"] = profile.clone().into();
    }
    let signed = call(&options.url, "/api/v1/cfssl/sign", &request)?;
    let ca = call(&options.url, "/api/v1/cfssl/info", &info)?;
    let leaf = signed["result"]["certificate"]
        .as_str()
        .ok_or_else(|| bad_answer("no certificate in the answer"))?;
    let ca = ca["result"]["certificate"]
        .as_str()
        .ok_or_else(|| bad_answer("no CA certificate in the info answer"))?;
    let mut chain = parse_certificates("cfssl", leaf.as_bytes())
        .map_err(|_| bad_answer("unreadable certificate"))?;
    chain.extend(
        parse_certificates("cfssl", ca.as_bytes())
            .map_err(|_| bad_answer("unreadable CA certificate"))?,
    );
    Ok(chain)
}

/// A big-endian unsigned number as decimal digits (cfssl keeps serials as
/// Go's `big.Int` prints them).
fn decimal(bytes: &[u8]) -> String {
    let mut number: Vec<u8> = bytes.iter().copied().skip_while(|b| *b == 0).collect();
    let mut digits = Vec::new();
    while !number.is_empty() {
        let mut remainder = 0u32;
        for byte in &mut number {
            let value = (remainder << 8) | u32::from(*byte);
            *byte = (value / 10) as u8;
            remainder = value % 10;
        }
        digits.push(b'0' + remainder as u8);
        let zeros = number.iter().take_while(|b| **b == 0).count();
        number.drain(..zeros);
    }
    if digits.is_empty() {
        digits.push(b'0');
    }
    digits.reverse();
    String::from_utf8(digits).unwrap_or_default()
}

/// POSTs JSON over HTTP/1.1 and returns the JSON answer, failing on
/// `"success": false` with cfssl's own error message.
fn call(base: &str, path: &str, body: &serde_json::Value) -> Result<serde_json::Value, Error> {
    let rest = base.strip_prefix("http://").ok_or_else(|| {
        refused(
            CaProblem::UnsupportedUrl { url: base.into() },
            format!("{base}: only http:// URLs are supported"),
        )
    })?;
    let authority = rest.split('/').next().unwrap_or(rest);
    // What went wrong on the connection, by the OS error's kind.
    let network =
        |e: std::io::Error| refused(CaProblem::of_connection(base, &e), format!("{base}: {e}"));
    let mut stream = TcpStream::connect(authority).map_err(network)?;
    let _ = stream.set_read_timeout(Some(Duration::from_secs(30)));
    let body = body.to_string();
    let request = format!(
        "POST {path} HTTP/1.1\r\nHost: {authority}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(request.as_bytes()).map_err(network)?;
    let mut response = Vec::new();
    stream.read_to_end(&mut response).map_err(network)?;
    let text = String::from_utf8_lossy(&response);
    let (head, payload) = text
        .split_once("\r\n\r\n")
        .ok_or_else(|| bad_answer("malformed HTTP answer"))?;
    let status_line = head.lines().next().unwrap_or("");
    let payload = if head
        .to_ascii_lowercase()
        .contains("transfer-encoding: chunked")
    {
        dechunk(payload)
    } else {
        payload.to_string()
    };
    // An answer that is no JSON: its HTTP status says why, when it is an error.
    let json: serde_json::Value = serde_json::from_str(&payload).map_err(|_| {
        let status = status_line
            .split_whitespace()
            .nth(1)
            .and_then(|s| s.parse::<u16>().ok())
            .filter(|s| *s >= 400);
        match status {
            Some(status) => refused(CaProblem::HttpStatus { status }, status_line),
            None => bad_answer(status_line),
        }
    })?;
    if json["success"].as_bool() != Some(true) {
        // cfssl's own words: the CA's, quoted as such.
        let message = json["errors"][0]["message"].as_str().unwrap_or_default();
        return Err(refused(
            CaProblem::Refused {
                kind: String::new(),
                words: message.to_string(),
            },
            message,
        ));
    }
    Ok(json)
}

fn dechunk(mut body: &str) -> String {
    let mut out = String::new();
    while let Some((size, rest)) = body.split_once("\r\n") {
        let Ok(size) = usize::from_str_radix(size.trim(), 16) else {
            break;
        };
        if size == 0 || rest.len() < size {
            break;
        }
        out.push_str(&rest[..size]);
        body = rest[size..].trim_start_matches("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn serials_are_written_in_decimal_as_cfssl_keeps_them() {
        assert_eq!(super::decimal(&[]), "0");
        assert_eq!(super::decimal(&[0x00, 0xff]), "255");
        assert_eq!(super::decimal(&[0x01, 0x00, 0x00]), "65536");
        assert_eq!(
            super::decimal(&[0x0f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]),
            "295147905179352825855"
        );
    }
}
