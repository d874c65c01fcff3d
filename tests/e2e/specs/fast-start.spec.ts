import { expect, test, type Page, type Route } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';

// What a person on a slow network sees before the widget runs, and when something fails on the
// way: a skeleton at once, the feed requested together with the module, a plain message with
// Try again in the widget's place.

/** Holds the module's response back until `release()` is called. */
async function holdModule(page: Page) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/skillgap_bg.wasm', async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

test('a skeleton paints before the module runs and the widget takes its place without a jump', async ({ page }) => {
  const release = await holdModule(page);
  await page.goto('/index.html');
  const skeleton = page.getByTestId('skeleton');
  await expect(skeleton).toBeVisible();
  await expect(skeleton.getByRole('heading', { level: 1 })).toHaveText('Skill gap');
  await expect(skeleton.getByRole('status')).toContainText('Loading the skills widget…');
  await expect(skeleton.getByRole('progressbar', { name: 'Skills widget downloaded' })).toBeVisible();
  await expect(page.getByLabel('Role you aim for')).toHaveCount(0);
  await expectNoAxeViolations(page);
  const before = await skeleton.getByRole('heading', { level: 1 }).boundingBox();

  release();
  await expect(page.getByTestId('skillgap')).toBeVisible();
  await expect(skeleton).toHaveCount(0);
  const after = await page.getByTestId('skillgap').getByRole('heading', { level: 1, name: 'Skill gap' }).boundingBox();
  expect(after).toEqual(before);
  await expect(page.getByLabel('Role you aim for')).toBeVisible();
});

test('the download progress counts the module bytes received up to the whole module', async ({ page }) => {
  const release = await holdModule(page);
  await page.goto('/index.html');
  const bar = page.getByTestId('skeleton').getByRole('progressbar');
  await expect(bar).toHaveAttribute('value', '0');
  await page.evaluate(() => {
    const progress = document.querySelector('skill-gap')!.shadowRoot!.querySelector('progress')!;
    const seen: number[] = [];
    (window as unknown as { seen: number[] }).seen = seen;
    new MutationObserver(() => seen.push(progress.value)).observe(progress, { attributes: true });
  });
  release();
  await expect(page.getByLabel('Role you aim for')).toBeVisible();
  const seen = await page.evaluate(() => (window as unknown as { seen: number[] }).seen);
  expect(seen.length).toBeGreaterThan(0);
  expect(seen[seen.length - 1]).toBe(100);
  expect([...seen].sort((a, b) => a - b)).toEqual(seen);
});

test('the feed is requested together with the module, once', async ({ page }) => {
  const order: string[] = [];
  page.on('request', (request) => order.push(`request ${new URL(request.url()).pathname}`));
  page.on('requestfinished', (request) => order.push(`finished ${new URL(request.url()).pathname}`));
  const release = await holdModule(page);
  await page.goto('/index.html');
  await expect.poll(() => order).toContain('request /feeds/demo.json');
  // The module is still held back: the feed did not wait for it.
  expect(order).not.toContain('finished /skillgap_bg.wasm');
  expect(order.indexOf('request /skillgap_bg.wasm')).toBeGreaterThanOrEqual(0);
  release();
  await expect(page.getByLabel('Role you aim for')).toBeVisible();
  expect(order.filter((entry) => entry === 'request /feeds/demo.json')).toHaveLength(1);
});

test('a module that cannot be downloaded says so in the widget, and Try again loads it', async ({ page }) => {
  let fail = true;
  await page.route('**/skillgap_bg.wasm', (route: Route) => (fail ? route.fulfill({ status: 503, body: 'busy' }) : route.continue()));
  await page.goto('/index.html');
  const skeleton = page.getByTestId('skeleton');
  await expect(skeleton.getByRole('alert')).toHaveText(/could not be downloaded completely: the connection may have dropped\.Try again/);
  await expectNoAxeViolations(page);
  fail = false;
  await skeleton.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByLabel('Role you aim for')).toBeVisible();
});

test('a module cut off halfway says it could not be downloaded', async ({ page }) => {
  await page.route('**/skillgap_bg.wasm', async (route) => {
    const response = await route.fetch();
    const body = await response.body();
    await route.fulfill({ response, body: body.subarray(0, body.length >> 1) });
  });
  await page.goto('/index.html');
  await expect(page.getByTestId('skeleton').getByRole('alert')).toContainText('could not be downloaded completely');
});

test('a page whose security policy forbids WebAssembly gets a message its admin can act on', async ({ page }) => {
  await page.route('**/index.html', async (route) => {
    const response = await route.fetch();
    await route.fulfill({
      response,
      headers: { ...response.headers(), 'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'" },
    });
  });
  await page.goto('/index.html');
  const alert = page.getByTestId('skeleton').getByRole('alert');
  await expect(alert).toContainText("security policy does not allow WebAssembly");
  await expect(alert).toContainText("'wasm-unsafe-eval'");
  await expect(alert.getByRole('button')).toHaveCount(0);
});

test('a browser without WebAssembly is told which browsers work', async ({ page }) => {
  await page.addInitScript(() => {
    // @ts-expect-error simulating an old browser
    delete window.WebAssembly;
  });
  await page.goto('/index.html');
  await expect(page.getByTestId('skeleton').getByRole('alert')).toHaveText(
    'This browser cannot run the skills widget. It works in current versions of Chrome, Edge, Firefox and Safari.',
  );
});

test('a feed that hangs is reported after a while, and Try again asks for it afresh', async ({ page }) => {
  await page.clock.install();
  let hang = true;
  await page.route('**/feeds/demo.json', async (route) => {
    if (hang) return; // never answered
    await route.continue();
  });
  await page.goto('/index.html');
  const loading = page.getByTestId('feed-loading');
  await expect(loading).toContainText('Loading the skills framework…');
  await expect(page.getByTestId('feed-slow')).toHaveCount(0);
  await page.clock.runFor(10_500);
  await expect(page.getByTestId('feed-slow')).toHaveText(/taking longer than usual/);
  hang = false;
  await page.getByTestId('feed-slow-retry').click();
  await expect(page.getByLabel('Role you aim for')).toBeVisible();
});
