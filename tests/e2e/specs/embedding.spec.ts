import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';

const PROPS = ['font-family', 'font-size', 'font-weight', 'line-height', 'color', 'letter-spacing', 'text-transform', 'box-sizing', 'padding-top', 'padding-left', 'border-top-width', 'border-top-style', 'border-top-color', 'background-color', 'margin-top', 'text-decoration-line', 'display', 'list-style-type'];

async function styles(page: Page, selectors: string[]) {
  const result: Record<string, Record<string, string>> = {};
  for (const selector of selectors) {
    result[selector] = await page.locator(selector).first().evaluate((el, props) => {
      const computed = getComputedStyle(el);
      return Object.fromEntries(props.map((p) => [p, computed.getPropertyValue(p)]));
    }, PROPS);
  }
  return result;
}

const ASSESS_ELEMENTS = ['skill-gap .sg-title', 'skill-gap .sg-nav-button', 'skill-gap .sg-h2', 'skill-gap #sg-target-role', 'skill-gap .sg-label', 'skill-gap label.sg-level', 'skill-gap .sg-skill-name', 'skill-gap .sg-textarea', 'skill-gap .sg-guide-level', 'skill-gap .sg-link-button'];
const GAP_ELEMENTS = ['skill-gap .sg-gap-line', 'skill-gap .sg-table td', 'skill-gap .sg-table th', 'skill-gap .sg-button', 'skill-gap .sg-fit'];

async function widgetStyles(page: Page, url: string) {
  await page.goto(url);
  await expect(page.locator('skill-gap #sg-target-role')).toBeVisible();
  await page.locator('skill-gap #sg-target-role').selectOption('platform-engineer');
  await page.locator('skill-gap').getByTestId('rate-kubernetes').locator('label.sg-level[title="1 Aware"]').click();
  await page.locator('skill-gap').getByTestId('rate-kubernetes').getByTestId('details-toggle').click();
  const assess = await styles(page, ASSESS_ELEMENTS);
  await page.locator('skill-gap').getByTestId('nav-gap').click();
  await expect(page.locator('skill-gap .sg-table td').first()).toBeVisible();
  return { ...assess, ...(await styles(page, GAP_ELEMENTS)) };
}

test('Bootstrap 5 and aggressive global CSS do not change the widget, and the widget does not change the host', async ({ browser }) => {
  const bare = await browser.newPage();
  const inBare = await widgetStyles(bare, '/examples/bare.html');
  const bootstrap = await browser.newPage();
  const inBootstrap = await widgetStyles(bootstrap, '/examples/bootstrap.html');
  expect(inBootstrap).toEqual(inBare);
  // The host's rules really are hostile, so the comparison above means something.
  expect((await styles(bootstrap, ['#host-heading']))['#host-heading']['font-size']).toBe('48px');

  const withoutWidget = await browser.newPage();
  await withoutWidget.goto('/examples/bootstrap-no-widget.html');
  const hostElements = ['#host-heading', '#host-button', '#host-table td', 'body'];
  expect(await styles(bootstrap, hostElements)).toEqual(await styles(withoutWidget, hostElements));
  await expectNoAxeViolations(bootstrap, 'skill-gap');
});

test('a strict Content-Security-Policy reports no violation during a session', async ({ page }) => {
  const messages: string[] = [];
  page.on('console', (m) => messages.push(m.text()));
  const response = await page.goto('/examples/strict-csp.html');
  expect(response!.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
  const widget = page.locator('skill-gap');
  await widget.locator('#sg-target-role').selectOption('data-analyst');
  await widget.getByTestId('rate-sql').locator('label.sg-level[title="2 Working"]').click();
  await expect(widget.getByTestId('fit')).toHaveText(/^Rate the skills that matter most for Data Analyst to see your fit · \d+ of \d+ skills? rated$/);
  for (const section of ['gap', 'explore', 'grow', 'plan', 'data']) await widget.getByTestId(`nav-${section}`).click();
  expect(await page.evaluate(() => (window as any).cspViolations)).toEqual([]);
  expect(messages.filter((m) => /Content Security Policy/i.test(m))).toEqual([]);
});

test('served from a sub-path, every asset and the demo feed load relative to the script', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto('/examples/intranet.html');
  await expect(page.locator('skill-gap').getByTestId('framework-name')).toHaveText('Larkspur Energy competency framework');
  expect(requests).toEqual(expect.arrayContaining([
    '/widgets/skillgap/skillgap-widget.js',
    '/widgets/skillgap/skillgap.js',
    '/widgets/skillgap/skillgap_bg.wasm',
    '/widgets/skillgap/skillgap.css',
    '/widgets/skillgap/feeds/demo.json',
  ]));
  expect(requests.filter((p) => !p.startsWith('/widgets/skillgap/') && !p.startsWith('/examples/'))).toEqual([]);
});

test('two instances with separate storage, a host-mounted one, and both themes pass axe', async ({ page }) => {
  await page.goto('/examples/two-instances.html');
  const a = page.locator('#team-a');
  const b = page.locator('#team-b');
  const hostRendered = page.locator('#host-rendered');
  await expect(b.locator('#sg-target-role')).toHaveValue('data-analyst');
  await expect(a.locator('#sg-target-role')).toHaveValue('');
  await a.locator('#sg-target-role').selectOption('platform-engineer');
  await a.getByTestId('rate-kubernetes').locator('label.sg-level[title="3 Practitioner"]').click();
  await b.getByTestId('rate-sql').locator('label.sg-level[title="1 Aware"]').click();
  await expect(hostRendered.locator('#sg-target-role')).toBeVisible();
  await expect.poll(() => page.evaluate(() => Object.keys(localStorage).sort())).toEqual(['team-a:profile', 'team-b:profile']);
  const stored = await page.evaluate(() => [JSON.parse(localStorage.getItem('team-a:profile')!), JSON.parse(localStorage.getItem('team-b:profile')!)]);
  expect(Object.keys(stored[0].skills)).toEqual(['kubernetes']);
  expect(Object.keys(stored[1].skills)).toEqual(['sql']);
  const background = (sel: string) => page.locator(`${sel} .skillgap`).evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(await background('#team-a')).toBe('rgb(255, 255, 255)');
  expect(await background('#team-b')).toBe('rgb(20, 23, 28)');
  await expectNoAxeViolations(page, 'skill-gap');
});

test('iframe mode works, and a sandboxed iframe without storage degrades with a banner', async ({ page }) => {
  await page.goto('/examples/iframe.html');
  const frame = page.frameLocator('#skillgap-frame');
  await frame.locator('#sg-target-role').selectOption('platform-engineer');
  await frame.getByTestId('rate-kubernetes').locator('label.sg-level[title="2 Working"]').click();
  await expect(frame.getByTestId('fit')).toHaveText(/^Rate the skills that matter most for Platform Engineer to see your fit · \d+ of \d+ skills? rated$/);
  expect(await page.evaluate(() => localStorage.getItem('lms-iframe:profile'))).toContain('kubernetes');

  const sandboxed = page.frameLocator('#skillgap-sandboxed');
  await expect(sandboxed.getByTestId('storage-banner')).toContainText('not letting this page store data');
  await sandboxed.locator('#sg-target-role').selectOption('data-analyst');
  await sandboxed.getByTestId('rate-sql').locator('label.sg-level[title="3 Practitioner"]').click();
  await expect(sandboxed.getByTestId('fit')).toHaveText(/^Rate the skills that matter most for Data Analyst to see your fit · \d+ of \d+ skills? rated$/);
});
