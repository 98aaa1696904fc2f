//! An ACME CA for the tests: pebble (Debian package `pebble`) started on
//! 127.0.0.1 with an HTTPS certificate of a CA made with openssl, and stopped
//! when dropped; the helpers it needs (free ports, waiting for a listener,
//! openssl CAs) serve the other servers the tests start too.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use super::{sh, wizard};

pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

pub fn wait_for(port: u16) {
    let start = Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "nothing listens on {port}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// A CA made with openssl, for servers' HTTPS certificates and offline answers.
pub fn openssl_ca(dir: &Path, name: &str) {
    sh(
        dir,
        &format!(
            "openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout {name}.key -out {name}.pem -days 3 -subj '/CN=Test {name} CA' \
             -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign 2>/dev/null"
        ),
    );
}

pub struct Server {
    pub child: Child,
    pub dir: tempfile::TempDir,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub struct Pebble {
    pub server: Server,
    pub directory: String,
    pub management: u16,
    /// The port pebble's validator sends http-01 requests to (real validation only).
    pub http_port: Option<u16>,
    _dns: Option<Server>,
}

impl Pebble {
    pub fn start() -> Pebble {
        Self::launch(0, false)
    }

    /// `percent` of nonces rejected with badNonce (PEBBLE_WFE_NONCEREJECT).
    pub fn start_rejecting_nonces(percent: u8) -> Pebble {
        Self::launch(percent, false)
    }

    /// pebble validating http-01 for real: every name resolves to 127.0.0.1
    /// through pebble-challtestsrv's DNS, and pebble fetches the challenge from
    /// the port docwiz answers on.
    pub fn start_validating() -> Pebble {
        Self::launch(0, true)
    }

    fn launch(percent: u8, validate: bool) -> Pebble {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        openssl_ca(d, "tls");
        sh(
            d,
            "openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout server.key -out server.csr -subj /CN=localhost 2>/dev/null; \
             printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\\nbasicConstraints=CA:FALSE\\nextendedKeyUsage=serverAuth\\n' > ext; \
             openssl x509 -req -in server.csr -CA tls.pem -CAkey tls.key -CAcreateserial -out server.pem -days 3 -extfile ext 2>/dev/null",
        );
        let (acme, management, http) = (free_port(), free_port(), free_port());
        let config = serde_json::json!({"pebble": {
            "listenAddress": format!("127.0.0.1:{acme}"),
            "managementListenAddress": format!("127.0.0.1:{management}"),
            "certificate": d.join("server.pem"), "privateKey": d.join("server.key"),
            "httpPort": http, "tlsPort": free_port(), "ocspResponderURL": "",
            "externalAccountBindingRequired": false,
            "domainBlocklist": ["blocked.example"],
        }});
        std::fs::write(d.join("pebble.json"), config.to_string()).unwrap();
        let dns = validate.then(|| {
            let (port, management) = (free_port(), free_port());
            let child = Command::new("pebble-challtestsrv")
                .args([
                    "-dns01",
                    &format!("127.0.0.1:{port}"),
                    "-http01",
                    "",
                    "-https01",
                    "",
                    "-tlsalpn01",
                    "",
                ])
                .args([
                    "-management",
                    &format!("127.0.0.1:{management}"),
                    "-defaultIPv4",
                    "127.0.0.1",
                    "-defaultIPv6",
                    "",
                ])
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .expect("pebble-challtestsrv is installed (Debian package pebble)");
            wait_for(management);
            (
                Server {
                    child,
                    dir: tempfile::tempdir().unwrap(),
                },
                port,
            )
        });
        let mut command = Command::new("pebble");
        command.arg("-config").arg(d.join("pebble.json"));
        match &dns {
            Some((_, port)) => {
                command.arg("-dnsserver").arg(format!("127.0.0.1:{port}"));
            }
            None => {
                command.env("PEBBLE_VA_ALWAYS_VALID", "1");
            }
        }
        let child = command
            .env("PEBBLE_VA_NOSLEEP", "1")
            .env("PEBBLE_WFE_NONCEREJECT", percent.to_string())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("pebble is installed (Debian package pebble)");
        wait_for(acme);
        wait_for(management);
        Pebble {
            server: Server { child, dir },
            directory: format!("https://127.0.0.1:{acme}/dir"),
            management,
            http_port: validate.then_some(http),
            _dns: dns.map(|(server, _)| server),
        }
    }

    pub fn ca_bundle(&self) -> PathBuf {
        self.server.dir.path().join("tls.pem")
    }

    /// A certificate from pebble's management interface, saved to a file.
    pub fn fetch(&self, what: &str) -> PathBuf {
        let file = self
            .server
            .dir
            .path()
            .join(format!("{}.pem", what.replace('/', "-")));
        let out = Command::new("curl")
            .args(["-sf", "--cacert"])
            .arg(self.ca_bundle())
            .arg(format!("https://127.0.0.1:{}/{what}", self.management))
            .output()
            .expect("curl is installed");
        assert!(out.status.success());
        std::fs::write(&file, out.stdout).unwrap();
        file
    }

    pub fn request(&self, store: &Path, extra: &[&str]) -> std::process::Output {
        let port = self.http_port.unwrap_or_else(free_port).to_string();
        let mut args = vec![
            "--json",
            "wizard",
            "request",
            "--key",
            "ecdsa-p256",
            "--ca",
            "acme",
            "--acme-directory",
            &self.directory,
            "--acme-ca-bundle",
        ];
        let bundle = self.ca_bundle().display().to_string();
        args.push(&bundle);
        args.extend(["--acme-contact", "admin@example.com"]);
        if !extra.contains(&"--acme-http-port") {
            args.extend(["--acme-http-port", &port]);
        }
        args.extend(extra);
        wizard(store, &args)
    }
}
