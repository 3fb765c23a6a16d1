//! A throwaway `redis-server` for tests: started on a free loopback port
//! in a temporary directory, with no persistence, stopped on drop.
//!
//! A port found free may be taken before the server binds it (by another
//! test's server or by a client's ephemeral port). The server is therefore
//! known up only when its own log says it accepts connections; a server
//! that lost its port is started again on another one. A test never talks
//! to a server (and state) that is not its own.

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
        let server = RedisServer { child: None, port: 0, dir: tempfile::tempdir()?, policy: policy.to_owned(), tls: None, password: None };
        server.start_on_a_free_port()
    }

    /// Starts a server that speaks TLS only (with the certificate and key
    /// PEM files given; clients are not asked for certificates) and
    /// requires `password` (the `default` user's).
    ///
    /// # Errors
    /// As [`RedisServer::start`].
    pub fn start_tls(cert: &Path, key: &Path, password: &str) -> std::io::Result<Self> {
        let server = RedisServer {
            child: None,
            port: 0,
            dir: tempfile::tempdir()?,
            policy: "noeviction".into(),
            tls: Some((cert.to_owned(), key.to_owned())),
            password: Some(password.to_owned()),
        };
        server.start_on_a_free_port()
    }

    fn start_on_a_free_port(mut self) -> std::io::Result<Self> {
        let mut attempts = 0;
        loop {
            self.port = TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
            match self.spawn() {
                Err(e) if e.kind() == std::io::ErrorKind::AddrInUse && attempts < 20 => attempts += 1,
                r => return r.map(|()| self),
            }
        }
    }

    fn log(&self) -> std::path::PathBuf {
        self.dir.path().join("redis.log")
    }

    /// Starts the server on `self.port` and waits until its own log says it
    /// is ready (`AddrInUse` when it could not bind the port).
    fn spawn(&mut self) -> std::io::Result<()> {
        let _ = std::fs::remove_file(self.log());
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
            .arg("--logfile")
            .arg(self.log())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()?;
        self.child = Some(child);
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let log = std::fs::read_to_string(self.log()).unwrap_or_default();
            if log.contains("Ready to accept connections") {
                return Ok(());
            }
            if let Some(status) = self.child.as_mut().map(Child::try_wait).transpose()?.flatten() {
                self.child = None;
                let kind = if log.contains("Address already in use") { std::io::ErrorKind::AddrInUse } else { std::io::ErrorKind::Other };
                return Err(std::io::Error::new(kind, format!("redis-server on port {} exited ({status}): {}", self.port, log.trim_end())));
            }
            if Instant::now() > deadline {
                self.kill();
                return Err(std::io::Error::other(format!("redis-server on port {} was not ready within 10 s", self.port)));
            }
            std::thread::sleep(Duration::from_millis(10));
        }
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
        // The port must stay the same: while a client's ephemeral port holds
        // it, try again.
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            match self.spawn() {
                Err(e) if e.kind() == std::io::ErrorKind::AddrInUse && Instant::now() < deadline => {
                    std::thread::sleep(Duration::from_millis(100));
                }
                r => return r,
            }
        }
    }
}

impl Drop for RedisServer {
    fn drop(&mut self) {
        self.kill();
    }
}
