//! A virtual X display for the WebKit tests: WebKitGTK's MiniBrowser needs a display even when
//! nothing looks at it. Debian's `Xvfb` (package `xvfb`) on the first free display number, ended
//! when dropped.

use crate::Result;
use crate::process::{self, command};
use std::io::{BufRead, BufReader};
use std::process::{Child, Stdio};

pub const XVFB: &str = "/usr/bin/Xvfb";

pub struct Xvfb {
    child: Child,
    /// `:N`, for `DISPLAY`.
    pub display: String,
}

impl Drop for Xvfb {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts Xvfb; `-displayfd 1` makes it choose a free display and print its number once it
/// accepts connections.
pub fn start() -> Result<Xvfb> {
    let mut xvfb = command(
        XVFB,
        &[
            "-displayfd",
            "1",
            "-screen",
            "0",
            "1280x1024x24",
            "-nolisten",
            "tcp",
        ],
    );
    xvfb.stdout(Stdio::piped()).stderr(Stdio::null());
    println!("$ {} &", process::describe(&xvfb));
    let mut child = xvfb
        .spawn()
        .map_err(|err| format!("cannot start {XVFB} ({err}): `cargo xtask setup` installs it"))?;
    let mut line = String::new();
    let stdout = child.stdout.take().expect("piped");
    let read = BufReader::new(stdout).read_line(&mut line);
    let number = line.trim();
    if read.is_err() || number.is_empty() || !number.bytes().all(|b| b.is_ascii_digit()) {
        let _ = child.kill();
        let _ = child.wait();
        return Err(format!("Xvfb printed no display number ({line:?})"));
    }
    let display = format!(":{number}");
    println!("Xvfb: display {display}");
    Ok(Xvfb { child, display })
}
