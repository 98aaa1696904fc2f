//! Host names a certificate is requested for or checked against: DNS names as
//! certificates carry them (A-labels, RFC 5890), converted from what an
//! administrator types (U-labels, UTS #46), and IP addresses.

use std::net::IpAddr;

use idna::uts46::{AsciiDenyList, DnsLength, Hyphens, Uts46};

use crate::error::{Error, Message};

/// Validates a DNS name and returns it as certificates carry it: lowercased,
/// without a trailing dot, internationalized labels converted to A-labels
/// (`bücher.example` → `xn--bcher-kva.example`) by UTS #46 ToASCII
/// (nontransitional, STD3 rules, DNS lengths verified: RFC 1123 labels of at most
/// 63 octets, 253 in all). `*.` is allowed as the leftmost label of a subject
/// alternative name (RFC 6125 §6.4.3; CA/Browser Forum BR §7.1.2.7.12).
/// The label separators UTS #46 §4 (step 1, mapping) reads as a full stop:
/// the ideographic full stop and its fullwidth and halfwidth forms, which
/// Chinese and Japanese input methods type for ".".
const FULL_STOPS: [char; 3] = ['\u{3002}', '\u{ff0e}', '\u{ff61}'];

/// A wildcard is allowed in a SAN only (`wildcard_allowed`): `--fqdn` names
/// the server itself, and a refusal there says to give the wildcard as a SAN.
/// A refusal says why (`InvalidNameWhy`).
pub fn dns_name(name: &str, wildcard_allowed: bool) -> Result<String, Error> {
    let refuse = |reason: Message| Error::InvalidNameWhy {
        name: name.to_string(),
        reason,
    };
    let dotted = name.replace(FULL_STOPS, ".");
    let trimmed = dotted.strip_suffix('.').unwrap_or(&dotted);
    if trimmed.is_empty() {
        return Err(refuse(Message::new("name-reason").arg("reason", "empty")));
    }
    if trimmed.parse::<IpAddr>().is_ok()
        || trimmed
            .strip_prefix('[')
            .and_then(|t| t.strip_suffix(']'))
            .is_some_and(|t| t.parse::<IpAddr>().is_ok())
    {
        return Err(refuse(Message::new("name-reason").arg("reason", "ip")));
    }
    let (wildcard, rest) = match trimmed.strip_prefix("*.") {
        Some(rest) if wildcard_allowed => (true, rest),
        Some(_) => {
            return Err(refuse(
                Message::new("name-reason").arg("reason", "wildcard-fqdn"),
            ));
        }
        None => (false, trimmed),
    };
    if rest.contains('*') {
        return Err(refuse(
            Message::new("name-reason").arg("reason", "wildcard"),
        ));
    }
    let ascii = to_ascii(rest).map_err(refuse)?;
    // A name whose last label is all digits would read as an IPv4 address
    // (RFC 1123 §2.1; BR §7.1.2.7.12 wants a registered domain name).
    if ascii
        .rsplit('.')
        .next()
        .is_some_and(|tld| tld.bytes().all(|b| b.is_ascii_digit()))
    {
        return Err(refuse(Message::new("name-reason").arg("reason", "numeric")));
    }
    Ok(if wildcard {
        format!("*.{ascii}")
    } else {
        ascii
    })
}

/// UTS #46 ToASCII with the checks a certificate name needs; the refusal's
/// reason names the first offending label.
fn to_ascii(name: &str) -> Result<String, Message> {
    let uts46 = Uts46::new();
    let strict = |input: &str| {
        uts46
            .to_ascii(
                input.as_bytes(),
                AsciiDenyList::STD3,
                Hyphens::CheckFirstLast,
                DnsLength::Verify,
            )
            .map(|c| c.into_owned())
    };
    if let Ok(ascii) = strict(name) {
        return Ok(ascii);
    }
    let reason = |r: &str, label: &str| {
        Message::new("name-reason")
            .arg("reason", r.to_string())
            .arg("label", label.to_string())
    };
    for label in name.split('.') {
        if label.is_empty() {
            return Err(reason("empty-label", label));
        }
        if label.starts_with('-') || label.ends_with('-') {
            return Err(reason("hyphen", label));
        }
        if label.is_ascii() {
            if let Some(c) = label
                .chars()
                .find(|c| !(c.is_ascii_alphanumeric() || *c == '-'))
            {
                return Err(reason("character", label).arg("char", c.to_string()));
            }
            if label.to_ascii_lowercase().starts_with("xn--") && strict(label).is_err() {
                return Err(reason("punycode", label));
            }
            if label.len() > 63 {
                return Err(reason("label-too-long", label));
            }
        } else {
            match strict(label) {
                Err(_) => return Err(reason("idna", label)),
                Ok(a) if a.len() > 63 => return Err(reason("label-too-long", label)),
                Ok(_) => {}
            }
        }
    }
    Err(reason("too-long", name))
}

