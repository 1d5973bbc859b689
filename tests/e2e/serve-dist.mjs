// A tiny static file server for the release build, for the Playwright tests: no dependencies.
//
//   node serve-dist.mjs [port] [dir] [guide-origin]
//
// port: argv[2], else $PORT, else 4173; 0 picks a free port. dir: argv[3], else $DIST_DIR, else
// the repository's dist/ (built by `cargo xtask dist`). Listens on 127.0.0.1 only, and prints
// the address it serves on. `/` (and any directory) is
// its index.html; a path that is not a file is a 404 (no single-page-app fallback).
//
// It also serves the partner demo (examples/partner-site) on a second origin, for
// `cargo xtask serve --partner` and the embed tests. That page loads the guide from
// `cargo xtask serve`'s address, http://127.0.0.1:8080; given guide-origin (argv[4]), every
// HTML page is served with that address replaced by guide-origin.
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
};

const port = Number(process.argv[2] || process.env.PORT || 4173);
const here = fileURLToPath(new URL('.', import.meta.url));
const root = resolve(process.argv[3] || process.env.DIST_DIR || join(here, '..', '..', 'dist'));
const DEV_GUIDE_ORIGIN = 'http://127.0.0.1:8080';
const guideOrigin = process.argv[4];

if (!existsSync(join(root, 'index.html'))) {
  console.error(`serve-dist: ${join(root, 'index.html')} does not exist: run \`cargo xtask dist\` first`);
  process.exit(1);
}

/** The file under `root` that `urlPath` names, or null if there is none (or it escapes root). */
function fileFor(urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  let path = normalize(join(root, decoded));
  if (path !== root && !path.startsWith(root + sep)) return null;
  try {
    if (statSync(path).isDirectory()) path = join(path, 'index.html');
    return statSync(path).isFile() ? path : null;
  } catch {
    return null;
  }
}

const server = createServer((request, response) => {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const urlPath = new URL(request.url, 'http://localhost').pathname;
  const file = fileFor(urlPath);
  if (!file) {
    console.error(`serve-dist: 404 ${urlPath}`);
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
    return;
  }
  const type = MIME_TYPES[extname(file).toLowerCase()] || 'application/octet-stream';
  if (guideOrigin && type.startsWith('text/html')) {
    const page = readFileSync(file, 'utf8').replaceAll(DEV_GUIDE_ORIGIN, guideOrigin);
    response.writeHead(200, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(page) });
    response.end(request.method === 'HEAD' ? undefined : page);
    return;
  }
  response.writeHead(200, { 'Content-Type': type, 'Content-Length': statSync(file).size });
  if (request.method === 'HEAD') {
    response.end();
  } else {
    createReadStream(file).pipe(response);
  }
});

server.listen(port, '127.0.0.1', () => {
  console.log(`serve-dist: ${root} on http://127.0.0.1:${server.address().port}/`);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
