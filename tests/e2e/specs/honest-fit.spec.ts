import { expect, test } from '@playwright/test';
import { SkillgapPage } from '../support/skillgap-page';
import { expectNoAxeViolations } from '../support/axe';

const card = (page: import('@playwright/test').Page, id: string) => page.locator(`[data-testid=role-card][data-role-id="${id}"]`);

test('a role scored on one shared skill is listed apart, never above a fully rated role, and its missing skills are one click away', async ({ page }) => {
  const widget = new SkillgapPage(page);
  await widget.open();
  await widget.waitForFeed();
  await widget.chooseTargetRole('Senior Software Engineer');
  const skills = await page.getByTestId('role-skills').locator('div.sg-skill').evaluateAll((sets) => sets.map((f) => f.getAttribute('data-testid')!.slice('rate-'.length)));
  for (const skill of skills) await widget.rate(skill, '3 Practitioner');
  await expect(widget.fit).toHaveText(/ · 10 of 10 skills rated$/);

  await widget.goto('explore');
  const target = card(page, 'senior-software-engineer');
  await expect(target.getByTestId('current-target')).toBeVisible();
  const fit = Number(await target.getAttribute('data-fit'));
  // Every role ranked above the fully rated target has at least half its importance rated.
  const ranked = page.getByTestId('role-ranking').getByTestId('role-card');
  const ids = await ranked.evaluateAll((cards) => cards.map((c) => [c.getAttribute('data-role-id'), Number(c.getAttribute('data-coverage')), Number(c.getAttribute('data-fit'))]));
  expect(ids.length).toBeGreaterThan(0);
  for (const [, coverage] of ids) expect(coverage).toBeGreaterThanOrEqual(0.5);
  expect(fit).toBeGreaterThan(0);

  // Data Scientist: its essential Python, Statistics and ML are unrated, so it waits apart.
  const apart = page.getByTestId('roles-rate-more');
  const scientist = apart.locator('[data-role-id="data-scientist"]');
  await expect(scientist).toBeVisible();
  await expect(scientist.getByTestId('role-fit')).toHaveText(/ · \d+ of \d+ skills rated$/);
  expect(Number(await scientist.getAttribute('data-coverage'))).toBeLessThan(0.5);
  await expectNoAxeViolations(page);

  const missing = Number((await scientist.getByTestId('rate-missing').innerText()).match(/Rate the (\d+) missing/)![1]);
  await scientist.getByTestId('rate-missing').click();
  const focused = page.getByTestId('focused-skills');
  await expect(focused.locator('h3')).toHaveText(new RegExp(`^Rate the \\d+ skills? Data Scientist asks for that you have not rated$`));
  const shown = await focused.locator('div.sg-skill').count();
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThanOrEqual(missing);
  for (const set of await focused.locator('div.sg-skill').all()) {
    await set.locator('label.sg-level[title="2 Working"]').click();
  }
  await expectNoAxeViolations(page);
  await page.getByTestId('focus-done').click();
  await expect(page.getByTestId('section-explore')).toBeVisible();
  await expect(card(page, 'data-scientist')).toBeVisible();
  expect(Number(await card(page, 'data-scientist').getAttribute('data-coverage'))).toBeGreaterThan(0.5);
});

test('Make this my target confirms visibly, marks the role, and can be undone', async ({ page }) => {
  const widget = new SkillgapPage(page);
  await widget.open();
  await widget.waitForFeed();
  await widget.chooseTargetRole('Data Analyst · Associate');
  await widget.rate('sql', '3 Practitioner');
  await widget.goto('explore');
  const analyst = card(page, 'senior-data-analyst');
  await analyst.getByRole('button', { name: /^Make this my target/ }).click();
  await expect(page.getByTestId('toast')).toContainText('Senior Data Analyst is now your target role.');
  await expect(analyst.getByTestId('current-target')).toBeVisible();
  await expect(card(page, 'data-analyst').getByTestId('current-target')).toHaveCount(0);
  await page.getByTestId('undo').click();
  await expect(card(page, 'data-analyst').getByTestId('current-target')).toBeVisible();
  expect((await widget.storedProfile()).target_role.value).toBe('data-analyst');
});

