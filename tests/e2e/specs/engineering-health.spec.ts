import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SkillgapPage } from '../support/skillgap-page';

const demoFeed = JSON.parse(readFileSync(fileURLToPath(new URL('../../../feeds/demo.json', import.meta.url)), 'utf8'));

/** The contact address the demo feed gives a mentor. */
function demoContact(mentorId: string): string {
  const mentor = demoFeed.mentors.find((m: { id: string }) => m.id === mentorId);
  expect(mentor, `mentor ${mentorId} in feeds/demo.json`).toBeTruthy();
  return mentor.contact;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function platformEngineerWithGaps(widget: SkillgapPage) {
  await widget.open();
  await widget.waitForFeed();
  await widget.chooseTargetRole('Platform Engineer · Associate');
  await widget.rate('kubernetes', '0 None');
  await widget.rate('observability', '1 Aware');
  await widget.rate('cloud-infrastructure', '1 Aware');
}

/** The test ids of the focused element and of the list row around it, through the shadow root. */
async function focusedIn(page: Page, rowSelector: string) {
  return page.evaluate((rowSelector) => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return { row: el?.closest(rowSelector)?.getAttribute('data-testid') ?? null, text: (el as HTMLElement | null)?.innerText ?? '' };
  }, rowSelector);
}

test('a mentor row keeps its open panel, edited message and focus when Favourite moves it up', async ({ page }) => {
  const widget = new SkillgapPage(page);
  await platformEngineerWithGaps(widget);
  await widget.goto('grow');
  const rows = page.getByTestId('mentor-suggestions').locator(':scope > li');
  await expect(rows.nth(1)).toBeVisible();
  // The row under test is the lowest one whose contact (in the demo feed) can carry the message:
  // mail takes it as `body`, Teams as `message`; Slack links cannot (contact.rs).
  const carries = (contact: string) =>
    /^mailto:/i.test(contact) ? 'body' : /^(msteams:|https:\/\/teams\.microsoft\.com\/l\/chat)/i.test(contact) ? 'message' : null;
  const ids = await rows.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-testid')!));
  const rowIndex = ids.findLastIndex((id) => carries(demoContact(id.replace(/^mentor-/, ''))) !== null);
  expect(rowIndex, `rows: ${ids.join(', ')}`).toBeGreaterThan(0); // not already first, so Favourite moves it up
  const rowId = ids[rowIndex];
  const contact = demoContact(rowId.replace(/^mentor-/, ''));
  const mentor = page.getByTestId(rowId);

  await mentor.getByTestId('contact-mentor').click();
  await mentor.getByTestId('intro-message').fill('My own words, edited before choosing a favourite.');
  const favourite = mentor.getByRole('button', { name: /^Favourite/ });
  await favourite.focus();
  await page.keyboard.press('Enter');

  await expect(rows.first()).toHaveAttribute('data-testid', rowId); // favourites come first
  await expect(favourite).toHaveAttribute('aria-pressed', 'true');
  await expect(mentor.getByTestId('contact-panel')).toBeVisible();
  await expect(mentor.getByTestId('intro-message')).toHaveValue('My own words, edited before choosing a favourite.');
  await expect.poll(() => focusedIn(page, 'li.sg-suggestion')).toEqual({ row: rowId, text: expect.stringMatching(/^Favourite/) });
  // The edited message is what the contact link carries.
  const href = (await mentor.getByTestId('contact-link').getAttribute('href')) ?? '';
  expect(href.startsWith(`${contact}?`) || href.startsWith(`${contact}&`), href).toBe(true);
  expect(href).toMatch(new RegExp(`[?&]${carries(contact)}=${escapeRegExp(encodeURIComponent('My own words, edited before choosing a favourite.'))}(&|$)`));
});

test('skill ids that differ only in non-ASCII letters or punctuation never share a control', async ({ page }) => {
  const widget = new SkillgapPage(page);
  await widget.open('?feed=/fixtures/colliding-ids.json');
  await widget.waitForFeed();
  await widget.chooseTargetRole('Builder');
  await widget.rate('設計', '2 Working');
  await widget.rate('開発', '4 Advanced');
  await widget.rate('node_js', '1 Awareness');
  await widget.rate('node.js', '3 Practitioner');
  await widget.openDetails('a.b');
  await widget.skillGroup('a.b').getByLabel('Note or evidence for A dot B (optional)').fill('only for a.b');
  await widget.skillGroup('a.b').getByLabel('Note or evidence for A dot B (optional)').blur();

  await expect.poll(async () => {
    const skills = (await widget.storedProfile())?.skills ?? {};
    return Object.fromEntries(Object.entries(skills).map(([id, e]: [string, any]) => [id, [e.level ?? null, e.note ?? '']]));
  }).toEqual({ '設計': [2, ''], '開発': [4, ''], 'node_js': [1, ''], 'node.js': [3, ''], 'a.b': [null, 'only for a.b'] });
  await expect(widget.level('設計', '2 Working')).toBeChecked();
  await expect(widget.level('node_js', '1 Awareness')).toBeChecked();

  // Every id in the widget is unique, and every label points into its own skill.
  const problems = await page.evaluate(() => {
    const root = document.querySelector('skill-gap')!.shadowRoot!;
    const ids = [...root.querySelectorAll('[id]')].map((e) => e.id);
    const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
    const strays = [...root.querySelectorAll('div.sg-skill label[for]')]
      .filter((label) => label.closest('.sg-skill') !== root.getElementById(label.getAttribute('for')!)?.closest('.sg-skill'))
      .map((label) => label.getAttribute('for'));
    const groups = [...root.querySelectorAll('div.sg-skill')].map((f) => new Set([...f.querySelectorAll('input[type=radio]')].map((r) => (r as HTMLInputElement).name)));
    const names = groups.map((g) => [...g].join());
    return { duplicates, strays, sharedNames: names.filter((n, i) => names.indexOf(n) !== i), multiNameGroups: groups.filter((g) => g.size !== 1).length };
  });
  expect(problems).toEqual({ duplicates: [], strays: [], sharedNames: [], multiNameGroups: 0 });
});

