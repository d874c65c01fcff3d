// Skillgap and its peer (../shared/peers/snowflake) loaded side by side in one run: interleaved,
// each cold load in a fresh browser context, under three network/CPU profiles set through the
// Chrome DevTools Protocol; then a repeat visit in the same context. Prints medians and spread.
// Used by scripts/bench.sh; measured, never asserted.
//
//   node perf/side-by-side.mjs [--runs 7]
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { brotliCompressSync, constants, deflateSync, gzipSync } from 'node:zlib';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 7;

const peerDir = resolve(here, '../../../../shared/peers/snowflake');
const dist = resolve(here, process.env.SKILLGAP_DIST ?? '../../../dist');
/** A link's fragment as the widget writes it: zlib-compressed JSON, base64url, after its tag. */
const fragment = (tag, value) => `#${tag}.${deflateSync(Buffer.from(JSON.stringify(value))).toString('base64url')}`;
// Each visitor's first visit: the employee's page, a colleague's feedback request link (the
// reviewer's module) and a manager's share link (the shared view's module).
const REQUEST = fragment('sgr1', { i: 'bench-request', n: 'Ana Lima', s: ['sql', 'python', 'data-visualisation', 'statistics'] });
const SHARE = fragment('sg1', { t: 'data-analyst', r: { sql: 3, python: 2, statistics: 1 } });
const apps = [
  { name: 'Skillgap', dir: dist, path: '/index.html', ready: skillgapReady },
  { name: 'Skillgap reviewer', dir: dist, path: '/index.html' + REQUEST, ready: reviewerReady },
  { name: 'Skillgap shared view', dir: dist, path: '/index.html' + SHARE, ready: sharedReady },
  { name: 'snowflake', dir: peerDir, path: '/', ready: snowflakeReady },
].filter((app) => existsSync(app.dir));
const PEER = 'snowflake';
const ours = apps.filter((app) => app.name !== PEER);
if (!apps.some((app) => app.name === PEER)) {
  // A plain clone has no peer beside it: Skillgap's own figures are still worth having.
  console.log(`The peer is not beside this clone (${peerDir}): its column and the ratios are left out.`);
}

// Chrome DevTools' presets, as the issue names them.
const profiles = [
  { name: 'no throttling', network: null, cpu: 1 },
  { name: 'Fast 4G', network: { latency: 60, down: 9_000_000, up: 1_500_000 }, cpu: 1 },
  { name: 'Slow 4G', network: { latency: 150, down: 1_600_000, up: 750_000 }, cpu: 4 },
];

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
};

/**
 * A static server as docs/embed.md recommends: brotli (else gzip) for text and wasm, compressed
 * once and kept, `Cache-Control: no-cache` with an ETag, so a repeat visit revalidates (304).
 */
function serve(dir) {
  const cache = new Map();
  async function load(file) {
    if (!cache.has(file)) {
      const body = await readFile(file);
      const compressible = extname(file) in types;
      cache.set(file, {
        body,
        br: compressible ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }) : null,
        gz: compressible ? gzipSync(body, { level: 9 }) : null,
        etag: `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`,
      });
    }
    return cache.get(file);
  }
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    let file = join(dir, normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, ''));
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const entry = await load(file);
      const headers = {
        'content-type': types[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        etag: entry.etag,
        vary: 'Accept-Encoding',
      };
      if (req.headers['if-none-match'] === entry.etag) return res.writeHead(304, headers).end();
      const accepts = req.headers['accept-encoding'] ?? '';
      let body = entry.body;
      if (entry.br && /\bbr\b/.test(accepts)) [body, headers['content-encoding']] = [entry.br, 'br'];
      else if (entry.gz && /\bgzip\b/.test(accepts)) [body, headers['content-encoding']] = [entry.gz, 'gzip'];
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({ server, port: server.address().port })));
}

/** Skillgap is interactive when its role select has the feed's roles. */
function skillgapReady() {
  const select = document.querySelector('skill-gap')?.shadowRoot?.querySelector('#sg-target-role');
  return select && select.options.length > 1 ? performance.now() : false;
}

/** The reviewer's form is interactive when its first level choice can be taken. */
function reviewerReady() {
  const radio = document.querySelector('skill-gap')?.shadowRoot?.querySelector('[data-testid="reviewer-view"] input[type=radio]');
  return radio && !radio.disabled ? performance.now() : false;
}

/** The shared view is usable when the shared profile's document is drawn. */
function sharedReady() {
  const view = document.querySelector('skill-gap')?.shadowRoot?.querySelector('[data-testid="shared-view"] table');
  return view ? performance.now() : false;
}

