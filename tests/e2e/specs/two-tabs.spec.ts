import { expect, test, type BrowserContext, type Frame, type Locator, type Page } from '@playwright/test';

/** Where the widget is drawn in a tab: the page itself, or the iframe an LMS page holds. */
type Surface = Page | Frame;

/** The values of the inputs a locator finds, sorted: the order two tabs wrote in is not the point. */
async function sortedValues(fields: Locator) {
  return (await fields.evaluateAll((nodes) => nodes.map((n) => (n as HTMLInputElement).value))).sort();
}

/** Adds actions to the one goal as fast as a person's keyboard allows: no waiting between them. */
async function addActions(tab: Surface, prefix: string, count: number) {
  const field = tab.getByTestId('goal-own').getByTestId('new-action');
  for (let i = 0; i < count; i++) {
    await field.fill(`${prefix} action ${String(i).padStart(3, '0')}`);
    await field.press('Enter');
  }
}

function level(tab: Surface, skill: string, label: string) {
  return tab.getByTestId(`rate-${skill}`).getByLabel(label, { exact: true });
}

/** Clicks through levels of one skill (on their labels, as a person does). */
async function rateMany(tab: Surface, skill: string, levels: string[]) {
  for (const label of levels) {
    const id = await level(tab, skill, label).getAttribute('id');
    await tab.getByTestId(`rate-${skill}`).locator(`label[for="${id}"]`).click();
  }
}

async function stored(tab: Surface, namespace: string) {
  return tab.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), `${namespace}:profile`);
}

async function goto(tab: Surface, section: string) {
  await tab.getByTestId(`nav-${section}`).click();
  await expect(tab.getByTestId(`section-${section}`)).toBeVisible();
}

/** The embeddings of docs/embed.md, each opened in a tab of its own. */
const EMBEDDINGS: { name: string; namespace: string; count: number; open: (context: BrowserContext) => Promise<Surface> }[] = [
  {
    name: 'standalone with ?feed= and ?storage-key=',
    namespace: 'team-a',
    count: 100,
    open: async (context) => {
      const page = await context.newPage();
      await page.goto('/index.html?feed=/feeds/demo.json&storage-key=team-a');
      return page;
    },
  },
  {
    name: 'custom element on a host page with its own query',
    namespace: 'intranet',
    count: 60,
    open: async (context) => {
      const page = await context.newPage();
      await page.goto('/examples/intranet.html?id=42');
      return page;
    },
  },
  {
    name: 'iframe',
    namespace: 'lms-iframe',
    count: 60,
    open: async (context) => {
      const page = await context.newPage();
      await page.goto('/examples/iframe.html');
      await expect(page.frameLocator('#skillgap-frame').getByLabel('Role you aim for')).toBeVisible();
      return page.frame({ url: /storage-key=lms-iframe/ })!;
    },
  },
];

for (const embedding of EMBEDDINGS) {
  test(`two tabs editing at once (${embedding.name}): hundreds of interleaved edits, none lost, both screens and storage agree`, async ({ context }) => {
    test.setTimeout(300_000);
    const left = await embedding.open(context);
    const right = await embedding.open(context);
    for (const tab of [left, right]) await expect(tab.getByLabel('Role you aim for')).toBeVisible();
    await left.getByLabel('Role you aim for').selectOption({ label: 'Platform Engineer · Associate' });

    // One goal both tabs add actions to.
    await goto(left, 'plan');
    await left.getByTestId('new-goal-title').fill('Run the next incident review');
    await left.getByTestId('new-goal-title').press('Enter');
    await goto(right, 'plan');
    await expect(right.getByTestId('goal-own')).toHaveCount(1);

    const { count, namespace } = embedding;
    await Promise.all([addActions(left, 'left', count), addActions(right, 'right', count)]);
    const expected = ['left', 'right'].flatMap((side) =>
      Array.from({ length: count }, (_, i) => `${side} action ${String(i).padStart(3, '0')}`),
    );
    for (const tab of [left, right]) {
      await expect.poll(() => sortedValues(tab.getByTestId('goal-own').getByTestId('action-text')), { timeout: 20_000 }).toEqual(expected);
    }
    const goal: any = Object.values((await stored(left, namespace)).plan)[0];
    expect(Object.values(goal.actions).map((a: any) => a.text).sort()).toEqual(expected);
    expect(Object.keys(goal.actions)).toHaveLength(2 * count); // every id distinct

    // Ratings: each tab clicks through levels of its own skill, at the same time.
    await goto(left, 'assess');
    await goto(right, 'assess');
    const cycle = ['1 Aware', '2 Working', '3 Practitioner', '0 None'];
    const leftLevels = Array.from({ length: 21 }, (_, i) => cycle[i % cycle.length]); // ends on 1 Aware
    const rightLevels = Array.from({ length: 22 }, (_, i) => cycle[i % cycle.length]); // ends on 2 Working
    await Promise.all([rateMany(left, 'kubernetes', leftLevels), rateMany(right, 'observability', rightLevels)]);
    for (const tab of [left, right]) {
      await expect(level(tab, 'kubernetes', '1 Aware')).toBeChecked();
      await expect(level(tab, 'observability', '2 Working')).toBeChecked();
    }
    await expect.poll(async () => {
      const skills = (await stored(right, namespace)).skills;
      return [skills.kubernetes?.level, skills.observability?.level];
    }).toEqual([1, 2]);
    // The actions survived the ratings' writes too.
    const after: any = Object.values((await stored(right, namespace)).plan)[0];
    expect(Object.values(after.actions).map((a: any) => a.text).sort()).toEqual(expected);
  });
}