async function downloadName(page: Page, testid: string) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testid).click()]);
  return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') };
}

test.describe('far east of UTC (Pacific/Kiritimati, UTC+14)', () => {
  test.use({ timezoneId: 'Pacific/Kiritimati' });

  test('today is the local date: snapshots, overdue goals and file names', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-11-22T12:00:00Z')); // 02:00 on 23 November locally
    const widget = new SkillgapPage(page);
    await platformEngineerWithGaps(widget);
    await expect.poll(async () => Object.keys((await widget.storedProfile())?.snapshots ?? {})).toEqual(['2026-11-23']);

    await widget.goto('gap');
    await page.getByTestId('save-snapshot').click();
    await expect(page.getByTestId('announcer')).toHaveText('Snapshot saved for 23 Nov 2026.');

    await widget.goto('grow');
    await page.getByTestId('resource-k8s-basics').getByTestId('save-resource').click();
    await widget.goto('plan');
    const goal = page.getByTestId('goal-kubernetes');
    await goal.getByTestId('goal-date').fill('2026-11-22'); // yesterday, locally
    await expect(goal.getByTestId('overdue')).toBeVisible();
    expect((await downloadName(page, 'export-markdown')).name).toBe('skillgap-plan-2026-11-23.md');

    await widget.goto('data');
    const exported = await downloadName(page, 'export-json');
    expect(exported.name).toBe('skillgap-2026-11-23.json');
    expect(JSON.parse(exported.text).exported_at).toBe('2026-11-23');
    const csv = await downloadName(page, 'export-csv');
    expect(csv.name).toBe('skillgap-ratings-2026-11-23.csv');
    expect(csv.text).toContain(',2026-11-23\r\n');
  });
});

test.describe('far west of UTC (Pacific/Pago_Pago, UTC-11)', () => {
  test.use({ timezoneId: 'Pacific/Pago_Pago' });

  test('today is the local date: snapshots, goals due today and file names', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-11-22T05:00:00Z')); // 18:00 on 21 November locally
    const widget = new SkillgapPage(page);
    await platformEngineerWithGaps(widget);
    await expect.poll(async () => Object.keys((await widget.storedProfile())?.snapshots ?? {})).toEqual(['2026-11-21']);

    await widget.goto('grow');
    await page.getByTestId('resource-k8s-basics').getByTestId('save-resource').click();
    await widget.goto('plan');
    const goal = page.getByTestId('goal-kubernetes');
    await goal.getByTestId('goal-date').fill('2026-11-21'); // today, locally: not past
    await expect(goal.getByTestId('goal-date')).toHaveValue('2026-11-21');
    await expect(goal.getByTestId('overdue')).toHaveCount(0);
    await goal.getByTestId('goal-date').fill('2026-11-20');
    await expect(goal.getByTestId('overdue')).toBeVisible();
    expect((await downloadName(page, 'export-markdown')).name).toBe('skillgap-plan-2026-11-21.md');
  });
});

test('a change another tab stored is shown here and never written back by this tab', async ({ context }) => {
  await context.addInitScript(() => {
    (window as any).__profileWrites = 0;
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key.endsWith(':profile')) (window as any).__profileWrites += 1;
      return setItem.call(this, key, value);
    };
  });
  const a = new SkillgapPage(await context.newPage());
  const b = new SkillgapPage(await context.newPage());
  await a.open();
  await a.waitForFeed();
  await a.chooseTargetRole('Platform Engineer · Associate');
  await b.open();
  await b.waitForFeed();
  await expect(b.targetRole).toHaveValue('platform-engineer');
  const writes = () => b.page.evaluate(() => (window as any).__profileWrites as number);
  const before = await writes();
  await a.rate('kubernetes', '3 Practitioner');
  // Merged in from the other tab; a write-back would happen in the same storage handler, before this shows.
  await expect(b.level('kubernetes', '3 Practitioner')).toBeChecked();
  expect(await writes()).toBe(before);

  // This tab's own edit is saved, on top of the other tab's.
  await b.rate('observability', '2 Working');
  await expect.poll(writes).toBe(before + 1);
  const stored = await b.storedProfile();
  expect([stored.skills.kubernetes.level, stored.skills.observability.level]).toEqual([3, 2]);
});