/** The peer's own definition (../shared/peers/README.md). */
function snowflakeReady() {
  const hydrated = (el) => el && Object.keys(el).some((k) => k.startsWith('__reactInternalInstance$'));
  return hydrated(document.querySelector('main select')) && hydrated(document.querySelector('path.track-milestone')) && location.hash.length > 1
    ? performance.now()
    : false;
}

async function measure(browser, app, origin, profile) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  if (profile.network) {
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: profile.network.latency,
      downloadThroughput: profile.network.down / 8,
      uploadThroughput: profile.network.up / 8,
    });
  }
  if (profile.cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
  let bytes = 0;
  cdp.on('Network.loadingFinished', (event) => (bytes += event.encodedDataLength));
  async function visit() {
    await page.goto(origin + app.path, { waitUntil: 'commit' });
    const handle = await page.waitForFunction(app.ready, null, { polling: 'raf', timeout: 120_000 });
    const interactive = await handle.jsonValue();
    const fcp = await page.evaluate(
      () =>
        new Promise((ok) => {
          const found = () => performance.getEntriesByName('first-contentful-paint')[0];
          if (found()) return ok(found().startTime);
          new PerformanceObserver(() => found() && ok(found().startTime)).observe({ type: 'paint', buffered: true });
        }),
    );
    return { interactive, fcp };
  }
  const cold = await visit();
  const coldBytes = bytes;
  bytes = 0;
  // Away and back: going to the same address with a fragment would only move to the fragment,
  // not load the page again.
  await page.goto('about:blank');
  const repeat = await visit();
  await context.close();
  return { fcp: cold.fcp, interactive: cold.interactive, bytes: coldBytes, repeatInteractive: repeat.interactive, repeatBytes: bytes };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function spread(values) {
  return `${Math.round(Math.min(...values))}–${Math.round(Math.max(...values))}`;
}

const servers = await Promise.all(apps.map((app) => serve(app.dir)));
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-quic'],
});
// One load of each first, not counted: the first navigation of a fresh browser pays for
// starting its own processes.
for (const [i, app] of apps.entries()) await measure(browser, app, `http://127.0.0.1:${servers[i].port}`, profiles[0]);
const results = {};
for (const profile of profiles) {
  for (let run = 0; run < RUNS; run++) {
    // Interleaved, and alternating who goes first, so drift on the machine hits all alike.
    const order = run % 2 ? apps.map((_, i) => i).reverse() : apps.map((_, i) => i);
    for (const i of order) {
      const app = apps[i];
      const origin = `http://127.0.0.1:${servers[i].port}`;
      const figures = await measure(browser, app, origin, profile);
      for (const [figure, value] of Object.entries(figures)) {
        ((results[profile.name] ??= {})[figure] ??= {})[app.name] ??= [];
        results[profile.name][figure][app.name].push(value);
      }
    }
  }
}
await browser.close();
servers.forEach(({ server }) => server.close());

const labels = {
  fcp: 'first contentful paint (ms)',
  interactive: 'navigation → interactive (ms)',
  bytes: 'bytes on the wire, cold (KB, brotli)',
  repeatInteractive: 'repeat visit → interactive (ms)',
  repeatBytes: 'bytes on the wire, repeat visit (KB)',
};
console.log(`\nSide by side, ${RUNS} interleaved loads each, medians (min–max); ratio = Skillgap / snowflake`);
console.log(['profile', 'visitor', 'figure', 'Skillgap', 'snowflake', 'ratio'].join(' | '));
console.log(['---', '---', '---', '---', '---', '---'].join(' | '));
for (const profile of profiles) {
  for (const app of ours) for (const [figure, label] of Object.entries(labels)) {
    const mine = results[profile.name][figure][app.name];
    const theirs = results[profile.name][figure][PEER];
    const scale = figure.toLowerCase().includes('bytes') ? 1 / 1024 : 1;
    const fmt = (values) => `${Math.round(median(values) * scale).toLocaleString('en')} (${spread(values.map((v) => v * scale))})`;
    const visitor = app.name.replace(/^Skillgap ?/, '') || 'employee';
    if (!theirs) {
      console.log([profile.name, visitor, label, fmt(mine), '—', '—'].join(' | '));
      continue;
    }
    const ratio = median(theirs) > 0 ? (median(mine) / median(theirs)).toFixed(2) + '×' : '—';
    console.log([profile.name, visitor, label, fmt(mine), fmt(theirs), ratio].join(' | '));
  }
}
