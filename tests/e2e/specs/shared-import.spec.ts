import { expect, test, type Page } from '@playwright/test';
import { deflateSync } from 'node:zlib';
import { SkillgapPage } from '../support/skillgap-page';
import { expectNoAxeViolations } from '../support/axe';

/** A share link as the widget writes it: zlib-compressed JSON, base64url, after #sg1. */
function link(shared: object) {
  return `/index.html#sg1.${deflateSync(Buffer.from(JSON.stringify(shared))).toString('base64url')}`;
}

const COLLEAGUE = link({ t: 'data-analyst', r: { javascript: 0, python: 3, sql: 255 } });

async function myOwnProfile(widget: SkillgapPage) {
  await widget.open();
  await widget.waitForFeed();
  await widget.chooseTargetRole('Senior Software Engineer');
  await widget.rate('javascript', '5 Expert');
  await widget.openDetails('javascript');
  const note = widget.skillGroup('javascript').getByTestId('note');
  await note.fill('my own evidence');
  await note.blur();
  await expect.poll(async () => (await widget.storedProfile())?.skills?.javascript?.note).toBe('my own evidence');
}

async function openLink(page: Page, href: string) {
  await page.goto('about:blank');
  await page.goto(href);
  await expect(page.getByTestId('shared-view')).toBeVisible();
  // Importing someone else's ratings is a secondary choice, behind a warning; comparing opens
  // one's own profile (the employee's app, in the shared view's place) with the preview.
  await expect(page.getByTestId('compare-with-mine')).toBeHidden();
  await page.getByTestId('import-details').locator('summary').click();
  await page.getByTestId('compare-with-mine').click();
  await expect(page.getByTestId('import-preview')).toBeVisible();
  await expect(page.getByTestId('shared-view')).toHaveCount(0);
}

test('importing a colleague’s link previews each change, adds only what I lack by default, and can be undone', async ({ page }) => {
  const widget = new SkillgapPage(page);
  await myOwnProfile(widget);
  const before = await widget.storedProfile();

  await openLink(page, COLLEAGUE);
  const lines = page.getByTestId('import-line');
  await expect(lines.filter({ hasText: 'JavaScript' })).toContainText('5 Expert0 Nonekept as mine unless you replace');
  await expect(lines.filter({ hasText: 'Python' })).toContainText('not rated3 Practitioneradded');
  await expect(page.getByTestId('import-out-of-scale')).toHaveText('1 rating in the link is outside this framework\'s levels and will not be imported.');
  await expect(page.getByTestId('import-target')).toContainText('Only replacing changes your target role.');
  await expectNoAxeViolations(page);

  await page.getByTestId('import-add').click();
  await expect(page.getByTestId('toast')).toContainText('Added 1 rating you did not have. Your own ratings and notes are unchanged.');
  let stored = await widget.storedProfile();
  expect([stored.skills.javascript.level, stored.skills.javascript.note, stored.skills.python.level, stored.skills.sql?.level ?? null]).toEqual([5, 'my own evidence', 3, null]);
  expect(stored.target_role.value).toBe('senior-software-engineer');

  await page.getByTestId('undo').click();
  await expect(page.getByTestId('toast')).toContainText('The import was undone.');
  stored = await widget.storedProfile();
  expect(stored.skills.python.level ?? null).toBeNull();
  expect(stored.skills.javascript).toMatchObject({ level: 5, note: 'my own evidence' });
  expect(stored.target_role.value).toBe(before.target_role.value);
});

test('replacing is an explicit choice, keeps my notes, and Undo puts back exactly what it changed', async ({ page }) => {
  const widget = new SkillgapPage(page);
  await myOwnProfile(widget);
  await openLink(page, COLLEAGUE);
  await expect(page.getByTestId('import-replace')).toHaveText('Replace 2 of my ratings with theirs');
  await page.getByTestId('import-replace').click();
  await expect(page.getByTestId('toast')).toContainText('Replaced 2 of your ratings with the shared ones. Your notes are unchanged.');
  let stored = await widget.storedProfile();
  expect([stored.skills.javascript.level, stored.skills.javascript.note, stored.target_role.value]).toEqual([0, 'my own evidence', 'data-analyst']);

  // Undo by keyboard.
  await page.getByTestId('undo').focus();
  await page.keyboard.press('Enter');
  stored = await widget.storedProfile();
  expect([stored.skills.javascript.level, stored.skills.javascript.note, stored.target_role.value]).toEqual([5, 'my own evidence', 'senior-software-engineer']);
  expect(stored.skills.python.level ?? null).toBeNull();
  await expect(widget.targetRole).toHaveValue('senior-software-engineer');
});

test('the import preview has no axe violations in the dark theme at 375 px and no horizontal overflow', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 900 });
  await page.emulateMedia({ colorScheme: 'dark' });
  const widget = new SkillgapPage(page);
  await myOwnProfile(widget);
  await openLink(page, COLLEAGUE);
  await expectNoAxeViolations(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.getByTestId('import-add').click();
  await expect(page.getByTestId('toast')).toBeVisible();
  await expectNoAxeViolations(page);
});
