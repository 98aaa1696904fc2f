//! Requests to an ACME CA (RFC 8555) with instant-acme: an account kept in the
//! store and reused, one order for all names, http-01 challenges answered by a
//! small HTTP server of docwiz's own, and finalization with the wizard's CSR;
//! revocation with the same account.

use std::collections::HashMap;
use std::io::{Read, Write};
use std::net::{IpAddr, SocketAddr, TcpListener};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use instant_acme::{
    Account, AccountCredentials, AuthorizationStatus, CertificateIdentifier, ChallengeType,
    Identifier, NewAccount, NewOrder, OrderStatus, RetryPolicy, RevocationReason,
    RevocationRequest,
};
use rustls_pki_types::Der;
use sha1::{Digest, Sha1};

use super::problem::{CaProblem, problem_kind};
use super::{Ca, Csr, Issue, readable_answer};
use crate::cert::store::Store;
use crate::cert::store::revocation::ReasonCode;
use crate::cert::x509::certificate::{CertInfo, parse_certificates};
use crate::error::Error;

/// Where and how to reach the ACME CA.
#[derive(Debug, Clone)]
pub struct AcmeOptions {
    pub directory: String,
    /// A CA certificate (PEM) that the ACME server's HTTPS certificate chains to,
    /// for test CAs such as pebble.
    pub ca_bundle: Option<PathBuf>,
    pub contact: Option<String>,
    /// The port docwiz answers http-01 challenges on.
    pub http_port: u16,
    /// The address it listens on: 127.0.0.1 unless asked otherwise.
    pub http_address: IpAddr,
}

fn refused(problem: CaProblem, detail: impl std::fmt::Display) -> Error {
    Error::CaRefused {
        ca: "ACME".into(),
        problem,
        detail: detail.to_string(),
    }
}

/// A failure of docwiz's own on the way to the CA (a runtime, a JSON
/// encoding): the technical detail says which.
fn failed(detail: impl std::fmt::Display) -> Error {
    refused(CaProblem::Other, detail)
}

/// An instant-acme error as the problem it is (the CA's problem document,
/// or what failed on the connection to `directory`), with its causes as the
/// technical detail: "client error (Connect)" alone says little; the cause
/// says which certificate or address was wrong.
fn acme_error(directory: &str, error: instant_acme::Error) -> Error {
    let mut detail = error.to_string();
    let mut source = std::error::Error::source(&error);
    while let Some(cause) = source {
        detail.push_str(": ");
        detail.push_str(&cause.to_string());
        source = cause.source();
    }
    let problem = match &error {
        instant_acme::Error::Api(problem) => match (problem.r#type.as_deref(), problem.status) {
            (Some(urn), _) => CaProblem::Refused {
                kind: problem_kind(urn),
                words: problem.detail.clone().unwrap_or_default(),
            },
            (None, Some(status)) => CaProblem::HttpStatus { status },
            (None, None) => CaProblem::Refused {
                kind: String::new(),
                words: problem.detail.clone().unwrap_or_default(),
            },
        },
        instant_acme::Error::Timeout(_) => {
            let (host, port) = super::problem::host_port(directory);
            CaProblem::Timeout { host, port }
        }
        instant_acme::Error::Json(_) | instant_acme::Error::Str(_) => CaProblem::BadAnswer,
        other => CaProblem::of_connection(directory, other),
    };
    refused(problem, detail)
}

/// The ACME CA as [`Ca`]: the account and the order need the network, so
/// the request is published first ([`Issue::Online`]).
pub struct Acme<'a>(pub &'a AcmeOptions);

impl Ca for Acme<'_> {
    fn name(&self) -> &'static str {
        "acme"
    }

    fn url(&self) -> Option<String> {
        Some(self.0.directory.clone())
    }

    /// The ACME client reads the bundle itself; it is checked as every input
    /// file is (a FIFO or /dev/zero would never end), and must hold
    /// certificates, before anything is done: a bad bundle leaves no request.
    fn check(&self, _store: &Store) -> Result<(), Error> {
        if let Some(bundle) = &self.0.ca_bundle {
            let bytes = crate::cert::input::read(bundle)?;
            crate::cert::x509::response::certificates(&bundle.display().to_string(), &bytes)?;
        }
        Ok(())
    }

    fn issue<'a>(&'a self, store: &'a Store, csr: Csr<'a>) -> Result<Issue<'a>, Error> {
        Ok(Issue::Online(Box::new(move || {
            order(store, self.0, csr.names, csr.der, csr.replaces)
                .and_then(|chain| readable_answer(&self.0.directory, chain))
        })))
    }

    fn revoke(&self, store: &Store, leaf: &CertInfo, reason: ReasonCode) -> Result<(), Error> {
        revoke(store, self.0, &leaf.der, reason)
    }
}

