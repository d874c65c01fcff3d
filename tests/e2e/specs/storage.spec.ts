import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import { SkillgapPage } from '../support/skillgap-page';
import { expectNoAxeViolations } from '../support/axe';

async function ratePlatformEngineer(widget: SkillgapPage) {
  await widget.open();
  await widget.waitForFeed();
  await widget.chooseTargetRole('Platform Engineer · Associate');
  await widget.rate('kubernetes', '2 Working');
  await expect.poll(async () => (await widget.storedProfile())?.skills?.kubernetes?.level).toBe(2);
}

test('corrupt stored data is kept under a backup key, the user is told, and can download it', async ({ page }) => {
  const widget = new SkillgapPage(page);
  await widget.open();
  await page.evaluate(() => localStorage.setItem('skillgap:profile', '{"schema": 1, "skills": {"rust": {"level": 3'));
  await page.reload();
  await widget.waitForFeed();
  const banner = page.getByTestId('storage-banner');
  await expect(banner).toContainText('Your saved data could not be read, so Skillgap started fresh.');
  const backupKey = await page.evaluate(() => Object.keys(localStorage).find((k) => k.startsWith('skillgap:backup:')));
  expect(backupKey).toBeTruthy();
  expect(await page.evaluate((k) => localStorage.getItem(k!), backupKey)).toBe('{"schema": 1, "skills": {"rust": {"level": 3');
  await expect(banner).toContainText(backupKey!);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-backup').click()]);
  expect(readFileSync(await download.path(), 'utf8')).toBe('{"schema": 1, "skills": {"rust": {"level": 3');

  // The widget works, and new saves never touch the backup.
  await widget.chooseTargetRole('Platform Engineer · Associate');
  await widget.rate('python', '3 Practitioner');
  await expect.poll(async () => (await widget.storedProfile())?.skills?.python?.level).toBe(3);
  expect(await page.evaluate((k) => localStorage.getItem(k!), backupKey)).toBe('{"schema": 1, "skills": {"rust": {"level": 3');
  await page.reload();
  await widget.waitForFeed();
  await expect(page.getByTestId('storage-banner')).toHaveCount(0);
  await expect(widget.level('python', '3 Practitioner')).toBeChecked();
});

test('a full quota keeps the change in memory, says so, offers export, and truncates nothing', async ({ page }) => {
  const widget = new SkillgapPage(page);
  await ratePlatformEngineer(widget);
  const before = await widget.storedRaw();
  await page.evaluate(() => {
    const chunk = 'x'.repeat(256 * 1024);
    for (let i = 0; ; i++) {
      try {
        localStorage.setItem(`filler-${i}`, chunk);
      } catch {
        break;
      }
    }
    let n = 0;
    for (let size = 64 * 1024; size >= 1; size = Math.floor(size / 2)) {
      for (;;) {
        try {
          localStorage.setItem(`f${n++}`, 'y'.repeat(size));
        } catch {
          break;
        }
      }
    }
  });
  expect(await page.evaluate(() => {
    try {
      localStorage.setItem('probe', 'z');
      return 'stored';
    } catch {
      return 'full';
    }
  })).toBe('full');
  await widget.rate('python', '4 Advanced');
  await expect(page.getByTestId('storage-banner')).toContainText('storage is full');
  await expect(widget.level('python', '4 Advanced')).toBeChecked();
  await expect(widget.fit).toContainText('Platform Engineer');
  expect(await widget.storedRaw()).toBe(before);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('banner-export').click()]);
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(exported.profile.skills.python.level).toBe(4);
  expect(exported.profile.skills.kubernetes.level).toBe(2);
});

test('blocked storage: the widget works in memory with a banner and an export button', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  const widget = new SkillgapPage(page);
  await widget.open();
  await widget.waitForFeed();
  await expect(page.getByTestId('storage-banner')).toContainText('not letting this page store data');
  await expect(page.getByTestId('banner-export')).toBeVisible();
  await widget.chooseTargetRole('Platform Engineer · Associate');
  await widget.rate('kubernetes', '2 Working');
  await expect(widget.fit).toHaveText(/^Rate the skills that matter most for Platform Engineer to see your fit · \d+ of \d+ skills? rated$/);
  await expectNoAxeViolations(page);
});

/** Counts `localStorage.setItem` calls per key since the page loaded, as `window.__writes` (an init script). */
const countStorageWrites = () => {
  const writes: Record<string, number> = ((window as any).__writes = {});
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key: string, value: string) {
    writes[key] = (writes[key] ?? 0) + 1;
    return setItem.call(this, key, value);
  };
};

