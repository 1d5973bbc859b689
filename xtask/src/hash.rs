//! What the build names by hash, all SHA-256 (the `sha2` crate): the Content-Security-Policy
//! hashes and Subresource Integrity values browsers check ([`integrity`]), and short ids that
//! only need to change when the bytes change ([`short_id`]: the service worker's build, the npm
//! install stamp).

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use sha2::{Digest, Sha256};

/// How a Content-Security-Policy hash source and a Subresource Integrity value name `bytes`:
/// `sha256-<base64 of the SHA-256 digest>`.
pub fn integrity(bytes: &[u8]) -> String {
    format!("sha256-{}", base64(&Sha256::digest(bytes)))
}

/// Standard base64 (RFC 4648) with padding, as `atob`, CSP hashes and SRI read it.
pub fn base64(bytes: &[u8]) -> String {
    STANDARD.encode(bytes)
}

/// 16 lower-case hex digits (the first 64 bits of the SHA-256 digest) that change whenever
/// `bytes` do: enough to tell one build or one lock file from the next, short enough for a
/// cache name.
pub fn short_id(bytes: &[u8]) -> String {
    Sha256::digest(bytes)[..8]
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    // The crates are tested by their authors; these pin how we use them: the spelling browsers
    // expect.

    #[test]
    fn integrity_is_the_base64_sha256_browsers_expect() {
        // FIPS 180-4's "abc" example, in base64 (as `openssl dgst -sha256 -binary | base64`).
        assert_eq!(
            integrity(b"abc"),
            "sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0="
        );
        assert_eq!(base64(b"fo"), "Zm8=", "padded, as atob reads it");
    }

    #[test]
    fn short_ids_are_16_hex_digits_that_follow_the_bytes() {
        // The first 8 bytes of SHA-256("abc") (FIPS 180-4).
        assert_eq!(short_id(b"abc"), "ba7816bf8f01cfea");
        assert_ne!(short_id(b"page 1"), short_id(b"page 2"));
    }
}
