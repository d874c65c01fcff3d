import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { SkillgapPage } from '../support/skillgap-page';
import { expectNoAxeViolations } from '../support/axe';

/** Platform Engineer · Associate with three rated gaps (Kubernetes 0→2, cloud 1→2, observability 1→2). */
async function withGaps(widget: SkillgapPage) {
  await widget.open();
  await widget.waitForFeed();
  await widget.chooseTargetRole('Platform Engineer · Associate');
  await widget.rate('kubernetes', '0 None');
  await widget.rate('observability', '1 Aware');
  await widget.rate('cloud-infrastructure', '1 Aware');
}

/** Writes a goal of one's own through the "Add a goal" form, by keyboard. */
async function writeOwnGoal(page: Page, title: string, date?: string) {
  await page.getByTestId('new-goal-title').focus();
  await page.keyboard.type(title);
  if (date) await page.getByTestId('new-goal-date').fill(date);
  await page.getByTestId('new-goal-title').focus();
  await page.keyboard.press('Enter');
}

async function addActions(page: Page, goal: ReturnType<Page['getByTestId']>, actions: string[]) {
  for (const action of actions) {
    await goal.getByTestId('new-action').focus();
    await page.keyboard.type(action);
    await page.keyboard.press('Enter');
    await expect(goal.getByTestId('action-text').last()).toHaveValue(action);
  }
}

/** The values of the inputs a locator finds, in order: what a person reads in the fields. */
async function expectValues(fields: ReturnType<Page['getByTestId']>, expected: string[]) {
  await expect.poll(() => fields.evaluateAll((nodes) => nodes.map((n) => (n as HTMLInputElement).value))).toEqual(expected);
}

/** The stored goals, without their times, in id order. */
async function storedGoals(widget: SkillgapPage) {
  const plan = (await widget.storedProfile()).plan as Record<string, any>;
  return Object.entries(plan).map(([id, g]) => ({
    id,
    title: g.title,
    skill: g.skill,
    deleted: g.deleted,
    target_date: g.target_date,
    resources: g.resources,
    done_resources: g.done_resources,
    mentors: g.mentors,
    notes: g.notes,
    actions: Object.entries(g.actions).map(([aid, a]: [string, any]) => [aid, a.text, a.done, a.deleted]),
  }));
}

async function pdfText(pdf: Buffer) {
  // pdfjs turns the PDF back into text, so the assertions read what a person would read.
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(pdf) }).promise;
  let text = '';
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    text += content.items.map((item: any) => item.str).join(' ') + '\n';
  }
  return { text, pages: doc.numPages };
}

test('a goal of my own with a checklist, written and ticked by keyboard only, survives a reload', async ({ page }) => {
  const widget = new SkillgapPage(page);
  await withGaps(widget);
  await widget.goto('plan');
  await expect(page.getByTestId('empty-plan')).toBeVisible();
  await writeOwnGoal(page, 'Shadow the on-call rota for two weeks');
  await expect(page.getByTestId('toast')).toContainText('Goal “Shadow the on-call rota for two weeks” added to your plan.');
  const goal = page.getByTestId('goal-own');
  await expect(goal.getByTestId('goal-title')).toBeFocused();
  await addActions(page, goal, ['Ask the SRE lead', 'Read the runbooks', 'Book the two weeks']);
  await goal.getByTestId('action-done').nth(1).focus();
  await page.keyboard.press('Space');
  await expect(goal.getByTestId('goal-status')).toHaveValue('in-progress'); // ticking an action starts the goal
  await goal.getByTestId('action-text').first().fill('Ask the SRE lead on Monday');
  await goal.getByTestId('action-text').first().press('Tab');
  await expectNoAxeViolations(page);

  await page.reload();
  await widget.goto('plan');
  const again = page.getByTestId('goal-own');
  await expect(again.getByTestId('goal-title')).toHaveText('Shadow the on-call rota for two weeks');
  await expectValues(again.getByTestId('action-text'), ['Ask the SRE lead on Monday', 'Read the runbooks', 'Book the two weeks']);
  await expect(again.getByTestId('action-done').nth(0)).not.toBeChecked();
  await expect(again.getByTestId('action-done').nth(1)).toBeChecked();
  const [stored] = await storedGoals(widget);
  expect(stored).toMatchObject({ title: 'Shadow the on-call rota for two weeks', skill: '' });
  expect(stored.actions.map((a) => a.slice(1))).toEqual([
    ['Ask the SRE lead on Monday', false, false],
    ['Read the runbooks', true, false],
    ['Book the two weeks', false, false],
  ]);

  // A title is needed, or a skill: an empty form says so instead of doing nothing.
  await page.getByTestId('add-goal').click();
  await expect(page.getByText('Write what you want to achieve, or choose a skill.')).toBeVisible();
  await expect(page.getByTestId('goals').locator('> li')).toHaveCount(1);
});

