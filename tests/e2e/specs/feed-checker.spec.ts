import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
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

// ---- issue 32 ----

/** Clicks Download and returns the file saved: its suggested name and its bytes. */
async function downloadedBytes(page: Page): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download').click()]);
  return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
}

test('a feed that could not be read is not offered for download, and the page says why', async ({ page }) => {
  const saved: string[] = [];
  page.on('download', (d) => saved.push(d.suggestedFilename()));
  await page.goto('/check.html');
  // One missing bracket: nothing in the file can be read.
  const broken = demoFeed.replace(/\]\s*}\s*$/, '}');
  await dropFiles(page, [{ name: 'broken.json', text: broken }]);
  await expect(page.getByTestId('summary')).toContainText(/^1 error, 0 warnings, 0 notes in 1 feed\./);
  await expect(page.getByTestId('problem')).toContainText('not valid JSON');
  await expect(page.getByTestId('download')).toBeHidden();
  const note = page.getByTestId('download-note');
  await expect(note).toBeVisible();
  await expect(note).toContainText('broken.json could not be read at all');

  // Beside a good feed, a merge would leave it out without a word: not offered either.
  await dropFiles(page, [{ name: 'demo.json', text: demoFeed }]);
  await expect(page.getByTestId('feed-item')).toHaveCount(2);
  await expect(page.getByTestId('summary')).toContainText('in 2 feeds');
  await expect(page.getByTestId('download')).toBeHidden();
  await expect(note).toContainText('broken.json could not be read at all');
  await expectNoAxeViolations(page);

  // Without it, the download is offered again, and is the person's own file, byte for byte.
  await page.getByRole('button', { name: 'Remove broken.json' }).click();
  await expect(page.getByTestId('summary')).toHaveText(/^Feed OK: /);
  await expect(note).toBeHidden();
  const { name, bytes } = await downloadedBytes(page);
  expect(name).toBe('demo.json');
  expect(bytes.equals(Buffer.from(demoFeed))).toBe(true);
  expect(saved).toEqual(['demo.json']);
});

