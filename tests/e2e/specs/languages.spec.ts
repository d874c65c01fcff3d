import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SkillgapPage } from '../support/skillgap-page';
import { expectNoAxeViolations } from '../support/axe';

const repoFile = (path: string) => readFileSync(fileURLToPath(new URL(`../../../${path}`, import.meta.url)), 'utf8');
const catalogue = (tag: string): Record<string, string> => JSON.parse(repoFile(`i18n/${tag}.json`));
const english = catalogue('en');
const demoFeed = repoFile('feeds/demo.json');
const SECTIONS = ['assess', 'gap', 'explore', 'paths', 'grow', 'plan', 'data'] as const;

/** Every string value of the demo feed: feed content may be English in any interface language. */
function feedStrings(): string[] {
  const out: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') out.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(JSON.parse(demoFeed));
  return out;
}
const feedText = feedStrings().join('\n');

/**
 * The English interface sentences worth looking for: each English message cut at its
 * placeholders, pieces of at least two words. A piece that the language's own catalogue
 * also uses (a word both languages share) or that the feed itself contains is not counted.
 */
function englishPieces(tag: string): { key: string; piece: string }[] {
  const own = Object.values(catalogue(tag)).join('\n');
  const pieces: { key: string; piece: string }[] = [];
  for (const [key, text] of Object.entries(english)) {
    if (key.startsWith('_')) continue;
    for (const raw of text.split(/\{\{[^}]*\}\}/)) {
      const piece = raw.trim().replace(/^[\s·:,.;()"'“”‘’–—-]+|[\s·:,.;()"'“”‘’–—-]+$/g, '');
      if (piece.split(/\s+/).length < 2 || piece.length < 8) continue;
      if (own.includes(piece) || feedText.includes(piece)) continue;
      pieces.push({ key, piece });
    }
  }
  return pieces;
}

/** What a person sees or hears of the widget: its text and its accessible names and hints. */
async function perceivable(page: Page): Promise<string> {
  return page.getByTestId('skillgap').evaluate((root) => {
    const parts: string[] = [(root as HTMLElement).innerText];
    for (const el of root.querySelectorAll('*')) {
      for (const attr of ['aria-label', 'title', 'placeholder', 'alt', 'aria-description']) {
        const value = el.getAttribute(attr);
        if (value) parts.push(value);
      }
      if (el instanceof SVGElement && el.textContent && el.closest('svg') === el) parts.push(el.textContent);
    }
    return parts.join('\n');
  });
}

async function chooseLanguage(page: Page, tag: string) {
  await page.getByTestId('language-menu').selectOption(tag);
  await expect(page.getByTestId('skillgap')).toHaveAttribute('lang', tag);
}

/** A person part-way through: a target role, some ratings, a resource and a goal in the plan. */
async function somebodysProfile(widget: SkillgapPage) {
  await widget.open();
  await widget.waitForFeed();
  await widget.chooseCurrentRole('Data Analyst · Associate');
  await widget.chooseTargetRole('Platform Engineer · Associate');
  await widget.rate('kubernetes', '0 None');
  await widget.rate('observability', '1 Aware');
  await widget.rate('cloud-infrastructure', '1 Aware');
  await widget.goto('grow');
  await widget.page.getByTestId('resource-k8s-basics').getByTestId('save-resource').click();
  // The confirmation was said in English; it is closed before the language changes.
  await widget.page.getByTestId('toast').getByRole('button').last().click();
  await expect(widget.page.getByTestId('toast')).toHaveCount(0);
  await widget.goto('assess');
}

test('the page decides the language, each widget its own, without touching the host page', async ({ page, context }) => {
  await page.goto('/fixtures/intranet-de.html');
  const byPage = page.getByTestId('by-page');
  const bySection = page.getByTestId('by-section');
  // <html lang="de-CH">: German, through its shorter form.
  await expect(byPage.getByTestId('nav-assess')).toHaveText(catalogue('de')['nav.assess']);
  await expect(byPage.getByTestId('skillgap')).toHaveAttribute('lang', 'de');
  // The nearest ancestor's lang wins over the page's.
  await expect(bySection.getByTestId('nav-assess')).toHaveText(catalogue('es')['nav.assess']);
  await expect(bySection.getByTestId('skillgap')).toHaveAttribute('lang', 'es');

  // The menu overrides the page, for this widget only, and is remembered.
  await byPage.getByTestId('language-menu').selectOption('fr');
  await expect(byPage.getByTestId('nav-plan')).toHaveText(catalogue('fr')['nav.plan']);
  await expect(bySection.getByTestId('nav-plan')).toHaveText(catalogue('es')['nav.plan']);
  await page.reload();
  await expect(page.getByTestId('by-page').getByTestId('nav-plan')).toHaveText(catalogue('fr')['nav.plan']);
  await expect(page.getByTestId('by-page').getByTestId('language-menu')).toHaveValue('fr');
  expect(await page.evaluate(() => localStorage.getItem('skillgap:language'))).toBe('fr');

  expect(await page.evaluate(() => document.documentElement.lang)).toBe('de-CH');
  expect(await page.evaluate(() => document.documentElement.dir)).toBe('');
  expect(await context.cookies()).toEqual([]);
});

test('?lang= chooses the language of the standalone page, above a remembered choice', async ({ page }) => {
  const widget = new SkillgapPage(page);
  await widget.open();
  await widget.waitForFeed();
  await chooseLanguage(page, 'es');
  await page.goto('/index.html?lang=de');
  await expect(page.getByTestId('nav-gap')).toHaveText(catalogue('de')['nav.gap']);
  await page.goto('/index.html');
  await expect(page.getByTestId('nav-gap')).toHaveText(catalogue('es')['nav.gap']);
  // A tag the widget has no catalogue for, or a malformed one, falls through to the next hint.
  await page.evaluate(() => localStorage.removeItem('skillgap:language'));
  for (const odd of ['ja', 'not-a-language!', '']) {
    await page.goto(`/index.html?lang=${encodeURIComponent(odd)}`);
    await expect(page.getByTestId('nav-gap')).toHaveText(english['nav.gap']);
  }
});

for (const tag of ['de', 'fr', 'es', 'ar']) {
  test(`every section in ${tag} has no English interface text left`, async ({ page }) => {
    test.setTimeout(90_000);
    const widget = new SkillgapPage(page);
    await somebodysProfile(widget);
    await chooseLanguage(page, tag);
    const pieces = englishPieces(tag);
    expect(pieces.length).toBeGreaterThan(50); // the check looks for something real
    const left: string[] = [];
    for (const section of SECTIONS) {
      await page.getByTestId(`nav-${section}`).click();
      await expect(page.getByTestId(`section-${section}`)).toBeVisible();
      // Open what is folded, so that its text is seen too.
      for (const summary of await page.getByTestId(`section-${section}`).locator('details:not([open]) > summary').all()) {
        if (await summary.isVisible()) await summary.click();
      }
      const seen = await perceivable(page);
      for (const { key, piece } of pieces) {
        if (seen.includes(piece)) left.push(`${section}: ${key}: "${piece}"`);
      }
    }
    expect([...new Set(left)]).toEqual([]);
  });
}

test('Arabic is right to left, fits 320 px without sideways scrolling, and passes axe', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 720 });
  const widget = new SkillgapPage(page);
  await somebodysProfile(widget);
  await chooseLanguage(page, 'ar');
  await expect(page.getByTestId('skillgap')).toHaveAttribute('dir', 'rtl');
  for (const section of SECTIONS) {
    await page.getByTestId(`nav-${section}`).click();
    await expect(page.getByTestId(`section-${section}`)).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${section} scrolls sideways`).toBeLessThanOrEqual(0);
    // The navigation starts at the right edge.
    const nav = await page.getByTestId('nav-assess').boundingBox();
    expect(nav!.x + nav!.width).toBeGreaterThan(320 / 2);
    await expectNoAxeViolations(page);
  }
});

test('German passes axe on every section', async ({ page }) => {
  const widget = new SkillgapPage(page);
  await somebodysProfile(widget);
  await chooseLanguage(page, 'de');
  for (const section of SECTIONS) {
    await page.getByTestId(`nav-${section}`).click();
    await expect(page.getByTestId(`section-${section}`)).toBeVisible();
    await expectNoAxeViolations(page);
  }
});

test('numbers and dates are written the language’s way', async ({ page }) => {
  const widget = new SkillgapPage(page);
  await somebodysProfile(widget);
  // Enough of the role rated for its fit to show as a figure.
  await widget.rate('ci-cd', '1 Aware');
  await chooseLanguage(page, 'de');
  // Intl writes a narrow no-break space before % in German and French.
  await expect(page.getByTestId('fit')).toHaveText(/\d+\s%/);
  await chooseLanguage(page, 'en');
  await expect(page.getByTestId('fit')).toHaveText(/\d+%/);
});

test('a catalogue that cannot be loaded leaves English and tells the admin', async ({ page }) => {
  await page.route('**/i18n/de.json', (route) => route.fulfill({ status: 404, body: 'not here' }));
  await page.goto('/index.html?lang=de&diagnostics');
  await expect(page.getByTestId('nav-assess')).toHaveText(english['nav.assess']);
  await expect(page.getByTestId('skillgap')).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('diagnostics-language-problem')).toContainText('i18n/de.json');
  // A broken file is the same: English, and the reason.
  await page.unroute('**/i18n/de.json');
  await page.route('**/i18n/fr.json', (route) => route.fulfill({ status: 200, body: '<html>oops</html>', contentType: 'text/html' }));
  await page.goto('/index.html?lang=fr&diagnostics');
  await expect(page.getByTestId('nav-assess')).toHaveText(english['nav.assess']);
  await expect(page.getByTestId('diagnostics-language-problem')).toContainText('not a flat JSON object');
  // The menu's failure is said where the choice was made.
  await page.route('**/i18n/es.json', (route) => route.abort());
  await page.getByTestId('language-menu').selectOption('es');
  await expect(page.getByTestId('language-problem')).toBeVisible();
  await expect(page.getByTestId('nav-assess')).toHaveText(english['nav.assess']);
});

test('the skeleton speaks the page’s language before the module runs', async ({ page }) => {
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route('**/skillgap_bg.wasm', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/index.html?lang=ar');
  const skeleton = page.getByTestId('skeleton');
  await expect(skeleton.locator('.sg-title')).toHaveText(catalogue('ar')['skeleton.title']);
  await expect(skeleton).toHaveAttribute('dir', 'rtl');
  release();
  await expect(page.getByTestId('nav-assess')).toHaveText(catalogue('ar')['nav.assess']);
});

test('a translated feed shows its texts in the interface language and is searched in all of them', async ({ page }) => {
  await page.goto('/index.html?feed=/fixtures/translated.json&lang=de');
  await expect(page.getByTestId('framework-name')).toContainText('Kompetenzrahmen Daten');
  await page.getByTestId('language-menu').selectOption('fr');
  await expect(page.getByTestId('framework-name')).toContainText('Référentiel de compétences data');
  await page.getByTestId('language-menu').selectOption('ar');
  await expect(page.getByTestId('framework-name')).toContainText('إطار مهارات البيانات');
  await page.getByTestId('language-menu').selectOption('en');
  await expect(page.getByTestId('framework-name')).toContainText('Data skills framework');
  // A German alias finds the skill while the interface is English.
  await page.getByTestId('skill-search').fill('Datenauswertung');
  await expect(page.getByTestId('skill-results')).toContainText('Data analysis');
});

test('German at 375 px: no sideways scrolling with history, whole skill names, translated file buttons and language names', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  const widget = new SkillgapPage(page);
  await somebodysProfile(widget);
  await chooseLanguage(page, 'de');
  await widget.goto('gap');
  // A snapshot row puts a Delete button with a hidden label in a table that scrolls: that
  // label once widened the whole page.
  await page.getByTestId('save-snapshot').click();
  await expect(page.getByTestId('history-table')).toBeVisible();
  await expect(page.getByTestId('announcer')).toContainText('Momentaufnahme für');
  await expect(page.getByTestId('announcer')).not.toContainText(/\d{4}-\d{2}-\d{2}/);
  await page.getByTestId('ask-feedback').locator('summary').click();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'the gap screen scrolls sideways').toBeLessThanOrEqual(0);
  // The ask-for-feedback fields stay inside their card.
  const card = (await page.getByTestId('ask-feedback').boundingBox())!;
  for (const field of await page.getByTestId('ask-feedback').locator('input.sg-input, textarea').all()) {
    const box = (await field.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(card.x + card.width);
  }
  // One-word skill names sit on one line, never broken letter by letter.
  const broken = await page.getByTestId('gap-list').locator('.sg-gap-skill').evaluateAll((names) =>
    names
      .filter((n) => !n.textContent!.includes(' '))
      .filter((n) => n.getBoundingClientRect().height > 1.5 * parseFloat(getComputedStyle(n).lineHeight || '20'))
      .map((n) => n.textContent));
  expect(broken).toEqual([]);

  await widget.goto('grow');
  await expect(page.getByTestId('resource-k8s-basics').getByTestId('why')).toContainText('Englisch');
  await expect(page.getByTestId('resource-k8s-basics').getByTestId('why')).not.toContainText(/·\s*en$/);

  await widget.goto('data');
  const chooser = page.waitForEvent('filechooser');
  await page.getByText('Datei auswählen …').click();
  expect((await chooser).isMultiple()).toBe(false);
});

test('Arabic mirrors the gap bars and the career-path map', async ({ page }) => {
  const widget = new SkillgapPage(page);
  await somebodysProfile(widget);
  const centreIsRightmost = async () => {
    const xs = await page.getByTestId('path-node').evaluateAll((nodes) =>
      nodes.map((n) => ({ role: n.getAttribute('data-role'), x: n.getBoundingClientRect().x })));
    const centre = xs.find((n) => n.role === 'data-analyst')!;
    return { rightmost: xs.every((n) => n.x <= centre.x), leftmost: xs.every((n) => n.x >= centre.x), count: xs.length };
  };
  await widget.goto('paths');
  const english = await centreIsRightmost();
  expect(english.count).toBeGreaterThan(1);
  expect(english.leftmost).toBe(true);

  await chooseLanguage(page, 'ar');
  await widget.goto('paths');
  expect((await centreIsRightmost()).rightmost).toBe(true);

  await widget.goto('gap');
  const bars = page.locator('svg.sg-bars');
  const axis = (await bars.locator('line.sg-radar-axis').boundingBox())!;
  for (const label of await bars.locator('text.sg-bar-label').all()) {
    expect((await label.boundingBox())!.x).toBeGreaterThan(axis.x);
  }
  for (const short of await bars.locator('rect.sg-bar-short').all()) {
    expect((await short.boundingBox())!.x).toBeGreaterThanOrEqual(axis.x - 1);
  }
});

test('what is fetched is what is shown: a malformed or over-long ?lang= is ignored, not half-read', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => {
    const match = /\/i18n\/([^/?#]+)\.json/.exec(new URL(request.url()).pathname);
    if (match) fetched.push(match[1]);
  });
  /** Opens the page and waits until the widget has chosen its language. */
  const open = async (lang: string, shown: string) => {
    fetched.length = 0;
    await page.goto('about:blank');
    await page.goto(`/index.html?lang=${encodeURIComponent(lang)}`);
    await expect(page.getByTestId('skillgap')).toHaveAttribute('lang', shown);
    await expect(page.getByTestId('nav-gap')).toHaveText(catalogue(shown)['nav.gap']);
  };
  // A well-formed regional tag: its language's catalogue, once, and that language shown.
  await open('de-CH', 'de');
  expect(fetched).toEqual(['de']);

  const malformed = [
    `de-${'x'.repeat(50)}`, // a subtag longer than 8
    `de-${'abc-'.repeat(50)}abc`, // well-formed subtags, 203 characters in all
    'd'.repeat(200),
  ];
  for (const odd of malformed) {
    await open(odd, 'en');
    expect(fetched, odd).toEqual([]);
  }
  // Ignored entirely: the next hint (the menu's remembered choice) decides, and is what is fetched.
  await page.evaluate(() => localStorage.setItem('skillgap:language', 'fr'));
  for (const odd of malformed) {
    await open(odd, 'fr');
    expect(fetched, odd).toEqual(['fr']);
  }
});
