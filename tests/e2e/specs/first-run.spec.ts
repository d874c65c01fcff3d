import { expect, test, type Locator, type Page } from '@playwright/test';
import { deflateSync } from 'node:zlib';
import { SkillgapPage } from '../support/skillgap-page';
import { expectNoAxeViolations } from '../support/axe';
import { brokenWords } from '../support/geometry';
import { tabUntil } from '../support/keyboard';

const SECTIONS = ['assess', 'gap', 'explore', 'grow', 'plan', 'data'] as const;
const PHONE = { width: 375, height: 740 };

const intro = (page: Page) => page.getByRole('region', { name: 'Welcome to Skillgap' });

async function firstVisit(page: Page, query = '') {
  const widget = new SkillgapPage(page);
  await widget.open(query);
  await widget.waitForFeed();
  return widget;
}

/** The element's box, in the viewport's coordinates. */
async function box(locator: Locator) {
  const found = await locator.boundingBox();
  expect(found).not.toBeNull();
  return found!;
}

async function scrollToBottom(page: Page) {
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
}

test('a first-time visitor is introduced once: closed by keyboard, not shown after reload, shown again in a fresh browser', async ({ page, browser, baseURL }) => {
  await firstVisit(page);
  const region = intro(page);
  await expect(region).toBeVisible();
  await expect(region.getByRole('heading', { level: 2 })).toHaveText('Welcome to Skillgap');
  await expect(region).toContainText('See which skills a role asks for, rate yourself honestly, see the gap, and pick what to learn next.');
  await expect(region).toContainText('about ten minutes');
  await expect(region.getByRole('listitem')).toHaveText([
    'Pick a role you aim for.',
    'Rate the skills it asks for, and see your gap.',
    'Choose what to learn and make a plan.',
  ]);
  await expect(page.getByTestId('first-run-privacy')).toHaveText('Everything stays in this browser: nothing is sent anywhere, and there is no account.');
  // Shown above the sections, before the navigation.
  expect((await box(region)).y).toBeLessThan((await box(page.getByRole('navigation'))).y);

  await tabUntil(page, (el) => el.getAttribute('data-testid') === 'first-run-close');
  await expect(page.getByTestId('first-run-close')).toHaveAccessibleName('Close the introduction');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('first-run')).toHaveCount(0);
  // Focus is not lost: it lands on the current section's tab.
  await expect(page.getByTestId('nav-assess')).toBeFocused();
  expect(await page.evaluate(() => localStorage.getItem('skillgap:intro-seen'))).toBe('1');

  await page.reload();
  await new SkillgapPage(page).waitForFeed();
  await expect(page.getByTestId('first-run')).toHaveCount(0);

  // Another browser (profile) knows nothing of it.
  const fresh = await browser.newContext({ baseURL });
  const other = await fresh.newPage();
  await firstVisit(other);
  await expect(intro(other)).toBeVisible();
  await fresh.close();
});

test('“Start rating” closes the introduction and puts focus on the first control of Rate skills, from any section', async ({ page }) => {
  const widget = await firstVisit(page);
  await widget.goto('gap');
  await expect(intro(page)).toBeVisible();
  await page.getByRole('button', { name: 'Start rating' }).click();
  await expect(page.getByTestId('first-run')).toHaveCount(0);
  await expect(page.getByTestId('section-assess')).toBeVisible();
  await expect(page.getByLabel('Your current role')).toBeFocused();
  await page.reload();
  await widget.waitForFeed();
  await expect(page.getByTestId('first-run')).toHaveCount(0);
});

test('someone with data from before the introduction existed is not shown it; a role from the page alone is no data', async ({ page }) => {
  await firstVisit(page, '?role=platform-engineer');
  await expect(intro(page)).toBeVisible();
  // The widget stored the profile by itself (the role's requirements): still a newcomer.
  await expect.poll(() => page.evaluate(() => localStorage.getItem('skillgap:profile'))).not.toBeNull();
  await page.goto('/index.html');
  await new SkillgapPage(page).waitForFeed();
  await expect(intro(page)).toBeVisible();

  await page.evaluate(() => {
    localStorage.clear();
    localStorage.setItem('skillgap:profile', JSON.stringify({ schema: 2, local_id: 'returning', skills: { python: { level: 3, updated: 1_700_000_000_000, level_updated: 1_700_000_000_000 } } }));
  });
  await page.reload();
  const widget = new SkillgapPage(page);
  await widget.waitForFeed();
  await expect(page.getByTestId('first-run')).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.getItem('skillgap:intro-seen'))).toBeNull();
});

test('the shared-profile view shows no introduction, and blocked storage only means it shows again', async ({ page }) => {
  const shared = deflateSync(Buffer.from(JSON.stringify({ t: 'data-analyst', r: { python: 3 } }))).toString('base64url');
  await page.goto(`/index.html#sg1.${shared}`);
  await expect(page.getByRole('heading', { name: 'A shared skills profile (read-only)' })).toBeVisible();
  await expect(page.getByTestId('first-run')).toHaveCount(0);

  // A sandboxed frame without storage: the introduction shows and closes without a fault.
  await page.goto('/examples/iframe.html');
  const sandboxed = page.frameLocator('#skillgap-sandboxed');
  await expect(sandboxed.getByTestId('storage-banner')).toContainText('not letting this page store data');
  await expect(sandboxed.getByTestId('first-run')).toBeVisible();
  await sandboxed.getByTestId('first-run-close').click();
  await expect(sandboxed.getByTestId('first-run')).toHaveCount(0);
  await sandboxed.locator('#sg-target-role').selectOption('data-analyst');
  await expect(sandboxed.getByTestId('fit')).toBeVisible();
});

