//! `docwiz serve` as a child process on 127.0.0.1 with a port the system
//! picks, and a raw HTTP/1.1 client that sends exactly the bytes a test
//! writes (paths such as `/../x` or `%2e%2e` reach the server unnormalized,
//! no redirect is followed unless asked, any Origin can be sent), so that
//! every refusal can be seen as it is answered. [`Client`] is one visitor:
//! it keeps its cookies as a browser does.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
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
    /// The lines after the first, as they come.
    rest: std::sync::mpsc::Receiver<String>,
}

impl Server {
    /// `docwiz ARGS… serve --listen 127.0.0.1:0`, waiting for its URL.
    pub fn start(args: &[&str]) -> Server {
        Server::start_at(args, "127.0.0.1:0")
    }

    /// `docwiz --store STORE serve --listen 127.0.0.1:0`.
    pub fn with_store(store: &Path) -> Server {
        Server::start(&["--store", store.to_str().expect("a UTF-8 path")])
    }

    pub fn start_at(args: &[&str], listen: &str) -> Server {
        Server::start_with(args, listen, &[], &[])
    }

    /// `docwiz ARGS… serve --listen LISTEN SERVE_ARGS…` with `env` added to
    /// its environment; what it prints on stderr comes after its banner,
    /// through [`Server::next_line`], as stdout's lines do.
    pub fn start_with(
        args: &[&str],
        listen: &str,
        serve_args: &[&str],
        env: &[(&str, &str)],
    ) -> Server {
        let mut child = docwiz()
            .args(args)
            .args(["serve", "--listen", listen])
            .args(serve_args)
            .envs(env.iter().copied())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start docwiz serve");
        let stdout = child.stdout.take().expect("stdout");
        let stderr = child.stderr.take().expect("stderr");
        let mut lines = BufReader::new(stdout);
        let mut banner = String::new();
        lines
            .read_line(&mut banner)
            .expect("the server's first line");
        let addr = banner
            .split("http://")
            .nth(1)
            .and_then(|rest| rest.split('/').next())
            .map(|a| a.trim().to_string())
            .unwrap_or_else(|| panic!("no URL in {banner:?}"));
        // Keep reading so the server never blocks on a full pipe.
        let (send, rest) = std::sync::mpsc::channel();
        let errors = send.clone();
        std::thread::spawn(move || {
            for line in lines.lines().map_while(Result::ok) {
                let _ = send.send(line);
            }
        });
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                let _ = errors.send(line);
            }
        });
        Server {
            child,
            addr,
            banner,
            rest,
        }
    }

    /// The next line the server prints after its banner (at most 30 s).
    pub fn next_line(&self) -> Option<String> {
        self.rest.recv_timeout(Duration::from_secs(30)).ok()
    }

    /// A GET of `path` with extra header lines (`Name: value`).
    pub fn get(&self, path: &str, headers: &[&str]) -> Response {
        self.request("GET", path, headers, "")
    }

    /// One request on a fresh connection (`Connection: close`).
    pub fn request(&self, method: &str, path: &str, headers: &[&str], body: &str) -> Response {
        exchange(&self.addr, method, path, headers, body)
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

/// An HTTP response as read off the wire (a chunked body is joined).
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

    /// The `Location` header; the test fails without one.
    pub fn location(&self) -> String {
        self.header("location")
            .unwrap_or_else(|| panic!("no Location: {self:?}"))
            .to_string()
    }
}

/// One visitor of the site: its cookies (kept from `Set-Cookie` as a browser
/// keeps them), its Accept-Language, and the server's own Origin on a POST.
pub struct Client {
    pub addr: String,
    cookies: Vec<(String, String)>,
    /// Sent as Accept-Language when set.
    pub language: Option<String>,
}

impl Client {
    pub fn new(server: &Server) -> Client {
        Client {
            addr: server.addr.clone(),
            cookies: Vec::new(),
            language: None,
        }
    }

    /// A request with this visitor's cookies and language, plus `headers`
    /// (`Name: value`); a POST body is sent as a form.
    pub fn send(&mut self, method: &str, path: &str, headers: &[&str], body: &str) -> Response {
        let mut lines: Vec<String> = Vec::new();
        if !self.cookies.is_empty() {
            lines.push(self.cookie_header());
        }
        if let Some(language) = &self.language {
            lines.push(format!("Accept-Language: {language}"));
        }
        if method == "POST" {
            lines.push("Content-Type: application/x-www-form-urlencoded".into());
        }
        lines.extend(headers.iter().map(|h| h.to_string()));
        let lines: Vec<&str> = lines.iter().map(String::as_str).collect();
        let response = exchange(&self.addr, method, path, &lines, body);
        if let Some(set) = response.header("set-cookie") {
            for cookie in set.lines() {
                if let Some((name, value)) =
                    cookie.split(';').next().and_then(|c| c.split_once('='))
                {
                    self.cookies.retain(|(n, _)| n != name);
                    self.cookies.push((name.to_string(), value.to_string()));
                }
            }
        }
        response
    }

