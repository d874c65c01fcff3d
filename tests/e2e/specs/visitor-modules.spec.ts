import { expect, test, type Page } from '@playwright/test';
import { deflateSync } from 'node:zlib';
import { SkillgapPage } from '../support/skillgap-page';
import { expectNoAxeViolations } from '../support/axe';

/*
 * Issue 33: each visitor downloads a module of its own, chosen by the loader from the link
 * before anything is downloaded. These tests record every file the page requested.
 */

const EMPLOYEE_FILES = /\/skillgap(_bg\.wasm|\.js)(\?|$)/;

function zlib64(value: object) {
  return deflateSync(Buffer.from(JSON.stringify(value))).toString('base64url');
}

/** A share link as the widget writes it. */
const SHARE = `/index.html#sg1.${zlib64({ t: 'data-analyst', r: { python: 3, sql: 4 } })}`;

/** A request link as the widget writes it (request format 1). */
function requestLink(id = 'req-visitor-1') {
  return `/index.html#sgr1.${zlib64({ i: id, n: 'Ana Lima', o: 'Before my review.', s: ['sql', 'python'] })}`;
}

function record(page: Page) {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  return requested;
}

test('a colleague opening a request link downloads the reviewer module, never the employee app', async ({ page }) => {
  const requested = record(page);
  await page.goto(requestLink());
  const view = page.getByTestId('reviewer-view');
  await expect(view.getByRole('heading', { level: 2 })).toHaveText('Ana Lima asks for your view of their skills');
  await expect(view.locator('fieldset.sg-answer')).toHaveCount(2);
  await expect(page.getByRole('navigation')).toHaveCount(0);
  expect(requested.filter((path) => path.endsWith('skillgap_reviewer_bg.wasm'))).toHaveLength(1);
  expect(requested.filter((path) => EMPLOYEE_FILES.test(path))).toEqual([]);
  expect(requested.filter((path) => path.includes('skillgap_shared'))).toEqual([]);
  await expectNoAxeViolations(page);
});

test('a manager opening a share link downloads the shared-view module; going to their own profile fetches the employee app then', async ({ page }) => {
  const requested = record(page);
  await page.goto(SHARE);
  await expect(page.getByTestId('shared-view')).toBeVisible();
  await expect(page.getByTestId('shared-view')).toContainText('SQL');
  expect(requested.filter((path) => path.endsWith('skillgap_shared_bg.wasm'))).toHaveLength(1);
  expect(requested.filter((path) => EMPLOYEE_FILES.test(path))).toEqual([]);
  expect(requested.filter((path) => path.includes('skillgap_reviewer'))).toEqual([]);
  await expectNoAxeViolations(page);

  await page.getByTestId('close-shared').click();
  await expect(page.getByRole('navigation')).toBeVisible();
  await expect(page.getByTestId('shared-view')).toHaveCount(0);
  expect(requested.filter((path) => path.endsWith('/skillgap_bg.wasm'))).toHaveLength(1);
  expect(new URL(page.url()).hash).toBe('');
});

test('the employee app alone is downloaded for one’s own profile and for an answer link', async ({ page }) => {
  const requested = record(page);
  const widget = new SkillgapPage(page);
  await widget.open();
  await widget.waitForFeed();
  expect(requested.filter((path) => /skillgap_(reviewer|shared|publisher)/.test(path))).toEqual([]);
  expect(requested.filter((path) => path.endsWith('/skillgap_bg.wasm'))).toHaveLength(1);
});

test('a damaged request link opens the reviewer module, which says what is wrong and leads back to one’s own profile', async ({ page }) => {
  const requested = record(page);
  await page.goto('/index.html#sgr1.not-a-request');
  await expect(page.getByTestId('link-problem')).toBeVisible();
  expect(requested.filter((path) => EMPLOYEE_FILES.test(path))).toEqual([]);
  await page.getByTestId('link-problem').getByRole('button').click();
  await expect(page.getByRole('navigation')).toBeVisible();
  expect(new URL(page.url()).hash).toBe('');
});

test('a visitor module that fails to download: the skeleton names the part that failed, and Try again loads it', async ({ page }) => {
  let fail = true;
  await page.route('**/skillgap_reviewer_bg.wasm', (route) => (fail ? route.fulfill({ status: 503, body: 'down' }) : route.continue()));
  await page.goto(requestLink('req-visitor-2'));
  const skeleton = page.getByTestId('skeleton');
  await expect(skeleton.getByRole('alert')).toContainText('The feedback form could not be downloaded completely');
  fail = false;
  await skeleton.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByTestId('reviewer-view')).toBeVisible();
});

test('a share link pasted into a tab where one’s own profile is open swaps in the shared view, and back, without a reload', async ({ page }) => {
  const widget = new SkillgapPage(page);
  await widget.open();
  await widget.waitForFeed();
  await page.evaluate(() => ((window as any).__noReload = true));
  await page.evaluate((hash) => (window.location.hash = hash), SHARE.split('#')[1]);
  await expect(page.getByTestId('shared-view')).toBeVisible();
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await page.getByTestId('close-shared').click();
  await expect(page.getByRole('navigation')).toBeVisible();
  expect(await page.evaluate(() => (window as any).__noReload)).toBe(true);
});
