// An LZMA decoder in plain JavaScript, for the wasm inlined in this page: `cargo xtask dist`
// (xtask/src/single_file.rs) packs it in the .lzma format ("LZMA alone", as `xz --format=lzma`
// reads it), which is a fifth smaller than deflate for this module and which no browser
// decompresses natively. It follows the LZMA SDK's reference decoder (LzmaSpec.cpp) step by
// step, with the names it uses there; the one difference is that the whole output is in memory,
// so the output is the dictionary. The stream must give its size in the header and have no end
// marker, as xtask writes it; anything else is refused. The page carries it minified by terser
// (xtask/src/minify.rs), like its other scripts.
//
// `unlzma(bytes, pause)` resolves to the decoded bytes. It decodes in slices and awaits `pause()`
// whenever a slice has taken SLICE_MS (or the third argument's milliseconds: the tests pass 0),
// so that no task of the page is long (boot.js passes a yield to the browser); without `pause`
// it decodes in one go. Corrupt or truncated input rejects with an Error.
const unlzma = (() => {
  // Real time a slice may take before the decoder yields. Lighthouse's mobile profile counts a
  // task as blocking from 50 ms on a CPU four times slower, so a slice with its overrun (the
  // last chunk, and what the task did before it) stays well under 12 ms here.
  const SLICE_MS = 5;
  // Bytes decoded between two looks at the clock: a fraction of a millisecond once warm.
  const CHECK_EVERY = 1024;

  const corrupt = () => new Error('corrupt LZMA data');
  // A set of adaptive bit probabilities, each starting at one half (of 2^11).
  const probs = (count) => new Uint16Array(count).fill(1024);

  // The binary arithmetic decoder that all of LZMA's bits go through.
  class RangeDecoder {
    constructor(input, at) {
      if (input[at] !== 0) throw corrupt();
      this.input = input;
      this.at = at + 5;
      this.range = 0xffffffff;
      this.code = ((input[at + 1] << 24) | (input[at + 2] << 16) | (input[at + 3] << 8) | input[at + 4]) >>> 0;
      if (this.code === this.range) throw corrupt();
    }

    // One bit with probability `probs[i]` of being 0, which it then adapts towards the bit.
    bit(probs, i) {
      const p = probs[i];
      const bound = (this.range >>> 11) * p;
      let bit;
      if (this.code < bound) {
        this.range = bound;
        probs[i] = p + ((2048 - p) >>> 5);
        bit = 0;
      } else {
        this.range -= bound;
        this.code -= bound;
        probs[i] = p - (p >>> 5);
        bit = 1;
      }
      if (this.range < 0x1000000) {
        // Past the end of the input this reads 0 (undefined | 0); `unlzma` then refuses it.
        this.range = (this.range << 8) >>> 0;
        this.code = ((this.code << 8) | this.input[this.at++]) >>> 0;
      }
      return bit;
    }

    // `count` bits of probability one half, most significant first.
    direct(count) {
      let result = 0;
      for (; count > 0; count--) {
        this.range >>>= 1;
        let bit = 0;
        if (this.code >= this.range) {
          this.code -= this.range;
          bit = 1;
        }
        result = ((result << 1) | bit) >>> 0;
        if (this.range < 0x1000000) {
          this.range = (this.range << 8) >>> 0;
          this.code = ((this.code << 8) | this.input[this.at++]) >>> 0;
        }
      }
      return result;
    }

    // A `count`-bit number, most significant bit first, each bit with its own probability in a
    // binary tree stored from probs[base + 1].
    tree(probs, base, count) {
      let m = 1;
      for (let i = 0; i < count; i++) m = (m << 1) | this.bit(probs, base + m);
      return m - (1 << count);
    }

    // The same tree, the number's bits least significant first.
    reverse(probs, base, count) {
      let m = 1;
      let result = 0;
      for (let i = 0; i < count; i++) {
        const bit = this.bit(probs, base + m);
        m = (m << 1) | bit;
        result |= bit << i;
      }
      return result;
    }
  }

  // Match lengths, less the minimum of 2: 0–7 and 8–15 with a tree per position state, then
  // 16–271 with one shared tree.
  class LenDecoder {
    constructor() {
      this.choice = probs(2);
      this.low = probs(16 << 3);
      this.mid = probs(16 << 3);
      this.high = probs(256);
    }

    decode(rc, posState) {
      if (rc.bit(this.choice, 0) === 0) return rc.tree(this.low, posState << 3, 3);
      if (rc.bit(this.choice, 1) === 0) return 8 + rc.tree(this.mid, posState << 3, 3);
      return 16 + rc.tree(this.high, 0, 8);
    }
  }

  class Decoder {
    constructor(input) {
      if (input.length < 13 + 5) throw corrupt();
      let props = input[0];
      if (props >= 9 * 5 * 5) throw corrupt();
      this.lc = props % 9;
      props = (props / 9) | 0;
      this.lp = props % 5;
      this.pb = (props / 5) | 0;
      const word = (at) => (input[at] | (input[at + 1] << 8) | (input[at + 2] << 16) | (input[at + 3] << 24)) >>> 0;
      this.dictSize = Math.max(word(1), 4096);
      // A size of 2^32 or more, or "unknown" (all ones, then an end marker), is refused.
      if (word(9) !== 0) throw new Error('LZMA data without its size');
      this.out = new Uint8Array(word(5));
      this.pos = 0;
      this.rc = new RangeDecoder(input, 13);

      this.literal = probs(0x300 << (this.lc + this.lp));
      this.isMatch = probs(12 << 4);
      this.isRep = probs(12);
      this.isRepG0 = probs(12);
      this.isRepG1 = probs(12);
      this.isRepG2 = probs(12);
      this.isRep0Long = probs(12 << 4);
      this.posSlot = probs(4 << 6);
      this.posDecoders = probs(1 + 128 - 14);
      this.align = probs(16);
      this.len = new LenDecoder();
      this.repLen = new LenDecoder();
      // The state (0–11: what the last packets were) and the last four distances, less one.
      this.state = 0;
      this.rep0 = this.rep1 = this.rep2 = this.rep3 = 0;
    }

    // Decodes packets until at least `limit` bytes of output are done (or all of them).
    decode(limit) {
      const { rc, out, lc, dictSize } = this;
      const size = out.length;
      const pbMask = (1 << this.pb) - 1;
      const lpMask = (1 << this.lp) - 1;
      let { pos, state, rep0, rep1, rep2, rep3 } = this;
      limit = Math.min(limit, size);
      while (pos < limit) {
        const posState = pos & pbMask;
        if (rc.bit(this.isMatch, (state << 4) + posState) === 0) {
          // A literal byte, coded in the context of the byte before it; after a match, also of
          // the byte at the match distance, until a bit differs from it.
          const prevByte = pos > 0 ? out[pos - 1] : 0;
          const base = 0x300 * (((pos & lpMask) << lc) + (prevByte >> (8 - lc)));
          let symbol = 1;
          if (state >= 7) {
            let matchByte = out[pos - rep0 - 1];
            do {
              const matchBit = (matchByte >> 7) & 1;
              matchByte <<= 1;
              const bit = rc.bit(this.literal, base + ((1 + matchBit) << 8) + symbol);
              symbol = (symbol << 1) | bit;
              if (matchBit !== bit) break;
            } while (symbol < 0x100);
          }
          while (symbol < 0x100) symbol = (symbol << 1) | rc.bit(this.literal, base + symbol);
          out[pos++] = symbol - 0x100;
          state = state < 4 ? 0 : state < 10 ? state - 3 : state - 6;
          continue;
        }
        let len;
        if (rc.bit(this.isRep, state) !== 0) {
          // A repeated distance: one of the last four.
          if (pos === 0) throw corrupt();
          if (rc.bit(this.isRepG0, state) === 0) {
            if (rc.bit(this.isRep0Long, (state << 4) + posState) === 0) {
              // "Short rep": one byte from the last distance.
              state = state < 7 ? 9 : 11;
              out[pos] = out[pos - rep0 - 1];
              pos++;
              continue;
            }
          } else {
            let dist;
            if (rc.bit(this.isRepG1, state) === 0) {
              dist = rep1;
            } else {
              if (rc.bit(this.isRepG2, state) === 0) {
                dist = rep2;
              } else {
                dist = rep3;
                rep3 = rep2;
              }
              rep2 = rep1;
            }
            rep1 = rep0;
            rep0 = dist;
          }
          len = this.repLen.decode(rc, posState);
          state = state < 7 ? 8 : 11;
        } else {
          // A match with a new distance.
          rep3 = rep2;
          rep2 = rep1;
          rep1 = rep0;
          len = this.len.decode(rc, posState);
          state = state < 7 ? 7 : 10;
          rep0 = this.distance(len);
          // Also the end marker (distance 2^32 - 1), which this format has no use for.
          if (rep0 >= pos || rep0 >= dictSize) throw corrupt();
        }
        len += 2;
        if (len > size - pos) throw corrupt();
        for (const end = pos + len; pos < end; pos++) out[pos] = out[pos - rep0 - 1];
      }
      Object.assign(this, { pos, state, rep0, rep1, rep2, rep3 });
    }

    // The distance of a new match, less one: a 6-bit slot (per length up to 5), then the bits
    // under it, the low ones modelled and the middle ones of long distances direct.
    distance(len) {
      const { rc } = this;
      const posSlot = rc.tree(this.posSlot, Math.min(len, 3) << 6, 6);
      if (posSlot < 4) return posSlot;
      const numDirectBits = (posSlot >>> 1) - 1;
      let dist = ((2 | (posSlot & 1)) << numDirectBits) >>> 0;
      if (posSlot < 14) return dist + rc.reverse(this.posDecoders, dist - posSlot, numDirectBits);
      dist += rc.direct(numDirectBits - 4) * 16;
      return dist + rc.reverse(this.align, 0, 4);
    }
  }

  return async (input, pause, sliceMs = SLICE_MS) => {
    const decoder = new Decoder(input);
    const { out, rc } = decoder;
    let sliceStart = performance.now();
    while (decoder.pos < out.length) {
      decoder.decode(decoder.pos + CHECK_EVERY);
      if (pause && performance.now() - sliceStart >= sliceMs) {
        await pause();
        sliceStart = performance.now();
      }
    }
    // A whole stream ends with the decoder's code at 0, having read its input to the end.
    if (rc.code !== 0 || rc.at !== input.length) throw corrupt();
    return out;
  };
})();