test('data written by a newer version is shown read-only and never overwritten', async ({ page }) => {
  await page.addInitScript(countStorageWrites);
  const widget = new SkillgapPage(page);
  await widget.open();
  const newer = JSON.stringify({ schema: 99, skills: { kubernetes: { level: 4, name: 'Kubernetes' } }, target_role: { value: 'platform-engineer', updated: 1 }, hologram: true });
  await page.evaluate((raw) => localStorage.setItem('skillgap:profile', raw), newer);
  await page.reload();
  await widget.waitForFeed();
  await expect(page.getByTestId('storage-banner')).toContainText('saved by a newer version of Skillgap (data version 99)');
  await expect(widget.level('kubernetes', '4 Advanced')).toBeChecked();
  await expect(widget.ratedProgress).toHaveText('Rated 1 of 7');
  await widget.rate('python', '1 Aware');
  // The count comes from the profile in memory, which the same handler sets only after its save (profile_sync.rs).
  await expect(widget.ratedProgress).toHaveText('Rated 2 of 7');
  expect(await page.evaluate(() => (window as any).__writes['skillgap:profile'] ?? 0)).toBe(0);
  expect(await widget.storedRaw()).toBe(newer);
});

test('two tabs edit different skills and both edits survive', async ({ context }) => {
  const first = new SkillgapPage(await context.newPage());
  const second = new SkillgapPage(await context.newPage());
  await first.open();
  await first.waitForFeed();
  await first.chooseTargetRole('Platform Engineer · Associate');
  await second.open();
  await second.waitForFeed();
  await expect(second.targetRole).toHaveValue('platform-engineer');

  await first.rate('kubernetes', '3 Practitioner');
  await second.rate('python', '2 Working');
  await expect(second.level('kubernetes', '3 Practitioner')).toBeChecked();
  await expect(first.level('python', '2 Working')).toBeChecked();
  const stored = await first.storedProfile();
  expect(stored.skills.kubernetes.level).toBe(3);
  expect(stored.skills.python.level).toBe(2);
});

test('deleting everything in one tab clears the other open tab, which never writes the data back', async ({ context }) => {
  const first = new SkillgapPage(await context.newPage());
  const second = new SkillgapPage(await context.newPage());
  await ratePlatformEngineer(first);
  await second.open();
  await second.waitForFeed();
  await expect(second.level('kubernetes', '2 Working')).toBeChecked();

  await first.goto('data');
  await first.page.getByTestId('delete-all').click();
  await first.page.getByTestId('confirm-delete').click();
  await expect(first.page.getByTestId('delete-report')).toContainText('Deleted 1 stored item');

  await expect(second.page.getByTestId('storage-banner')).toContainText('deleted from this browser in another tab or window');
  await expect(second.targetRole).toHaveValue('');
  expect(await second.storedProfile()).toBeNull();

  await second.chooseTargetRole('Platform Engineer · Associate');
  await second.rate('python', '2 Working');
  await expect.poll(async () => (await second.storedProfile())?.skills?.python?.level).toBe(2);
  const stored = await second.storedProfile();
  expect(stored.skills.kubernetes).toBeUndefined();
  await expect(second.level('kubernetes', 'Not rated')).toBeChecked();
  await expect(second.page.getByTestId('storage-banner')).toHaveCount(0);
});

