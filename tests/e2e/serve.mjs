// A small static server for the browser tests: the release build at /, test fixtures at /fixtures/.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const dist = resolve(here, process.env.SKILLGAP_DIST ?? '../../dist');
const roots = [
  { prefix: '/fixtures/', dir: resolve(here, 'fixtures') },
  { prefix: '/examples/', dir: resolve(here, '../../examples') },
  { prefix: '/perf/', dir: resolve(here, '.cache') },
  { prefix: '/vendor/bootstrap/', dir: resolve(here, 'node_modules/bootstrap/dist') },
  // A sub-path deployment, as an intranet would serve it.
  { prefix: '/widgets/skillgap/', dir: dist },
  { prefix: '/', dir: dist },
];
const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'";
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};
const portArg = process.argv.indexOf('--port');
const port = portArg > 0 ? Number(process.argv[portArg + 1]) : 4173;

async function resolveFile(pathname) {
  for (const { prefix, dir } of roots) {
    if (!pathname.startsWith(prefix)) continue;
    const relative = normalize(decodeURIComponent(pathname.slice(prefix.length))).replace(/^(\.\.[/\\])+/, '');
    let file = join(dir, relative);
    if (!file.startsWith(dir)) return null;
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      await stat(file);
      return file;
    } catch {
      return null;
    }
  }
  return null;
}

/** The best precompressed copy of `file` the client accepts: brotli, then gzip. */
async function precompressed(file, acceptEncoding) {
  const accepted = acceptEncoding.split(',').map((part) => part.trim().split(';')[0]);
  for (const [name, suffix] of [['br', 'br'], ['gzip', 'gz']]) {
    if (!accepted.includes(name)) continue;
    try {
      await stat(`${file}.${suffix}`);
      return { name, suffix };
    } catch {
      // no such copy: try the next encoding
    }
  }
  return null;
}

createServer(async (req, res) => {
  const url = new URL(req.url, `http://127.0.0.1:${port}`);
  // An open redirect, as many intranets have one: /redirect?to=<address>.
  if (url.pathname === '/redirect') {
    res.writeHead(302, { location: url.searchParams.get('to') ?? '/', 'access-control-allow-origin': '*' }).end();
    return;
  }
  const file = await resolveFile(url.pathname);
  if (!file) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  // The build's precompressed copies (scripts/precompress.mjs), as docs/embed.md tells servers to send them.
  const encoding = await precompressed(file, req.headers['accept-encoding'] ?? '');
  const body = await readFile(encoding ? `${file}.${encoding.suffix}` : file);
  const headers = {
    'content-type': types[extname(file)] ?? 'application/octet-stream',
    ...(encoding ? { 'content-encoding': encoding.name, vary: 'Accept-Encoding' } : {}),
    'cache-control': 'no-store',
    // Sandboxed iframes without allow-same-origin have an opaque origin: assets need CORS.
    'access-control-allow-origin': '*',
  };
  if (url.pathname === '/examples/strict-csp.html') headers['content-security-policy'] = STRICT_CSP;
  res.writeHead(200, headers);
  res.end(body);
}).listen(port, '127.0.0.1', () => console.log(`serving on http://127.0.0.1:${port}`));
