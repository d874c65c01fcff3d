import { expect, test } from '@playwright/test';
import { SkillgapPage } from '../support/skillgap-page';
import { expectNoAxeViolations } from '../support/axe';
import { brokenWords } from '../support/geometry';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const demoFeed = JSON.parse(readFileSync(fileURLToPath(new URL('../../../feeds/demo.json', import.meta.url)), 'utf8'));

/** The names of the skills a role of the demo feed asks for, sorted. */
function demoSkillNames(roleId: string): string[] {
  const role = demoFeed.roles.find((r: { id: string }) => r.id === roleId);
  const names = new Map(demoFeed.skills.map((s: { id: string; name: string }) => [s.id, s.name]));
  return role.requirements.map((r: { skill: string }) => names.get(r.skill)).sort();
}

test('ratings give a prioritised gap list, the fit figure, and chart tables with the same values', async ({ page }) => {
  const widget = new SkillgapPage(page);
  await widget.open();
  await widget.waitForFeed();
  // Senior Platform Engineer: kubernetes 4 E, cloud 4 E, ci-cd 4 I, observability 4 E, security 3 I, system-design 3 I, rust 2 N, writing 3 I.
  await widget.chooseTargetRole('Senior Platform Engineer');
  await widget.rate('kubernetes', '2 Working'); // gap 2 × 3 = 6
  await widget.rate('ci-cd', '1 Aware'); // gap 3 × 2 = 6
  await widget.rate('observability', '3 Practitioner'); // gap 1 × 3 = 3
  await widget.rate('rust', '4 Advanced'); // met, +2
  await widget.openDetails('ci-cd');
  await widget.skillGroup('ci-cd').getByTestId('interest').selectOption('want-to-grow'); // 6 × 1.5 = 9

  await widget.goto('gap');
  // Fit: (3·2 + 2·1 + 3·3 + 1·2) / (3·4 + 2·4 + 3·4 + 1·2) = 19 / 34 = 56 %.
  await expect(widget.fit).toHaveText(/^56% fit for Senior Platform Engineer · \d+ of \d+ skills? rated$/);
  await expect(widget.progress).toHaveText('Rated 4 of 8. 3 skills below the requirement, 6 levels to close; 4 not rated yet.');
  const lines = widget.gapList.locator('li');
  await expect(lines.nth(0)).toContainText('Continuous delivery');
  await expect(lines.nth(1)).toContainText('Kubernetes');
  await expect(lines.nth(2)).toContainText('Observability');
  await expect(lines.nth(3)).toContainText('unknown: not rated yet');
  await expect(page.getByTestId('strength-rust')).toContainText('4 · meets 2');

  const radar = page.getByTestId('radar-table');
  await expect(radar.locator('tr', { hasText: 'Kubernetes' }).locator('td')).toHaveText(['4', '2']);
  await expect(radar.locator('tr', { hasText: 'Secure development' }).locator('td')).toHaveText(['3', 'not rated']);
  const bars = page.getByTestId('gap-table');
  await expect(bars.locator('tr', { hasText: 'Continuous delivery' }).locator('td')).toHaveText('−3');
  await expect(bars.locator('tr', { hasText: 'Rust' }).locator('td')).toHaveText('+2');
  await expect(page.getByRole('img', { name: /Radar chart for Senior Platform Engineer/ })).toBeVisible();
  await expectNoAxeViolations(page);

  // Switching the target role keeps the ratings and redraws the gap.
  await widget.goto('assess');
  await widget.chooseTargetRole('Platform Engineer · Associate');
  await widget.goto('gap');
  await expect(widget.fit).toHaveText(/Platform Engineer.* · \d+ of \d+ skills? rated$/);
  await expect(radar.locator('tr', { hasText: 'Kubernetes' }).locator('td')).toHaveText(['2', '2']);
});

test('the role explorer ranks roles, filters by family, and shortlisted roles show bridge skills', async ({ page }) => {
  const widget = new SkillgapPage(page);
  await widget.open();
  await widget.waitForFeed();
  await widget.chooseTargetRole('Data Analyst · Associate');
  for (const [skill, level] of [['sql', '3 Practitioner'], ['statistics', '2 Working'], ['data-visualisation', '3 Practitioner'], ['python', '1 Aware'], ['written-communication', '2 Working'], ['presenting', '2 Working']] as const) {
    await widget.rate(skill, level);
  }
  await widget.goto('explore');
  const ranking = page.getByTestId('role-ranking');
  const card = (id: string) => page.locator(`[data-testid=role-card][data-role-id="${id}"]`);
  await expect(ranking.locator('li').first()).toContainText('1. Data Analyst');
  await expect(ranking.locator('li').first().getByTestId('role-fit')).toHaveText('100% fit · 6 of 6 skills rated');
  await expect(card('data-analyst')).toHaveAttribute('data-fit', '1.0000');
  await expect(card('data-analyst')).toHaveAttribute('data-coverage', '1.0000');
  await expect(card('data-analyst').getByTestId('current-target')).toHaveText('Your target role');
  await expect(card('senior-data-analyst').getByTestId('role-take')).toContainText('What it would take:');
  await page.getByTestId('family-filter').fill('desig');
  await expect(page.getByTestId('role-card').filter({ hasText: 'UX Designer' }).first()).toBeVisible();
  await expect(card('data-analyst')).toHaveCount(0);
  // Every card's family line (the first muted line of each card) names the filtered family.
  const families = await page.getByTestId('role-card').evaluateAll((cards) =>
    cards.map((c) => (c.querySelector(':scope > p.sg-muted') as HTMLElement | null)?.innerText ?? '(no family line)'),
  );
  expect(families.length).toBeGreaterThan(0);
  expect(families.filter((f) => !f.startsWith('Design')), families.join(' | ')).toEqual([]);
  await page.getByTestId('family-filter').fill('');

  await page.getByLabel('Shortlist Senior Data Analyst').check();
  await page.getByLabel('Shortlist Data Scientist').check();
  const bridges = page.getByTestId('bridge-skills');
  // Statistics: gap 1 × 3 in Senior Data Analyst + gap 2 × 3 in Data Scientist; SQL: 1 × 3 in Senior Data Analyst only.
  await expect(bridges.locator('li').first()).toContainText('Statistics helps on 2 roles (Data Scientist, Senior Data Analyst) · weighted gap 9');
  await expect(page.getByTestId('bridge-python')).toContainText('Python helps on 1 role');
  await expectNoAxeViolations(page);
  await page.reload();
  await widget.goto('explore');
  await expect(page.getByLabel('Shortlist Data Scientist')).toBeChecked();
});