test('export, delete everything, import: all is back', async ({ page }) => {
  const widget = new SkillgapPage(page);
  await ratePlatformEngineer(widget);
  await widget.openDetails('kubernetes');
  await widget.skillGroup('kubernetes').getByTestId('note').fill('Runbook author');
  await widget.skillGroup('kubernetes').getByTestId('note').blur();
  await expect.poll(async () => (await widget.storedProfile()).skills.kubernetes.note).toBe('Runbook author');
  const before = await widget.storedProfile();

  await widget.goto('data');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()]);
  expect(download.suggestedFilename()).toMatch(/^skillgap-\d{4}-\d{2}-\d{2}\.json$/);
  const file = await download.path();
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
  expect(readFileSync(await csv.path(), 'utf8')).toContain('kubernetes,Kubernetes,2,Working,,Runbook author,yes,');

  await page.getByTestId('delete-all').click();
  await page.getByTestId('confirm-delete').click();
  await expect(page.getByTestId('delete-report')).toContainText('Deleted 1 stored item (skillgap:profile)');
  // Only the moment of the deletion stays (a timestamp, no data), so open tabs cannot write the data back.
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('skillgap:')))).toEqual(['skillgap:cleared']);
  expect(Number(await page.evaluate(() => localStorage.getItem('skillgap:cleared')))).toBeGreaterThan(0);
  await page.reload();
  await widget.waitForFeed();
  await expect(widget.targetRole).toHaveValue('');

  await widget.goto('data');
  await page.getByTestId('import-file').setInputFiles(file);
  await expect(page.getByTestId('import-preview')).toContainText('This file holds 1 rating, 1 note, 0 plan goals, 1 snapshot.');
  await page.getByTestId('import-replace').click();
  await widget.goto('assess');
  await expect(widget.targetRole).toHaveValue('platform-engineer');
  await expect(widget.level('kubernetes', '2 Working')).toBeChecked();
  const after = await widget.storedProfile();
  expect(after.skills.kubernetes.level).toBe(before.skills.kubernetes.level);
  expect(after.skills.kubernetes.note).toBe('Runbook author');
});

test('an import file that is not a Skillgap export is refused with a reason', async ({ page }) => {
  const widget = new SkillgapPage(page);
  await widget.open();
  await widget.waitForFeed();
  await widget.goto('data');
  await page.getByTestId('import-file').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": "world"}') });
  await expect(page.getByTestId('import-error')).toContainText('This file cannot be imported: this file is not a Skillgap profile');
});

