import { expect, test, type Page } from '@playwright/test';
import { SkillgapPage } from '../support/skillgap-page';
import { expectNoAxeViolations } from '../support/axe';
import { tabUntil } from '../support/keyboard';
import { brokenWords } from '../support/geometry';

// 1,004 roles (`make-fixture wide-roles`, written by scripts/test.sh): a 340-skill role, a
// 100-skill role, a role asking only for the bottom of the scale, a 200-character skill name,
// right-to-left and emoji names.
const WIDE = '?feed=/perf/wide-roles.json';

async function openWide(page: Page) {
  const widget = new SkillgapPage(page);
  await widget.open(WIDE);
  await widget.waitForFeed();
  return widget;
}

const rows = (page: Page) => page.getByTestId('role-skills').locator('.sg-skill');

test('a 100-skill role is one line per skill, essential first, with progress by importance and an unrated filter', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const widget = await openWide(page);
  await widget.chooseTargetRole('Operations Polymath · Senior');
  await expect(rows(page)).toHaveCount(100);
  await expect(widget.ratedProgress).toHaveText('Rated 0 of 100');
  await expect(page.getByTestId('rated-detail')).toHaveText("essential skills: 0 of 34 · 0% of the role's weight");

  // Essential skills first: the 34 essential ones, then the others.
  const tags = await rows(page).evaluateAll((els) => els.map((el) => el.querySelector('[data-testid=essential]') !== null));
  expect(tags.slice(0, 34).every(Boolean)).toBe(true);
  expect(tags.slice(34).some(Boolean)).toBe(false);

  // Closed rows are one line: no empty interest or note controls to scroll past.
  const heights = await rows(page).evaluateAll((els) => els.slice(1, 30).map((el) => el.getBoundingClientRect().height));
  expect(Math.max(...heights)).toBeLessThan(80);
  await expect(page.getByTestId('role-skills').getByTestId('note')).toHaveCount(0);

  // Rating by click moves the guide to the next skill: one click per skill.
  const first = await rows(page).nth(0).getAttribute('data-testid');
  const second = await rows(page).nth(1).getAttribute('data-testid');
  await expect(rows(page).nth(0).getByTestId('level-guide')).toBeVisible();
  await rows(page).nth(0).getByTestId('level-anchor').nth(3).click();
  await expect(rows(page).nth(1).getByTestId('level-guide')).toBeVisible();
  await rows(page).nth(1).getByTestId('level-anchor').nth(2).click();
  await expect(widget.ratedProgress).toHaveText('Rated 2 of 100');
  await expect(page.getByTestId('rated-detail')).toHaveText("essential skills: 2 of 34 · 3% of the role's weight");
  const stored = await widget.storedProfile();
  expect(stored.skills[first!.replace('rate-', '')].level).toBe(3);
  expect(stored.skills[second!.replace('rate-', '')].level).toBe(2);

  // Only unrated: 98 rows; the one being rated stays until the user moves on.
  await page.getByTestId('unrated-filter').getByRole('checkbox', { name: 'Show only unrated skills (98)' }).check();
  await expect(rows(page)).toHaveCount(98);
  const open = rows(page).filter({ has: page.getByTestId('level-guide') });
  const openId = await open.getAttribute('data-testid');
  await open.getByTestId('level-anchor').nth(1).click();
  await expect(rows(page)).toHaveCount(97);
  await expect(page.getByTestId(openId!)).toHaveCount(0);
  await expect(page.getByTestId('unrated-filter')).toContainText('(97)');

  // Keyboard: the row in focus stays while its level changes step by step.
  await tabUntil(page, (el) => (el as HTMLInputElement).type === 'radio' && (el as HTMLInputElement).checked, { max: 40 });
  const focusedId = await page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el?.closest('.sg-skill')?.getAttribute('data-testid');
  });
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId(focusedId!)).toBeVisible();
  await expect(page.getByTestId(focusedId!).getByTestId('chosen-level')).toHaveText('1 Awareness');
  await expectNoAxeViolations(page);
});

