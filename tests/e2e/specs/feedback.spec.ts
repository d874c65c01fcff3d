import { expect, test, type Browser, type Page } from '@playwright/test';
import { deflateSync } from 'node:zlib';
import { SkillgapPage } from '../support/skillgap-page';
import { expectNoAxeViolations } from '../support/axe';

/** The requester: Platform Engineer · Associate, Kubernetes 0 and observability 1, asking for feedback. */
async function requester(page: Page) {
  const widget = new SkillgapPage(page);
  await widget.open();
  await widget.waitForFeed();
  await widget.chooseTargetRole('Platform Engineer · Associate');
  await widget.rate('kubernetes', '0 None');
  await widget.rate('observability', '1 Aware');
  // A second visit: what a first visit notes about the feed is settled before comparing.
  await page.reload();
  await widget.waitForFeed();
  await widget.goto('gap');
  return widget;
}

async function createRequest(page: Page, name = 'Ana Lima', note = 'I am aiming for Senior Platform Engineer.') {
  await page.getByTestId('ask-feedback').locator('summary').click();
  await page.getByTestId('ask-name').fill(name);
  await page.getByTestId('ask-note').fill(note);
  await page.getByTestId('create-request').click();
  await expect(page.getByTestId('request-link')).toHaveValue(/#sgr1\./);
  return page.getByTestId('request-link').inputValue();
}

/** A reviewer in a browser of their own, with a profile of their own. */
async function reviewerPage(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const widget = new SkillgapPage(page);
  await widget.open();
  await widget.waitForFeed();
  await widget.chooseTargetRole('Data Analyst · Associate');
  await widget.rate('sql', '4 Advanced');
  return { context, page, widget };
}

function path(link: string) {
  return link.replace(/^https?:\/\/[^/]+/, '');
}

/** Opens a link as a person would, in a fresh page load (a fragment change alone does not reload). */
async function openLink(page: Page, link: string) {
  await page.goto('about:blank');
  await page.goto(path(link));
}

test('asking, answering by keyboard in another browser, and receiving: views side by side, never averaged', async ({ page, browser }) => {
  const ana = await requester(page);
  const requestLink = await createRequest(page);
  const stored = await ana.storedProfile();
  expect(Object.values(stored.feedback_requests).map((r: any) => r.skills.length)).toEqual([7]);

  const { context, page: reviewer, widget: fatou } = await reviewerPage(browser);
  const ownBefore = await fatou.storedRaw();
  const requests: string[] = [];
  reviewer.on('request', (r) => requests.push(r.url()));
  await openLink(reviewer, requestLink);
  const view = reviewer.getByTestId('reviewer-view');
  await expect(view.getByRole('heading', { level: 2 })).toHaveText('Ana Lima asks for your view of their skills');
  await expect(view.getByTestId('request-note')).toHaveText('I am aiming for Senior Platform Engineer.');
  await expect(view.locator('fieldset.sg-answer')).toHaveCount(7);
  await expect(reviewer.getByTestId('first-run')).toHaveCount(0);
  await expect(reviewer.getByRole('navigation')).toHaveCount(0);
  // Every level with its anchor, and "Can't judge" chosen until the reviewer says otherwise.
  const kubernetes = view.getByTestId('answer-kubernetes');
  await expect(kubernetes.getByRole('radio', { name: /Can't judge/ })).toBeChecked();
  await expect(kubernetes).toContainText('Uses kubectl to inspect pods with a runbook.');
  await expectNoAxeViolations(reviewer);

  // Keyboard only: arrows move through the levels, Tab to the comment.
  await kubernetes.getByRole('radio', { name: /Can't judge/ }).focus();
  for (let i = 0; i < 3; i++) await reviewer.keyboard.press('ArrowDown');
  await expect(kubernetes.getByRole('radio', { name: /^2 Working/ })).toBeChecked();
  await reviewer.keyboard.press('Tab');
  await reviewer.keyboard.type('Ran the staging cluster well.');
  const observability = view.getByTestId('answer-observability');
  await observability.getByRole('radio', { name: /Can't judge/ }).focus();
  for (let i = 0; i < 3; i++) await reviewer.keyboard.press('ArrowDown');
  await expect(observability.getByRole('radio', { name: /^2 Working/ })).toBeChecked();
  await reviewer.getByTestId('reviewer-name').focus();
  await reviewer.keyboard.type('Fatou Diop');
  await reviewer.getByTestId('reviewer-relationship').selectOption('manager');
  await reviewer.getByTestId('create-answer').focus();
  await reviewer.keyboard.press('Enter');
  await expect(reviewer.getByTestId('answer-link')).toHaveValue(/#sgf1\./);
  await expect(reviewer.getByTestId('answer-link')).toBeFocused();
  const answerLink = await reviewer.getByTestId('answer-link').inputValue();
  expect(await fatou.storedRaw()).toBe(ownBefore); // nothing of the reviewer's own profile changed
  const origin = new URL(requestLink).origin;
  expect(requests.filter((url) => !url.startsWith(origin))).toEqual([]); // no traffic but the widget's own
  await context.close();

  await openLink(page, answerLink);
  await expect(page.getByTestId('toast')).toContainText('Feedback from Fatou Diop received.');
  await expect(page.getByTestId('section-gap')).toBeVisible();
  const table = page.getByTestId('feedback-table');
  await expect(table.locator('thead th')).toHaveText(['Skill', 'You', 'Fatou Diop (manager)']);
  const row = (name: string) => table.getByTestId('feedback-row').filter({ hasText: name });
  await expect(row('Kubernetes')).toContainText('worth a conversation'); // 0 against 2
  await expect(row('Kubernetes').locator('td')).toHaveText(['0', '2']);
  await expect(row('Observability')).not.toContainText('worth a conversation'); // 1 against 2
  await expect(row('Python').locator('td')).toHaveText(['not rated', "can't judge"]);
  await expect(page.getByTestId('feedback-entry')).toContainText('Kubernetes: Ran the staging cluster well.');
  await expect(page).not.toHaveURL(/sgf1/); // taken in once
  await expectNoAxeViolations(page);
  const received = await ana.storedProfile();
  const entry: any = Object.values(received.feedback)[0];
  expect([entry.reviewer, entry.relationship, entry.answers.kubernetes.level, entry.answers.python?.level ?? null]).toEqual(['Fatou Diop', 'manager', 2, null]);
  expect(received.skills.kubernetes.level).toBe(0); // never averaged into one's own rating

  // The same answer again is refused, and nothing changes.
  await openLink(page, answerLink);
  await expect(page.getByTestId('link-problem')).toBeVisible();
  expect(Object.keys((await ana.storedProfile()).feedback)).toHaveLength(1);

  // Delete one by one, with Undo.
  await page.getByTestId('link-problem').getByRole('button', { name: 'Back to my own profile' }).click();
  await ana.goto('gap');
  await page.getByTestId('delete-feedback').click();
  await expect(page.getByTestId('feedback-panel')).toHaveCount(0);
  await page.getByTestId('undo').click();
  await expect(page.getByTestId('feedback-table')).toBeVisible();

  // It goes into the printout.
  await ana.goto('plan');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('plan-document')).toContainText('Fatou Diop (manager)');
});

test('a request opened by its own requester, or by anyone after tampering, says why and changes nothing', async ({ page }) => {
  await requester(page);
  const link = await createRequest(page);
  const before = await new SkillgapPage(page).storedRaw();

  await openLink(page, link);
  await expect(page.getByTestId('link-problem')).toBeVisible();
  await expect(page.getByTestId('reviewer-view')).toHaveCount(0);

  const body = link.split('#sgr1.')[1];
  const tampered = `${body.slice(0, 20)}${body[20] === 'A' ? 'B' : 'A'}${body.slice(21)}`;
  for (const fragment of [`sgr1.${tampered}`, `sgr1.${body.slice(0, body.length / 2)}`, `sgr9.${body}`, `sgf1.${body.slice(0, 30)}`]) {
    await page.goto('about:blank');
    await page.goto(`/index.html#${fragment}`);
    await expect(page.getByTestId('link-problem')).toBeVisible();
    await expect(page.getByTestId('reviewer-view')).toHaveCount(0);
  }
  expect(await new SkillgapPage(page).storedRaw()).toBe(before);
});

test('an answer to someone else’s request is refused; hostile names and comments stay text', async ({ page, browser }) => {
  await requester(page);
  const { context, page: reviewer } = await reviewerPage(browser);
  // A request from a stranger, with markup in every field.
  const request = { i: 'stranger-request-1', n: '<img src=x onerror=alert(1)>Mallory', o: '<script>alert(2)</script>', s: ['kubernetes'] };
  const fragment = `sgr1.${deflateSync(Buffer.from(JSON.stringify(request))).toString('base64url')}`;
  await reviewer.goto('about:blank');
  await reviewer.goto(`/index.html#${fragment}`);
  const view = reviewer.getByTestId('reviewer-view');
  await expect(view.getByRole('heading', { level: 2 })).toHaveText('<img src=x onerror=alert(1)>Mallory asks for your view of their skills');
  await expect(view.getByTestId('request-note')).toHaveText('<script>alert(2)</script>');
  expect(await reviewer.evaluate(() => document.querySelector('skill-gap')!.shadowRoot!.querySelectorAll('img, script').length)).toBe(0);
  await reviewer.getByTestId('reviewer-name').fill('Eve');
  await reviewer.getByTestId('create-answer').click();
  const answer = await reviewer.getByTestId('answer-link').inputValue();
  await context.close();

  const before = await new SkillgapPage(page).storedRaw();
  await openLink(page, answer);
  await expect(page.getByTestId('link-problem')).toBeVisible();
  expect(await new SkillgapPage(page).storedRaw()).toBe(before);
  await expectNoAxeViolations(page);
});

test('an answer saved as a file is opened from "Ask for feedback", and the feedback exports as CSV and shares only if chosen', async ({ page, browser }) => {
  const ana = await requester(page);
  const requestLink = await createRequest(page, 'Ana; "Lima"', '');
  const { context, page: reviewer } = await reviewerPage(browser);
  await openLink(reviewer, requestLink);
  await expect(reviewer.getByTestId('request-note')).toHaveCount(0); // no note was written
  await reviewer.getByTestId('answer-kubernetes').getByRole('radio', { name: /^3 Practitioner/ }).check();
  await reviewer.getByTestId('answer-kubernetes').getByRole('textbox').fill('=HYPERLINK("x"); shows, commas');
  await reviewer.getByTestId('reviewer-name').fill('Sam Lee');
  await reviewer.getByTestId('reviewer-relationship').selectOption('peer');
  await reviewer.getByTestId('create-answer').click();
  const [file] = await Promise.all([reviewer.waitForEvent('download'), reviewer.getByRole('button', { name: 'Save it as a file instead' }).click()]);
  expect(file.suggestedFilename()).toBe('skillgap-feedback-answer.txt');
  const filePath = test.info().outputPath('answer.txt');
  await file.saveAs(filePath);
  await context.close();

  await page.getByTestId('answer-file').setInputFiles(filePath);
  await expect(page.getByTestId('toast')).toContainText('Feedback from Sam Lee received.');
  await expect(page.getByTestId('feedback-table').getByTestId('feedback-row').filter({ hasText: 'Kubernetes' }).locator('td')).toHaveText(['0', '3']);

  await ana.goto('data');
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-feedback-csv').click()]);
  const { readFileSync } = await import('node:fs');
  const text = readFileSync(await csv.path(), 'utf8');
  expect(text.split('\r\n')[0]).toBe('received,reviewer,relationship,skill_id,skill,own_level,their_level,comment');
  expect(text).toContain(`Sam Lee,Peer,kubernetes,Kubernetes,0,3,"'=HYPERLINK(""x""); shows, commas"`);

  // Share links carry feedback only when ticked.
  const share = page.getByTestId('share-link');
  await expect(share).toHaveValue(/#sg1\./);
  const without = await share.inputValue();
  await page.getByLabel('Feedback I received').check();
  await expect(share).not.toHaveValue(without);
  const withFeedback = await share.inputValue();
  const viewer = await (await browser.newContext()).newPage();
  await openLink(viewer, withFeedback);
  await expect(viewer.getByTestId('plan-document')).toContainText('Sam Lee (peer): 3');
  await openLink(viewer, without);
  await expect(viewer.getByTestId('shared-view')).toBeVisible();
  await expect(viewer.getByTestId('plan-document')).not.toContainText('Sam Lee');
});