test('a share link opens read-only in a fresh browser, and never replaces the viewer’s data', async ({ page, browser }) => {
  const widget = new SkillgapPage(page);
  await ratePlatformEngineer(widget);
  await widget.rate('python', '3 Practitioner');
  await widget.goto('data');
  const shareLink = page.getByTestId('share-link');
  await expect(shareLink).toHaveValue(/#sg1\./);
  const link = await shareLink.inputValue();
  expect(link.length).toBeLessThan(1000);
  await page.getByLabel('My plan').uncheck();
  await page.getByLabel('My ratings').uncheck();
  await expect(shareLink).not.toHaveValue(link);
  const nothingChosen = await shareLink.inputValue();
  expect(nothingChosen.length).toBeLessThan(link.length);
  await page.getByLabel('My ratings').check();
  await page.getByLabel('My plan').check();
  await expect(shareLink).toHaveValue(link);

  const fresh = await browser.newContext();
  const viewerPage = await fresh.newPage();
  const viewer = new SkillgapPage(viewerPage);
  await viewer.open();
  await viewer.waitForFeed();
  await viewer.chooseTargetRole('Data Analyst · Associate');
  await viewer.rate('sql', '1 Aware');
  const viewersOwn = await viewer.storedProfile();

  await viewerPage.goto(link.replace(/^https?:\/\/[^/]+/, ''));
  await viewerPage.reload();
  await expect(viewerPage.getByRole('heading', { name: 'A shared skills profile (read-only)' })).toBeVisible();
  await expect(viewerPage.getByTestId('shared-view')).toContainText('Aiming for Platform Engineer');
  await expect(viewerPage.getByTestId('shared-view')).toContainText('Kubernetes');
  await expectNoAxeViolations(viewerPage);
  const unchanged = await viewer.storedProfile();
  expect(unchanged.skills).toEqual(viewersOwn.skills);
  expect(unchanged.target_role).toEqual(viewersOwn.target_role);

  await viewerPage.getByTestId('import-details').locator('summary').click();
  await viewerPage.getByTestId('compare-with-mine').click();
  await viewerPage.getByTestId('import-add').click();
  await expect(viewer.targetRole).toBeVisible();
  await expect.poll(async () => (await viewer.storedProfile()).skills.python?.level).toBe(3);
  expect((await viewer.storedProfile()).skills.sql.level).toBe(1);
  await fresh.close();
});

test('a link made by the earlier built-in compressor still opens', async ({ page }) => {
  const widget = new SkillgapPage(page);
  // Written natively by miniz (zlib), as the widget did before it used CompressionStream.
  await widget.open('#sg1.eNoBOQDG_3sidCI6InBsYXRmb3JtLWVuZ2luZWVyIiwiciI6eyJrdWJlcm5ldGVzIjoyLCJweXRob24iOjN9fTaKE4k');
  await expect(page.getByTestId('shared-view')).toContainText('Aiming for Platform Engineer');
  await expect(page.getByTestId('shared-view')).toContainText('Python');
});

test('a share link that unpacks past the size limit is refused', async ({ page }) => {
  const widget = new SkillgapPage(page);
  const bomb = deflateSync(Buffer.alloc(4 * 1024 * 1024, ' ')).toString('base64url');
  await widget.open(`#sg1.${bomb}`);
  await expect(page.getByTestId('share-error')).toContainText('too large to open');
});

test('a browser without compression streams says it cannot make or open share links', async ({ page }) => {
  await page.addInitScript(() => {
    Reflect.deleteProperty(window, 'CompressionStream');
    Reflect.deleteProperty(window, 'DecompressionStream');
  });
  const widget = new SkillgapPage(page);
  await ratePlatformEngineer(widget);
  await widget.goto('data');
  await expect(page.getByTestId('share-length')).toHaveText(/cannot pack or unpack share links/);
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeDisabled();
  await expectNoAxeViolations(page);

  await widget.open('#sg1.eNoBOQDG_3sidCI6InBsYXRmb3JtLWVuZ2luZWVyIiwiciI6eyJrdWJlcm5ldGVzIjoyLCJweXRob24iOjN9fTaKE4k');
  await page.reload();
  await expect(page.getByTestId('share-error')).toContainText('cannot pack or unpack share links');
  expect((await widget.storedProfile()).skills.kubernetes.level).toBe(2);
});

test('a damaged share link says so', async ({ page }) => {
  const widget = new SkillgapPage(page);
  await widget.open('#sg1.eJyrVkpUsopWUkrJSSxJVbKqVkrLzClJLSpWsjLUUcrPS');
  await expect(page.getByTestId('share-error')).toContainText('damaged or incomplete');
});

test('the last good feed is used when the feed is unreachable, and role changes and renamed skills are explained', async ({ page }) => {
  const widget = new SkillgapPage(page);
  await widget.open('?feed=/fixtures/changes-before.json');
  await widget.waitForFeed();
  await widget.chooseTargetRole('Site Reliability Engineer');
  await widget.rate('kubernetes', '2 Working');
  await expect.poll(async () => (await widget.storedProfile())?.skills?.kubernetes?.level).toBe(2);
  await expect.poll(() => widget.cachedFeedCount()).toBe(1);

  const feedUrl = (url: URL) => url.pathname === '/fixtures/changes-before.json';
  await page.route(feedUrl, (route) => route.abort('connectionrefused'));
  await widget.open('?feed=/fixtures/changes-before.json');
  await widget.waitForFeed();
  await expect(page.getByTestId('feed-cached')).toContainText('using the copy saved on');
  await expect(widget.level('kubernetes', '2 Working')).toBeChecked();
  await page.unroute(feedUrl);

  await widget.open('?feed=/fixtures/changes-after.json');
  await widget.waitForFeed();
  await expect(page.getByTestId('relinked')).toContainText('kubernetes → container-orchestration');
  const changes = page.getByTestId('role-changes');
  await expect(changes).toContainText('Observability now needs level 4 (was 2)');
  await expect(changes).toContainText('Rust was added (level 2, nice to have)');
  await expect(widget.level('container-orchestration', '2 Working')).toBeChecked();
});

test('a skill removed from the feed keeps its rating and is listed', async ({ page }) => {
  const widget = new SkillgapPage(page);
  await widget.open();
  await page.evaluate(() =>
    localStorage.setItem('skillgap:profile', JSON.stringify({ schema: 1, skills: { cobol: { level: 4, name: 'COBOL', updated: 1 } } })),
  );
  await page.reload();
  await widget.waitForFeed();
  await expect(page.getByTestId('missing-skills')).toContainText('COBOL (rated 4)');
  await widget.chooseTargetRole('Platform Engineer · Associate');
  await widget.rate('python', '2 Working');
  await expect.poll(async () => (await widget.storedProfile()).skills.python?.level).toBe(2);
  expect((await widget.storedProfile()).skills.cobol.level).toBe(4);
});

test('a whole session makes no request but the widget’s own files and the configured feed', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  const widget = new SkillgapPage(page);
  await ratePlatformEngineer(widget);
  await page.getByTestId('skill-search').fill('rust');
  for (const section of ['gap', 'data', 'assess'] as const) await widget.goto(section);
  await widget.goto('data');
  await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()]);
  await page.reload();
  await widget.waitForFeed();
  const origin = new URL(page.url()).origin;
  const allowed = /^\/(index\.html|skillgap(_bg\.wasm|\.js|\.css|-widget\.js)|page\.css|feeds\/demo\.json)$/;
  const unexpected = requests.filter((url) => {
    if (url.startsWith('blob:')) return false;
    const parsed = new URL(url);
    return parsed.origin !== origin || !allowed.test(parsed.pathname);
  });
  expect(unexpected).toEqual([]);
  expect(requests.some((url) => url.endsWith('/feeds/demo.json'))).toBe(true);
  expect(await page.context().cookies()).toEqual([]);
});

