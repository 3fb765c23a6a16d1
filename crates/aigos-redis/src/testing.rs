//! A throwaway `redis-server` for tests: started on a free loopback port
//! in a temporary directory, with no persistence, stopped on drop.

use std::net::TcpListener;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A running `redis-server` (from `PATH`; `.ci/run` installs Debian's).
#[derive(Debug)]
pub struct RedisServer {
    child: Option<Child>,
    port: u16,
    dir: tempfile::TempDir,
    policy: String,
    /// TLS only (certificate and key files) and a password, when set.
    tls: Option<(std::path::PathBuf, std::path::PathBuf)>,
    password: Option<String>,
}

impl RedisServer {
    /// Starts a server with `maxmemory-policy noeviction`.
    ///
    /// # Errors
    /// When `redis-server` cannot be started or does not answer within 10 s.
    pub fn start() -> std::io::Result<Self> {
        Self::start_with_policy("noeviction")
    }

    /// Starts a server with the given `maxmemory-policy`.
    ///
    /// # Errors
    /// As [`RedisServer::start`].
    pub fn start_with_policy(policy: &str) -> std::io::Result<Self> {
        let port = TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
        let mut server = RedisServer { child: None, port, dir: tempfile::tempdir()?, policy: policy.to_owned(), tls: None, password: None };
        server.spawn()?;
        Ok(server)
    }

    /// Starts a server that speaks TLS only (with the certificate and key
    /// PEM files given; clients are not asked for certificates) and
    /// requires `password` (the `default` user's).
    ///
    /// # Errors
    /// As [`RedisServer::start`].
    pub fn start_tls(cert: &Path, key: &Path, password: &str) -> std::io::Result<Self> {
        let port = TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
        let mut server = RedisServer {
            child: None,
            port,
            dir: tempfile::tempdir()?,
            policy: "noeviction".into(),
            tls: Some((cert.to_owned(), key.to_owned())),
            password: Some(password.to_owned()),
        };
        server.spawn()?;
        Ok(server)
    }

    fn spawn(&mut self) -> std::io::Result<()> {
        let mut cmd = Command::new("redis-server");
        match &self.tls {
            None => cmd.args(["--port", &self.port.to_string()]),
            Some((cert, key)) => cmd
                .args(["--port", "0", "--tls-port", &self.port.to_string(), "--tls-auth-clients", "no"])
                .arg("--tls-cert-file")
                .arg(cert)
                .arg("--tls-key-file")
                .arg(key)
                .arg("--tls-ca-cert-file")
                .arg(cert),
        };
        if let Some(password) = &self.password {
            cmd.args(["--requirepass", password]);
        }
        let child = cmd
            .args(["--bind", "127.0.0.1", "--save", "", "--appendonly", "no"])
            .args(["--maxmemory-policy", &self.policy])
            .arg("--dir")
            .arg(self.dir.path())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()?;
        self.child = Some(child);
        wait_until_up(self.port, self.tls.is_none() && self.password.is_none())
    }

    /// `redis://127.0.0.1:PORT/`, or `rediss://` for a TLS server.
    pub fn url(&self) -> String {
        let scheme = if self.tls.is_some() { "rediss" } else { "redis" };
        format!("{scheme}://127.0.0.1:{}/", self.port)
    }

    /// The port.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// SIGKILL: the server is gone at once, its data with it.
    pub fn kill(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }

    /// Starts it again on the same port, empty (no persistence).
    ///
    /// # Errors
    /// As [`RedisServer::start`].
    pub fn restart(&mut self) -> std::io::Result<()> {
        self.kill();
        self.spawn()
    }
}

/// Until the server answers PING (plain, no password) or accepts
/// connections (TLS or a password: PING would need the handshake).
fn wait_until_up(port: u16, ping: bool) -> std::io::Result<()> {
    use std::io::{Read as _, Write as _};
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        if let Ok(mut s) = std::net::TcpStream::connect(("127.0.0.1", port)) {
            if !ping {
                return Ok(());
            }
            let _ = s.set_read_timeout(Some(Duration::from_millis(500)));
            let mut buf = [0u8; 16];
            if s.write_all(b"PING\r\n").is_ok() && s.read(&mut buf).is_ok_and(|n| buf.get(..n).is_some_and(|b| b.starts_with(b"+PONG"))) {
                return Ok(());
            }
        }
        if Instant::now() > deadline {
            return Err(std::io::Error::other(format!("redis-server on port {port} did not answer within 10 s")));
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

impl Drop for RedisServer {
    fn drop(&mut self) {
        self.kill();
    }
}
