//! `dist/` served as a clinic deploys it: Debian's nginx with `deploy/nginx.conf`, the file the
//! README shows, on a local port, without root. Every browser test gets its pages from here.
//!
//! Each server's generated `target/nginx/<port>/nginx.conf` keeps its pid, temporary files and
//! logs in that folder (so servers of several runs never share them), runs in the foreground
//! (`daemon off`: a child that [`Nginx`] ends when dropped, or, for `cargo xtask nginx`, the
//! process itself), and holds two servers:
//! - the guide on `127.0.0.1:PORT`: `deploy/nginx.conf` with the three things a clinic changes
//!   ([`for_test`]): the path `/guide/` → `/`, the folder → `dist/` (or `--root`), the partner
//!   site in `frame-ancestors` → the partner demo's origin below; and, for the tests only,
//!   `/slow/…`: the same files sent at 10 KB/s, for the engines whose driver cannot slow the
//!   network;
//! - the partner demo (`examples/partner-site`) on `127.0.0.1:PARTNER_PORT`, another origin,
//!   with the guide's address in its snippet (`cargo xtask serve`'s) made this server's.
//!
//! `cargo xtask serve --partner` uses the second alone ([`partner_demo`]), with the snippet as
//! it is: nginx is the one static server of the project.

use crate::process::{self, command};
use crate::{Result, project};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::Child;
use std::time::{Duration, Instant};
use std::{env, fs};

/// The file the README shows; a clinic includes it in its `server { }` block.
pub const DEPLOY_CONF: &str = "deploy/nginx.conf";
/// Debian's nginx (package `nginx`).
pub const NGINX: &str = "/usr/sbin/nginx";
/// Debian's brotli_static module (package `libnginx-mod-http-brotli-static`).
pub const BROTLI_STATIC_MODULE: &str = "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so";
/// The values in `deploy/nginx.conf` that a clinic changes, as the file writes them.
const DEPLOY_PATH: &str = "/guide/";
const DEPLOY_ROOT: &str = "root /var/www/clinic;";
const DEPLOY_PARTNER: &str = "https://www.riverside-physio.example";
/// Where the tests' nginx sends the guide's files slowly (tests/engines/guide.test.ts), and how
/// fast: about 9 s for a page, whose start screen is in its first 10 KB.
const SLOW_PATH: &str = "/slow/";
const SLOW_RATE: &str = "10k";
/// The guide's address that the partner demo's snippet names (`cargo xtask serve`, Trunk.toml).
const DEV_GUIDE_ORIGIN: &str = "http://127.0.0.1:8080";
const PARTNER_SITE: &str = "examples/partner-site";

/// A running nginx; ended when dropped.
pub struct Nginx {
    child: Child,
    pub port: u16,
    pub partner_port: u16,
}