test('My gap: each priority adds itself to the plan (with Undo) and finds its own resources', async ({ page }) => {
  const widget = new SkillgapPage(page);
  await withGaps(widget);
  await widget.goto('gap');
  const kubernetes = page.getByTestId('gap-kubernetes');
  await kubernetes.getByRole('button', { name: /^Add to plan\W+Kubernetes$/ }).click();
  await expect(page.getByTestId('toast')).toContainText('“Kubernetes” is in your plan.');
  await expect(kubernetes.getByRole('button', { name: /^In your plan\W+Kubernetes$/ })).toBeVisible();
  await expect.poll(async () => (await storedGoals(widget)).filter((g) => !g.deleted).map((g) => g.skill)).toEqual(['kubernetes']);
  const goal = (await widget.storedProfile()).plan;
  expect(Object.values(goal).map((g: any) => g.target_level)).toEqual([2]); // what the role asks for

  await page.getByTestId('undo').click();
  await expect(kubernetes.getByRole('button', { name: /^Add to plan\W+Kubernetes$/ })).toBeVisible();
  await expect.poll(async () => (await storedGoals(widget)).filter((g) => !g.deleted).length).toBe(0);

  await kubernetes.getByRole('button', { name: /^Add to plan\W+Kubernetes$/ }).click();
  await kubernetes.getByRole('button', { name: /^In your plan\W+Kubernetes$/ }).click();
  await expect(page.getByTestId('section-plan')).toBeVisible();
  await expect(page.getByTestId('goal-kubernetes').getByTestId('goal-title')).toBeFocused();

  await widget.goto('gap');
  await page.getByTestId('gap-observability').getByRole('button', { name: /^Find resources\W+Observability$/ }).click();
  await expect(page.getByTestId('section-grow')).toBeVisible();
  await expect(page.getByTestId('suggestion-focus')).toContainText('Showing suggestions for Observability only.');
  const whys = await page.getByTestId('resource-suggestions').getByTestId('why').allTextContents();
  expect(whys.length).toBeGreaterThan(0);
  for (const why of whys) expect(why).toMatch(/^builds Observability /);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Show suggestions for all my gaps' }).click();
  await expect(page.getByTestId('suggestion-focus')).toHaveCount(0);
  await expect(page.getByTestId('resource-suggestions').getByTestId('why').filter({ hasText: 'builds Kubernetes' }).first()).toBeVisible();
});