test('“Usual next steps” never suggest the role already aimed for, and show nothing when none is left', async ({ page }) => {
  const widget = await firstVisit(page);
  const steps = page.getByTestId('next-steps');
  await page.getByLabel('Your current role').selectOption('data-analyst');
  await expect(steps.getByRole('button')).toHaveText(['Aim for Senior Data Analyst', 'Aim for Data Scientist']);
  await page.getByRole('button', { name: 'Aim for Senior Data Analyst' }).click();
  await expect(widget.targetRole).toHaveValue('senior-data-analyst');
  await expect(steps.getByRole('button')).toHaveText(['Aim for Data Scientist']);

  // Senior Data Analyst leads only to Analytics Lead: aimed for already, nothing is suggested.
  await page.getByLabel('Your current role').selectOption('senior-data-analyst');
  await expect(steps.getByRole('button')).toHaveText(['Aim for Analytics Lead']);
  await widget.targetRole.selectOption('analytics-lead');
  await expect(steps).toHaveCount(0);
  await widget.targetRole.selectOption('data-scientist');
  await expect(steps.getByRole('button')).toHaveText(['Aim for Analytics Lead']);
});

test('on a 375 px phone the sections are one row that stays reachable however far the page is scrolled', async ({ page }) => {
  await page.setViewportSize(PHONE);
  const widget = await firstVisit(page);
  const nav = page.getByRole('navigation', { name: 'Skillgap sections' });
  const buttons = SECTIONS.map((s) => page.getByTestId(`nav-${s}`));

  // One row, no word broken, and the widget no wider than the screen.
  const tops = await Promise.all(buttons.map(async (b) => Math.round((await box(b)).y)));
  expect(new Set(tops).size).toBe(1);
  expect((await box(nav)).height).toBeLessThan(64);
  expect(await brokenWords(nav.getByRole('button'))).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

  // The last tab, scrolled into the row, and back: the current tab is always shown whole.
  await buttons[5].click();
  await expect(page.getByTestId('section-data')).toBeVisible();
  await expect(buttons[5]).toBeInViewport({ ratio: 1 });
  await page.getByRole('button', { name: 'Start rating' }).click();
  await expect(page.getByTestId('section-assess')).toBeVisible();
  await expect(page.getByLabel('Your current role')).toBeFocused();
  await expect(buttons[0]).toBeInViewport({ ratio: 1 });

  // A long page: every tab can be reached from its bottom.
  await widget.chooseTargetRole('Senior Software Engineer');
  for (const [i, section] of SECTIONS.entries()) {
    await widget.goto('assess');
    await scrollToBottom(page);
    const bar = await box(nav);
    expect(bar.y).toBeGreaterThanOrEqual(0);
    expect(bar.y).toBeLessThan(2);
    const button = buttons[i];
    const { y, height } = await box(button);
    expect(y).toBeGreaterThanOrEqual(0);
    expect(y + height).toBeLessThanOrEqual(PHONE.height);
    await button.click();
    await expect(page.getByTestId(`section-${section}`)).toBeVisible();
    await expect(button).toHaveAttribute('aria-current', 'page');
    await expect(button).toBeInViewport({ ratio: 1 });
  }

  // Going back up by keyboard, nothing focused hides under the bar.
  await widget.goto('assess');
  await scrollToBottom(page);
  await page.getByTestId('skill-search').focus();
  // Far enough to pass several skills: the browser scrolls only what is out of view.
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Shift+Tab');
    const hidden = await page.evaluate(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      if (!el || el.closest('nav')) return null;
      const nav = el.getRootNode() instanceof ShadowRoot ? (el.getRootNode() as ShadowRoot).querySelector('nav')! : null;
      const target = el.matches('input[type=radio]') ? el.nextElementSibling! : el;
      const top = target.getBoundingClientRect().top;
      return nav && top < nav.getBoundingClientRect().bottom ? `${target.outerHTML.slice(0, 80)} at ${top}` : null;
    });
    expect(hidden).toBeNull();
  }
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the introduction and the phone navigation have no axe violations in the ${colorScheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await firstVisit(page);
    await expect(intro(page)).toBeVisible();
    await expectNoAxeViolations(page);
    await page.setViewportSize(PHONE);
    await scrollToBottom(page);
    await expectNoAxeViolations(page);
    // The bar hides what scrolls under it: its background is the widget's own.
    const [bar, widget] = await Promise.all([
      page.getByRole('navigation').evaluate((el) => getComputedStyle(el).backgroundColor),
      page.getByTestId('skillgap').evaluate((el) => getComputedStyle(el).backgroundColor),
    ]);
    expect(bar).toBe(widget);
    expect(bar).toBe(colorScheme === 'dark' ? 'rgb(20, 23, 28)' : 'rgb(255, 255, 255)');
  });
}

test('the introduction is left out of print', async ({ page }) => {
  await firstVisit(page);
  await expect(intro(page)).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('first-run')).toBeHidden();
});