    pub fn get(&mut self, path: &str) -> Response {
        self.send("GET", path, &[], "")
    }

    /// This visitor's cookies as a request header line (`Cookie: a=1; b=2`),
    /// for a request written by hand.
    pub fn cookie_header(&self) -> String {
        let jar: Vec<String> = self
            .cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect();
        format!("Cookie: {}", jar.join("; "))
    }

    /// A POST as the page's form sends it: same Origin.
    pub fn post(&mut self, action: &str, pairs: &[(&str, &str)]) -> Response {
        let origin = format!("Origin: http://{}", self.addr);
        self.send("POST", action, &[&origin], &form(pairs))
    }

    /// GETs `path`, following redirects.
    pub fn visit(&mut self, path: &str) -> Response {
        let mut reply = self.get(path);
        let mut hops = 0;
        while (300..400).contains(&reply.status) && hops < 10 {
            let to = reply.location();
            reply = self.get(&to);
            hops += 1;
        }
        reply
    }
}

/// Sends one request (`Connection: close`, `Content-Length` for a body or a
/// POST) on a fresh connection and reads the response.
fn exchange(addr: &str, method: &str, path: &str, headers: &[&str], body: &str) -> Response {
    let mut head = format!("{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n");
    for h in headers {
        head.push_str(h);
        head.push_str("\r\n");
    }
    if !body.is_empty() || method == "POST" {
        head.push_str(&format!("Content-Length: {}\r\n", body.len()));
    }
    head.push_str("\r\n");
    head.push_str(body);
    send_raw(addr, head.as_bytes())
}

/// Writes `bytes` to `addr` and reads the response until the server closes.
pub fn send_raw(addr: &str, bytes: &[u8]) -> Response {
    let mut stream = TcpStream::connect(addr).expect("connect to docwiz serve");
    // Long enough for a loaded machine; a hang still ends the test.
    stream
        .set_read_timeout(Some(Duration::from_secs(120)))
        .expect("timeout");
    stream.write_all(bytes).expect("send request");
    let mut raw = Vec::new();
    let _ = stream.read_to_end(&mut raw);
    parse(&raw)
}

fn parse(raw: &[u8]) -> Response {
    let split = raw.windows(4).position(|w| w == b"\r\n\r\n");
    let (head, body) = match split {
        Some(at) => (&raw[..at], &raw[at + 4..]),
        None => (raw, &[][..]),
    };
    let head = String::from_utf8_lossy(head);
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
    let chunked = headers
        .get("transfer-encoding")
        .is_some_and(|v| v.eq_ignore_ascii_case("chunked"));
    let body = if chunked {
        dechunk(body)
    } else {
        body.to_vec()
    };
    Response {
        status,
        headers,
        body: String::from_utf8_lossy(&body).into_owned(),
    }
}

/// A chunked body's data (RFC 9112, 7.1); what a cut-off body holds so far.
fn dechunk(mut data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(end) = data.windows(2).position(|w| w == b"\r\n") {
        let size_text = String::from_utf8_lossy(&data[..end]);
        let size = size_text.split(';').next().unwrap_or("").trim();
        let size = usize::from_str_radix(size, 16).unwrap_or(0);
        let start = end + 2;
        if size == 0 || data.len() < start + size {
            break;
        }
        out.extend_from_slice(&data[start..start + size]);
        data = data.get(start + size + 2..).unwrap_or(&[]);
    }
    out
}

/// Percent-encoding of a query parameter or form field: everything but the
/// unreserved characters escaped.
pub fn percent(value: &str) -> String {
    value
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

/// A form body, `application/x-www-form-urlencoded`.
pub fn form(pairs: &[(&str, &str)]) -> String {
    pairs
        .iter()
        .map(|(k, v)| format!("{}={}", percent(k), percent(v)))
        .collect::<Vec<_>>()
        .join("&")
}

/// `&amp;` and the other entities the pages escape, undone.
pub fn unescape(text: &str) -> String {
    text.replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#38;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// The value of attribute `attr` of the element with `id`.
pub fn attr(html: &str, id: &str, attr: &str) -> Option<String> {
    let at = html.find(&format!("id=\"{id}\""))?;
    let start = html[..at].rfind('<')?;
    let end = at + html[at..].find('>')?;
    let tag = &html[start..end];
    let key = format!("{attr}=\"");
    let from = tag.find(&key)? + key.len();
    let to = from + tag[from..].find('"')?;
    Some(unescape(&tag[from..to]))
}
