/*! Relief Guide embed. A partner page pastes:
 *
 *   <div data-relief-guide data-lang="en" data-accent="#0b6e4f"></div>
 *   <script src="https://CLINIC/guide/embed.js" async></script>
 *
 * and each such <div> gets an <iframe> of the guide (the index.html beside this script) that
 * is always as tall as the guide's content. Optional: data-clinic, data-contact, data-title.
 * No dependencies, no cookies, no requests of its own. Served as-is (see README, Embedding).
 */
(() => {
  'use strict';
  const script = document.currentScript;
  if (!script || !script.src) return;
  const guide = new URL('index.html', script.src);
  // The guide checks every value itself (src/engine/embed.rs) and warns in the console about
  // any it refuses; this script only chooses which attributes to pass (data-lang → ?lang=).
  const PASSED = ['lang', 'accent', 'clinic', 'contact'];
  const frames = [];

  const embed = (container) => {
    // A second copy of this script, or a frame the partner put there, is left alone.
    if (container.querySelector('iframe')) return;
    const src = new URL(guide);
    src.searchParams.set('embed', '1');
    for (const name of PASSED) {
      const value = container.getAttribute(`data-${name}`);
      if (value) src.searchParams.set(name, value);
    }
    const frame = document.createElement('iframe');
    frame.src = src.href;
    frame.title = container.getAttribute('data-title') || 'Relief Guide: questions about your pain';
    frame.setAttribute('loading', 'lazy');
    // The guide needs nothing from the partner's address, and only the clipboard (to copy a
    // share link on a click; without it the guide shows the link to copy by hand).
    frame.referrerPolicy = 'no-referrer';
    frame.allow = 'clipboard-write';
    // Set through the CSSOM, which a partner's Content-Security-Policy allows.
    Object.assign(frame.style, { display: 'block', width: '100%', height: '600px', border: '0' });
    container.replaceChildren(frame);
    frames.push(frame);
  };

  /** A plain object with exactly these keys (sorted, comma-separated). */
  const shaped = (data, keys) =>
    Object.prototype.toString.call(data) === '[object Object]' && Object.keys(data).sort().join() === keys;

  // Only the guide's own frames, from the guide's own origin, and only these two shapes: the
  // content's height, and "a new step is on screen". Nothing else is read or kept.
  window.addEventListener('message', (event) => {
    if (event.origin !== guide.origin) return;
    const frame = frames.find((f) => f.contentWindow === event.source);
    const data = event.data;
    if (!frame) return;
    if (shaped(data, 'height,type') && data.type === 'relief-guide:height') {
      if (Number.isInteger(data.height) && data.height > 0 && data.height <= 100000) {
        frame.style.height = `${data.height}px`;
      }
    } else if (shaped(data, 'type') && data.type === 'relief-guide:step') {
      const top = frame.getBoundingClientRect().top;
      // The new question starts at the frame's top: bring it into view if it is not.
      if (top < 0 || top > window.innerHeight) frame.scrollIntoView();
    }
  });

  const start = () => document.querySelectorAll('[data-relief-guide]').forEach(embed);
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