/// The Unicode form of a name with A-labels (`xn--bcher-kva.example` →
/// `bücher.example`), when it differs and decodes cleanly (UTS #46 ToUnicode).
pub fn unicode_form(name: &str) -> Option<String> {
    if !name
        .split('.')
        .any(|l| l.len() >= 4 && l[..4].eq_ignore_ascii_case("xn--"))
    {
        return None;
    }
    let (unicode, result) = idna::domain_to_unicode(name);
    (result.is_ok() && unicode != name).then_some(unicode)
}

/// A name as pages show it: `xn--bcher-kva.example (bücher.example)` for an
/// internationalized name, else as it is.
pub fn shown(name: &str) -> String {
    match unicode_form(name) {
        Some(unicode) => format!("{name} ({unicode})"),
        None => name.to_string(),
    }
}

/// The FQDN first, then each SAN; validated, converted to A-labels,
/// lowercased, duplicates folded.
pub fn subject_names(fqdn: &str, sans: &[String]) -> Result<Vec<String>, Error> {
    let mut names = vec![dns_name(fqdn, false)?];
    for san in sans {
        let san = dns_name(san, true)?;
        if !names.contains(&san) {
            names.push(san);
        }
    }
    Ok(names)
}

/// A name in the form names are compared in: an IP address in its canonical
/// text, else a DNS name lowercased without its trailing dot, with U-labels
/// converted to A-labels when they convert.
fn comparable(name: &str) -> String {
    let dotted = name.replace(FULL_STOPS, ".");
    let name = dotted.strip_suffix('.').unwrap_or(&dotted);
    if let Ok(ip) = name.parse::<IpAddr>() {
        return ip.to_string();
    }
    if !name.is_ascii()
        && let Ok(ascii) = idna::domain_to_ascii(name)
    {
        return ascii;
    }
    name.to_ascii_lowercase()
}

/// Whether a certificate name (possibly `*.example.com`, or an IP address
/// SAN) covers `host`, as RFC 6125 §6.4 matches: case-insensitive, a trailing
/// dot ignored, a wildcard standing for exactly one whole leftmost label, IP
/// addresses only equal to themselves.
pub fn covers(pattern: &str, host: &str) -> bool {
    let pattern = comparable(pattern);
    let host = comparable(host);
    if pattern.is_empty() || host.is_empty() {
        return false;
    }
    if host.parse::<IpAddr>().is_ok() || pattern.parse::<IpAddr>().is_ok() {
        return pattern == host;
    }
    match pattern.strip_prefix("*.") {
        Some(suffix) => host
            .split_once('.')
            .is_some_and(|(first, rest)| !first.is_empty() && rest == suffix),
        None => pattern == host,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid_names_are_lowercased_and_folded() {
        let names = subject_names(
            "Host.Example.COM.",
            &["www.example.com".into(), "host.example.com".into()],
        )
        .unwrap();
        assert_eq!(names, ["host.example.com", "www.example.com"]);
    }

    #[test]
    fn invalid_names_are_refused() {
        for bad in [
            "",
            "-a.example",
            "a..b",
            "a_b.example",
            "exa mple.com",
            "1.2.3.4",
            "a.b-.example",
            "xn--zz.example",
            &"a".repeat(64),
        ] {
            assert!(dns_name(bad, false).is_err(), "{bad:?}");
        }
        assert!(dns_name("*.example.com", false).is_err());
        assert_eq!(
            dns_name("a\u{3002}example\u{ff0e}com\u{ff61}", false).unwrap(),
            "a.example.com"
        );
        assert!(dns_name("*.example.com", true).is_ok());
        assert!(dns_name("*", true).is_err());
        assert!(dns_name("a.*.example", true).is_err());
    }

    #[test]
    fn internationalized_names_become_a_labels() {
        assert_eq!(
            dns_name("bücher.example", false).unwrap(),
            "xn--bcher-kva.example"
        );
        assert_eq!(
            dns_name("BÜCHER.Example.", false).unwrap(),
            "xn--bcher-kva.example"
        );
        assert_eq!(
            dns_name("*.bücher.example", true).unwrap(),
            "*.xn--bcher-kva.example"
        );
        assert_eq!(
            dns_name("xn--bcher-kva.example", false).unwrap(),
            "xn--bcher-kva.example"
        );
        assert_eq!(
            shown("xn--bcher-kva.example"),
            "xn--bcher-kva.example (bücher.example)"
        );
        assert_eq!(shown("host.example"), "host.example");
    }

    #[test]
    fn wildcards_cover_one_label() {
        assert!(covers("*.example.com", "www.example.com"));
        assert!(!covers("*.example.com", "a.b.example.com"));
        assert!(!covers("*.example.com", "example.com"));
        assert!(covers("Host.example.com", "host.EXAMPLE.com"));
        assert!(covers("host.example.com.", "host.example.com"));
        assert!(covers("192.0.2.1", "192.0.2.1"));
        assert!(!covers("*.0.2.1", "192.0.2.1"));
        assert!(covers("2001:DB8::1", "2001:db8:0::1"));
        assert!(covers("xn--bcher-kva.example", "bücher.example"));
    }
}
