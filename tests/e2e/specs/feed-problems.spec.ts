import { expect, test } from '@playwright/test';
import { SkillgapPage } from '../support/skillgap-page';
import { expectNoAxeViolations } from '../support/axe';

test('a feed with bad entries loads the valid rest and lists every problem for admins', async ({ page }) => {
  const widget = new SkillgapPage(page);
  await widget.open('?feed=/fixtures/partly-bad.json&diagnostics');
  await widget.waitForFeed();

  await expect(page.getByTestId('diagnostics-summary')).toHaveText(
    'Feed notes for administrators: 4 errors, 1 warning, 1 info',
  );
  await expect(widget.diagnostics).toHaveAttribute('open', '');
  const list = widget.diagnostics.locator('li');
  await expect(list.filter({ hasText: 'skills[3].id: skill id "sql" is used twice' })).toHaveCount(1);
  await expect(list.filter({ hasText: 'unknown skill "sqll"' })).toContainText('Did you mean "sql"');
  await expect(list.filter({ hasText: 'resources[0].url' })).toContainText('"javascript:" is not allowed');
  await expect(list.filter({ hasText: '[no-requirements]' })).toHaveCount(1);
  await expect(list.filter({ hasText: '[resolved-fuzzy]' })).toContainText('"Kubernets"');
  await expect(list.filter({ hasText: '[resolved-by-name]' })).toContainText('"Javascript"');
  await expect(list.first()).toContainText('/fixtures/partly-bad.json:');

  // The valid rest works: one usable role, its two valid requirements, rating updates the gap.
  await expect(widget.targetRole.locator('option')).toHaveText(['Choose a role…', 'Web Developer · Associate']);
  await widget.chooseTargetRole('Web Developer · Associate');
  await expect(widget.ratedProgress).toHaveText('Rated 0 of 2');
  await widget.rate('javascript', '3 Practitioner');
  await widget.goto('gap');
  await expect(page.getByTestId('strength-javascript')).toContainText('3 · meets 3');
  await expectNoAxeViolations(page);
});

test('employees never see the administrators’ feed notes; the page’s diagnostics option shows them', async ({ page }) => {
  const widget = new SkillgapPage(page);
  await widget.open('?feed=/fixtures/partly-bad.json');
  await widget.waitForFeed();
  // The valid rest is on screen (the role menu has its one usable role), without the notes.
  await expect(widget.targetRole.locator('option')).toHaveText(['Choose a role…', 'Web Developer · Associate']);
  await expect(page.getByTestId('skillgap')).not.toContainText('Feed notes for administrators');
  await expect(widget.diagnostics).toHaveCount(0);
  await widget.open('?feed=/fixtures/partly-bad.json&diagnostics');
  await widget.waitForFeed();
  await expect(page.getByTestId('diagnostics-summary')).toContainText('Feed notes for administrators');
});

test('a feed that is not JSON shows a clear error and leaves stored ratings untouched', async ({ page }) => {
  const widget = new SkillgapPage(page);
  await widget.open();
  await widget.waitForFeed();
  await widget.chooseTargetRole('Data Analyst · Associate');
  await widget.rate('sql', '2 Working');
  await expect(widget.fit).toHaveText(/^Rate the skills that matter most for Data Analyst to see your fit · \d+ of \d+ skills? rated$/);
  const before = await page.evaluate(() => localStorage.getItem('skillgap:profile'));
  expect(JSON.parse(before!).skills.sql.level).toBe(2);

  await widget.open('?feed=/fixtures/not-json.txt');
  await expect(widget.feedError).toBeVisible();
  await expect(widget.feedError).toContainText('The skills framework could not be loaded.');
  await expect(widget.feedError).toContainText('Your own ratings are safe');
  // Employees get one plain sentence and Try again, never the raw reasons.
  await expect(widget.feedError.getByRole('button', { name: 'Try again' })).toBeVisible();
  await expect(widget.feedError).not.toContainText('JSON');
  await expect(widget.targetRole).toHaveCount(0);
  await expectNoAxeViolations(page);
  expect(await page.evaluate(() => localStorage.getItem('skillgap:profile'))).toBe(before);
  // Admins see why (?diagnostics).
  await widget.open('?feed=/fixtures/not-json.txt&diagnostics');
  await expect(page.getByTestId('feed-error-detail')).toContainText('the feed is not valid JSON');

  await widget.open('?feed=/fixtures/missing.json&diagnostics');
  await expect(widget.feedError).toContainText('answered HTTP 404');
  expect(await page.evaluate(() => localStorage.getItem('skillgap:profile'))).toBe(before);
});

test('a feed that cannot be fetched offers Try again, which loads it once it is reachable', async ({ page }) => {
  const widget = new SkillgapPage(page);
  // The network is down for the feed (and nothing is cached yet in this fresh context).
  await page.route('**/feeds/demo.json', (route) => route.abort('internetdisconnected'));
  await widget.open();
  await expect(widget.feedError).toBeVisible();
  await expect(widget.feedError).toContainText('Check your connection and try again');
  await expect(page.getByTestId('feed-error-detail')).toHaveCount(0);
  // Still down: Try again fails the same way, visibly.
  await widget.feedError.getByRole('button', { name: 'Try again' }).click();
  await expect(widget.feedError).toBeVisible();
  // Back up: Try again loads the framework without a reload.
  await page.unroute('**/feeds/demo.json');
  await widget.feedError.getByRole('button', { name: 'Try again' }).click();
  await widget.waitForFeed();
  await expect(widget.feedError).toHaveCount(0);
});

test('admins see what loaded when the feed is clean, and a page role that matches no role', async ({ page }) => {
  const widget = new SkillgapPage(page);
  await widget.open('?diagnostics');
  await widget.waitForFeed();
  await expect(page.getByTestId('feed-ok')).toHaveText(/^Feed OK: \d+ skills, 27 roles, 24 career-path links, \d+ resources, \d+ mentors\. Nothing to fix\.$/);
  await expect(page.getByTestId('unknown-page-role')).toHaveCount(0);

  await widget.open('?diagnostics&role=no-such-role');
  await widget.waitForFeed();
  await expect(page.getByTestId('unknown-page-role')).toContainText('“no-such-role”');
  await expectNoAxeViolations(page);

  // Employees see neither.
  await page.goto('about:blank');
  await widget.open('?role=another-missing-role&storage-key=employee');
  await widget.waitForFeed();
  await expect(page.getByTestId('unknown-page-role')).toHaveCount(0);
  await expect(page.getByTestId('feed-ok')).toHaveCount(0);
});
