import { expect, test, type Page } from '@playwright/test';
import { SkillgapPage } from '../support/skillgap-page';
import { expectNoAxeViolations } from '../support/axe';

/** Sizes a person would notice: the widget's width, a heading, body text, a level button. */
async function sizes(page: Page) {
  const widget = new SkillgapPage(page);
  await widget.waitForFeed();
  await widget.chooseTargetRole('Platform Engineer · Associate');
  const levelId = await widget.level('kubernetes', '2 Working').getAttribute('id');
  const level = widget.skillGroup('kubernetes').locator(`label[for="${levelId}"]`);
  const heading = page.getByTestId('section-assess').locator('h2').first();
  const fontSize = (locator: typeof heading) => locator.evaluate((n) => getComputedStyle(n).fontSize);
  return {
    width: (await widget.root.boundingBox())!.width,
    heading: await fontSize(heading),
    text: await fontSize(widget.root),
    level: (await level.boundingBox())!.height,
  };
}

test('a host’s root font size (62.5% themes, html { font-size: 10px }) does not resize the widget', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/examples/intranet.html');
  const plain = await sizes(page);
  expect(plain.width).toBeGreaterThan(1100); // the widget's own maximum, 72 × 16px, fits at 1280

  await page.goto('/examples/root-font-size.html');
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('10px');
  expect(await sizes(page)).toEqual(plain);
  await expectNoAxeViolations(page);

  await page.goto('/examples/intranet.html');
  await page.addStyleTag({ content: 'html { font-size: 10px !important; }' });
  expect(await sizes(page)).toEqual(plain);
  expect(plain.level).toBeGreaterThanOrEqual(24); // WCAG 2.5.8 target size
});
