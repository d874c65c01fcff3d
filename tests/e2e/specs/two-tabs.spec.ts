import { expect, test, type Locator, type Page } from '@playwright/test';
import { SkillgapPage } from '../support/skillgap-page';

/** The values of the inputs a locator finds, sorted: the order two tabs wrote in is not the point. */
async function sortedValues(fields: Locator) {
  return (await fields.evaluateAll((nodes) => nodes.map((n) => (n as HTMLInputElement).value))).sort();
}

/** Adds actions to the one goal as fast as a person's keyboard allows: no waiting between them. */
async function addActions(page: Page, prefix: string, count: number) {
  const field = page.getByTestId('goal-own').getByTestId('new-action');
  for (let i = 0; i < count; i++) {
    await field.fill(`${prefix} action ${String(i).padStart(3, '0')}`);
    await field.press('Enter');
  }
}

/** Clicks through levels of one skill, ending on `levels`' last. */
async function rateMany(widget: SkillgapPage, skill: string, levels: string[]) {
  for (const level of levels) await widget.rate(skill, level);
}

/** The embeddings of docs/embed.md that keep their data in this page's own storage. */
const EMBEDDINGS = [
  { name: 'standalone with ?feed= and ?storage-key=', address: '/index.html?feed=/feeds/demo.json&storage-key=team-a', namespace: 'team-a' },
  { name: 'custom element on a host page with its own query', address: '/examples/intranet.html?id=42', namespace: 'intranet' },
];

for (const embedding of EMBEDDINGS) {
test(`two tabs editing at once (${embedding.name}): hundreds of interleaved edits, none lost, both screens and storage agree`, async ({ context }) => {
  test.setTimeout(300_000);
  const left = new SkillgapPage(await context.newPage());
  const right = new SkillgapPage(await context.newPage());
  for (const tab of [left, right]) {
    await tab.page.goto(embedding.address);
    await tab.waitForFeed();
  }
  await left.chooseTargetRole('Platform Engineer · Associate');

  // One goal both tabs add actions to.
  await left.goto('plan');
  await left.page.getByTestId('new-goal-title').fill('Run the next incident review');
  await left.page.getByTestId('new-goal-title').press('Enter');
  await right.goto('plan');
  await expect(right.page.getByTestId('goal-own')).toHaveCount(1);

  const count = 100;
  await Promise.all([addActions(left.page, 'left', count), addActions(right.page, 'right', count)]);
  const expected = ['left', 'right'].flatMap((side) =>
    Array.from({ length: count }, (_, i) => `${side} action ${String(i).padStart(3, '0')}`),
  );
  for (const tab of [left, right]) {
    await expect.poll(() => sortedValues(tab.page.getByTestId('goal-own').getByTestId('action-text')), { timeout: 20_000 }).toEqual(expected);
  }
  const stored = await left.storedProfile(embedding.namespace);
  const goal: any = Object.values(stored.plan)[0];
  const texts = Object.values(goal.actions).map((a: any) => a.text).sort();
  expect(texts).toEqual(expected);
  expect(Object.keys(goal.actions)).toHaveLength(2 * count); // every id distinct

  // Ratings: each tab clicks through levels of its own skill, at the same time.
  await left.goto('assess');
  await right.goto('assess');
  const cycle = ['1 Aware', '2 Working', '3 Practitioner', '0 None'];
  const leftLevels = Array.from({ length: 21 }, (_, i) => cycle[i % cycle.length]); // ends on 1 Aware
  const rightLevels = Array.from({ length: 22 }, (_, i) => cycle[i % cycle.length]); // ends on 2 Working
  await Promise.all([rateMany(left, 'kubernetes', leftLevels), rateMany(right, 'observability', rightLevels)]);
  for (const tab of [left, right]) {
    await expect(tab.level('kubernetes', '1 Aware')).toBeChecked();
    await expect(tab.level('observability', '2 Working')).toBeChecked();
  }
  await expect.poll(async () => {
    const skills = (await right.storedProfile(embedding.namespace)).skills;
    return [skills.kubernetes?.level, skills.observability?.level];
  }).toEqual([1, 2]);
  // The actions survived the ratings' writes too.
  const after: any = Object.values((await right.storedProfile(embedding.namespace)).plan)[0];
  expect(Object.values(after.actions).map((a: any) => a.text).sort()).toEqual(expected);
});
}
