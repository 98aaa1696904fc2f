//! Host names a certificate is requested for.

use crate::error::Error;

/// Validates a DNS name (RFC 1123 labels; `*.` allowed as the leftmost label of a
/// subject alternative name) and returns it lowercased without a trailing dot.
pub fn dns_name(name: &str, wildcard_allowed: bool) -> Result<String, Error> {
    let invalid = || Error::InvalidName {
        name: name.to_string(),
    };
    let lower = name.trim_end_matches('.').to_ascii_lowercase();
    if lower.is_empty() || lower.len() > 253 || !name.is_ascii() {
        return Err(invalid());
    }
    let mut labels = lower.split('.').peekable();
    let mut count = 0;
    while let Some(label) = labels.next() {
        count += 1;
        if label == "*" && count == 1 && wildcard_allowed && labels.peek().is_some() {
            continue;
        }
        let ok = !label.is_empty()
            && label.len() <= 63
            && !label.starts_with('-')
            && !label.ends_with('-')
            && label
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-');
        if !ok {
            return Err(invalid());
        }
    }
    // A name made only of digits and dots would read as an IP address.
    if lower.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        return Err(invalid());
    }
    Ok(lower)
}

/// The FQDN first, then each SAN; validated, lowercased, duplicates folded.
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

/// Whether a certificate name (possibly `*.example.com`) covers `host`.
pub fn covers(pattern: &str, host: &str) -> bool {
    let pattern = pattern.to_ascii_lowercase();
    let host = host.to_ascii_lowercase();
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
            "ü.example",
            &"a".repeat(64),
        ] {
            assert!(dns_name(bad, false).is_err(), "{bad:?}");
        }
        assert!(dns_name("*.example.com", false).is_err());
        assert!(dns_name("*.example.com", true).is_ok());
        assert!(dns_name("*", true).is_err());
    }

    #[test]
    fn wildcards_cover_one_label() {
        assert!(covers("*.example.com", "www.example.com"));
        assert!(!covers("*.example.com", "a.b.example.com"));
        assert!(!covers("*.example.com", "example.com"));
        assert!(covers("Host.example.com", "host.EXAMPLE.com"));
    }
}
