//! How the one-file page packs its wasm: LZMA, decoded in the browser by `lzma.js`.
//!
//! Browsers decompress only gzip and deflate natively (`DecompressionStream`), and LZMA packs
//! this wasm about a fifth smaller than the best deflate (issue 7's byte budget). So the page
//! carries a small LZMA decoder in plain JavaScript, `lzma.js` ([`DECODER_JS`]), and the
//! wasm in the .lzma format ("LZMA alone": a 13-byte header, then one LZMA stream), as
//! `xz --format=lzma -d` reads it. The encoder is `lzma-rust2`'s (pure Rust, ported from XZ for
//! Java) at its best settings; its output is within 0.1% of `xz --format=lzma -9e` on the
//! guide's wasm.

use std::io::Write;

/// The decoder the page runs (minified, like the page's other scripts): defines
/// `unlzma(bytes, pause)` (a classic script, inline).
pub const DECODER_JS: &str = include_str!("../../assets/js/lzma.js");

/// `bytes` in the .lzma format, its size in the header and no end marker, which is what
/// `lzma.js` decodes.
pub fn compress(bytes: &[u8]) -> Vec<u8> {
    // The whole input fits in the dictionary (the decoder keeps all its output anyway); a power
    // of two, which every .lzma reader accepts.
    let dict_size = u32::try_from(bytes.len())
        .expect("the wasm is far smaller than 4 GiB")
        .max(4096)
        .next_power_of_two();
    compress_with_dictionary(bytes, dict_size)
}

fn compress_with_dictionary(bytes: &[u8], dict_size: u32) -> Vec<u8> {
    // Preset 9 (binary-tree match finder, optimal parsing), with the longest "nice" match
    // length, and pb = 0: a wasm module is a byte stream, with no 4-byte structure to model.
    let mut options = lzma_rust2::LzmaOptions::with_preset(9);
    options.dict_size = dict_size;
    options.nice_len = lzma_rust2::LzmaOptions::NICE_LEN_MAX;
    options.pb = 0;
    compress_with_options(bytes, &options)
}