/// Revokes a certificate (RFC 8555 §7.6) signed by the account that ordered
/// it: the one kept in the store for this directory. A CA that says the
/// certificate is already revoked (`alreadyRevoked`) has confirmed it.
pub fn revoke(
    store: &Store,
    options: &AcmeOptions,
    der: &[u8],
    reason: ReasonCode,
) -> Result<(), Error> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(failed)?;
    runtime.block_on(async {
        let account = account(store, options).await?;
        let certificate = rustls_pki_types::CertificateDer::from(der.to_vec());
        let request = RevocationRequest {
            certificate: &certificate,
            reason: Some(acme_reason(reason)),
        };
        match account.revoke(&request).await {
            Ok(()) => Ok(()),
            Err(instant_acme::Error::Api(problem))
                if problem.r#type.as_deref()
                    == Some("urn:ietf:params:acme:error:alreadyRevoked") =>
            {
                Ok(())
            }
            Err(error) => Err(acme_error(&options.directory, error)),
        }
    })
}

/// The reason as instant-acme sends it (the same CRLReason codes).
fn acme_reason(reason: ReasonCode) -> RevocationReason {
    match reason {
        ReasonCode::Unspecified => RevocationReason::Unspecified,
        ReasonCode::KeyCompromise => RevocationReason::KeyCompromise,
        ReasonCode::CaCompromise => RevocationReason::CaCompromise,
        ReasonCode::AffiliationChanged => RevocationReason::AffiliationChanged,
        ReasonCode::Superseded => RevocationReason::Superseded,
        ReasonCode::CessationOfOperation => RevocationReason::CessationOfOperation,
        ReasonCode::PrivilegeWithdrawn => RevocationReason::PrivilegeWithdrawn,
    }
}

/// Orders a certificate for `names` and returns the chain, leaf first; on
/// renewal `replaces` is the certificate replaced (DER).
pub fn order(
    store: &Store,
    options: &AcmeOptions,
    names: &[String],
    csr_der: &[u8],
    replaces: Option<&[u8]>,
) -> Result<Vec<Vec<u8>>, Error> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(failed)?;
    let tokens = Arc::new(Mutex::new(HashMap::new()));
    let server = ChallengeServer::start(
        SocketAddr::new(options.http_address, options.http_port),
        tokens.clone(),
    )?;
    let result = runtime.block_on(order_async(
        store, options, names, csr_der, replaces, &tokens,
    ));
    server.stop();
    result
}

async fn order_async(
    store: &Store,
    options: &AcmeOptions,
    names: &[String],
    csr_der: &[u8],
    replaces: Option<&[u8]>,
    tokens: &Mutex<HashMap<String, String>>,
) -> Result<Vec<Vec<u8>>, Error> {
    let account = account(store, options).await?;
    let identifiers: Vec<Identifier> = names.iter().map(|n| Identifier::Dns(n.clone())).collect();
    // A CA without renewal information refuses `replaces` (instant-acme
    // says so before asking): the order is then made without it.
    let replacing = replaces.and_then(certificate_id);
    let ordered = match replacing {
        Some(id) => match account
            .new_order(&NewOrder::new(&identifiers).replaces(id))
            .await
        {
            Err(instant_acme::Error::Unsupported(_)) => {
                account.new_order(&NewOrder::new(&identifiers)).await
            }
            other => other,
        },
        None => account.new_order(&NewOrder::new(&identifiers)).await,
    };
    let mut order = ordered.map_err(|e| acme_error(&options.directory, e))?;
    let mut authorizations = order.authorizations();
    while let Some(authorization) = authorizations.next().await {
        let mut authorization = authorization.map_err(|e| acme_error(&options.directory, e))?;
        match authorization.status {
            AuthorizationStatus::Pending => {}
            AuthorizationStatus::Valid => continue,
            other => {
                return Err(refused(
                    CaProblem::Authorization {
                        status: format!("{other:?}").to_lowercase(),
                    },
                    format!("authorization is {other:?}"),
                ));
            }
        }
        let mut challenge = authorization
            .challenge(ChallengeType::Http01)
            .ok_or_else(|| {
                refused(
                    CaProblem::NoHttpChallenge,
                    "the CA offers no http-01 challenge",
                )
            })?;
        let answer = challenge.key_authorization().as_str().to_string();
        tokens
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .insert(challenge.token.clone(), answer);
        challenge
            .set_ready()
            .await
            .map_err(|e| acme_error(&options.directory, e))?;
    }
    // Short first delays: a local CA answers in milliseconds.
    let retries = RetryPolicy::new()
        .initial_delay(Duration::from_millis(20))
        .backoff(1.5)
        .timeout(Duration::from_secs(60));
    let status = order
        .poll_ready(&retries)
        .await
        .map_err(|e| acme_error(&options.directory, e))?;
    if status != OrderStatus::Ready {
        return Err(refused(
            CaProblem::Order {
                status: format!("{status:?}").to_lowercase(),
            },
            format!("the order is {status:?}"),
        ));
    }
    order
        .finalize_csr(csr_der)
        .await
        .map_err(|e| acme_error(&options.directory, e))?;
    let pem = order
        .poll_certificate(&retries)
        .await
        .map_err(|e| acme_error(&options.directory, e))?;
    parse_certificates("ACME", pem.as_bytes())
        .map_err(|_| refused(CaProblem::BadAnswer, "the CA sent no certificate"))
}