test('every removal shows a message with Undo for at least 10 seconds, and Undo restores exactly what was removed', async ({ page }) => {
  await page.clock.install();
  const widget = new SkillgapPage(page);
  await withGaps(widget);
  await widget.goto('grow');
  const resources = page.getByTestId('resource-suggestions');
  await resources.getByTestId('resource-k8s-basics').getByTestId('save-resource').click();
  await resources.getByTestId('resource-k8s-podcast').getByTestId('save-resource').click();
  await page.getByTestId('mentor-suggestions').locator('li').filter({ hasText: 'Fatou Diop' }).getByTestId('save-mentor').click();
  await widget.goto('plan');
  const goal = page.getByTestId('goal-kubernetes');
  await goal.getByTestId('goal-resource-k8s-podcast').getByRole('checkbox').check();
  await addActions(page, goal, ['Pair with Fatou', 'Run a game day']);
  await goal.getByTestId('action-done').first().check();
  await goal.getByTestId('goal-notes').fill('Ask about on-call');
  await goal.getByTestId('goal-notes').blur();
  await expect.poll(async () => (await storedGoals(widget))[0]?.notes).toBe('Ask about on-call');
  const whole = await storedGoals(widget);

  // A resource: back at its place, with its done mark.
  await goal.getByTestId('goal-resource-k8s-podcast').getByTestId('detach-resource').click();
  await expect(page.getByTestId('toast')).toContainText('“Kubernetes Podcast');
  await page.clock.runFor(10_000);
  await expect(page.getByTestId('undo')).toBeVisible(); // still there after 10 s
  await page.getByTestId('undo').click();
  await expect(page.getByTestId('toast')).toContainText('The resource is back on its goal.');
  expect(await storedGoals(widget)).toEqual(whole);

  // A mentor.
  await goal.getByTestId('detach-mentor').click();
  await page.getByTestId('undo').click();
  expect(await storedGoals(widget)).toEqual(whole);

  // An action.
  await goal.getByTestId('remove-action').first().click();
  await expectValues(goal.getByTestId('action-text'), ['Run a game day']);
  await expect(page.getByTestId('toast')).toContainText('Action “Pair with Fatou” removed.');
  await page.getByTestId('undo').click();
  await expectValues(goal.getByTestId('action-text'), ['Pair with Fatou', 'Run a game day']);
  expect(await storedGoals(widget)).toEqual(whole);

  // The whole goal, with everything in it; Undo by keyboard.
  await goal.getByRole('button', { name: /^Remove this goal/ }).click();
  await expect(page.getByTestId('goal-kubernetes')).toHaveCount(0);
  await expect(page.getByTestId('toast')).toContainText('Goal “Kubernetes” removed.');
  await page.getByTestId('undo').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('goal-kubernetes')).toBeVisible();
  expect(await storedGoals(widget)).toEqual(whole);

  // A dismissed suggestion and a hidden mentor come back.
  await widget.goto('grow');
  await resources.getByTestId('resource-otel-intro').getByTestId('dismiss-resource').click();
  await expect(resources.getByTestId('resource-otel-intro')).toHaveCount(0);
  await page.getByTestId('undo').click();
  await expect(resources.getByTestId('resource-otel-intro')).toBeVisible();
  const mentor = page.getByTestId('mentor-suggestions').locator('li').filter({ hasText: 'Ana Ribeiro' });
  await mentor.getByRole('button', { name: /^Hide/ }).click();
  await expect(mentor).toHaveCount(0);
  await expect(page.getByTestId('toast')).toContainText('Mentor hidden.');
  await page.getByTestId('undo').click();
  await expect(page.getByTestId('mentor-suggestions').locator('li').filter({ hasText: 'Ana Ribeiro' })).toBeVisible();
  const flags = await widget.storedProfile();
  expect([flags.dismissed['otel-intro'].value, Object.values(flags.hidden_mentors).map((f: any) => f.value)]).toEqual([false, [false]]);

  // A target change from the role picker.
  await widget.goto('assess');
  await widget.chooseTargetRole('Data Analyst · Associate');
  await expect(page.getByTestId('toast')).toContainText('Data Analyst is now your target role.');
  await page.getByTestId('undo').click();
  await expect(widget.targetRole).toHaveValue('platform-engineer');
  expect((await widget.storedProfile()).target_role.value).toBe('platform-engineer');

  // The message goes after a while, by itself.
  await page.clock.runFor(16_000);
  await expect(page.getByTestId('toast')).toHaveCount(0);
});

test('Undo after another tab changed the profile keeps that change', async ({ page, context }) => {
  const widget = new SkillgapPage(page);
  await withGaps(widget);
  await widget.goto('plan');
  await writeOwnGoal(page, 'Lead an incident review');
  await addActions(page, page.getByTestId('goal-own'), ['Read two reviews']);
  await page.getByTestId('goal-own').getByRole('button', { name: /^Remove this goal/ }).click();
  await expect(page.getByTestId('undo')).toBeVisible();

  const other = new SkillgapPage(await context.newPage());
  await other.open();
  await other.waitForFeed();
  await other.rate('security', '3 Practitioner');
  await other.page.goto('about:blank');

  await page.getByTestId('undo').click();
  await expectValues(page.getByTestId('goal-own').getByTestId('action-text'), ['Read two reviews']);
  const stored = await widget.storedProfile();
  expect(stored.skills.security.level).toBe(3);
  expect(Object.values(stored.plan).filter((g: any) => !g.deleted).map((g: any) => g.title)).toEqual(['Lead an incident review']);
});