test('growth over time: snapshots on two dates chart the fit, and one can be deleted', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-09-01T10:00:00Z'));
  const widget = new SkillgapPage(page);
  await widget.open();
  await widget.waitForFeed();
  await widget.chooseTargetRole('Platform Engineer · Associate');
  await widget.rate('kubernetes', '1 Aware');
  await expect.poll(async () => Object.keys((await widget.storedProfile())?.snapshots ?? {})).toEqual(['2026-09-01']);

  await page.clock.setFixedTime(new Date('2026-11-20T10:00:00Z'));
  await page.reload();
  await widget.waitForFeed();
  await widget.rate('kubernetes', '2 Working');
  await widget.goto('gap');
  const history = page.getByTestId('history-table');
  await expect(history.getByTestId('snapshot-2026-09-01').locator('td').first()).toHaveText('50%');
  await expect(history.getByTestId('snapshot-2026-11-20').locator('td').first()).toHaveText('100%');
  await expect(history.getByTestId('snapshot-2026-11-20')).toContainText('Kubernetes 2');
  await expect(page.getByRole('img', { name: 'Fit over time from 1 Sep 2026 to 20 Nov 2026; the table lists every value.' })).toBeVisible();
  await expectNoAxeViolations(page);

  await history.getByRole('button', { name: 'Delete the snapshot of 2026-09-01' }).click();
  await expect(history.getByTestId('snapshot-2026-09-01')).toHaveCount(0);
  await expect.poll(async () => (await widget.storedProfile()).snapshots['2026-09-01'].deleted).toBe(true);
  await page.getByTestId('save-snapshot').click();
  await expect(history.getByTestId('snapshot-2026-11-20')).toBeVisible();
});

test('the gap screen fits a 320 px sidebar without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.emulateMedia({ colorScheme: 'dark' });
  const widget = new SkillgapPage(page);
  await widget.open();
  await widget.waitForFeed();
  await widget.chooseTargetRole('Senior Software Engineer');
  await widget.rate('javascript', '2 Working');
  for (const section of ['assess', 'gap', 'explore', 'data'] as const) {
    await widget.goto(section);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  }
  await widget.goto('gap');
  await expectNoAxeViolations(page);
});

test('no word in the gap tables is broken across lines, from 320 to 1280 px', async ({ page }) => {
  const widget = new SkillgapPage(page);
  await widget.open();
  await widget.waitForFeed();
  await widget.chooseTargetRole('Senior Platform Engineer');
  await widget.rate('observability', '3 Practitioner');
  await widget.rate('kubernetes', '4 Advanced');
  let cutLabels = 0;
  // Platform Engineer needs "Technical troubleshooting", longer than the chart's 22 characters.
  for (const [role, roleId] of [['Senior Platform Engineer', 'senior-platform-engineer'], ['Platform Engineer · Associate', 'platform-engineer']]) {
    await widget.goto('assess');
    await widget.chooseTargetRole(role);
    await widget.goto('gap');
    const names = demoSkillNames(roleId);
    await expect(page.getByTestId('fit')).toContainText(`${role.split(' · ')[0]}`);
    for (const width of [320, 375, 768, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      const cells = page.locator('skill-gap .sg-table th, skill-gap .sg-table td');
      await expect(cells.first()).toBeVisible();
      expect(await brokenWords(cells), `${role} at ${width} px`).toEqual([]);
      // The chart never cuts a name silently: every label shows its skill's name whole, or cut
      // with an ellipsis and the full name in its <title>.
      const labels = await page.locator('skill-gap text.sg-bar-label').evaluateAll((els) =>
        els.map((el) => ({
          shown: [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').replace(/[\u2068\u2069]/g, ''),
          title: el.querySelector('title')?.textContent ?? null,
        })),
      );
      expect(labels.map((l) => l.title ?? l.shown).sort(), `${role} at ${width} px`).toEqual(names);
      const wrong = labels.filter((l) => (l.title === null ? l.shown.endsWith('…') : !(l.shown.endsWith('…') && l.title.startsWith(l.shown.slice(0, -1)))));
      expect(wrong, `${role} at ${width} px`).toEqual([]);
      cutLabels += labels.filter((l) => l.title !== null).length;
    }
  }
  expect(cutLabels).toBeGreaterThan(0);
});
