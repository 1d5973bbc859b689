// Starts Relief Guide from the copy of its WebAssembly inlined in this page, written by
// `cargo xtask dist` (xtask/src/single_file.rs). No request is made, so the page runs the same
// from a web server, from a file on disk and from a saved copy, with or without a network.
(async () => {
  try {
    // Base64 of the zlib-compressed module: less than half the size of base64 alone.
    const packed = document.getElementById('relief-guide-wasm').textContent;
    const bytes = Uint8Array.from(atob(packed), (char) => char.charCodeAt(0));
    const inflated = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate'));
    const wasm = await new Response(inflated).arrayBuffer();
    // Asynchronous: Chrome refuses to compile a module this size synchronously on the main thread.
    await wasm_bindgen({ module_or_path: wasm });
  } catch (error) {
    // The prerendered start screen (src/ui/prerender.rs) cannot work: show the loading line,
    // "If nothing happens, you can read the article below.", and the article under it.
    document.querySelector('#relief-guide > .guide')?.classList.remove('guide-running');
    console.error('Relief Guide could not start:', error);
  }
})();