test('the printout is one clean document with the real state of every item, and the same content as Markdown', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-30T10:00:00Z'));
  const widget = new SkillgapPage(page);
  await withGaps(widget);
  await widget.goto('grow');
  await page.getByTestId('resource-k8s-basics').getByTestId('save-resource').click();
  await page.getByTestId('resource-k8s-podcast').getByTestId('save-resource').click();
  await widget.goto('plan');
  const goal = page.getByTestId('goal-kubernetes');
  await goal.getByTestId('goal-resource-k8s-basics').getByRole('checkbox').check();
  await goal.getByTestId('goal-date').fill('2027-03-31');
  const long = 'Lead the March incident review, '.repeat(60).trim(); // ~1,900 characters
  await writeOwnGoal(page, 'Shadow the on-call rota 🚀 <b>not bold</b> & مراجعة');
  const own = page.getByTestId('goal-own');
  await addActions(page, own, ['Ask the SRE lead']);
  await own.getByTestId('new-action').fill(long);
  await own.getByTestId('new-action').press('Enter');
  await expect(own.getByTestId('action-text')).toHaveCount(2);
  await own.getByTestId('action-done').first().check();
  await page.getByTestId('display-name').fill('Ana Lima');
  await page.getByTestId('display-name').press('Tab');
  await expect.poll(async () => (await widget.storedProfile()).display_name.value).toBe('Ana Lima');

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('print-plan')).toBeHidden();
  await expect(page.getByTestId('plan-document')).toBeVisible();
  await expect(page.getByRole('navigation')).toBeHidden();
  const formControls = await page.getByTestId('section-plan').locator('input, select, textarea, button, summary').evaluateAll(
    (nodes) => nodes.filter((n) => (n as HTMLElement).offsetParent !== null).length,
  );
  expect(formControls).toBe(0);

  const pdf = await page.pdf({ format: 'A4', margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' } });
  const pdfPath = test.info().outputPath('plan.pdf');
  writeFileSync(pdfPath, pdf);
  if (existsSync('/usr/bin/pdftoppm')) {
    // The first page as an image, kept with the test's artifacts for people to look at.
    execFileSync('/usr/bin/pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', '-singlefile', pdfPath, test.info().outputPath('plan-page-1')]);
  }
  const { text, pages } = await pdfText(pdf);
  expect(pages).toBeLessThanOrEqual(3);
  expect(text).toContain('Development plan of Ana Lima');
  expect(text).toContain('As of 30 Nov 2026');
  expect(text).toContain('Aiming for Platform Engineer');
  // pdfjs splits the "fi" ligature ("fi t"), so the fit is read around it.
  expect(text).toMatch(/31%\s+fi\s*t · 3 of 7 skills rated/);
  expect(text).toContain('Kubernetes: 0 → 2 (essential)');
  expect(text).toMatch(/☑ Resource: Kubernetes basics \(interactive\)/);
  expect(text).toMatch(/☐ Resource: Kubernetes Podcast/);
  expect(text).toContain('☑ Ask the SRE lead');
  expect(text).toContain('☐ Lead the March incident review');
  expect(text).toContain('<b>not bold</b>');
  expect(text).toContain('by 31 Mar 2027');
  for (const chrome of ['Print or save as PDF', 'Explore roles', 'How is fit calculated', 'Remove', 'Add action', 'mm/dd/yyyy']) {
    expect(text).not.toContain(chrome);
  }

  await page.emulateMedia({ media: 'screen' });
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-markdown').click()]);
  expect(download.suggestedFilename()).toBe('skillgap-plan-2026-11-30.md');
  await expect(page.getByTestId('toast')).toContainText('Your plan was saved as skillgap-plan-2026-11-30.md.');
  const markdown = readFileSync(await download.path(), 'utf8');
  expect(markdown).toContain('# Development plan of Ana Lima\n\n_As of 2026-11-30._');
  expect(markdown).toContain('1. Kubernetes: 0 → 2 (essential)');
  expect(markdown).toContain('### Shadow the on-call rota 🚀 \\<b\\>not bold\\</b\\> \\& مراجعة');
  expect(markdown).toContain('- [x] Ask the SRE lead\n');
  expect(markdown).toContain(`- [ ] ${long}\n`);
  expect(markdown).toContain('- [x] Resource: [Kubernetes basics (interactive)](<https://kubernetes.io/docs/tutorials/kubernetes-basics/>)');
});