test('a broken feed never replaces the last good copy kept for outages', async ({ page }) => {
  // Counts `Cache.prototype.put` calls per URL in each page, as `window.__puts`.
  await page.addInitScript(() => {
    const puts: Record<string, number> = ((window as any).__puts = {});
    const put = Cache.prototype.put;
    Cache.prototype.put = function (request: RequestInfo | URL, response: Response) {
      const url = request instanceof Request ? request.url : new URL(request, location.href).href;
      puts[url] = (puts[url] ?? 0) + 1;
      return put.call(this, request, response);
    };
  });
  const puts = () => page.evaluate(() => (window as any).__puts as Record<string, number>);
  const good = readFileSync(fileURLToPath(new URL('../fixtures/changes-before.json', import.meta.url)), 'utf8');
  const widget = new SkillgapPage(page);
  await widget.open('?feed=/fixtures/changes-before.json');
  await widget.waitForFeed();
  const feedHref = new URL('/fixtures/changes-before.json', page.url()).href;
  await expect.poll(puts).toEqual({ [feedHref]: 1 }); // the counter sees the widget's own write
  await expect.poll(() => widget.cachedFeedText('/fixtures/changes-before.json')).toBe(good);

  const feedUrl = (url: URL) => url.pathname === '/fixtures/changes-before.json';
  await page.route(feedUrl, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"format_version": 1, "roles": [' }));
  await widget.open('?feed=/fixtures/changes-before.json');
  await expect(widget.feedError).toBeVisible();

  // "Try again" with the network down reads the kept copy in this same page, after the broken
  // load's whole pipeline ran, so a write of the broken text would be counted (and read) by then.
  await page.unroute(feedUrl);
  await page.route(feedUrl, (route) => route.abort('connectionrefused'));
  await page.getByTestId('feed-retry').click();
  await widget.waitForFeed();
  await expect(page.getByTestId('feed-cached')).toContainText('using the copy saved on');
  await expect(widget.targetRole).toContainText('Site Reliability Engineer');
  expect(await puts()).toEqual({});
  expect(await widget.cachedFeedText('/fixtures/changes-before.json')).toBe(good);
});

test('a feed saved with a byte-order mark and a stray Latin-1 byte reads as the browser reads text, also from the copy kept for outages', async ({ page }) => {
  // Spreadsheet tools and Windows editors write a BOM; an export may carry one non-UTF-8 byte.
  // The feed is read as bytes since the 20 MB feed made that faster: this proves the same text.
  const demo = readFileSync(fileURLToPath(new URL('../../../feeds/demo.json', import.meta.url)), 'utf8')
    .replace('Larkspur Energy competency framework', 'Larkspur Energy caf\u0000 framework');
  const [before, after] = demo.split('\u0000');
  const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(before), Buffer.from([0xe9]), Buffer.from(after)]);
  const feedUrl = (url: URL) => url.pathname === '/fixtures/bom.json';
  await page.route(feedUrl, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: bytes }));
  const widget = new SkillgapPage(page);
  await widget.open('?feed=/fixtures/bom.json');
  await widget.waitForFeed();
  await expect(page.getByTestId('framework-name')).toContainText('Larkspur Energy caf\uFFFD framework');
  await widget.chooseTargetRole('Data Analyst · Associate');
  await expect.poll(() => widget.cachedFeedCount()).toBe(1);

  await page.unroute(feedUrl);
  await page.route(feedUrl, (route) => route.abort('connectionrefused'));
  await widget.open('?feed=/fixtures/bom.json');
  await widget.waitForFeed();
  await expect(page.getByTestId('feed-cached')).toContainText('using the copy saved on');
  await expect(page.getByTestId('framework-name')).toContainText('Larkspur Energy caf\uFFFD framework');
  await expect(widget.targetRole).toHaveValue('data-analyst');
});
