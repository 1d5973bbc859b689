//! Where things are: the repository root and the directories whose tools we put on `PATH`.

use std::env;
use std::ffi::OsString;
use std::path::{Path, PathBuf};

/// The repository root: the parent of this crate's directory (never the current directory, so
/// `cargo xtask` works from any subdirectory).
pub fn root() -> PathBuf {
    let manifest_dir = env::var_os("CARGO_MANIFEST_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")));
    manifest_dir
        .parent()
        .expect("xtask/ always has a parent directory")
        .to_path_buf()
}

/// `node_modules/.bin` at the root: `wasm-opt` (binaryen), `playwright`.
pub fn node_bin_dir() -> PathBuf {
    root().join("node_modules").join(".bin")
}

/// Where `cargo install` puts binaries: `$CARGO_HOME/bin`, by default `~/.cargo/bin`.
pub fn cargo_bin_dir() -> PathBuf {
    let cargo_home = env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| env::var_os("HOME").map(|home| Path::new(&home).join(".cargo")))
        .unwrap_or_else(|| PathBuf::from(".cargo"));
    cargo_home.join("bin")
}

/// `PATH` for every command we run: `node_modules/.bin`, then `~/.cargo/bin`, then the
/// caller's `PATH`. This is how Trunk finds our `wasm-opt` and `wasm-bindgen`.
pub fn tools_path() -> OsString {
    let inherited = env::var_os("PATH").unwrap_or_default();
    let dirs = [node_bin_dir(), cargo_bin_dir()]
        .into_iter()
        .chain(env::split_paths(&inherited));
    env::join_paths(dirs).unwrap_or(inherited)
}
