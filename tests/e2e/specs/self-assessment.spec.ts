import { expect, test } from '@playwright/test';
import { SkillgapPage } from '../support/skillgap-page';
import { expectNoAxeViolations } from '../support/axe';
import { expectFocusVisible, tabUntil } from '../support/keyboard';

// Platform Engineer (Associate): the seven skills in the order the feed lists them.
const PLATFORM_SKILLS = ['kubernetes', 'cloud-infrastructure', 'ci-cd', 'observability', 'python', 'security', 'troubleshooting'];
const LEVELS = [2, 1, 3, 2, 4, 0, 1];

test('a keyboard-only user finds a role, rates every skill, adds a skill found with a typo, and finds it all after reload', async ({ page }) => {
  const widget = new SkillgapPage(page);
  await widget.open();
  await widget.waitForFeed();

  // Role search tolerates the typo, reached and used with the keyboard alone.
  await tabUntil(page, (el) => el.getAttribute('data-testid') === 'role-search');
  await page.keyboard.type('platfrom enginer');
  await expect(page.getByTestId('role-results').locator('li').first()).toContainText('Platform Engineer');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(widget.targetRole).toHaveValue('platform-engineer');
  await expect(widget.ratedProgress).toHaveText('Rated 0 of 7');

  await tabUntil(page, (el) => el.getAttribute('data-testid') === 'next-unrated');
  await page.keyboard.press('Enter');
  for (const [i, skill] of PLATFORM_SKILLS.entries()) {
    // Focus sits on the group's checked radio ("Not rated"); each arrow moves one level up.
    await expect(widget.level(skill, 'Not rated')).toBeFocused();
    await expectFocusVisible(page);
    for (let step = 0; step <= LEVELS[i]; step++) await page.keyboard.press('ArrowRight');
    await expect(widget.skillGroup(skill).locator('input[type=radio]:checked')).toBeFocused();
    if (i === 0) {
      await page.keyboard.press('Tab');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Tab');
      await page.keyboard.type('Ran the staging cluster for Q3');
      await page.keyboard.press('Tab');
    }
    if (i < PLATFORM_SKILLS.length - 1) {
      await tabUntil(page, (el) => el.getAttribute('data-testid') === 'next-unrated');
      await page.keyboard.press('Enter');
    }
  }
  await expect(widget.ratedProgress).toHaveText('Rated 7 of 7');
  await expect(page.getByTestId('next-unrated')).toHaveCount(0);
  await expect(page.getByTestId('announcer')).toHaveText('Technical troubleshooting: level 1, Aware.');

  // An off-role skill, found with a typo.
  await tabUntil(page, (el) => el.getAttribute('data-testid') === 'skill-search');
  await page.keyboard.type('javscript');
  await expect(page.getByTestId('skill-results').locator('li').first()).toContainText('JavaScript');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('added-skills')).toContainText('JavaScript');
  await tabUntil(page, (el) => (el as HTMLInputElement).name === 'sg-skill-javascript-level', { back: true });
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(widget.level('javascript', '2 Working')).toBeChecked();

  const stored = await widget.storedProfile();
  expect(Object.fromEntries(PLATFORM_SKILLS.map((s) => [s, stored.skills[s].level]))).toEqual(
    Object.fromEntries(PLATFORM_SKILLS.map((s, i) => [s, LEVELS[i]])),
  );
  expect(stored.skills.kubernetes.interest).toBe('want-to-grow');
  expect(stored.skills.kubernetes.note).toBe('Ran the staging cluster for Q3');
  expect(stored.skills.javascript).toMatchObject({ level: 2, added: true });

  await page.reload();
  await widget.waitForFeed();
  await expect(widget.ratedProgress).toHaveText('Rated 7 of 7');
  for (const [i, skill] of PLATFORM_SKILLS.entries()) {
    await expect(widget.skillGroup(skill).locator('input[type=radio]:checked')).toHaveAttribute('id', `sg-skill-${skill}-level-${LEVELS[i]}`);
  }
  await expect(widget.skillGroup('kubernetes').getByTestId('interest')).toHaveValue('want-to-grow');
  await expect(widget.skillGroup('kubernetes').getByTestId('note')).toHaveValue('Ran the staging cluster for Q3');
  await expect(widget.level('javascript', '2 Working')).toBeChecked();
});

test('the anchor shown follows the level in focus, and unrated skills are marked', async ({ page }) => {
  const widget = new SkillgapPage(page);
  await widget.open();
  await widget.waitForFeed();
  await widget.chooseTargetRole('Field Service Technician · Associate');
  const safety = widget.skillGroup('field-safety');
  await expect(safety).toHaveClass(/sg-skill-unrated/);
  await widget.level('field-safety', 'Not rated').focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(safety.getByTestId('anchor')).toHaveText('Aware: Follows site safety briefings and wears the right equipment.');
  await page.keyboard.press('ArrowRight');
  await expect(safety.getByTestId('anchor')).toHaveText('Working: Spots common hazards and stops work when unsure.');
  await expect(safety).not.toHaveClass(/sg-skill-unrated/);
  // Level 0 has no anchor of its own for this skill: the scale's generic description stands in.
  await widget.rate('field-safety', '0 None');
  await expect(safety.getByTestId('anchor')).toHaveText('None: No experience yet.');
});

test('aliases find skills, career paths suggest a next role, and flat ratings get a gentle notice', async ({ page }) => {
  const widget = new SkillgapPage(page);
  await widget.open();
  await widget.waitForFeed();
  await page.getByTestId('skill-search').fill('k8s');
  await expect(page.getByTestId('skill-results').locator('li').first()).toContainText('Kubernetes');

  await widget.chooseTargetRole('Data Scientist · Senior');
  for (const skill of ['python', 'statistics', 'machine-learning', 'sql', 'experimentation']) {
    await widget.rate(skill, '3 Practitioner');
  }
  await expect(page.getByTestId('calibration')).toContainText('All 5 of your ratings are at 3 (Practitioner)');
  // A notice, never a block: rating goes on.
  await widget.rate('data-pipelines', '1 Aware');
  await expect(page.getByTestId('calibration')).toHaveCount(0);

  await widget.chooseCurrentRole('Data Analyst · Associate');
  await expect(page.getByTestId('calibration')).toContainText('You rated Python at 3 (Practitioner), well above the 1 (Aware) that Data Analyst usually asks');
  await expect(page.getByTestId('next-steps')).toContainText('Aim for Senior Data Analyst');
  await page.getByRole('button', { name: 'Aim for Senior Data Analyst' }).click();
  await expect(widget.targetRole).toHaveValue('senior-data-analyst');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the assessment and data screens have no axe violations in the ${colorScheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    const widget = new SkillgapPage(page);
    await widget.open();
    await widget.waitForFeed();
    await expectNoAxeViolations(page);
    await widget.chooseCurrentRole('UX Designer · Associate');
    await widget.chooseTargetRole('Senior UX Designer · Senior');
    await widget.rate('accessibility', '2 Working');
    await page.getByTestId('skill-search').fill('stats');
    await page.getByRole('button', { name: 'Add Statistics to my profile' }).click();
    await page.getByTestId('role-search').fill('desgn');
    await expectNoAxeViolations(page);
    await widget.goto('gap');
    await expectNoAxeViolations(page);
    await widget.goto('data');
    await expectNoAxeViolations(page);
  });
}