test('dated goals export as a calendar file that reads back; without dates there is no file', async ({ page }) => {
  const widget = new SkillgapPage(page);
  await withGaps(widget);
  await widget.goto('plan');
  await writeOwnGoal(page, 'Shadow the on-call rota; two weeks, nights too');
  await expect(page.getByTestId('calendar-hint')).toHaveText('Give a goal a date to add it to your calendar.');
  await expect(page.getByTestId('export-calendar')).toHaveCount(0);
  await writeOwnGoal(page, 'Pass the CKA', '2027-02-28');
  await addActions(page, page.getByTestId('goal-own').filter({ hasText: 'CKA' }), ['Book the exam']);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-calendar').click()]);
  expect(download.suggestedFilename()).toMatch(/^skillgap-plan-\d{4}-\d\d-\d\d\.ics$/);
  const ics = readFileSync(await download.path(), 'utf8');
  expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
  for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  const unfolded = ics.replace(/\r\n /g, '');
  const events = unfolded.split('BEGIN:VEVENT').slice(1);
  expect(events).toHaveLength(1); // the undated goal has no entry
  const field = (name: string) => events[0].split('\r\n').find((l) => l.startsWith(name))?.slice(name.length);
  expect(field('SUMMARY:')).toBe('Pass the CKA');
  expect(field('DTSTART;VALUE=DATE:')).toBe('20270228');
  expect(field('DTEND;VALUE=DATE:')).toBe('20270301');
  expect(field('DESCRIPTION:')).toBe('Status: Planned\\n☐ Book the exam');
});