test('a 340-skill role, 200-character and right-to-left names fit a 320 px screen without overflow', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.emulateMedia({ colorScheme: 'dark' });
  const widget = await openWide(page);
  await widget.chooseTargetRole('Principal Generalist');
  await expect(rows(page)).toHaveCount(340);
  const overflow = () => page.getByTestId('skillgap').evaluate((root) => {
    const host = root.getRootNode() instanceof ShadowRoot ? ((root.getRootNode() as ShadowRoot).host as HTMLElement) : root;
    return host.scrollWidth - host.clientWidth;
  });
  expect(await overflow()).toBeLessThanOrEqual(0);

  await widget.chooseTargetRole('Operations Polymath · Senior');
  const long = widget.skillGroup('long-name');
  await expect(long).toBeVisible();
  const box = await long.boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(320);
  expect(await overflow()).toBeLessThanOrEqual(0);
  // No word of the long name is broken across lines.
  expect(await brokenWords(long.locator('.sg-skill-name'))).toEqual([]);

  await widget.chooseTargetRole('محلل بيانات أول · Senior');
  await expect(widget.skillGroup('rtl-skill').locator('.sg-skill-name')).toHaveText('تحليل البيانات الضخمة');
  await expect(widget.levelGuide('rtl-skill').getByTestId('level-anchor').nth(3)).toContainText('يحلل البيانات باستقلالية');
  expect(await overflow()).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
});

test('a role asking only for the bottom of the scale shows an honest fit', async ({ page }) => {
  const widget = await openWide(page);
  await widget.chooseTargetRole('Apprentice Observer · Associate');
  await expect(rows(page)).toHaveCount(8);
  // The figure waits until the role's main skills are rated (any six of these eight are).
  await widget.rate(await rowSkill(page, 0), '0 None');
  await expect(widget.fit).toHaveText('Rate the skills that matter most for Apprentice Observer to see your fit · 1 of 8 skills rated');
  for (let row = 1; row < 6; row++) await widget.rate(await rowSkill(page, row), '0 None');
  await expect(widget.fit).toHaveText('100% fit for Apprentice Observer · 6 of 8 skills rated');
});

test('the explorer searches 1,004 roles with typos and lists them by name before anything is rated', async ({ page }) => {
  const widget = await openWide(page);
  await widget.goto('explore');
  const cards = page.getByTestId('role-card');
  // Nothing rated: alphabetical, no rank numbers.
  await expect(page.getByTestId('role-ranking')).toHaveCount(0);
  const search = page.getByRole('searchbox', { name: 'Search roles' });
  await search.fill('operatons polymth');
  await expect(cards.first()).toHaveAttribute('data-role-id', 'operations-polymath');
  await search.fill('محلل');
  await expect(cards.first()).toHaveAttribute('data-role-id', 'rtl-role');
  await expectNoAxeViolations(page);
});

async function rowSkill(page: Page, index: number) {
  const id = await rows(page).nth(index).getAttribute('data-testid');
  return id!.replace('rate-', '');
}

test('scales of 21 and of 2 levels fit a 320 px screen, with every level described', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.emulateMedia({ colorScheme: 'dark' });
  const widget = new SkillgapPage(page);
  for (const [feed, role, levels] of [['scale-21', 'Step Climber', 21], ['scale-2', 'Driver', 2]] as const) {
    await widget.open(`?feed=/fixtures/${feed}.json`);
    await widget.waitForFeed();
    await widget.chooseTargetRole(role);
    const first = rows(page).first();
    await expect(first.locator('label.sg-level')).toHaveCount(levels + 1);
    await expect(first.getByTestId('level-anchor')).toHaveCount(levels);
    const box = await first.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(320);
    const overflow = await page.getByTestId('skillgap').evaluate((root) => {
      const host = (root.getRootNode() as ShadowRoot).host as HTMLElement;
      return host.scrollWidth - host.clientWidth;
    });
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
  }
  // The top of a 21-level scale is chosen like any other level.
  await widget.open('?feed=/fixtures/scale-21.json');
  await widget.waitForFeed();
  await widget.chooseTargetRole('Step Climber');
  await widget.rate('k0', '20 Step 20');
  await widget.rate('k1', '20 Step 20');
  await expect(widget.fit).toHaveText(/^100% fit for Step Climber · 2 of 3 skills rated$/);
});
