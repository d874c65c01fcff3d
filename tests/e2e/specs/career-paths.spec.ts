import { expect, test, type Page } from '@playwright/test';
import { SkillgapPage } from '../support/skillgap-page';
import { expectNoAxeViolations } from '../support/axe';
import { tabUntil } from '../support/keyboard';
import { brokenWords } from '../support/geometry';

// 3,025 roles (`make-fixture career-paths`, written by scripts/test.sh): r0 leads to 30 roles,
// r45 leads back to r5, r7 lists itself, r2 starts a 25-step ladder, 200 roles in one family,
// right-to-left, emoji and very long names.
const PATHS = '?feed=/perf/career-paths.json';

const node = (page: Page, id: string) => page.locator(`[data-testid=path-node][data-role="${id}"]`);

async function analystAimingForLead(page: Page) {
  const widget = new SkillgapPage(page);
  await widget.open();
  await widget.waitForFeed();
  await widget.chooseCurrentRole('Data Analyst · Associate');
  // The skills to rate are the target's: rate two of Data Analyst's, then aim higher.
  await widget.chooseTargetRole('Data Analyst · Associate');
  await widget.rate('sql', '2 Working');
  await widget.rate('statistics', '1 Aware');
  await widget.chooseTargetRole('Analytics Lead');
  await widget.goto('paths');
  return widget;
}

test('the map marks where I am and my target, and shows the way there step by step, with every equally short route', async ({ page }) => {
  await analystAimingForLead(page);
  await expect(page.getByTestId('path-map')).toBeVisible();
  await expect(node(page, 'data-analyst')).toHaveClass(/sg-path-current/);
  await expect(node(page, 'data-analyst')).toContainText('You are here');
  await expect(page.getByTestId('path-map')).toContainText('Where you are');
  // Each box gives the fit with its evidence, as a figure only once enough is rated.
  await expect(node(page, 'data-analyst')).toContainText('rate more · 2 of 6 rated');
  await expect(node(page, 'analytics-lead')).toContainText(/\d of \d+ rated/);
  await expect(node(page, 'analytics-lead')).toHaveClass(/sg-path-target/);
  // Two steps on and back: Data Engineer leads to where Data Analyst leads, so it is not drawn;
  // Analytics Lead is two steps on.
  await expect(node(page, 'senior-data-analyst')).toBeVisible();
  await expect(node(page, 'data-scientist')).toBeVisible();
  await expect(node(page, 'software-engineer')).toHaveCount(0);

  const way = page.getByTestId('path-way');
  await expect(way.getByRole('heading', { level: 3 })).toHaveText('From Data Analyst to Analytics Lead');
  await expect(way.getByTestId('way-summary')).toContainText('2 steps along the usual career paths: Data Analyst → ');
  await expect(way.getByTestId('path-step')).toHaveCount(2);
  await expect(way.getByTestId('path-step').nth(1).getByRole('heading', { level: 4 })).toHaveText('Step 2: Analytics Lead');
  // The route is drawn in colour on the map: two arrows.
  await expect(page.locator('.sg-path-edge-route')).toHaveCount(2);

  // Both two-step routes are offered; choosing the other one changes step 1.
  const routes = way.getByTestId('path-routes').getByRole('button');
  await expect(routes).toHaveCount(2);
  const first = (await way.getByTestId('path-step').first().getByRole('heading', { level: 4 }).innerText()).replace('Step 1: ', '');
  const other = routes.and(page.locator('[aria-pressed=false]'));
  const otherName = await other.innerText();
  await other.click();
  await expect(routes.and(page.locator('[aria-pressed=true]'))).toHaveText(otherName);
  const second = (await way.getByTestId('path-step').first().getByRole('heading', { level: 4 }).innerText()).replace('Step 1: ', '');
  expect(new Set([first, second])).toEqual(new Set(['Senior Data Analyst', 'Data Scientist']));

  // Essential skills come first in each step, with where I start and the level asked.
  const skills = way.getByTestId('path-step').first().locator('.sg-step-skills li');
  await expect(skills.first()).toContainText('essential');
  await expect(way.getByTestId('path-step').first()).toContainText(/Statistics essential · you 1\s→\s\d/);
  await expectNoAxeViolations(page);

  // Clicking a box on the map shows the way to that role.
  await node(page, 'senior-data-analyst').click();
  await expect(way.getByRole('heading', { level: 3 })).toHaveText('From Data Analyst to Senior Data Analyst');
  await expect(way.getByTestId('way-summary')).toContainText('1 step along the usual career paths');
  await expect(node(page, 'senior-data-analyst')).toHaveClass(/sg-path-selected/);
  // "Make this my target" sets the target, with Undo.
  await way.getByRole('button', { name: /^Make this my target\W+Senior Data Analyst$/ }).click();
  await expect(page.getByTestId('toast')).toContainText('Senior Data Analyst is now your target role.');
  await expect(node(page, 'senior-data-analyst')).toHaveClass(/sg-path-target/);
});

