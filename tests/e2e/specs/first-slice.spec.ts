import { expect, test } from '@playwright/test';
import { SkillgapPage } from '../support/skillgap-page';
import { expectNoAxeViolations } from '../support/axe';

test('the demo feed loads, a rating updates the gap, and both survive a reload', async ({ page }) => {
  const widget = new SkillgapPage(page);
  await widget.open();
  await widget.waitForFeed();
  await expect(page.getByTestId('framework-name')).toHaveText('Larkspur Energy competency framework');

  await widget.chooseTargetRole('Platform Engineer · Associate');
  await expect(widget.skillGroup('kubernetes')).toBeVisible();
  await expect(widget.ratedProgress).toHaveText('Rated 0 of 7');
  await expect(widget.fit).toHaveText('Rate a skill to see your fit for Platform Engineer');

  await widget.rate('kubernetes', '1 Aware');
  await expect(widget.ratedProgress).toHaveText('Rated 1 of 7');
  // Kubernetes needs 2 (essential, weight 3): reached 1 of 2 → 50 %.
  await expect(widget.fit).toHaveText('Rate the skills that matter most for Platform Engineer to see your fit · 1 of 7 skills rated');
  await expect(widget.skillGroup('kubernetes').getByTestId('chosen-level')).toHaveText('1 Aware');
  await widget.openLevelGuide('kubernetes');
  await expect(widget.levelGuide('kubernetes').locator('.sg-guide-chosen')).toHaveText(
    '1 AwareUses kubectl to inspect pods with a runbook.Your level',
  );

  await widget.goto('gap');
  await expect(widget.gapLine('kubernetes')).toContainText('1 level to go');
  await expect(widget.gapLine('ci-cd')).toContainText('unknown: not rated yet');

  const stored = await widget.storedProfile();
  expect(stored.schema).toBe(4);
  expect(stored.skills.kubernetes.level_updated).toBeGreaterThan(0);
  expect(stored.target_role.value).toBe('platform-engineer');
  expect(stored.skills.kubernetes.level).toBe(1);
  expect(stored.local_id).toMatch(/^[0-9a-f]{24}$/);

  await page.reload();
  await widget.waitForFeed();
  await expect(widget.targetRole).toHaveValue('platform-engineer');
  await expect(widget.level('kubernetes', '1 Aware')).toBeChecked();
  await expect(widget.fit).toHaveText('Rate the skills that matter most for Platform Engineer to see your fit · 1 of 7 skills rated');
  await widget.goto('gap');
  await expect(widget.gapLine('kubernetes')).toContainText('1 level to go');
});

test('ratings belong to skills, so they carry over when the target role changes', async ({ page }) => {
  const widget = new SkillgapPage(page);
  await widget.open();
  await widget.waitForFeed();
  await widget.chooseTargetRole('Platform Engineer · Associate');
  await widget.rate('kubernetes', '3 Practitioner');
  await widget.chooseTargetRole('Senior Platform Engineer');
  await expect(widget.level('kubernetes', '3 Practitioner')).toBeChecked();
  await widget.goto('gap');
  await expect(widget.gapLine('kubernetes')).toContainText('1 level to go');
});

test('a met requirement shows as met and "Not rated" clears a rating', async ({ page }) => {
  const widget = new SkillgapPage(page);
  await widget.open();
  await widget.waitForFeed();
  await widget.chooseTargetRole('Data Analyst · Associate');
  await widget.rate('sql', '4 Advanced');
  await widget.goto('gap');
  await expect(page.getByTestId('strength-sql')).toContainText('4 · meets 3');
  await expect(widget.fit).toHaveText(/^Rate the skills that matter most for Data Analyst to see your fit · \d+ of \d+ skills? rated$/);
  await widget.goto('assess');
  await widget.rate('sql', 'Not rated');
  await widget.goto('gap');
  await expect(widget.gapLine('sql')).toContainText('unknown: not rated yet');
  expect((await widget.storedProfile()).skills.sql.level).toBeNull();
});
