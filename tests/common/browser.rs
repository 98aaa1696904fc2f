//! Headless Chromium from Debian, driven through chromium-driver (W3C
//! WebDriver, which drives Chromium over the DevTools protocol). Started on
//! 127.0.0.1 by the test and stopped when dropped; a missing browser fails
//! the test (CI installs it: .ci/run), it never skips. Included only by the
//! browser tests (`#[path]`), so other test binaries do not link a WebDriver
//! client.

use std::net::TcpListener;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};

/// chromium-driver and a browser session with the given Accept-Language.
pub struct Browser {
    driver: Child,
    pub client: Client,
    pub runtime: tokio::runtime::Runtime,
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

impl Browser {
    /// `accept_languages`: Chromium's preference list (`de-CH,de`); Chromium
    /// sends it with q-values (`de-CH,de;q=0.9`).
    pub fn start(accept_languages: &str) -> Browser {
        let driver_bin = ["chromedriver", "/usr/bin/chromedriver", "chromium-driver"]
            .into_iter()
            .find(|b| Command::new(b).arg("--version").output().is_ok())
            .expect(
                "chromedriver (Debian package chromium-driver) is needed: bash .ci/run installs it",
            );
        let port = free_port();
        let driver = Command::new(driver_bin)
            .arg(format!("--port={port}"))
            .arg("--allowed-ips=127.0.0.1")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start chromedriver");
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("runtime");
        let mut caps = serde_json::Map::new();
        caps.insert(
            "goog:chromeOptions".into(),
            serde_json::json!({
                "binary": "/usr/bin/chromium",
                "args": ["--headless=new", "--no-sandbox", "--disable-gpu",
                         "--disable-dev-shm-usage", "--window-size=1200,900",
                         format!("--lang={}", accept_languages.split(',').next().unwrap_or("en"))],
                "prefs": { "intl": { "accept_languages": accept_languages } }
            }),
        );
        let url = format!("http://127.0.0.1:{port}");
        let started = Instant::now();
        let client = runtime.block_on(async {
            loop {
                let connector = hyper_util::client::legacy::connect::HttpConnector::new();
                match ClientBuilder::new(connector)
                    .capabilities(caps.clone())
                    .connect(&url)
                    .await
                {
                    Ok(client) => break client,
                    Err(e) if started.elapsed() > Duration::from_secs(30) => {
                        panic!("no WebDriver session with Chromium: {e}")
                    }
                    Err(_) => tokio::time::sleep(Duration::from_millis(200)).await,
                }
            }
        });
        Browser {
            driver,
            client,
            runtime,
        }
    }

    pub fn goto(&self, url: &str) {
        self.runtime
            .block_on(self.client.goto(url))
            .unwrap_or_else(|e| panic!("open {url}: {e}"));
    }

    pub fn url(&self) -> String {
        self.runtime
            .block_on(self.client.current_url())
            .map(|u| u.to_string())
            .unwrap_or_default()
    }

    /// The page's HTML as the browser has it now.
    pub fn source(&self) -> String {
        self.runtime
            .block_on(self.client.source())
            .unwrap_or_default()
    }

    /// The text the page shows (`document.body.innerText`).
    pub fn text(&self) -> String {
        self.eval("return document.body ? document.body.innerText : ''")
            .as_str()
            .unwrap_or_default()
            .to_string()
    }

    /// Runs script in the page; its return value.
    pub fn eval(&self, script: &str) -> serde_json::Value {
        self.runtime
            .block_on(self.client.execute(script, vec![]))
            .unwrap_or_else(|e| panic!("script {script}: {e}"))
    }

    /// Clicks the element `css` selects.
    pub fn click(&self, css: &str) {
        self.runtime.block_on(async {
            let element = self
                .client
                .wait()
                .at_most(Duration::from_secs(15))
                .for_element(Locator::Css(css))
                .await
                .unwrap_or_else(|e| panic!("no element {css}: {e}"));
            element
                .click()
                .await
                .unwrap_or_else(|e| panic!("click {css}: {e}"));
        });
    }

    /// Types into the element `css` selects.
    pub fn type_into(&self, css: &str, text: &str) {
        self.runtime.block_on(async {
            let element = self
                .client
                .wait()
                .at_most(Duration::from_secs(15))
                .for_element(Locator::Css(css))
                .await
                .unwrap_or_else(|e| panic!("no element {css}: {e}"));
            element.clear().await.ok();
            element
                .send_keys(text)
                .await
                .unwrap_or_else(|e| panic!("type into {css}: {e}"));
        });
    }

    /// Presses a key (a `fantoccini::key::Key`) on whatever has focus, as
    /// the keyboard would: key down, key up.
    pub fn press(&self, key: fantoccini::key::Key) {
        use fantoccini::actions::{InputSource, KeyAction, KeyActions};
        let value: char = key.into();
        let actions = KeyActions::new("keyboard".into())
            .then(KeyAction::Down { value })
            .then(KeyAction::Up { value });
        self.runtime
            .block_on(self.client.perform_actions(actions))
            .unwrap_or_else(|e| panic!("press {value:?}: {e}"));
    }

    /// Waits until `done` holds for the page's URL and text (at most 20 s).
    pub fn wait_until(&self, what: &str, done: impl Fn(&str, &str) -> bool) {
        let started = Instant::now();
        loop {
            let (url, text) = (self.url(), self.text());
            if done(&url, &text) {
                return;
            }
            if started.elapsed() > Duration::from_secs(20) {
                panic!("waited 20 s for {what}; at {url}:\n{text}");
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let client = self.client.clone();
        let _ = self.runtime.block_on(client.close());
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}