test('a feed nested too deeply to rewrite downloads as its own bytes; a merge that cannot be written says so', async ({ page }) => {
  await page.goto('/check.html');
  // A byte-order mark, Windows line ends and a skill with a note nested 20,000 levels deep
  // (which JSON.stringify cannot write back): all of it is the publisher's own, and comes back.
  const depth = 20_000;
  const withNotes = demoFeed.replace(/("skills":\s*\[\s*\{)/, `$1\n      "x-notes": ${'['.repeat(depth)}${']'.repeat(depth)},`);
  expect(withNotes).not.toBe(demoFeed);
  const deep = Buffer.from(`\uFEFF${withNotes.replace(/\n/g, '\r\n')}\r\n`);
  await page.getByLabel('Feed files (.json), or drop them here').setInputFiles({ name: 'deep.json', mimeType: 'application/json', buffer: deep });
  await expect(page.getByTestId('summary')).toHaveText(/^Feed OK: /);
  const { name, bytes } = await downloadedBytes(page);
  expect(name).toBe('deep.json');
  expect(bytes.length).toBe(deep.length);
  expect(bytes.equals(deep)).toBe(true);

  // Merged with another feed, the merge has to be written anew: it cannot be, and the page says so.
  const saved: string[] = [];
  page.on('download', (d) => saved.push(d.suggestedFilename()));
  await dropFiles(page, [{ name: 'mentors.json', text: mentorsFeed }]);
  await expect(page.getByTestId('feed-item')).toHaveCount(2);
  await expect(page.getByTestId('download')).toHaveText('Download the merged feed');
  await page.getByTestId('download').click();
  const alert = page.getByRole('alert').filter({ hasText: 'merged feed' });
  await expect(alert).toContainText('The merged feed could not be written');
  await expect(alert).toContainText('deep.json');
  await expect(alert).toContainText('Nothing was saved');
  expect(saved).toEqual([]);
});

/** A feed whose roles each require a skill the feed does not have: one error per role. */
function feedWithBadReferences(roles: number): string {
  return JSON.stringify({
    format_version: 1,
    skills: [{ id: 'sql', name: 'SQL' }],
    roles: Array.from({ length: roles }, (_, i) => ({
      id: `role-${i}`,
      name: `Role ${i}`,
      requirements: [{ skill: 'sql', level: 2 }, { skill: `missing-${i}`, level: 3 }],
    })),
  });
}

test('thousands of problems are listed 500 at a time, with the total said and the next ones on request', async ({ page }) => {
  await page.goto('/check.html');
  await dropFiles(page, [{ name: 'many.json', text: feedWithBadReferences(6_000) }]);
  const summary = page.getByTestId('summary');
  await expect(summary).toContainText(/^6,000 errors, /);
  const problems = page.getByTestId('problem');
  const shown = page.getByTestId('shown');
  await expect(shown).toHaveText('Showing the first 500 of 6,000 problems.');
  await expect(problems).toHaveCount(500);
  await expect(page.getByRole('heading', { name: /^Errors \(6,000\)/ })).toBeVisible();
  await expect(problems.first()).toContainText('roles[0].requirements[1].skill');
  await expect(problems.nth(499)).toContainText('roles[499].requirements[1].skill');

  const more = page.getByRole('button', { name: 'Show the next 500 problems' });
  await more.click();
  await expect(problems).toHaveCount(1_000);
  await expect(shown).toHaveText('Showing the first 1,000 of 6,000 problems.');
  await expect(problems.nth(500)).toContainText('roles[500].requirements[1].skill');
  await expect(problems.nth(999)).toContainText('roles[999].requirements[1].skill');
  // The reading goes on where the new rows start.
  await expect(problems.nth(500)).toBeFocused();

  // A search is capped the same way, and says how many match.
  await page.getByLabel('Search the problems').fill('missing-1');
  await expect(shown).toHaveText('Showing the first 500 of 1,111 matching problems (6,000 in all).');
  await expect(problems).toHaveCount(500);
  await page.getByLabel('Search the problems').fill('missing-5999');
  await expect(problems).toHaveCount(1);
  await expect(shown).toHaveText('Showing 1 of 6,000 problems.');
  await expect(more).toHaveCount(0);
  await page.getByLabel('Search the problems').fill('');
  await expect(problems).toHaveCount(500);
  await expectNoAxeViolations(page);
});

test('the preview shows the feed under check, whatever link the checker page’s address carries', async ({ page }) => {
  const share = `#sg1.${deflateSync(Buffer.from(JSON.stringify({ t: 'data-analyst', r: { python: 3, sql: 4 } }))).toString('base64url')}`;
  for (const fragment of [share, '#sgf1.not-an-answer']) {
    await page.goto('about:blank');
    await page.goto(`/check.html${fragment}`);
    await dropFiles(page, [{ name: 'demo.json', text: demoFeed }]);
    await expect(page.getByTestId('summary')).toHaveText(/^Feed OK: /);
    await page.getByTestId('preview').click();
    const widget = page.getByTestId('preview-host');
    await expect(widget.getByTestId('feed-ok')).toBeVisible();
    await expect(widget.getByLabel('Role you aim for')).toBeVisible();
    await expect(widget.getByTestId('shared-view')).toHaveCount(0);
    await expect(widget.getByTestId('link-problem')).toHaveCount(0);
    // The checker's own address is left as it was.
    expect(await page.evaluate(() => location.hash)).toBe(fragment);
  }
});

// ---- issue 33: a module for each visitor ----

/** Records the path of every request the page makes, in order. */
function recordRequests(page: Page): string[] {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  return requested;
}

test('the check runs in the publisher module; the widget’s module is fetched only for the preview', async ({ page }) => {
  const requested = recordRequests(page);
  await page.goto('/check.html');
  await dropFiles(page, [{ name: 'demo.json', text: demoFeed }]);
  await expect(page.getByTestId('summary')).toHaveText(/^Feed OK: /);
  // The result is shown, so the module that made it has been fetched: never the widget's.
  expect(requested).toEqual(expect.arrayContaining(['/skillgap_publisher.js', '/skillgap_publisher_bg.wasm']));
  expect(requested).not.toContain('/skillgap_bg.wasm');
  expect(requested).not.toContain('/skillgap.js');

  await page.getByTestId('preview').click();
  await expect(page.getByTestId('preview-host').getByTestId('feed-ok')).toBeVisible();
  expect(requested).toEqual(expect.arrayContaining(['/skillgap.js', '/skillgap_bg.wasm']));
});

test('a page elsewhere finds the publisher module beside the checker’s script, under a strict policy', async ({ page }) => {
  const messages: string[] = [];
  page.on('console', (m) => messages.push(m.text()));
  const requested = recordRequests(page);
  // check.html served at another path, its files referenced from the widget's folder (a sub-path).
  const checkPage = (await (await page.request.get('/check.html')).text())
    .replace('href="check.css"', 'href="/widgets/skillgap/check.css"')
    .replace(/src="(skillgap-[a-z]+\.js)"/g, 'src="/widgets/skillgap/$1"');
  expect(checkPage).toContain('src="/widgets/skillgap/skillgap-check.js"');
  await page.route('**/elsewhere/check.html', (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      headers: {
        'content-security-policy': "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self' blob:",
      },
      body: checkPage,
    }),
  );
  await page.goto('/elsewhere/check.html');
  await dropFiles(page, [{ name: 'demo.json', text: demoFeed }]);
  await expect(page.getByTestId('summary')).toHaveText(/^Feed OK: /);
  expect(requested).toEqual(expect.arrayContaining(['/widgets/skillgap/skillgap_publisher.js', '/widgets/skillgap/skillgap_publisher_bg.wasm']));
  expect(requested.filter((p) => p.includes('skillgap_'))).toEqual(
    requested.filter((p) => p.startsWith('/widgets/skillgap/skillgap_publisher')),
  );
  expect(messages.filter((m) => /Content Security Policy/i.test(m))).toEqual([]);
});

test('a publisher module that cannot be downloaded says so, and Try again checks once it can', async ({ page }) => {
  let fail = true;
  await page.route('**/skillgap_publisher_bg.wasm', (route) => (fail ? route.fulfill({ status: 503, body: 'busy' }) : route.continue()));
  await page.goto('/check.html');
  await dropFiles(page, [{ name: 'demo.json', text: demoFeed }]);
  const summary = page.getByTestId('summary');
  const failed = 'The checker could not be downloaded completely: the connection may have dropped.';
  await expect(summary).toHaveText(failed);
  const retry = page.getByRole('button', { name: 'Try again' });
  await expect(retry).toBeVisible();
  // Nothing is offered that needs the result.
  await expect(page.getByTestId('download')).toBeHidden();
  await expect(page.getByTestId('problem')).toHaveCount(0);
  await expectNoAxeViolations(page);

  // Still down: said again.
  await retry.click();
  await expect(summary).toHaveText(failed);
  await expect(retry).toBeVisible();

  fail = false;
  await retry.click();
  await expect(summary).toHaveText(/^Feed OK: /);
  await expect(retry).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Result' })).toBeFocused();
  await expect(page.getByTestId('download')).toBeVisible();
});

test('a publisher module whose script cannot be fetched says so too, and Try again recovers', async ({ page }) => {
  let fail = true;
  await page.route('**/skillgap_publisher.js', (route) => (fail ? route.abort('internetdisconnected') : route.continue()));
  await page.goto('/check.html');
  await dropFiles(page, [{ name: 'demo.json', text: demoFeed }]);
  const summary = page.getByTestId('summary');
  await expect(summary).toHaveText('The checker could not be downloaded completely: the connection may have dropped.');
  fail = false;
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(summary).toHaveText(/^Feed OK: /);
});