test('the list alternative works by keyboard alone and says where each role leads and what it takes', async ({ page }) => {
  await analystAimingForLead(page);
  const list = page.getByTestId('path-list');
  const item = list.locator('li[data-role="data-scientist"]');
  await expect(item).toContainText('Data Scientist');
  await expect(item).toContainText('Leads to Analytics Lead');
  await expect(item).toContainText(/What it takes: \d+ skills? to close/);
  await expect(list.locator('li[data-role="data-analyst"]')).toContainText('You are here');
  await expect(list.getByRole('heading', { level: 4 }).first()).toHaveText('Your current role');

  await page.getByTestId('paths-search').focus();
  await tabUntil(page, (el) => el.textContent === 'Show the way here: Data Scientist');
  await page.keyboard.press('Enter');
  const heading = page.getByTestId('path-way').getByRole('heading', { level: 3 });
  await expect(heading).toHaveText('From Data Analyst to Data Scientist');
  await expect(heading).toBeFocused();
  // Add the step without a mouse.
  await tabUntil(page, (el) => el.textContent === 'Add this step to my plan: Data Scientist');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('path-way').getByRole('button', { name: /^This step is in your plan/ })).toBeFocused();
});

test('Add this step to my plan makes a goal per skill to close, at the step’s level, with Undo; it survives a reload', async ({ page }) => {
  const widget = await analystAimingForLead(page);
  await node(page, 'senior-data-analyst').click();
  const step = page.getByTestId('path-step').first();
  const toClose = await step.locator('.sg-step-skills li .sg-step-skill').allInnerTexts();
  expect(toClose.length).toBeGreaterThan(1);
  // The list counts what the role would take the same way as the step does.
  await expect(page.getByTestId('path-list').locator('li[data-role="senior-data-analyst"]')).toContainText(`What it takes: ${toClose.length} skills to close`);
  await step.getByRole('button', { name: /^Add this step to my plan/ }).click();
  await expect(page.getByTestId('toast')).toContainText(`${toClose.length} goals for “Senior Data Analyst” added to your plan`);
  let stored = await widget.storedProfile();
  const live = (p: typeof stored) => Object.values(p.plan as Record<string, { skill: string; target_level: number; deleted?: boolean }>).filter((g) => !g.deleted);
  expect(live(stored)).toHaveLength(toClose.length);
  expect(live(stored).find((g) => g.skill === 'sql')?.target_level).toBe(4);
  await expect(step.getByRole('button', { name: /^This step is in your plan/ })).toBeVisible();

  await page.getByTestId('undo').click();
  await expect(page.getByTestId('toast')).toContainText('The step’s goals were taken off your plan.');
  stored = await widget.storedProfile();
  expect(live(stored)).toHaveLength(0);
  await expect(step.getByRole('button', { name: /^Add this step to my plan/ })).toBeVisible();

  await step.getByRole('button', { name: /^Add this step to my plan/ }).click();
  await page.reload();
  await widget.waitForFeed();
  await widget.goto('plan');
  for (const name of toClose) await expect(page.getByTestId('section-plan')).toContainText(name);
  await widget.goto('paths');
  await node(page, 'senior-data-analyst').click();
  await page.getByTestId('path-step').first().getByRole('button', { name: /^This step is in your plan/ }).click();
  await expect(page.getByTestId('section-plan')).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`on a 320 px phone in the ${colorScheme} theme the steps are a vertical list with nothing cut or overflowing`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.emulateMedia({ colorScheme });
    await analystAimingForLead(page);
    await expect(page.getByTestId('path-map')).toBeHidden();
    await expect(page.getByTestId('path-step')).toHaveCount(2);
    await expect(page.getByTestId('path-list')).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await brokenWords(page.getByTestId('path-way').locator('h3, h4, .sg-step-skill'))).toEqual([]);
    await expectNoAxeViolations(page);
  });
}

