import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { SkillgapPage } from '../support/skillgap-page';
import { expectNoAxeViolations } from '../support/axe';

const UNREADABLE = '{"schema": 1, "skills": {"rust": {"level": 3';

test('unreadable data that cannot be backed up (storage full) is never claimed as kept: it stays put, downloads whole, and nothing is saved over it', async ({ page }) => {
  const widget = new SkillgapPage(page);
  await widget.open();
  await page.evaluate((raw) => localStorage.setItem('skillgap:profile', raw), UNREADABLE);
  // A full origin: every new key is refused, as on a busy intranet origin.
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key.includes(':backup:')) throw new DOMException('full', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  });
  await page.reload();
  await widget.waitForFeed();
  const banner = page.getByTestId('storage-banner');
  await expect(banner).toContainText('there was no room to keep a copy of it, so it is left untouched');
  await expect(banner).not.toContainText('kept safe');
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(':backup:')))).toEqual([]);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-backup').click()]);
  expect(readFileSync((await download.path())!, 'utf8')).toBe(UNREADABLE);

  // Edits are not saved over the original, and the banner stays to say so.
  await widget.chooseTargetRole('Platform Engineer · Associate');
  await widget.rate('kubernetes', '2 Working');
  await expect(widget.level('kubernetes', '2 Working')).toBeChecked();
  expect(await widget.storedRaw()).toBe(UNREADABLE);
  await expect(banner).toContainText('nothing you change here is saved');
  await expectNoAxeViolations(page);
});

test('when reading storage fails but writing works, the stored profile is never replaced', async ({ page }) => {
  const widget = new SkillgapPage(page);
  await widget.open();
  await widget.waitForFeed();
  await widget.chooseTargetRole('Platform Engineer · Associate');
  await widget.rate('kubernetes', '3 Practitioner');
  await expect.poll(async () => (await widget.storedProfile())?.skills?.kubernetes?.level).toBe(3);
  const before = await widget.storedRaw();

  await page.addInitScript(() => {
    const getItem = Storage.prototype.getItem;
    Storage.prototype.getItem = function (key: string) {
      if (key.endsWith(':profile') && !(window as any).__readForTest) throw new DOMException('denied', 'SecurityError');
      return getItem.call(this, key);
    };
  });
  await page.reload();
  await widget.waitForFeed();
  await expect(page.getByTestId('storage-banner')).toContainText('would not let Skillgap read your saved data');
  await widget.chooseTargetRole('Data Analyst · Associate');
  await widget.rate('sql', '1 Aware');
  await expect(widget.level('sql', '1 Aware')).toBeChecked();
  const after = await page.evaluate(() => {
    (window as any).__readForTest = true;
    return localStorage.getItem('skillgap:profile');
  });
  expect(after).toBe(before);
  await expect(page.getByTestId('banner-export')).toBeVisible();
});

test('a newer version’s profile that this version cannot read, stored by another tab, is never written over', async ({ page }) => {
  const widget = new SkillgapPage(page);
  await widget.open();
  await widget.waitForFeed();
  await widget.chooseTargetRole('Platform Engineer · Associate');
  await widget.rate('kubernetes', '2 Working');
  await expect.poll(async () => (await widget.storedProfile())?.skills?.kubernetes?.level).toBe(2);

  // Another tab, running a newer widget, stores a shape this version cannot read.
  const newer = JSON.stringify({ schema: 99, skills: [{ id: 'kubernetes', level: { self: 4 } }] });
  await page.evaluate((raw) => localStorage.setItem('skillgap:profile', raw), newer);
  await widget.rate('observability', '1 Aware');
  await expect(page.getByTestId('storage-banner')).toContainText('newer version of Skillgap (data version 99)');
  expect(await widget.storedRaw()).toBe(newer);
  await widget.rate('observability', '2 Working');
  expect(await widget.storedRaw()).toBe(newer);

  // Opening the page again leaves it alone too.
  await page.reload();
  await widget.waitForFeed();
  await expect(page.getByTestId('storage-banner')).toContainText('data version 99');
  await widget.chooseTargetRole('Platform Engineer · Associate');
  await widget.rate('kubernetes', '1 Aware');
  expect(await widget.storedRaw()).toBe(newer);
});

test('a tab that has not yet heard of a delete-all cannot bring the deleted data back with its next edit', async ({ context }) => {
  const first = new SkillgapPage(await context.newPage());
  const stale = new SkillgapPage(await context.newPage());
  await first.open();
  await first.waitForFeed();
  await first.chooseTargetRole('Platform Engineer · Associate');
  await first.rate('kubernetes', '3 Practitioner');
  await expect.poll(async () => (await first.storedProfile())?.skills?.kubernetes?.level).toBe(3);
  // This tab never hears other tabs, as one does while their events are still on the way.
  await stale.page.addInitScript(() => window.addEventListener('storage', (e) => e.stopImmediatePropagation(), true));
  await stale.open();
  await stale.waitForFeed();
  await expect(stale.level('kubernetes', '3 Practitioner')).toBeChecked();

  await first.goto('data');
  await first.page.getByTestId('delete-all').click();
  await first.page.getByTestId('confirm-delete').click();
  await expect(first.page.getByTestId('delete-report')).toContainText('Deleted 1 stored item');

  await stale.rate('observability', '2 Working');
  await expect.poll(async () => (await stale.storedProfile())?.skills?.observability?.level).toBe(2);
  const stored = await stale.storedProfile();
  expect(Object.keys(stored.skills)).toEqual(['observability']);
  // Nor does the day's snapshot carry what was deleted.
  expect(JSON.stringify(stored.snapshots ?? {})).not.toContain('kubernetes');
  expect(stored.target_role.value ?? null).toBeNull();
  await expect(stale.page.getByTestId('storage-banner')).toContainText('deleted from this browser in another tab or window');
  await expect(stale.targetRole).toHaveValue(''); // chosen before the delete, so gone with it
});

test('two tabs changing the level and the note of one skill at the same moment both keep their change', async ({ context }) => {
  const a = new SkillgapPage(await context.newPage());
  const b = new SkillgapPage(await context.newPage());
  await a.open();
  await a.waitForFeed();
  await a.chooseTargetRole('Platform Engineer · Associate');
  await a.rate('kubernetes', '1 Aware');
  // This tab does not hear the other's edit before saving its own.
  await b.page.addInitScript(() => window.addEventListener('storage', (e) => e.stopImmediatePropagation(), true));
  await b.open();
  await b.waitForFeed();
  await expect(b.level('kubernetes', '1 Aware')).toBeChecked();
  await a.rate('kubernetes', '3 Practitioner');
  await b.openDetails('kubernetes');
  const note = b.skillGroup('kubernetes').getByTestId('note');
  await note.fill('led the upgrade to 1.30');
  await note.blur();
  await expect.poll(async () => (await b.storedProfile())?.skills?.kubernetes?.note).toBe('led the upgrade to 1.30');
  const stored = await b.storedProfile();
  expect([stored.skills.kubernetes.level, stored.skills.kubernetes.note]).toEqual([3, 'led the upgrade to 1.30']);
});
