import { expect, test, type Browser, type Page } from '@playwright/test';
import { SkillgapPage } from '../support/skillgap-page';
import { expectNoAxeViolations } from '../support/axe';

/** Opens a link as a person would who pastes it into a new tab. */
async function openFresh(page: Page, link: string) {
  await page.goto('about:blank');
  await page.goto(link);
}

/** Opens the ask-for-feedback form in My gap and makes a request link. */
async function makeRequest(page: Page, name: string) {
  await page.getByTestId('nav-gap').click();
  await page.getByTestId('ask-feedback').locator('summary').click();
  await page.getByTestId('ask-name').fill(name);
  await page.getByTestId('create-request').click();
  await expect(page.getByTestId('request-link')).toHaveValue(/#sgr1\./);
  return page.getByTestId('request-link').inputValue();
}

/** A colleague in a browser of their own answers Kubernetes with "3" and returns the answer link. */
async function answerIn(browser: Browser, requestLink: string, reviewer = 'Fatou Diop') {
  const context = await browser.newContext();
  const page = await context.newPage();
  await openFresh(page, requestLink);
  const view = page.getByTestId('reviewer-view');
  await expect(view).toBeVisible();
  await view.getByTestId('answer-kubernetes').getByRole('radio', { name: /^3 / }).check();
  await page.getByTestId('reviewer-name').fill(reviewer);
  await page.getByTestId('create-answer').click();
  await expect(page.getByTestId('answer-link')).toHaveValue(/#sgf1\./);
  const link = await page.getByTestId('answer-link').inputValue();
  return { context, page, link };
}

test('a request made under ?feed= and ?storage-key= opens on that framework, and its answer comes home under that key', async ({ page, browser }) => {
  const ana = new SkillgapPage(page);
  await ana.open('?feed=/fixtures/changes-before.json&storage-key=team-a&lang=en&diagnostics');
  await ana.waitForFeed();
  await ana.chooseTargetRole('Site Reliability Engineer');
  await ana.rate('kubernetes', '1 Awareness');
  const request = await makeRequest(page, 'Ana Lima');
  const address = new URL(request);
  // The framework and the namespace travel with the link; the sender's language and diagnostics do not.
  expect(address.pathname).toBe('/index.html');
  expect(address.searchParams.getAll('feed')).toEqual(['/fixtures/changes-before.json']);
  expect(address.searchParams.get('storage-key')).toBe('team-a');
  expect(address.searchParams.has('lang')).toBe(false);
  expect(address.searchParams.has('diagnostics')).toBe(false);

  const { context, page: reviewer, link: answer } = await answerIn(browser, request);
  await expect(reviewer.getByTestId('framework-name')).toHaveText('Changing framework');
  await expect(reviewer.getByTestId('reviewer-view')).not.toContainText('no longer in the framework');
  await expect(reviewer.getByTestId('reviewer-view').locator('fieldset.sg-answer')).toHaveCount(2);
  expect(new URL(answer).searchParams.get('storage-key')).toBe('team-a');
  await context.close();

  await openFresh(page, answer);
  await expect(page.getByTestId('toast')).toContainText('Feedback from Fatou Diop received.');
  await expect(page.getByTestId('link-problem')).toHaveCount(0);
  const stored = await ana.storedProfile('team-a');
  expect(Object.values(stored.feedback).map((f: any) => [f.reviewer, f.answers.kubernetes.level])).toEqual([['Fatou Diop', 3]]);
  expect(await ana.storedProfile()).toBeNull(); // the default namespace was never written
});

test('links made on a host page keep its own query (an LMS page’s ?id=42), and open that same page', async ({ page, browser }) => {
  const ana = new SkillgapPage(page);
  await page.goto('/examples/intranet.html?id=42&lang=de');
  await ana.waitForFeed();
  await ana.chooseTargetRole('Platform Engineer · Associate');
  await ana.rate('kubernetes', '0 None');
  await ana.goto('data');
  // The host's own query, all of it: the widget does not read this page's address.
  await expect(page.getByTestId('share-link')).toHaveValue(new RegExp(`/examples/intranet\\.html\\?id=42&lang=de#sg1\\.`));
  const request = await makeRequest(page, 'Ana Lima');
  expect(request).toMatch(/\/examples\/intranet\.html\?id=42&lang=de#sgr1\./);
  const { context, page: reviewer, link: answer } = await answerIn(browser, request);
  await expect(reviewer).toHaveURL(/\/examples\/intranet\.html\?id=42/);
  expect(answer).toMatch(/\/examples\/intranet\.html\?id=42&lang=de#sgf1\./);
  await context.close();
  await openFresh(page, answer);
  await expect(page.getByTestId('toast')).toContainText('Feedback from Fatou Diop received.');
  expect(Object.keys((await ana.storedProfile('intranet')).feedback)).toHaveLength(1);
});

test('in iframe mode, links name the widget’s own page with its parameters', async ({ page }) => {
  await page.goto('/examples/iframe.html');
  const frame = page.frameLocator('#skillgap-frame');
  await expect(frame.getByLabel('Role you aim for')).toBeVisible();
  await frame.getByLabel('Role you aim for').selectOption({ label: 'Platform Engineer · Associate' });
  await frame.getByTestId('nav-data').click();
  await expect(frame.getByTestId('share-link')).toHaveValue(/\/widgets\/skillgap\/index\.html\?storage-key=lms-iframe#sg1\./);
});

test('a link pasted into a tab where the widget is open is acted on at once, without a reload', async ({ page, browser }) => {
  const ana = new SkillgapPage(page);
  await ana.open();
  await ana.waitForFeed();
  await ana.chooseTargetRole('Platform Engineer · Associate');
  await ana.rate('kubernetes', '0 None');
  const request = await makeRequest(page, 'Ana Lima');
  const { context, link: answer } = await answerIn(browser, request);
  await context.close();

  await page.evaluate(() => ((window as any).sameDocument = true));
  await page.goto(answer); // only the fragment differs: the same document stays
  await expect(page.getByTestId('toast')).toContainText('Feedback from Fatou Diop received.');
  await expect(page.getByTestId('section-gap')).toBeVisible();
  expect(await page.evaluate(() => (window as any).sameDocument)).toBe(true);
  await expect(page).not.toHaveURL(/#sgf1/);
  expect(Object.keys((await ana.storedProfile()).feedback)).toHaveLength(1);

  // A share link pasted into the same tab opens the shared view; a request link opens the form.
  await ana.goto('data');
  const share = await page.getByTestId('share-link').inputValue();
  await page.goto(share);
  await expect(page.getByTestId('shared-view')).toBeVisible();
  await page.goto(request);
  await expect(page.getByTestId('link-problem')).toContainText('This is your own feedback request.');
  expect(await page.evaluate(() => (window as any).sameDocument)).toBe(true);
  await expectNoAxeViolations(page);
});

test('an answer link opened while the feed is down is kept, said, and taken in after Try again', async ({ page, browser }) => {
  const ana = new SkillgapPage(page);
  await ana.open();
  await ana.waitForFeed();
  await ana.chooseTargetRole('Platform Engineer · Associate');
  await ana.rate('kubernetes', '0 None');
  const request = await makeRequest(page, 'Ana Lima');
  const { context, link: answer } = await answerIn(browser, request);
  await context.close();

  // No copy kept for outages either: the framework cannot be loaded at all.
  await page.evaluate(async () => {
    for (const name of await caches.keys()) await caches.delete(name);
  });
  let down = true;
  await page.route('**/feeds/demo.json', (route) => (down ? route.fulfill({ status: 503, body: 'unavailable' }) : route.fallback()));
  await openFresh(page, answer);
  await expect(page.getByTestId('feed-error')).toBeVisible();
  await expect(page.getByTestId('answer-waiting')).toHaveText(/kept: it will be taken in as soon as the framework has loaded/);
  await expect(page).toHaveURL(/#sgf1\./); // still in the address: a reload would not lose it
  expect(Object.keys((await ana.storedProfile()).feedback ?? {})).toHaveLength(0);
  await expectNoAxeViolations(page);

  down = false;
  await page.getByTestId('feed-retry').click();
  await expect(page.getByTestId('toast')).toContainText('Feedback from Fatou Diop received.');
  await expect(page.getByTestId('answer-waiting')).toHaveCount(0);
  await expect(page).not.toHaveURL(/#sgf1/);
  expect(Object.keys((await ana.storedProfile()).feedback)).toHaveLength(1);
});
