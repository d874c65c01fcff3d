import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expectNoAxeViolations } from '../support/axe';

// The feed checker page (check.html): what a publisher does with it, with nothing installed.

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url)), 'utf8');
const demoFeed = readFileSync(fileURLToPath(new URL('../../../feeds/demo.json', import.meta.url)), 'utf8');

/** Drops files on the drop zone as a file manager would. */
async function dropFiles(page: Page, files: { name: string; text: string }[]) {
  const dataTransfer = await page.evaluateHandle((files) => {
    const transfer = new DataTransfer();
    for (const file of files) transfer.items.add(new File([file.text], file.name, { type: 'application/json' }));
    return transfer;
  }, files);
  await page.dispatchEvent('[data-testid=drop-zone]', 'drop', { dataTransfer });
}

async function downloadedText(page: Page): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download').click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path!, 'utf8') };
}

const mentorsFeed = JSON.stringify({
  format_version: 1,
  skills: [{ id: 'sql', name: 'Duplicate SQL from the mentors feed' }],
  mentors: [
    { id: 'm2', name: 'Bo', contact: 'mailto:bo@example.com', skills: [{ skill: 'sql', level: 4 }] },
    { id: 'm1', name: 'Second Ana', contact: 'mailto:ana2@example.com', skills: [{ skill: 'sql', level: 3 }] },
  ],
});

test('a clean feed is OK, previews in the widget and downloads as it was', async ({ page }) => {
  await page.goto('/check.html');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check a Skillgap feed');
  await page.getByLabel('Feed files (.json), or drop them here').setInputFiles({
    name: 'demo.json',
    mimeType: 'application/json',
    buffer: Buffer.from(demoFeed),
  });
  await expect(page.getByTestId('feed-item')).toHaveText([/demo\.json.*KB.*Remove/]);
  const demo = JSON.parse(demoFeed);
  await expect(page.getByTestId('summary')).toHaveText(
    new RegExp(`^Feed OK: ${demo.skills.length} skills, ${demo.roles.length} roles, \\d+ career-path links, ${demo.resources.length} resources, ${demo.mentors.length} mentors\\. Nothing to fix\\.$`),
  );
  await expect(page.getByTestId('problem')).toHaveCount(0);
  await expectNoAxeViolations(page);

  const { name, text } = await downloadedText(page);
  expect(name).toBe('demo.json');
  expect(JSON.parse(text)).toEqual(demo);

  await page.getByTestId('preview').click();
  await expect(page.getByRole('heading', { name: 'Preview' })).toBeFocused();
  const widget = page.getByTestId('preview-host');
  await expect(widget.getByTestId('feed-ok')).toContainText(`Feed OK: ${demo.skills.length} skills`);
  await widget.getByLabel('Role you aim for').selectOption({ index: 1 });
  await expect(widget.getByTestId('rated-progress')).toBeVisible();
  // The preview keeps its data apart from the widget's own namespace.
  const keys = await page.evaluate(() => Object.keys(localStorage));
  expect(keys.some((k) => k.startsWith('skillgap-preview:'))).toBe(true);
  expect(keys.some((k) => k.startsWith('skillgap:'))).toBe(false);
});