/// RFC 9773's identifier of a certificate: its authority key identifier and
/// serial number; `None` for one without an AKI.
fn certificate_id(der: &[u8]) -> Option<CertificateIdentifier<'static>> {
    use x509_parser::prelude::{FromDer, ParsedExtension, X509Certificate};
    let (_, cert) = X509Certificate::from_der(der).ok()?;
    let aki = cert
        .iter_extensions()
        .find_map(|ext| match ext.parsed_extension() {
            ParsedExtension::AuthorityKeyIdentifier(aki) => aki.key_identifier.as_ref(),
            _ => None,
        })?;
    Some(
        CertificateIdentifier::new(
            Der::from_slice(aki.0),
            Der::from_slice(cert.tbs_certificate.raw_serial()),
        )
        .into_owned(),
    )
}

/// The renewal window the CA suggests for a certificate it issued (RFC
/// 9773), as `(start, end)`; `None` when the CA keeps no renewal
/// information or the certificate has no identifier for it.
pub fn renewal_window(
    store: &Store,
    options: &AcmeOptions,
    der: &[u8],
) -> Result<Option<(time::OffsetDateTime, time::OffsetDateTime)>, Error> {
    let Some(id) = certificate_id(der) else {
        return Ok(None);
    };
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(failed)?;
    runtime.block_on(async {
        let account = account(store, options).await?;
        match account.renewal_info(&id).await {
            Ok((info, _)) => Ok(Some((
                info.suggested_window.start,
                info.suggested_window.end,
            ))),
            Err(instant_acme::Error::Unsupported(_)) => Ok(None),
            Err(error) => Err(acme_error(&options.directory, error)),
        }
    })
}

/// The account for this directory: stored credentials, else a new account
/// whose credentials are stored (0600) for the next request.
async fn account(store: &Store, options: &AcmeOptions) -> Result<Account, Error> {
    let digest = Sha1::digest(options.directory.as_bytes());
    let name: String = digest[..8].iter().map(|b| format!("{b:02x}")).collect();
    let rel = format!("acme/{name}.json");
    let builder = || match &options.ca_bundle {
        Some(bundle) => {
            Account::builder_with_root(bundle).map_err(|e| acme_error(&options.directory, e))
        }
        None => Account::builder().map_err(|e| acme_error(&options.directory, e)),
    };
    if let Some(bytes) = store.read(&rel)?
        && let Ok(credentials) = serde_json::from_slice::<AccountCredentials>(&bytes)
    {
        return builder()?
            .from_credentials(credentials)
            .await
            .map_err(|e| acme_error(&options.directory, e));
    }
    let contact = options.contact.as_ref().map(|c| format!("mailto:{c}"));
    let contacts: Vec<&str> = contact.iter().map(String::as_str).collect();
    let (account, credentials) = builder()?
        .create(
            &NewAccount {
                contact: &contacts,
                terms_of_service_agreed: true,
                only_return_existing: false,
            },
            options.directory.clone(),
            None,
        )
        .await
        .map_err(|e| acme_error(&options.directory, e))?;
    let json = serde_json::to_vec(&credentials).map_err(failed)?;
    store.write(&rel, &json, true)?;
    Ok(account)
}

/// Answers `GET /.well-known/acme-challenge/<token>` with the key authorization.
struct ChallengeServer {
    stop: Arc<AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl ChallengeServer {
    fn start(
        address: SocketAddr,
        tokens: Arc<Mutex<HashMap<String, String>>>,
    ) -> Result<ChallengeServer, Error> {
        let listener = TcpListener::bind(address).map_err(|e| {
            refused(
                CaProblem::Listen {
                    address: address.to_string(),
                    reason: e.to_string(),
                },
                format!("cannot listen on {address}: {e}"),
            )
        })?;
        listener.set_nonblocking(true).map_err(failed)?;
        let stop = Arc::new(AtomicBool::new(false));
        let flag = stop.clone();
        let thread = std::thread::spawn(move || {
            while !flag.load(Ordering::Relaxed) {
                match listener.accept() {
                    Ok((mut stream, _)) => {
                        let _ = stream.set_nonblocking(false);
                        let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
                        let mut request = [0u8; 2048];
                        let n = stream.read(&mut request).unwrap_or(0);
                        let line = String::from_utf8_lossy(&request[..n]);
                        let path = line.split_whitespace().nth(1).unwrap_or("");
                        let answer = path
                            .strip_prefix("/.well-known/acme-challenge/")
                            .and_then(|token| tokens.lock().ok()?.get(token).cloned());
                        let response = match answer {
                            Some(body) => format!(
                                "HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                                body.len()
                            ),
                            None => "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".to_string(),
                        };
                        let _ = stream.write_all(response.as_bytes());
                    }
                    Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {
                        std::thread::sleep(Duration::from_millis(5));
                    }
                    Err(_) => break,
                }
            }
        });
        Ok(ChallengeServer {
            stop,
            thread: Some(thread),
        })
    }

    fn stop(mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}
