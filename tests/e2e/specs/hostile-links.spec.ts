import { expect, test, type Page } from '@playwright/test';
import { deflateSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { SkillgapPage } from '../support/skillgap-page';
import { expectNoAxeViolations } from '../support/axe';

/** A link as a crafted one would be made: the JSON, zlib-compressed, base64url, behind its tag. */
function link(tag: 'sg1' | 'sgf1', payload: unknown) {
  return `/index.html#${tag}.${deflateSync(Buffer.from(JSON.stringify(payload))).toString('base64url')}`;
}

async function openFresh(page: Page, address: string) {
  await page.goto('about:blank');
  await page.goto(address);
}

const CRAFTED_DATE = '2027-01-01\n## Pwned\n<img src=x onerror=alert(1)> [x](javascript:alert(1))';

test('a crafted target date in a share link is never shown, imported or exported', async ({ page }) => {
  const widget = new SkillgapPage(page);
  await widget.open();
  await widget.waitForFeed();
  await widget.chooseTargetRole('Platform Engineer · Associate');
  await widget.rate('kubernetes', '1 Aware');
  await openFresh(page, link('sg1', { r: { sql: 2 }, g: [{ ti: 'Looks harmless', d: CRAFTED_DATE }] }));
  await expect(page.getByTestId('shared-view')).toBeVisible();
  await expect(page.getByTestId('plan-document')).toContainText('Looks harmless');
  await expect(page.getByTestId('plan-document')).not.toContainText('Pwned');

  await page.getByTestId('import-details').locator('summary').click();
  await page.getByTestId('compare-with-mine').click();
  await page.getByTestId('import-add').click();
  await expect(page.getByTestId('shared-view')).toHaveCount(0);
  await widget.goto('plan');
  const goal = page.getByTestId('goal-own');
  await expect(goal.getByTestId('goal-title')).toContainText('Looks harmless');
  await expect(goal.getByTestId('goal-date')).toHaveValue('');
  const stored: any = Object.values((await widget.storedProfile()).plan)[0];
  expect(stored.target_date ?? null).toBeNull(); // a field the plan cannot show or clear is not kept

  const [markdown] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as Markdown' }).click()]);
  const text = readFileSync(await markdown.path(), 'utf8');
  expect(text).toContain('Looks harmless');
  for (const injected of ['## Pwned', '<img', '](javascript:', 'Pwned']) expect(text).not.toContain(injected);
});

test('feedback inside a share link is cleaned as answer links are: no direction tricks, no off-scale levels, no flood', async ({ page }) => {
  await openFresh(page, link('sg1', {
    r: { sql: 2, rust: 1 },
    f: [{ n: '\u202Enimda\u202C Bo', r: 'peer', a: { sql: { l: 77 }, rust: { l: 2 } } }],
  }));
  const view = page.getByTestId('shared-view');
  await expect(view).toBeVisible();
  await expect(view).toContainText('nimda Bo');
  expect(await view.innerText()).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  await expect(page.getByTestId('plan-document')).not.toContainText('77');
  await expect(page.getByTestId('shared-feedback-off-scale')).toContainText('(77)');
  await expectNoAxeViolations(page);

  const flood = Array.from({ length: 301 }, (_, i) => ({ n: `Reviewer ${i}`, r: 'peer', a: { sql: { l: 2 } } }));
  await openFresh(page, link('sg1', { r: { sql: 2 }, f: flood }));
  await expect(page.getByTestId('share-error')).toContainText('more than 100 people');
  await expect(page.getByTestId('plan-document')).toHaveCount(0);
});

test('an answer with nothing usable, or with levels off the scale, is refused with the reason; a deleted answer stays deleted', async ({ page }) => {
  const ana = new SkillgapPage(page);
  await ana.open();
  await ana.waitForFeed();
  await ana.chooseTargetRole('Platform Engineer · Associate');
  await ana.rate('kubernetes', '0 None');
  await ana.goto('gap');
  await page.getByTestId('ask-feedback').locator('summary').click();
  await page.getByTestId('ask-name').fill('Ana');
  await page.getByTestId('create-request').click();
  await expect(page.getByTestId('request-link')).toHaveValue(/#sgr1\./);
  const request: any = Object.entries((await ana.storedProfile()).feedback_requests)[0];
  const [requestId, asked] = [request[0], request[1].skills as string[]];
  expect(asked).toContain('kubernetes');
  expect(asked).not.toContain('negotiation');

  // Only about a skill that was not asked.
  await openFresh(page, link('sgf1', { q: requestId, i: 'answer-unasked', n: 'Bo', r: 'peer', a: { negotiation: { l: 3 } } }));
  await expect(page.getByTestId('link-problem')).toContainText('not about any of the skills you asked about');
  expect(Object.keys((await ana.storedProfile()).feedback ?? {})).toHaveLength(0);

  // Levels 50 and 100 on a 0–5 scale are named, not read as "can't judge".
  await openFresh(page, link('sgf1', { q: requestId, i: 'answer-off-scale', n: 'Bo', r: 'peer', a: { kubernetes: { l: 50 }, observability: { l: 100 } } }));
  const problem = page.getByTestId('link-problem');
  await expect(problem).toContainText('scale of 0 to 5');
  await expect(problem).toContainText('Kubernetes: 50');
  await expect(problem).toContainText('Observability: 100');
  expect(Object.keys((await ana.storedProfile()).feedback ?? {})).toHaveLength(0);

  // A good answer, received, deleted, then opened again.
  const good = link('sgf1', { q: requestId, i: 'answer-good', n: 'Bo', r: 'peer', a: { kubernetes: { l: 2 } } });
  await openFresh(page, good);
  await expect(page.getByTestId('toast')).toContainText('Feedback from Bo received.');
  await page.getByTestId('delete-feedback').click();
  await expect(page.getByTestId('feedback-panel')).toHaveCount(0);
  await openFresh(page, good);
  await expect(page.getByTestId('link-problem')).toContainText('You deleted this answer on');
  await expect(page.getByTestId('feedback-panel')).toHaveCount(0);
  const feedback = Object.values((await ana.storedProfile()).feedback) as any[];
  expect(feedback.every((f) => f.deleted)).toBe(true);
});