test('with nothing rated the explorer lists roles by name, without rank numbers, each saying so', async ({ page }) => {
  const widget = new SkillgapPage(page);
  await widget.open();
  await widget.waitForFeed();
  await widget.goto('explore');
  await expect(page.getByTestId('role-ranking')).toHaveCount(0);
  const names = await page.getByTestId('roles-not-rated').locator('.sg-result-name').allInnerTexts();
  expect(names.length).toBeGreaterThan(3);
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  expect(names.every((n) => !/^\d+\. /.test(n))).toBe(true);
  await expect(page.getByTestId('role-fit').first()).toHaveText(/^fit not known yet · 0 of \d+ skills rated$/);
});

test('roles can be searched with typos and ordered by closeness, skills left to rate or name', async ({ page }) => {
  const widget = new SkillgapPage(page);
  await widget.open();
  await widget.waitForFeed();
  await widget.chooseCurrentRole('Data Analyst · Associate');
  await widget.chooseTargetRole('Data Analyst · Associate');
  await widget.rate('sql', '2 Working');
  await widget.goto('explore');

  const search = page.getByRole('searchbox', { name: 'Search roles' });
  await search.fill('analist');
  const names = () => page.getByTestId('role-card').locator('.sg-result-name').allInnerTexts();
  await expect.poll(async () => (await names()).length).toBeGreaterThan(0);
  expect((await names()).every((n) => /Analyst/.test(n))).toBe(true);
  await search.fill('zzqx');
  await expect(page.getByTestId('no-roles')).toBeVisible();
  await search.fill('');

  const sort = page.getByTestId('role-sort');
  await sort.selectOption('closest');
  await expect(page.getByTestId('roles-sorted').getByTestId('role-card').first()).toHaveAttribute('data-role-id', 'data-analyst');
  await expect(page.getByTestId('role-ranking')).toHaveCount(0);

  await sort.selectOption('to-rate');
  const left = await page.getByTestId('roles-sorted').getByTestId('role-fit').allInnerTexts();
  const toRate = left.map((t) => { const m = t.match(/(\d+) of (\d+) skills? rated/)!; return Number(m[2]) - Number(m[1]); });
  expect(toRate).toEqual([...toRate].sort((a, b) => a - b));

  await sort.selectOption('name');
  const byName = await names();
  expect(byName).toEqual([...byName].sort((a, b) => a.localeCompare(b)));
  await expectNoAxeViolations(page);
});

test('the level the target role and the current role ask for is marked on each skill’s scale', async ({ page }) => {
  const widget = new SkillgapPage(page);
  await widget.open();
  await widget.waitForFeed();
  await widget.chooseCurrentRole('Data Analyst · Associate');
  await widget.chooseTargetRole('Senior Data Analyst');
  const sql = widget.skillGroup('sql');
  await expect(sql.getByTestId('asked-level')).toHaveText('Senior Data Analyst asks for 4 Advanced; your current role, Data Analyst, asks for 3 Practitioner.');
  await expect(sql.locator('label.sg-level-asked')).toHaveAttribute('title', '4 Advanced');
  // Read out with the group, for screen readers.
  const described = await sql.getByRole('radiogroup').evaluate((f) => f.getAttribute('aria-describedby')!.split(' ').map((id) => f.getRootNode() instanceof ShadowRoot ? (f.getRootNode() as ShadowRoot).getElementById(id)?.textContent : ''));
  expect(described.join(' ')).toContain('Senior Data Analyst asks for 4 Advanced');
  // A skill the current role does not ask for names only the target's level.
  await expect(widget.skillGroup('experimentation').getByTestId('asked-level')).toHaveText('Senior Data Analyst asks for 3 Practitioner.');
  await expectNoAxeViolations(page);
});

test('the explorer and the focused rating have no axe violations in the dark theme at 375 px', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 900 });
  await page.emulateMedia({ colorScheme: 'dark' });
  const widget = new SkillgapPage(page);
  await widget.open();
  await widget.waitForFeed();
  await widget.chooseTargetRole('Data Analyst · Associate');
  await widget.rate('sql', '3 Practitioner');
  await widget.rate('statistics', '2 Working');
  await widget.rate('python', '1 Aware');
  await widget.rate('presenting', '2 Working');
  await widget.goto('explore');
  await expect(page.getByTestId('role-ranking')).toBeVisible();
  await expectNoAxeViolations(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.getByTestId('roles-rate-more').getByTestId('rate-missing').first().click();
  await expect(page.getByTestId('focused-skills')).toBeVisible();
  await expectNoAxeViolations(page);
});
