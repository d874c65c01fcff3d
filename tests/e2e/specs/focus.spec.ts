import { expect, test } from '@playwright/test';
import { SkillgapPage } from '../support/skillgap-page';

/* Issue 34: one clear path, nothing in the way. */

test('a tab opens its section at its top on a phone, and the last section’s confirmation does not follow', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  const widget = new SkillgapPage(page);
  await widget.open();
  await widget.waitForFeed();
  await widget.chooseTargetRole('Senior Software Engineer');
  await expect(page.getByTestId('toast')).toBeVisible();
  // Far down the rating list, where the tabs stay at the top of the screen.
  await widget.rate('javascript', '3 Practitioner');
  await page.mouse.wheel(0, 4000);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1500);
  await page.getByTestId('nav-gap').click();
  const section = page.getByTestId('section-gap');
  await expect(section).toBeVisible();
  // Its headline is on screen, just below the tabs, not the charts further down.
  const nav = await page.locator('skill-gap').getByRole('navigation').boundingBox();
  const headline = section.getByTestId('fit');
  await expect.poll(async () => (await headline.boundingBox())!.y).toBeGreaterThanOrEqual(nav!.y + nav!.height);
  expect((await headline.boundingBox())!.y).toBeLessThan(740 / 3);
  // The role change's confirmation (and its Undo) stayed with the section it was made in.
  await expect(page.getByTestId('toast')).toHaveCount(0);
});

test('role menus never repeat the seniority a role’s name already says', async ({ page }) => {
  const widget = new SkillgapPage(page);
  await widget.open('?feed=/fixtures/seniority-in-names.json');
  await widget.waitForFeed();
  await expect(widget.targetRole.locator('option')).toHaveText(['Choose a role…', 'Data Analyst Junior', 'Senior Data Analyst', 'Data Analyst · Associate']);
});

test('a goal of one’s own for a skill aims a level above where one stands', async ({ page }) => {
  const widget = new SkillgapPage(page);
  await widget.open('?feed=/fixtures/seniority-in-names.json');
  await widget.waitForFeed();
  await widget.chooseTargetRole('Data Analyst Junior');
  await widget.rate('sql', '2 Working');
  await widget.goto('plan');
  const form = page.getByTestId('new-goal');
  await form.getByTestId('new-goal-skill').selectOption('sql');
  // The role asks for 2, which is where I stand: the goal aims at 3, not at 2.
  await expect(form.getByLabel('Level to reach')).toHaveValue('3');
});

test('a feedback request starts with the few skills worth asking about, gaps first, and the person can add more', async ({ page }) => {
  const widget = new SkillgapPage(page);
  await widget.open();
  await widget.waitForFeed();
  await widget.chooseTargetRole('Senior Software Engineer');
  await widget.rate('javascript', '1 Aware');
  await widget.goto('gap');
  await page.getByTestId('ask-feedback').locator('summary').click();
  const skills = page.getByTestId('ask-skills').getByRole('checkbox');
  const total = await skills.count();
  expect(total).toBeGreaterThan(8);
  await expect(page.getByTestId('ask-skills').getByRole('checkbox', { checked: true })).toHaveCount(8);
  // The rated gap leads the suggestion; a skill left out can be ticked.
  await expect(page.getByTestId('ask-skills').getByRole('checkbox', { name: 'JavaScript' })).toBeChecked();
  const unticked = page.getByTestId('ask-skills').getByRole('checkbox', { checked: false }).first();
  await unticked.check();
  await page.getByTestId('ask-name').fill('Ana Lima');
  await page.getByTestId('create-request').click();
  await expect(page.getByTestId('request-link')).toHaveValue(/#sgr1\./);
  const stored = await widget.storedProfile();
  expect(Object.values(stored.feedback_requests).map((r: any) => r.skills.length)).toEqual([9]);
});

test('a framework without learning resources says so, and no gap offers to find any', async ({ page }) => {
  const widget = new SkillgapPage(page);
  await widget.open('?feed=/fixtures/seniority-in-names.json');
  await widget.waitForFeed();
  await widget.chooseTargetRole('Senior Data Analyst');
  // The fixture has no scale of its own: the default one's labels.
  await widget.rate('sql', '1 Awareness');
  await widget.goto('gap');
  const gap = page.getByTestId('gap-sql');
  await expect(gap).toContainText('Add to plan');
  await expect(gap.locator('[data-action="find-resources"]')).toHaveCount(0);
  await widget.goto('grow');
  await expect(page.getByTestId('no-resources')).toHaveText(/framework lists no learning resources yet/);
  await expect(page.getByTestId('skillgap')).not.toContainText('Loosen a preference');
});

test('a share link names the person when they choose to, and says when it was made', async ({ page, browser }) => {
  const widget = new SkillgapPage(page);
  await widget.open();
  await widget.waitForFeed();
  await widget.chooseTargetRole('Data Analyst · Associate');
  await widget.rate('sql', '2 Working');
  await widget.goto('data');
  const link = page.getByTestId('share-link');
  await expect(link).toHaveValue(/#sg1\./);
  const anonymous = await link.inputValue();
  await page.getByTestId('share-include-name').check();
  await page.getByTestId('share-name').fill('Ana Lima');
  await page.getByTestId('share-name').press('Tab');
  await expect(link).not.toHaveValue(anonymous);
  const named = await link.inputValue();

  const reader = await (await browser.newContext()).newPage();
  for (const [href, title] of [
    [named, "Ana Lima's shared skills profile (read-only)"],
    [anonymous, 'A shared skills profile (read-only)'],
  ]) {
    await reader.goto('about:blank');
    await reader.goto(href);
    await expect(reader.getByTestId('shared-title')).toHaveText(title);
    await expect(reader.getByTestId('shared-made-on')).toHaveText(/^Shared on .+\. It shows their skills as they were that day\.$/);
  }
  await reader.context().close();
});

test('suggestions in the interface language come first; the others stay offered after them', async ({ page }) => {
  const widget = new SkillgapPage(page);
  await widget.open();
  await widget.waitForFeed();
  await widget.chooseTargetRole('Data Analyst · Associate');
  await widget.rate('python', '0 None');
  await widget.rate('sql', '0 None');
  await widget.goto('grow');
  const rows = page.getByTestId('resource-suggestions').locator('[data-testid^="resource-"]');
  await expect(rows.first()).toBeVisible();
  const ids = (await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')))).filter((id) => id !== 'resource-suggestions');
  const foreign = ['resource-python-intro-de', 'resource-sql-es'];
  const english = ids.filter((id) => !foreign.includes(id!));
  expect(english.length).toBeGreaterThan(0);
  // Every English one before any German or Spanish one.
  const firstForeign = ids.findIndex((id) => foreign.includes(id!));
  if (firstForeign >= 0) expect(ids.slice(firstForeign).every((id) => foreign.includes(id!))).toBe(true);
  expect(foreign).not.toContain(ids[0]);
});
