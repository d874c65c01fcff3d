// Two builds of the widget on the enterprise feed, interleaved in one run: navigation to the
// first frame with the feed (`skillgap:interactive`) and the feed's parse-to-frame mark. For a
// before/after figure of a change; measured, never asserted. Each build is served by serve.mjs.
//
//   node perf/large-feed-ab.mjs <dist-a> <dist-b> [--runs 9]
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const [a, b] = process.argv.slice(2, 4).map((d) => resolve(d));
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 9;
if (!a || !b) throw new Error('usage: node perf/large-feed-ab.mjs <dist-a> <dist-b> [--runs 9]');

const builds = [
  { name: 'A', dir: a, port: 4391 },
  { name: 'B', dir: b, port: 4392 },
];
const servers = builds.map(({ dir, port }) =>
  spawn('node', [resolve(here, '../serve.mjs'), '--port', String(port)], {
    env: { ...process.env, SKILLGAP_DIST: dir },
    stdio: 'ignore',
  }));
await new Promise((r) => setTimeout(r, 1000));

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const figures = Object.fromEntries(builds.map(({ name }) => [name, { interactive: [], parse: [] }]));
try {
  for (let i = 0; i <= RUNS; i++) {
    // The order alternates, so that neither build always follows the other's garbage.
    for (const { name, port } of i % 2 ? [...builds].reverse() : builds) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${port}/index.html?feed=/perf/large.json&storage-key=ab`);
      await page.waitForFunction(() => performance.getEntriesByName('skillgap:interactive').length > 0, null, { timeout: 120_000 });
      const [interactive, parse] = await page.evaluate(() => {
        const m = performance.getEntriesByName('skillgap:interactive')[0];
        return [m.startTime + m.duration, performance.getEntriesByName('skillgap:feed-parse')[0].duration];
      });
      // The first round warms the servers' and the disk's caches and is not counted.
      if (i > 0) {
        figures[name].interactive.push(interactive);
        figures[name].parse.push(parse);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  servers.forEach((s) => s.kill());
}
const median = (v) => [...v].sort((x, y) => x - y)[Math.floor(v.length / 2)];
for (const { name, dir } of builds) {
  const f = figures[name];
  console.log(`${name} ${dir}`);
  for (const key of ['interactive', 'parse']) {
    console.log(`  ${key.padEnd(12)} median ${median(f[key]).toFixed(0)} ms  (${Math.min(...f[key]).toFixed(0)}–${Math.max(...f[key]).toFixed(0)})`);
  }
}
