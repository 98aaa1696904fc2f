//! `docwiz serve`: the help site and the F1 endpoint over HTTP, rendered on
//! request from the same library and templates as the static export, with the
//! live state of the store.
//!
//! Layout: [`site`] holds what every handler shares (content, store, tokens,
//! the page cache); [`help`] draws topic pages, indexes and `f1-map.json`;
//! [`f1`] answers `/f1?k=…&l=…`; [`security`] sets the headers every response
//! carries and checks sessions, CSRF tokens, Origin and the access token.
//!
//! The server is hyper's HTTP/1 driven by hand rather than `axum::serve`, for
//! a header read timeout and a bounded header buffer: a client that sends its
//! request slowly is dropped instead of holding a connection (slowloris).

pub mod f1;
pub mod help;
pub mod security;
pub mod site;
pub mod wizard;

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;

use crate::cert::pages::status::Commands;
use crate::cert::store::Store;
use crate::error::Error;
use crate::source::Source;

pub use site::Site;

/// The address `serve` listens on unless `--listen` says otherwise.
pub const DEFAULT_LISTEN: &str = "127.0.0.1:8370";

/// How long a client may take to send a request's headers.
pub const HEADER_TIMEOUT: Duration = Duration::from_secs(10);

/// The largest request head (request line and headers) read, in bytes.
pub const MAX_HEAD: usize = 64 * 1024;

/// The largest request body accepted (an uploaded PKCS#12 or PEM bundle).
pub const MAX_BODY: usize = 1024 * 1024;

/// How long a client may take to send a request's body once its head is in:
/// the wizard's forms are a few fields, and a body that trickles in must not
/// hold its connection and task for as long as the client likes.
pub const BODY_TIMEOUT: Duration = Duration::from_secs(10);

/// How long the server waits after `accept` fails (out of file descriptors,
/// most often) before accepting again, rather than spin on the error.
const ACCEPT_PAUSE: Duration = Duration::from_millis(100);

/// What `serve` was asked for.
pub struct Options {
    pub listen: SocketAddr,
    pub source: Source,
    pub store: Store,
    /// How pages spell the commands they suggest (with `--store` when given).
    pub commands: Commands,
}

/// A server bound to its address, not yet answering.
pub struct Bound {
    listener: tokio::net::TcpListener,
    runtime: tokio::runtime::Runtime,
    site: Arc<Site>,
}

impl Bound {
    /// The address actually bound (the port is chosen by the system for port 0).
    pub fn local_addr(&self) -> Option<SocketAddr> {
        self.listener.local_addr().ok()
    }

    /// The URL to open: with the access token when the wizard requires one.
    pub fn url(&self) -> String {
        let addr = self.local_addr().map(|a| a.to_string()).unwrap_or_default();
        match self.site.access_token() {
            // The wizard's page: the token is taken there and kept in a
            // cookie (the help at `/` needs none and would drop it).
            Some(token) => format!("http://{addr}/wizard/?token={token}"),
            None => format!("http://{addr}/"),
        }
    }

    /// Whether the wizard pages require the access token (listening beyond
    /// loopback).
    pub fn needs_token(&self) -> bool {
        self.site.access_token().is_some()
    }

    /// Answers until Ctrl+C (SIGINT), SIGTERM or SIGHUP, then lets requests
    /// in flight finish for up to five seconds. Returns the signal's number.
    pub fn serve(self) -> i32 {
        let Bound {
            listener,
            runtime,
            site,
        } = self;
        runtime.block_on(async move {
            let stop = stop_signal();
            let router = help::router(site.clone());
            let (closing, _) = tokio::sync::watch::channel(false);
            let mut tasks = tokio::task::JoinSet::new();
            tokio::pin!(stop);
            let signal;
            loop {
                tokio::select! {
                    number = &mut stop => {
                        signal = number;
                        break;
                    }
                    accepted = listener.accept() => {
                        let Ok((stream, _)) = accepted else {
                            // Connections that end free descriptors; until
                            // then every accept would fail at once.
                            tokio::time::sleep(ACCEPT_PAUSE).await;
                            continue;
                        };
                        let _ = stream.set_nodelay(true);
                        let service = TowerToHyperService::new(router.clone());
                        let mut closing = closing.subscribe();
                        tasks.spawn(async move {
                            let connection = hyper::server::conn::http1::Builder::new()
                                .timer(TokioTimer::new())
                                .header_read_timeout(HEADER_TIMEOUT)
                                // The head's limit; the buffer's alone lets
                                // a head that arrives in one read pass it.
                                .max_header_size(MAX_HEAD)
                                .max_buf_size(MAX_HEAD)
                                .serve_connection(TokioIo::new(stream), service);
                            tokio::pin!(connection);
                            tokio::select! {
                                _ = connection.as_mut() => {}
                                _ = closing.changed() => {
                                    connection.as_mut().graceful_shutdown();
                                    let _ = connection.await;
                                }
                            }
                        });
                        // Finished connections are reaped as we go.
                        while tasks.try_join_next().is_some() {}
                    }
                }
            }
            let _ = closing.send(true);
            let _ = tokio::time::timeout(Duration::from_secs(5), async {
                while tasks.join_next().await.is_some() {}
            })
            .await;
            signal
        })
    }
}

/// The first of SIGINT, SIGTERM, SIGHUP, as its number.
async fn stop_signal() -> i32 {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let kinds = [
            (SignalKind::interrupt(), 2),
            (SignalKind::terminate(), 15),
            (SignalKind::hangup(), 1),
        ];
        let mut streams = Vec::new();
        for (kind, number) in kinds {
            if let Ok(stream) = signal(kind) {
                streams.push((stream, number));
            }
        }
        if streams.is_empty() {
            std::future::pending::<()>().await;
        }
        let waits = streams.iter_mut().map(|(stream, number)| {
            let number = *number;
            Box::pin(async move {
                stream.recv().await;
                number
            })
        });
        futures_select_all(waits.collect()).await
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
        2
    }
}

/// The first of several futures to finish.
async fn futures_select_all<F: std::future::Future<Output = i32> + Unpin>(mut all: Vec<F>) -> i32 {
    std::future::poll_fn(|cx| {
        for f in all.iter_mut() {
            if let std::task::Poll::Ready(n) = std::pin::Pin::new(f).poll(cx) {
                return std::task::Poll::Ready(n);
            }
        }
        std::task::Poll::Pending
    })
    .await
}

/// Binds `options.listen`.
///
/// # Errors
/// `Error::Listen` when the address cannot be bound (in use, not local,
/// no permission), `Error::Read` when the content tree cannot be listed.
pub fn bind(options: Options) -> Result<Bound, Error> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| Error::Listen {
            addr: options.listen.to_string(),
            reason: e.to_string(),
        })?;
    let listen = options.listen;
    let listener = runtime
        .block_on(tokio::net::TcpListener::bind(listen))
        .map_err(|e| Error::Listen {
            addr: listen.to_string(),
            reason: e.to_string(),
        })?;
    let site = Site::new(options, !listen.ip().is_loopback())?;
    Ok(Bound {
        listener,
        runtime,
        site: Arc::new(site),
    })
}
