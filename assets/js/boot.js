// Starts Relief Guide from the copy of its WebAssembly inlined in this page, written by
// `cargo xtask dist` (xtask/src/single_file.rs). No request is made, so the page runs the same
// from a web server, from a file on disk and from a saved copy, with or without a network.
(async () => {
  // Lets the browser run what is waiting (input, rendering), then goes on: scheduler.yield where
  // there is one (Chrome 129), else a message to this page, a task that is not throttled as
  // timers are.
  const yieldToBrowser = () => {
    if (globalThis.scheduler?.yield) return scheduler.yield();
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    });
  };
  try {
    // Base64 of the LZMA-compressed module (xtask/src/lzma.rs): less than half the size of
    // base64 alone. Uint8Array.fromBase64 is native (Chrome 140, Firefox 133, Safari 18.2);
    // elsewhere atob, byte by byte.
    const packed = document.getElementById('relief-guide-wasm').textContent;
    let bytes;
    if (Uint8Array.fromBase64) {
      bytes = Uint8Array.fromBase64(packed);
    } else {
      const binary = atob(packed);
      bytes = new Uint8Array(binary.length);
      for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    }
    // unlzma (lzma.js, the script before this one) decodes in slices of a few milliseconds and
    // yields to the browser between them, so that the page keeps responding (no long task).
    const wasm = await unlzma(bytes, yieldToBrowser);
    // Asynchronous: Chrome refuses to compile a module this size synchronously on the main thread.
    await wasm_bindgen({ module_or_path: wasm });
  } catch (error) {
    // The prerendered start screen (src/ui/prerender.rs) cannot work: show the loading line,
    // "If nothing happens, you can read the article below.", and the article under it.
    document.querySelector('#relief-guide > .guide')?.classList.remove('guide-running');
    console.error('Relief Guide could not start:', error);
  }
})();