impl Nginx {
    pub fn base_url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// The environment the browser suites read: `E2E_PORT`, `E2E_PARTNER_PORT`, and
    /// `E2E_SERVED=1` (Playwright then starts no server of its own).
    pub fn env(&self) -> [(&'static str, String); 3] {
        [
            ("E2E_PORT", self.port.to_string()),
            ("E2E_PARTNER_PORT", self.partner_port.to_string()),
            ("E2E_SERVED", "1".to_owned()),
        ]
    }
}

impl Drop for Nginx {
    fn drop(&mut self) {
        stop(&mut self.child);
    }
}

/// Ends an nginx started here with SIGTERM, its fast shutdown: the master ends its workers,
/// then itself. SIGKILL (what `Child::kill` sends) would end the master alone and leave every
/// worker running.
pub fn stop(nginx: &mut Child) {
    let pid = nginx.id().to_string();
    let asked = std::process::Command::new("kill")
        .args(["-TERM", &pid])
        .status()
        .is_ok_and(|status| status.success());
    if !asked {
        let _ = nginx.kill();
    }
    let _ = nginx.wait();
}

/// The ports: `E2E_PORT` and `E2E_PARTNER_PORT` (default `E2E_PORT` + 1) if set, else two free
/// ones.
fn ports() -> Result<(u16, u16)> {
    let from_env = |name: &str| -> Result<Option<u16>> {
        match env::var(name) {
            Ok(value) if !value.is_empty() => value
                .parse()
                .map(Some)
                .map_err(|_| format!("{name}={value} is not a port number")),
            _ => Ok(None),
        }
    };
    let port = match from_env("E2E_PORT")? {
        Some(port) => port,
        None => free_port()?,
    };
    let partner = match from_env("E2E_PARTNER_PORT")? {
        Some(port) => port,
        None if env::var_os("E2E_PORT").is_some() => port + 1,
        None => free_port()?,
    };
    Ok((port, partner))
}

fn free_port() -> Result<u16> {
    let listener = TcpListener::bind("127.0.0.1:0")
        .map_err(|err| format!("cannot find a free local port: {err}"))?;
    listener
        .local_addr()
        .map(|addr| addr.port())
        .map_err(|err| format!("cannot find a free local port: {err}"))
}

/// Starts nginx on `dist/` and the partner demo; returns once both ports answer.
pub fn start() -> Result<Nginx> {
    start_at(&dist()?)
}

/// Starts nginx on the folder `root` (served as `dist/` is) and the partner demo; returns once
/// both ports answer.
pub fn start_at(root: &Path) -> Result<Nginx> {
    let (port, partner_port) = ports()?;
    let (mut nginx, error_log) = configure(Some((root, port)), partner_port)?;
    println!("$ {} &", process::describe(&nginx));
    let child = nginx.spawn().map_err(|err| {
        format!("cannot start {NGINX} ({err}): `cargo xtask setup` installs Debian's nginx")
    })?;
    let mut server = Nginx {
        child,
        port,
        partner_port,
    };
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        if let Ok(Some(status)) = server.child.try_wait() {
            let log = fs::read_to_string(&error_log).unwrap_or_default();
            return Err(format!("nginx exited at start ({status}):\n{log}"));
        }
        let up = [port, partner_port]
            .iter()
            .all(|p| TcpStream::connect(("127.0.0.1", *p)).is_ok());
        if up {
            break;
        }
        if Instant::now() > deadline {
            drop(server);
            return Err(format!("nginx did not answer on port {port} within 15 s"));
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    println!(
        "nginx: {} as deployed ({DEPLOY_CONF}) on {}/, the partner demo on http://127.0.0.1:{partner_port}/",
        root.display(),
        server.base_url()
    );
    Ok(server)
}

fn dist() -> Result<PathBuf> {
    let dist = project::root().join("dist");
    if !dist.join("index.html").is_file() {
        return Err(format!(
            "{} is missing: run `cargo xtask dist` first",
            dist.join("index.html").display()
        ));
    }
    Ok(dist)
}

/// `cargo xtask nginx [--root DIR]`: `dist/` (or DIR) as deployed, and the partner demo, until
/// Ctrl-C. Prints `nginx: … on http://127.0.0.1:PORT/` (tests/e2e/support/offline.ts reads
/// it), then becomes nginx (exec): whoever started it ends nginx by ending this process.
pub fn serve(root: Option<PathBuf>) -> Result {
    let root = match root {
        Some(root) => root
            .canonicalize()
            .map_err(|err| format!("--root {}: {err}", root.display()))?,
        None => dist()?,
    };
    let (port, partner_port) = ports()?;
    let (mut nginx, _) = configure(Some((&root, port)), partner_port)?;
    println!(
        "nginx: {} as deployed ({DEPLOY_CONF}) on http://127.0.0.1:{port}/, the partner demo on http://127.0.0.1:{partner_port}/",
        root.display()
    );
    exec(&mut nginx)
}

/// The partner demo alone on `port`, its snippet naming `cargo xtask serve`'s guide, for
/// `cargo xtask serve --partner`; end it with [`stop`].
pub fn partner_demo(port: u16) -> Result<Child> {
    let (mut nginx, _) = configure(None, port)?;
    println!("$ {} &", process::describe(&nginx));
    nginx.spawn().map_err(|err| {
        format!("cannot start {NGINX} ({err}): `cargo xtask setup` installs Debian's nginx")
    })
}

#[cfg(unix)]
fn exec(nginx: &mut std::process::Command) -> Result {
    use std::io::Write;
    use std::os::unix::process::CommandExt;
    let _ = std::io::stdout().flush();
    let err = nginx.exec();
    Err(format!(
        "cannot start {NGINX} ({err}): `cargo xtask setup` installs Debian's nginx"
    ))
}

#[cfg(not(unix))]
fn exec(nginx: &mut std::process::Command) -> Result {
    let status = nginx
        .status()
        .map_err(|err| format!("cannot start {NGINX}: {err}"))?;
    Err(format!("nginx exited ({status})"))
}

/// Writes `target/nginx/<partner_port>/nginx.conf`, for the guide (its folder and port) if
/// given, and the partner demo, and returns the nginx command that runs it and its error log.
fn configure(
    guide: Option<(&Path, u16)>,
    partner_port: u16,
) -> Result<(std::process::Command, PathBuf)> {
    let root = project::root();
    let mut taken = vec![partner_port];
    taken.extend(guide.map(|(_, port)| port));
    for port in taken {
        if TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return Err(format!(
                "port {port} is in use: set E2E_PORT (and E2E_PARTNER_PORT) to free ports, or unset them"
            ));
        }
    }
    let prefix = root
        .join("target")
        .join("nginx")
        .join(partner_port.to_string());
    for dir in ["", "temp", "logs"] {
        fs::create_dir_all(prefix.join(dir))
            .map_err(|err| format!("cannot create {}: {err}", prefix.join(dir).display()))?;
    }
    let guide = match guide {
        Some((folder, port)) => {
            let deploy = fs::read_to_string(root.join(DEPLOY_CONF))
                .map_err(|err| format!("cannot read {DEPLOY_CONF}: {err}"))?;
            let partner_origin = format!("http://127.0.0.1:{partner_port}");
            Some((for_test(&deploy, folder, &partner_origin)?, port))
        }
        None => None,
    };
    // Started by root, nginx would serve as `nobody`, who cannot read a checkout in a private
    // folder (`mktemp -d`): its workers run as whoever runs the tests. (Not root, nginx ignores
    // the directive.)
    let user = process::output(&mut command("id", &["-un"]))?;
    let conf = main_conf(
        &prefix,
        user.trim(),
        guide,
        partner_port,
        &root.join(PARTNER_SITE),
    );
    let conf_path = prefix.join("nginx.conf");
    fs::write(&conf_path, conf)
        .map_err(|err| format!("cannot write {}: {err}", conf_path.display()))?;
    let conf_arg = conf_path.display().to_string();
    let prefix_arg = format!("{}/", prefix.display());
    let error_log = prefix.join("logs").join("error.log");
    let error_arg = error_log.display().to_string();
    let args = ["-p", &prefix_arg, "-c", &conf_arg, "-e", &error_arg];
    Ok((command(NGINX, &args), error_log))
}

/// `deploy/nginx.conf` with what a clinic changes set for this machine: the location's path
/// `/guide/` → `/`, its folder → `dist`, the partner in `frame-ancestors` → `partner_origin`.
/// Each must be found exactly as the file writes it, so that an edit there fails here loudly
/// rather than testing something else.
fn for_test(deploy: &str, dist: &Path, partner_origin: &str) -> Result<String> {
    let replacements = [
        (
            format!("location {DEPLOY_PATH} {{"),
            "location / {".to_owned(),
            1,
        ),
        (
            format!("location = {DEPLOY_PATH}embed.js {{"),
            "location = /embed.js {".to_owned(),
            1,
        ),
        (
            DEPLOY_ROOT.to_owned(),
            format!("root {};", dist.display()),
            1,
        ),
        (DEPLOY_PARTNER.to_owned(), partner_origin.to_owned(), 1),
    ];
    let mut conf = deploy.to_owned();
    for (from, to, count) in replacements {
        let found = conf.matches(&from).count();
        if found != count {
            return Err(format!(
                "{DEPLOY_CONF} has `{from}` {found} times, not {count}: xtask/src/nginx.rs \
                 changes it to serve dist/ locally"
            ));
        }
        conf = conf.replace(&from, &to);
    }
    Ok(conf)
}

fn main_conf(
    prefix: &Path,
    user: &str,
    guide: Option<(String, u16)>,
    partner_port: u16,
    partner_site: &Path,
) -> String {
    let p = |name: &str| -> PathBuf { prefix.join(name) };
    let temp = |name: &str| p("temp").join(name).display().to_string();
    let (guide_server, sub_filter) = match guide {
        Some((location, port)) => (
            format!(
                "
    # The guide, as {DEPLOY_CONF} serves it.
    server {{
        listen 127.0.0.1:{port};
        server_name 127.0.0.1;
{location}
        # Only for the tests: {SLOW_PATH}… is the same file sent at {SLOW_RATE}/s, for the engines
        # whose driver cannot slow the network (WebDriver has no such command): the patient
        # reaches the prerendered screen while the app's code is still arriving.
        location {SLOW_PATH} {{
            set $limit_rate {SLOW_RATE};
            rewrite ^{SLOW_PATH}(.*)$ /$1 last;
        }}
    }}
",
                location = indent(&location, "        ")
            ),
            format!(
                "
        # The guide's address in the snippet made this nginx's.
        sub_filter '{DEV_GUIDE_ORIGIN}' 'http://127.0.0.1:{port}';
        sub_filter_once off;"
            ),
        ),
        None => (String::new(), String::new()),
    };
    format!(
        "# Written by `cargo xtask` (xtask/src/nginx.rs) for the browser tests: not a deployment.
daemon off;
user {user};
worker_processes 1;
pid {pid};
error_log {error_log} warn;
load_module {BROTLI_STATIC_MODULE};

events {{ worker_connections 256; }}

http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log {access_log};
    client_body_temp_path {body};
    proxy_temp_path {proxy};
    fastcgi_temp_path {fastcgi};
    uwsgi_temp_path {uwsgi};
    scgi_temp_path {scgi};
    sendfile on;
{guide_server}
    # The partner demo, another origin.
    server {{
        listen 127.0.0.1:{partner_port};
        server_name 127.0.0.1;
        root {partner_site};{sub_filter}
    }}
}}
",
        pid = p("nginx.pid").display(),
        error_log = p("logs").join("error.log").display(),
        access_log = p("logs").join("access.log").display(),
        body = temp("body"),
        proxy = temp("proxy"),
        fastcgi = temp("fastcgi"),
        uwsgi = temp("uwsgi"),
        scgi = temp("scgi"),
        partner_site = partner_site.display(),
    )
}

