// An LZMA decoder in plain JavaScript, for the wasm inlined in this page: `cargo xtask dist`
// (xtask/src/single_file.rs) packs it in the .lzma format ("LZMA alone", as `xz --format=lzma`
// reads it), which is a fifth smaller than deflate for this module and which no browser
// decompresses natively. It follows the LZMA SDK's reference decoder (LzmaSpec.cpp) step by
// step, with the names it uses there, and like the SDK's LzmaDec.c it keeps every adaptive
// probability in one array. It decodes only what xtask/src/lzma.rs writes, which keeps it small
// (it is in every patient's download): the settings lc = 3, lp = 0, pb = 0 (so there is one
// position state, and a literal's context is the top three bits of the byte before it); the
// size in the header and no end marker; the whole output in memory, which is the dictionary.
// Anything else is refused. The page carries it minified by terser (xtask/src/minify.rs), like
// its other scripts.
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

  // Where each set of probabilities starts in the one array: per state (12 of them), then the
  // distance trees, the two length decoders and the literal coder.
  const IS_MATCH = 0;
  const IS_REP = 12;
  const IS_REP_G0 = 24;
  const IS_REP_G1 = 36;
  const IS_REP_G2 = 48;
  const IS_REP0_LONG = 60;
  const POS_SLOT = 72; // 4 trees of 6 bits, by length
  const SPEC_POS = POS_SLOT + 256; // the modelled low bits of middle distances
  const ALIGN = SPEC_POS + 115; // the low 4 bits of long distances
  // A length decoder: two choice bits, then a 3-bit low tree, a 3-bit middle one, an 8-bit high one.
  const LEN = ALIGN + 16;
  const REP_LEN = LEN + 274;
  const LITERAL = REP_LEN + 274; // 8 coders (lc = 3) of 0x300
  const PROBS = LITERAL + 0x1800;

  const fail = (message = 'corrupt LZMA data') => {
    throw new Error(message);
  };

  // Reads the header of `input` and returns the decoder: `decode(limit)` decodes packets until
  // at least `limit` bytes of output are done (or all of them) and returns how many are;
  // `finish()` checks that the stream ended where it should and returns the output.
  const decoder = (input) => {
    const word = (at) => (input[at] | (input[at + 1] << 8) | (input[at + 2] << 16) | (input[at + 3] << 24)) >>> 0;
    // The properties byte 3 is lc = 3, lp = 0, pb = 0; the range coder's first byte is 0.
    if (input.length < 18 || input[0] !== 3 || input[13] !== 0) fail();
    // A size of 2^32 or more, or "unknown" (all ones, then an end marker), is refused.
    if (word(9) !== 0) fail('LZMA data without its size');
    const dictSize = Math.max(word(1), 4096);
    const size = word(5);
    const out = new Uint8Array(size);
    // Each probability starts at one half (of 2^11).
    const probs = new Uint16Array(PROBS).fill(1024);

    // The binary arithmetic decoder that all of LZMA's bits go through: its range, its code and
    // where it reads next. Fields of an object, not variables the functions below share: the whole
    // module decoded about a fifth slower that way under Node.js.
    const rc = {
      range: 0xffffffff,
      code: ((input[14] << 24) | (input[15] << 16) | (input[16] << 8) | input[17]) >>> 0,
      at: 18,
    };
    if (rc.code === rc.range) fail();
    // Past the end of the input this reads 0 (undefined | 0); the end check then refuses it.
    const normalize = () => {
      if (rc.range < 0x1000000) {
        rc.range = (rc.range << 8) >>> 0;
        rc.code = ((rc.code << 8) | input[rc.at++]) >>> 0;
      }
    };
    // One bit with probability `probs[i]` of being 0, which it then adapts towards the bit.
    const bit = (i) => {
      const p = probs[i];
      const bound = (rc.range >>> 11) * p;
      let result = 0;
      if (rc.code < bound) {
        rc.range = bound;
        probs[i] = p + ((2048 - p) >>> 5);
      } else {
        rc.range -= bound;
        rc.code -= bound;
        probs[i] = p - (p >>> 5);
        result = 1;
      }
      normalize();
      return result;
    };
    // A `count`-bit number, most significant bit first, each bit with its own probability in a
    // binary tree stored from probs[base + 1].
    const tree = (base, count) => {
      let m = 1;
      for (let i = 0; i < count; i++) m = (m << 1) | bit(base + m);
      return m - (1 << count);
    };
    // The same tree, the number's bits least significant first.
    const reverse = (base, count) => {
      let m = 1;
      let result = 0;
      for (let i = 0; i < count; i++) {
        const b = bit(base + m);
        m = (m << 1) | b;
        result |= b << i;
      }
      return result;
    };
    // A match length, less the minimum of 2: 0–7, 8–15, then 16–271.
    const length = (base) =>
      bit(base) === 0 ? tree(base + 2, 3) : bit(base + 1) === 0 ? 8 + tree(base + 10, 3) : 16 + tree(base + 18, 8);
    // The distance of a new match, less one: a 6-bit slot (per length up to 5), then the bits
    // under it, the low ones modelled and the middle ones of long distances direct.
    const distance = (len) => {
      const posSlot = tree(POS_SLOT + (Math.min(len, 3) << 6), 6);
      if (posSlot < 4) return posSlot;
      const numDirectBits = (posSlot >>> 1) - 1;
      let dist = ((2 | (posSlot & 1)) << numDirectBits) >>> 0;
      if (posSlot < 14) return dist + reverse(SPEC_POS + dist - posSlot, numDirectBits);
      // Bits of probability one half, most significant first, then the 4 aligned ones.
      for (let i = numDirectBits - 4; i > 0; i--) {
        rc.range >>>= 1;
        let b = 0;
        if (rc.code >= rc.range) {
          rc.code -= rc.range;
          b = 1;
        }
        dist += b << (i + 3);
        normalize();
      }
      return dist + reverse(ALIGN, 4);
    };

    // The state (0–11: what the last packets were) and the last four distances, less one.
    // Kept here between slices; the loop works on local copies, which the engine keeps in
    // registers.
    const saved = [0, 0, 0, 0, 0, 0];
    const decode = (limit) => {
      let [pos, state, rep0, rep1, rep2, rep3] = saved;
      limit = Math.min(limit, size);
      while (pos < limit) {
        if (bit(IS_MATCH + state) === 0) {
          // A literal byte, coded in the context of the byte before it; after a match, also of
          // the byte at the match distance, until a bit differs from it.
          const base = LITERAL + 0x300 * (pos > 0 ? out[pos - 1] >> 5 : 0);
          let symbol = 1;
          if (state >= 7) {
            let matchByte = out[pos - rep0 - 1];
            do {
              const matchBit = (matchByte >> 7) & 1;
              matchByte <<= 1;
              const b = bit(base + ((1 + matchBit) << 8) + symbol);
              symbol = (symbol << 1) | b;
              if (matchBit !== b) break;
            } while (symbol < 0x100);
          }
          while (symbol < 0x100) symbol = (symbol << 1) | bit(base + symbol);
          out[pos++] = symbol; // the low 8 bits: the leading 1 falls off
          state = state < 4 ? 0 : state < 10 ? state - 3 : state - 6;
          continue;
        }
        let len;
        if (bit(IS_REP + state) !== 0) {
          // A repeated distance: one of the last four.
          if (pos === 0) fail();
          if (bit(IS_REP_G0 + state) === 0) {
            if (bit(IS_REP0_LONG + state) === 0) {
              // "Short rep": one byte from the last distance.
              state = state < 7 ? 9 : 11;
              out[pos] = out[pos - rep0 - 1];
              pos++;
              continue;
            }
          } else {
            let dist;
            if (bit(IS_REP_G1 + state) === 0) {
              dist = rep1;
            } else {
              if (bit(IS_REP_G2 + state) === 0) {
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
          len = length(REP_LEN);
          state = state < 7 ? 8 : 11;
        } else {
          // A match with a new distance.
          rep3 = rep2;
          rep2 = rep1;
          rep1 = rep0;
          len = length(LEN);
          state = state < 7 ? 7 : 10;
          rep0 = distance(len);
          // Also the end marker (distance 2^32 - 1), which this format has no use for.
          if (rep0 >= pos || rep0 >= dictSize) fail();
        }
        len += 2;
        if (len > size - pos) fail();
        for (const end = pos + len; pos < end; pos++) out[pos] = out[pos - rep0 - 1];
      }
      saved.splice(0, 6, pos, state, rep0, rep1, rep2, rep3);
      return pos;
    };
    // A whole stream ends with the decoder's code at 0, having read its input to the end.
    const finish = () => {
      if (rc.code !== 0 || rc.at !== input.length) fail();
      return out;
    };
    return { decode, finish, size };
  };

  return async (input, pause, sliceMs = SLICE_MS) => {
    const { decode, finish, size } = decoder(input);
    let done = 0;
    let sliceStart = performance.now();
    while (done < size) {
      done = decode(done + CHECK_EVERY);
      if (pause && performance.now() - sliceStart >= sliceMs) {
        await pause();
        sliceStart = performance.now();
      }
    }
    return finish();
  };
})();
