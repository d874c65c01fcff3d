import { expect, test } from '@playwright/test';
import { SkillgapPage } from '../support/skillgap-page';
import { expectNoAxeViolations } from '../support/axe';
import { expectFocusVisible, tabUntil } from '../support/keyboard';

// Platform Engineer (Associate): the seven skills in the order the feed lists them.
const PLATFORM_SKILLS = ['kubernetes', 'cloud-infrastructure', 'ci-cd', 'observability', 'python', 'security', 'troubleshooting'];
const LEVELS = [2, 1, 3, 2, 4, 0, 1];

test('a keyboard-only user finds a role, rates every skill, adds a skill found with a typo, and finds it all after reload', async ({ page }) => {
  // Hundreds of key presses, one at a time as a person would; on a busy 2-core machine this
  // walk took 28–32 s, so it gets more than the default 30 s.
  test.setTimeout(60_000);
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
      // The level guide of the skill in focus is open; interest and note open on demand.
      await expect(widget.levelGuide(skill)).toBeVisible();
      await tabUntil(page, (el) => el.getAttribute('data-testid') === 'details-toggle');
      await page.keyboard.press('Enter');
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
  await expect(widget.skillGroup('kubernetes').getByTestId('details-toggle')).toContainText('Want to grow · note written');
  await widget.openDetails('kubernetes');
  await expect(widget.skillGroup('kubernetes').getByTestId('interest')).toHaveValue('want-to-grow');
  await expect(widget.skillGroup('kubernetes').getByTestId('note')).toHaveValue('Ran the staging cluster for Q3');
  await expect(widget.level('javascript', '2 Working')).toBeChecked();
});

test('every level of a skill is described at once, with the level the role asks for marked, and unrated skills are marked', async ({ page }) => {
  const widget = new SkillgapPage(page);
  await widget.open();
  await widget.waitForFeed();
  await widget.chooseTargetRole('Field Service Technician · Associate');
  const safety = widget.skillGroup('field-safety');
  await expect(safety).toHaveClass(/sg-skill-unrated/);
  // The first unrated skill opens with its guide: all six levels, the skill's own descriptions,
  // and the scale's where the skill has none (level 0).
  const guide = widget.levelGuide('field-safety');
  await expect(guide.getByTestId('level-anchor')).toHaveCount(6);
  await expect(guide.getByTestId('level-anchor').nth(0)).toHaveText('0 NoneNo experience yet.');
  await expect(guide.getByTestId('level-anchor').nth(1)).toHaveText('1 AwareFollows site safety briefings and wears the right equipment.');
  await expect(guide.getByTestId('level-anchor').nth(3)).toHaveText(
    '3 PractitionerRuns risk assessments and permits to work.Field Service Technician asks for this',
  );
  await expect(safety.locator('label.sg-level-asked')).toHaveAttribute('title', '3 Practitioner');

  // Keyboard: arrows choose, the guide marks the chosen level and stays on this skill.
  await tabUntil(page, (el) => (el as HTMLInputElement).name === 'sg-skill-field-safety-level');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(widget.level('field-safety', '2 Working')).toBeChecked();
  await expect(guide.locator('.sg-guide-chosen')).toHaveText('2 WorkingSpots common hazards and stops work when unsure.Your level');
  await expect(safety).not.toHaveClass(/sg-skill-unrated/);
  await expect(safety.getByTestId('chosen-level')).toHaveText('2 Working');
  // The radio of each level is described by its text, for screen readers.
  await expect(widget.level('field-safety', '2 Working')).toHaveAccessibleDescription('Spots common hazards and stops work when unsure.');

  // A click on a description chooses that level and the guide moves on to the next unrated skill.
  await guide.getByTestId('level-anchor').nth(4).click();
  await expect(widget.level('field-safety', '4 Advanced')).toBeChecked();
  await expect(widget.levelGuide('field-safety')).toHaveCount(0);
  await expect(widget.levelGuide('solar-pv')).toBeVisible();
  const stored = await widget.storedProfile();
  expect(stored.skills['field-safety'].level).toBe(4);
  await expectNoAxeViolations(page);
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
    await widget.chooseTargetRole('Senior UX Designer');
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