fn indent(text: &str, by: &str) -> String {
    text.lines()
        .filter(|line| !line.trim_start().starts_with('#'))
        .map(|line| {
            if line.is_empty() {
                String::new()
            } else {
                format!("{by}{line}")
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn deploy() -> String {
        fs::read_to_string(project::root().join(DEPLOY_CONF)).unwrap()
    }

    #[test]
    fn the_readme_shows_deploy_nginx_conf_whole() {
        let readme = fs::read_to_string(project::root().join("README.md")).unwrap();
        let shown = format!("```nginx\n{}```\n", deploy());
        assert!(
            readme.contains(&shown),
            "README.md's ```nginx block must be {DEPLOY_CONF} exactly: copy the file into it"
        );
    }

    #[test]
    fn the_test_server_changes_only_what_a_clinic_changes() {
        let conf = for_test(&deploy(), Path::new("/x/dist"), "http://127.0.0.1:9").unwrap();
        assert!(conf.contains("location / {"), "{conf}");
        assert!(conf.contains("location = /embed.js {"), "{conf}");
        assert!(conf.contains("root /x/dist;"), "{conf}");
        assert!(
            conf.contains("frame-ancestors 'self' http://127.0.0.1:9\""),
            "{conf}"
        );
        let directives = conf.lines().filter(|l| !l.trim_start().starts_with('#'));
        for line in directives {
            assert!(
                !line.contains("/guide/") && !line.contains("riverside"),
                "{line}"
            );
        }
        let changed = |line: &str| {
            ["location", "root ", "frame-ancestors"]
                .iter()
                .any(|word| line.contains(word))
        };
        let original = deploy();
        let kept: Vec<&str> = original.lines().filter(|l| !changed(l)).collect();
        let kept_in_test: Vec<&str> = conf.lines().filter(|l| !changed(l)).collect();
        assert_eq!(kept, kept_in_test);
    }

    #[test]
    fn a_changed_deploy_file_fails_loudly() {
        let moved = deploy().replace("/guide/", "/relief/");
        let err = for_test(&moved, Path::new("/x"), "http://127.0.0.1:9").unwrap_err();
        assert!(err.contains("location /guide/ {"), "{err}");
    }
}