test('the share view shows a manager the role, the gap, priorities, strengths and the plan; importing is secondary', async ({ page }) => {
  const widget = new SkillgapPage(page);
  await withGaps(widget);
  await widget.rate('python', '4 Advanced');
  await widget.goto('grow');
  await page.getByTestId('resource-k8s-basics').getByTestId('save-resource').click();
  await widget.goto('plan');
  await writeOwnGoal(page, 'Shadow the on-call rota');
  await addActions(page, page.getByTestId('goal-own'), ['Ask the SRE lead']);
  await widget.goto('data');
  await page.getByLabel('My plan').check();
  await expect(page.getByTestId('share-link')).toHaveValue(/#sg1\./);
  const link = await page.getByTestId('share-link').inputValue();

  const manager = await page.context().browser()!.newContext();
  const view = await manager.newPage();
  await view.goto(link);
  await expect(view.getByTestId('shared-view')).toBeVisible();
  const rows = view.getByTestId('shared-requirements').locator('tbody tr');
  const feed = JSON.parse(readFileSync(new URL('../../../feeds/demo.json', import.meta.url), 'utf8'));
  const role = feed.roles.find((r: any) => r.id === 'platform-engineer');
  const skillName = (id: string) => feed.skills.find((s: any) => s.id === id).name;
  await expect(rows).toHaveCount(role.requirements.length);
  const firstSkill = await rows.first().locator('th').textContent();
  expect(firstSkill).toContain(skillName(role.requirements[0].skill)); // the framework's order
  await expect(rows.filter({ hasText: 'Kubernetes' })).toContainText(/Kubernetes \(essential\)\s*2\s*0\s*2/);
  await expect(view.getByTestId('doc-priorities')).toContainText('Kubernetes: 0 → 2 (essential)');
  await expect(view.getByTestId('plan-document')).toContainText('Strengths');
  await expect(view.getByTestId('plan-document')).toContainText('☐ Resource: Kubernetes basics (interactive)');
  await expect(view.getByTestId('plan-document')).toContainText('☐ Ask the SRE lead');
  await expect(view.getByTestId('import-preview')).toBeHidden();
  await expect(view.getByTestId('import-details').locator('summary')).toHaveText('Import these ratings into my own profile…');
  await expectNoAxeViolations(view);
  await view.getByTestId('import-details').locator('summary').click();
  await expect(view.getByTestId('import-details')).toContainText('These are someone else\'s ratings, not yours.');
  await expectNoAxeViolations(view);
  await manager.close();
});

test('saves, snapshots and imports are confirmed on screen and undone exactly', async ({ page }) => {
  const widget = new SkillgapPage(page);
  await withGaps(widget);
  const before = await widget.storedProfile();

  // Saving a suggestion made the goal; Undo takes off the goal too.
  await widget.goto('grow');
  await page.getByTestId('resource-k8s-basics').getByTestId('save-resource').click();
  await expect(page.getByTestId('toast')).toContainText('“Kubernetes basics (interactive)” saved to your plan.');
  await page.getByTestId('undo').click();
  await expect(page.getByTestId('resource-k8s-basics').getByTestId('save-resource')).toHaveText(/^Save to plan/);
  expect((await storedGoals(widget)).filter((g) => !g.deleted)).toEqual([]);

  // A deleted snapshot comes back with its ratings.
  await widget.goto('gap');
  await page.getByTestId('save-snapshot').click();
  await expect(page.getByTestId('toast')).toContainText('Snapshot saved for');
  const [day] = Object.keys((await widget.storedProfile()).snapshots);
  const snapshot = (await widget.storedProfile()).snapshots[day];
  await page.getByRole('button', { name: `Delete the snapshot of ${day}` }).click();
  await expect(page.getByTestId(`snapshot-${day}`)).toHaveCount(0);
  await page.getByTestId('undo').click();
  await expect(page.getByTestId(`snapshot-${day}`)).toBeVisible();
  const back = (await widget.storedProfile()).snapshots[day];
  expect([back.levels, back.target_role, back.deleted]).toEqual([snapshot.levels, snapshot.target_role, false]);

  // A file import that replaces everything is undone, and my data is as it was.
  await widget.goto('data');
  const file = { name: 'other.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ schema: 3, skills: { python: { level: 5, updated: 1 } } })) };
  await page.getByTestId('import-file').setInputFiles(file);
  await page.getByTestId('import-replace').click();
  await expect(page.getByTestId('toast')).toContainText('Your data was replaced by the imported file.');
  expect((await widget.storedProfile()).skills.kubernetes?.level ?? null).toBeNull();
  await page.getByTestId('undo').click();
  await expect(page.getByTestId('toast')).toContainText('The import was undone; your data is as it was.');
  const after = await widget.storedProfile();
  const levels = (p: any) => Object.fromEntries(Object.entries(p.skills).filter(([, e]: any) => e.level !== null && e.level !== undefined).map(([id, e]: any) => [id, e.level]));
  expect(levels(after)).toEqual(levels(before));
  expect(after.target_role.value).toBe(before.target_role.value);
});

test('the plan, My gap and Suggestions stay readable and accessible at 375 px in the dark', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.emulateMedia({ colorScheme: 'dark' });
  const widget = new SkillgapPage(page);
  await withGaps(widget);
  await widget.goto('gap');
  await page.getByTestId('gap-kubernetes').getByRole('button', { name: /^Add to plan/ }).click();
  await expectNoAxeViolations(page);
  await widget.goto('plan');
  await writeOwnGoal(page, 'مراجعة دليل التشغيل — a goal with a long, long title that has to wrap on a phone 🚀', '2027-01-15');
  await addActions(page, page.getByTestId('goal-own'), ['Ask the SRE lead']);
  await page.getByTestId('goal-own').getByTestId('open-attach').click();
  await page.getByTestId('goal-own').getByTestId('attach-field').fill('Mentor: Fatou Diop');
  await page.getByTestId('goal-own').getByTestId('attach-submit').click();
  await expect(page.getByTestId('goal-own').getByTestId('goal-mentor')).toContainText('Fatou Diop');
  await expect(page.getByTestId('toast')).toContainText('Fatou Diop is attached to this goal.');
  await expectNoAxeViolations(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  // A name that is not in the framework is refused with a reason, not silently.
  await page.getByTestId('goal-own').getByTestId('open-attach').click();
  await page.getByTestId('goal-own').getByTestId('attach-field').fill('Nobody at all');
  await page.getByTestId('goal-own').getByTestId('attach-submit').click();
  await expect(page.getByTestId('goal-own').getByTestId('attach-problem')).toHaveText('Nothing in the framework is called “Nobody at all”. Choose a name from the list.');
  await expectNoAxeViolations(page);
});