test('a framework without career paths says so and offers the roles closest to my ratings instead', async ({ page }) => {
  const widget = new SkillgapPage(page);
  await widget.open('?feed=/fixtures/no-paths.json');
  await widget.waitForFeed();
  await widget.chooseCurrentRole('Data Analyst · Associate');
  await widget.chooseTargetRole('Data Analyst · Associate');
  await widget.rate('sql', '3 Practitioner');
  await widget.rate('statistics', '2 Working');
  await widget.rate('data-visualisation', '3 Practitioner');
  await widget.goto('paths');
  const none = page.getByTestId('paths-none');
  await expect(none.getByRole('heading')).toHaveText('This framework has no career paths');
  await expect(page.getByTestId('path-map')).toHaveCount(0);
  const offered = none.locator('li.sg-path-role');
  expect(await offered.count()).toBeGreaterThan(0);
  await expect(none.locator('li[data-role="data-analyst"]')).toHaveCount(0);
  await offered.first().getByRole('button').click();
  await expect(page.getByTestId('way-summary')).toContainText('This framework does not describe career paths');
  await expectNoAxeViolations(page);
});

test('with 3,000 roles the map draws one neighbourhood, a 30-way fork is capped, loops are drawn back, and search reaches a 25-step ladder', async ({ page }) => {
  const widget = new SkillgapPage(page);
  await widget.open(PATHS);
  await widget.waitForFeed();
  await widget.goto('paths');
  await expect(page.getByTestId('paths-start')).toBeVisible();
  await page.getByTestId('paths-current-role').selectOption('r0');
  const nodes = page.getByTestId('path-node');
  await expect(node(page, 'r0')).toBeVisible();
  const drawn = await nodes.count();
  expect(drawn).toBeLessThanOrEqual(5 * 8);
  await expect(page.getByTestId('path-map')).toContainText(/\+\d+ more \(see the list\)/);
  await expect(page.getByTestId('path-list')).toContainText(/\d+ more roles are not shown here/);

  // A loop: r5 leads (through r45) back to itself; the arrow back is dashed.
  await page.getByTestId('paths-current-role').selectOption('r5');
  await expect(node(page, 'r45')).toBeVisible();
  expect(await page.locator('.sg-path-edge-back').count()).toBeGreaterThan(0);

  // Search jumps anywhere: the top of the ladder, 25 steps away from r2.
  await page.getByTestId('paths-current-role').selectOption('r2');
  await page.getByTestId('paths-search').fill('Ladder Step 25');
  await page.getByTestId('paths-results').getByRole('button', { name: /^Show the way here\W+Ladder Step 25$/ }).click();
  const way = page.getByTestId('path-way');
  await expect(way.getByTestId('way-summary')).toContainText('25 steps along the usual career paths');
  await expect(way.getByTestId('path-step')).toHaveCount(25);
  await expect(page.getByRole('heading', { name: 'Roles around Ladder Step 25', exact: true })).toBeVisible();
  await expect(page.getByTestId('path-map')).toContainText('Centre of the map');
  await page.getByTestId('paths-recentre').click();
  await expect(page.locator('#sg-paths-map-heading')).toBeFocused();
  await expect(page.getByRole('heading', { name: /^Roles around / })).not.toHaveText('Roles around Ladder Step 25');

  // No way back down the ladder: said plainly, with the direct move instead.
  await page.getByTestId('paths-current-role').selectOption('ladder-24');
  await page.getByTestId('paths-search').fill('Hub Role');
  await page.getByTestId('paths-results').getByRole('button', { name: /^Show the way here\W+Hub Role With Thirty Next Roles$/ }).click();
  await expect(way.getByTestId('way-summary')).toContainText('No usual career path leads from Ladder Step 25 to Hub Role With Thirty Next Roles');
  await expectNoAxeViolations(page);
});
