// Runs first on every page, in its head. The prerendered screen's links (Start) work before the
// app does: a tap changes the address, and the app starts on the screen it names. That tap is a
// step like any other, so the app then moves focus to the new screen's heading, as after every
// step (src/ui/app.rs reads this mark); without it, a screen reader would not say where the
// patient now is.
addEventListener('hashchange', () => document.documentElement.setAttribute('data-stepped', ''), { once: true });