/// `bytes` in the .lzma format, its size in the header and no end marker, with `options`.
fn compress_with_options(bytes: &[u8], options: &lzma_rust2::LzmaOptions) -> Vec<u8> {
    let mut writer =
        lzma_rust2::LzmaWriter::new_use_header(Vec::new(), options, Some(bytes.len() as u64))
            .expect("these options are valid");
    writer
        .write_all(bytes)
        .and_then(|()| writer.finish())
        .expect("writing to memory cannot fail")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;
    use std::process::Command;
    use std::{env, fs};

    /// Decodes each of `streams` with `lzma.js`, minified as in the page, under Node.js, twice: in one go, and pausing
    /// after every slice (a slice of 0 ms), as a page that yields to the browser often would.
    /// Each result is the decoded bytes, or the decoder's error message; then how often the
    /// decoder paused.
    fn decode_in_node(streams: &[Vec<u8>]) -> (Vec<Result<Vec<u8>, String>>, usize) {
        let dir = env::temp_dir().join(format!("xtask-lzma-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        for (i, stream) in streams.iter().enumerate() {
            fs::write(dir.join(format!("{i}.lzma")), stream).unwrap();
        }
        // The decoder as the page carries it: minified.
        let decoder = crate::minify::js(DECODER_JS).expect("terser (run `cargo xtask setup`)");
        let script = format!(
            "{}\n{}",
            decoder,
            r#"
            const fs = require('node:fs');
            const [dir, count] = process.argv.slice(1);
            let pauses = 0;
            const pause = () => new Promise((resolve) => { pauses++; setImmediate(resolve); });
            (async () => {
              for (let i = 0; i < Number(count); i++) {
                const input = new Uint8Array(fs.readFileSync(`${dir}/${i}.lzma`));
                try {
                  const whole = await unlzma(input);
                  const sliced = await unlzma(input, pause, 0);
                  if (Buffer.compare(whole, sliced) !== 0) throw new Error('slices differ');
                  fs.writeFileSync(`${dir}/${i}.out`, whole);
                } catch (error) {
                  fs.writeFileSync(`${dir}/${i}.err`, String(error.message));
                }
              }
              fs.writeFileSync(`${dir}/pauses`, String(pauses));
            })();
            "#
        );
        let status = Command::new("node")
            .args(["-e", &script])
            .arg(&dir)
            .arg(streams.len().to_string())
            .status()
            .expect("these tests need Node.js (`node` on PATH), as `cargo xtask test` does");
        assert!(status.success(), "node failed: {status}");
        let results = (0..streams.len())
            .map(|i| match fs::read(dir.join(format!("{i}.out"))) {
                Ok(bytes) => Ok(bytes),
                Err(_) => Err(read_text(&dir.join(format!("{i}.err")))),
            })
            .collect();
        let pauses: usize = read_text(&dir.join("pauses")).parse().unwrap();
        fs::remove_dir_all(&dir).unwrap();
        (results, pauses)
    }

    fn read_text(path: &Path) -> String {
        fs::read_to_string(path).unwrap_or_else(|err| panic!("{}: {err}", path.display()))
    }

    /// Bytes shaped like a wasm module: runs of opcodes with small varints, names, repeated
    /// sequences at all distances, and noise.
    fn wasm_like(len: usize, seed: u64) -> Vec<u8> {
        let mut random = Random(seed);
        let mut bytes = b"\0asm\x01\0\0\0".to_vec();
        while bytes.len() < len {
            match random.below(4) {
                0 => {
                    let from = random.below(bytes.len() as u64) as usize;
                    let count = 2 + random.below(300) as usize;
                    for i in 0..count {
                        bytes.push(bytes[from + i]);
                    }
                }
                1 => bytes.extend(b"relief_guide::ui::question::"),
                2 => bytes.extend([0x20, random.below(8) as u8, 0x41, random.below(128) as u8]),
                _ => {
                    for _ in 0..random.below(64) {
                        bytes.push(random.below(256) as u8);
                    }
                }
            }
        }
        bytes.truncate(len);
        bytes
    }

    /// xorshift64*: reproducible noise without a dependency.
    struct Random(u64);

    impl Random {
        fn below(&mut self, bound: u64) -> u64 {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) % bound
        }
    }

    // These two run lzma.js under Node.js, minified by terser as the page carries it: tools that
    // `cargo xtask setup` installs, which a plain `cargo test` on a fresh clone (Rust only) lacks.
    // So they are ignored there, and `cargo xtask test` runs them with `--ignored` right after
    // the plain tests, once setup has run.
    #[test]
    #[ignore = "needs Node.js and terser (npm): `cargo xtask test` runs it after setup"]
    fn lzma_js_decodes_what_xtask_encodes() {
        let mut random = Random(7);
        let inputs: Vec<Vec<u8>> = vec![
            Vec::new(),
            vec![42],
            vec![0; 2],
            b"abracadabra".to_vec(),
            vec![0; 300_000],
            b"ab".repeat(100_000),
            (0..50_000).map(|_| random.below(256) as u8).collect(),
            (0..=255).cycle().take(70_000).collect(),
            wasm_like(300_000, 1),
        ];
        let mut streams: Vec<Vec<u8>> = inputs.iter().map(|input| compress(input)).collect();
        // Matches across far more than the dictionary: the encoder's window slides.
        let beyond_dictionary = wasm_like(100_000, 2);
        streams.push(compress_with_dictionary(&beyond_dictionary, 4096));
        let long_runs = wasm_like(200_000, 3);
        assert!(compress(&long_runs).len() < long_runs.len() / 2);
        let (results, pauses) = decode_in_node(&streams);
        assert!(pauses > 100, "the sliced decodes paused ({pauses} times)");
        for (input, result) in inputs.iter().chain([&beyond_dictionary]).zip(results) {
            let decoded = result.unwrap_or_else(|err| panic!("{} bytes: {err}", input.len()));
            assert!(decoded == *input, "{} bytes decode to others", input.len());
        }
    }

    #[test]
    fn the_header_says_the_size_and_the_settings() {
        let packed = compress(&[1, 2, 3]);
        // lc = 3, lp = 0, pb = 0; a 4 KiB dictionary; 3 bytes.
        assert_eq!(packed[..13], [3, 0, 0x10, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0]);
        assert_eq!(
            u32::from_le_bytes(compress(&[0; 5000])[1..5].try_into().unwrap()),
            8192
        );
    }

    #[test]
    #[ignore = "needs Node.js and terser (npm): `cargo xtask test` runs it after setup"]
    fn lzma_js_refuses_damaged_streams() {
        let input = wasm_like(20_000, 4);
        let good = compress(&input);
        let mut flipped = good.clone();
        flipped[good.len() / 2] ^= 0x10;
        let mut unknown_size = good.clone();
        unknown_size[5..13].fill(0xff);
        let mut longer_size = good.clone();
        longer_size[5] = longer_size[5].wrapping_add(1);
        let mut bad_props = good.clone();
        bad_props[0] = 225;
        let mut trailing = good.clone();
        trailing.push(0);
        // A well-formed stream with settings other than xtask's (the encoder's default pb = 2).
        let mut options = lzma_rust2::LzmaOptions::with_preset(6);
        options.dict_size = 1 << 16;
        let other_settings = compress_with_options(&input, &options);
        assert_ne!(other_settings[0], good[0]);
        let damaged = [
            good[..good.len() - 1].to_vec(),
            good[..good.len() / 2].to_vec(),
            good[..10].to_vec(),
            Vec::new(),
            flipped,
            unknown_size,
            longer_size,
            bad_props,
            trailing,
            other_settings,
        ];
        for (i, result) in decode_in_node(&damaged).0.into_iter().enumerate() {
            match result {
                Ok(bytes) => panic!("damaged stream {i} decoded to {} bytes", bytes.len()),
                Err(message) => assert!(message.contains("LZMA"), "stream {i}: {message}"),
            }
        }
    }
}