test('dropped feeds are checked together: counts, places, filters, search and the merged download', async ({ page }) => {
  await page.goto('/check.html');
  await dropFiles(page, [
    { name: 'partly-bad.json', text: fixture('partly-bad.json') },
    { name: 'mentors.json', text: mentorsFeed },
  ]);
  await expect(page.getByTestId('feed-item')).toHaveCount(2);
  const summary = page.getByTestId('summary');
  await expect(summary).toContainText(/^\d+ errors?, \d+ warnings?, \d+ notes? in 2 feeds\. The widget skips what the errors name\./);
  await expect(summary).toContainText('What loads: 3 skills, 1 role,');

  // Every problem names its file, line:column and path.
  const problems = page.getByTestId('problem');
  const evil = problems.filter({ hasText: 'resources[0].url' });
  await expect(evil).toContainText(/partly-bad\.json:\d+:\d+ · resources\[0\]\.url/);
  await expect(evil).toContainText('"javascript:" is not allowed');
  await expect(problems.filter({ hasText: 'mentors.json' }).first()).toContainText(/mentors\.json:\d+:\d+/);
  const clash = problems.filter({ hasText: 'mentors[1].id' });
  await expect(clash).toContainText('partly-bad.json');

  // Counts per severity agree with the list.
  const errors = await problems.and(page.locator('[data-severity=error]')).count();
  await expect(page.getByText(`Errors (${errors})`, { exact: true })).toBeVisible();
  const total = await problems.count();
  await expect(page.getByTestId('shown')).toHaveText(`Showing all ${total} problems.`);

  // Filters by severity and search by words.
  await page.getByLabel(/Errors \(/).uncheck();
  await expect(problems.and(page.locator('[data-severity=error]'))).toHaveCount(0);
  await expect(page.getByTestId('shown')).toHaveText(`Showing ${total - errors} of ${total} problems.`);
  await page.getByLabel(/Errors \(/).check();
  await page.getByLabel('Search the problems').fill('kubernets');
  await expect(problems).toHaveCount(1);
  await expect(problems).toContainText('[resolved-fuzzy]'.slice(1, -1));
  await page.getByLabel('Search the problems').fill('');
  await expect(problems).toHaveCount(total);

  // The merged feed: the first definition of an id wins, as in the widget.
  const { name, text } = await downloadedText(page);
  expect(name).toBe('merged-feed.json');
  const merged = JSON.parse(text);
  expect(merged.framework.id).toBe('partly-bad');
  expect(merged.mentors.map((m: { id: string; name: string }) => `${m.id}:${m.name}`)).toEqual(['m1:Ana', 'm2:Bo']);
  expect(merged.skills.filter((s: { id: string }) => s.id === 'sql')).toHaveLength(1);

  // Checking the merged file alone loads the same content.
  const loaded = (await summary.textContent())!.replace(/^.*What loads: /, '');
  await page.getByRole('button', { name: 'Remove partly-bad.json' }).click();
  await expect(page.getByTestId('feed-item')).toHaveText([/mentors\.json/]);
  await expect(page.getByRole('button', { name: 'Remove mentors.json' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#ck-results')).toBeHidden();
  await dropFiles(page, [{ name: 'merged-feed.json', text }]);
  await expect(summary).toContainText(`What loads: ${loaded}`);
  await expectNoAxeViolations(page);
});

test('a broken file and an address that fails each say what is wrong; the rest is still checked', async ({ page }) => {
  await page.goto('/check.html');
  await page.getByLabel('Or feed addresses, one per line').fill('/feeds/demo.json\n/fixtures/missing.json\nftp://example.com/feed.json');
  await page.getByRole('button', { name: 'Add these addresses' }).click();
  await expect(page.getByTestId('fetch-problems')).toContainText('/fixtures/missing.json answered HTTP 404');
  await expect(page.getByTestId('fetch-problems')).toContainText('“ftp://example.com/feed.json” is not an http(s) address.');
  await expect(page.getByTestId('feed-item')).toHaveText([/\/feeds\/demo\.json/]);
  await expect(page.getByTestId('summary')).toHaveText(/^Feed OK: /);

  await dropFiles(page, [{ name: 'not-json.txt', text: fixture('not-json.txt') }]);
  await expect(page.getByTestId('summary')).toContainText(/^1 error, 0 warnings, 0 notes in 2 feeds\./);
  const problem = page.getByTestId('problem');
  await expect(problem).toHaveCount(1);
  await expect(problem).toContainText(/not-json\.txt:1:1/);
  await expect(problem).toContainText('JSON');
});

test('the checker works by keyboard alone and at 375 px in dark mode without axe violations', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/check.html');
  await page.getByLabel('Or feed addresses, one per line').focus();
  await page.keyboard.type('/fixtures/partly-bad.json');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Add these addresses' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('summary')).toContainText('errors');
  await page.getByLabel('Search the problems').focus();
  await page.keyboard.type('sqll');
  await expect(page.getByTestId('problem')).toHaveCount(1);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBe(0);
  await expectNoAxeViolations(page);
});
