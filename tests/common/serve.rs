//! `docwiz serve` as a child process on 127.0.0.1 with a port the system
//! picks, and a raw HTTP/1.1 client that sends exactly the bytes a test
//! writes (paths such as `/../x` or `%2e%2e` reach the server unnormalized).

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Stdio};
use std::time::Duration;

use super::docwiz;

/// A running server; stopped with SIGTERM when dropped.
pub struct Server {
    child: Child,
    /// `127.0.0.1:PORT`
    pub addr: String,
    /// The first line the server printed (its URL).
    pub banner: String,
}

impl Server {
    /// `docwiz ARGS… serve --listen 127.0.0.1:0`, waiting for its URL.
    pub fn start(args: &[&str]) -> Server {
        Server::start_at(args, "127.0.0.1:0")
    }

    pub fn start_at(args: &[&str], listen: &str) -> Server {
        let mut child = docwiz()
            .args(args)
            .args(["serve", "--listen", listen])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start docwiz serve");
        let stdout = child.stdout.take().expect("stdout");
        let mut lines = BufReader::new(stdout);
        let mut banner = String::new();
        lines
            .read_line(&mut banner)
            .expect("the server's first line");
        let addr = banner
            .split("http://")
            .nth(1)
            .and_then(|rest| rest.split('/').next())
            .unwrap_or_else(|| panic!("no URL in {banner:?}"))
            .to_string();
        // Keep reading so the server never blocks on a full pipe.
        std::thread::spawn(move || {
            let mut rest = String::new();
            let _ = lines.read_to_string(&mut rest);
        });
        Server {
            child,
            addr,
            banner,
        }
    }

    /// A GET of `path` with extra header lines (`Name: value`).
    pub fn get(&self, path: &str, headers: &[&str]) -> Response {
        self.request("GET", path, headers, "")
    }

    /// One request on a fresh connection (`Connection: close`).
    pub fn request(&self, method: &str, path: &str, headers: &[&str], body: &str) -> Response {
        let mut head = format!(
            "{method} {path} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n",
            self.addr
        );
        for h in headers {
            head.push_str(h);
            head.push_str("\r\n");
        }
        if !body.is_empty() || method == "POST" {
            head.push_str(&format!("Content-Length: {}\r\n", body.len()));
        }
        head.push_str("\r\n");
        head.push_str(body);
        send_raw(&self.addr, head.as_bytes())
    }

    /// Sends SIGTERM and waits; the exit status.
    pub fn stop(mut self) -> std::process::ExitStatus {
        self.terminate();
        self.child.wait().expect("wait for docwiz serve")
    }

    fn terminate(&mut self) {
        let _ = std::process::Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status();
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            self.terminate();
            std::thread::sleep(Duration::from_millis(200));
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// An HTTP response as read off the wire.
#[derive(Debug)]
pub struct Response {
    pub status: u16,
    /// Header names lowercased; repeated headers joined with `\n`.
    pub headers: BTreeMap<String, String>,
    pub body: String,
}

impl Response {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .get(&name.to_ascii_lowercase())
            .map(String::as_str)
    }
}

/// Writes `bytes` to `addr` and reads the response until the server closes.
pub fn send_raw(addr: &str, bytes: &[u8]) -> Response {
    let mut stream = TcpStream::connect(addr).expect("connect to docwiz serve");
    stream
        .set_read_timeout(Some(Duration::from_secs(30)))
        .expect("timeout");
    stream.write_all(bytes).expect("send request");
    let mut raw = Vec::new();
    let _ = stream.read_to_end(&mut raw);
    parse(&raw)
}

fn parse(raw: &[u8]) -> Response {
    let text = String::from_utf8_lossy(raw);
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let mut lines = head.lines();
    let status = lines
        .next()
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let mut headers: BTreeMap<String, String> = BTreeMap::new();
    for line in lines {
        if let Some((k, v)) = line.split_once(':') {
            let k = k.trim().to_ascii_lowercase();
            let v = v.trim().to_string();
            headers
                .entry(k)
                .and_modify(|old| {
                    old.push('\n');
                    old.push_str(&v);
                })
                .or_insert(v);
        }
    }
    Response {
        status,
        headers,
        body: body.to_string(),
    }
}
