// Runs first on each hosted page of one language (issue 13: a page carries only its own
// language's words). `cargo xtask dist` writes the lines before it: PAGES, every language's page
// file (the reference language first), and HERE, this page's language.
//
// It makes the app's own choice (core/src/engine/language.rs, `choose`) before the app's code
// arrives: `?lang=` wins if the guide has that language, then the first of the browser's
// languages it has (`es-MX` finds `es`), then the reference language. The browser's languages
// decide only on the reference language's page: a link to another language's page, without
// `?lang=`, is a choice of that language, which stays. If the choice is another page,
// it opens it in place of this one, with the same query and fragment (answers stay in the tab's
// sessionStorage, which every page of the origin shares), so a patient makes at most one extra
// navigation, started before the rest of this page downloads. From a file on disk there is no
// other page: nothing happens.
(() => {
  if (location.protocol !== 'http:' && location.protocol !== 'https:') return;
  const langs = Object.keys(PAGES);
  const primary = (tag) => tag.split(/[-_]/)[0].toLowerCase();
  const matching = (tag) =>
    langs.find((lang) => lang.toLowerCase() === tag.toLowerCase()) ||
    langs.find((lang) => primary(lang) === primary(tag));
  const asked = new URLSearchParams(location.search).get('lang');
  if (!asked && HERE !== langs[0]) return;
  const wanted = [asked, ...(navigator.languages || [])].filter(Boolean).map(matching).find(Boolean) || langs[0];
  if (wanted !== HERE) location.replace(new URL(PAGES[wanted] + location.search + location.hash, location.href));
})();
