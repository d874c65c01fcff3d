import { expect, test } from '@playwright/test';
import { SkillgapPage } from '../support/skillgap-page';
import { expectNoAxeViolations } from '../support/axe';

async function platformEngineerWithGaps(widget: SkillgapPage) {
  await widget.open();
  await widget.waitForFeed();
  await widget.chooseTargetRole('Platform Engineer · Associate');
  await widget.rate('kubernetes', '0 None'); // needs 2, essential
  await widget.rate('observability', '1 Aware'); // needs 2
  await widget.rate('cloud-infrastructure', '1 Aware'); // needs 2, essential
  await widget.goto('grow');
}

test('preferences change the list; two resources and a mentor go into a dated goal; a dismissal lasts', async ({ page }) => {
  const widget = new SkillgapPage(page);
  await platformEngineerWithGaps(widget);
  const resources = page.getByTestId('resource-suggestions');
  await expect(resources.getByTestId('resource-k8s-basics').getByTestId('why')).toHaveText('builds Kubernetes 0 → 2 · 2 h · free · course · English');
  await expect(resources.getByTestId('resource-k8s-cka')).toHaveCount(0); // starts at 2: too advanced for level 0
  await expectNoAxeViolations(page);

  // Preferences: the user's own choice narrows the list.
  await expect(resources.getByTestId('resource-cloud-fundamentals')).toBeVisible();
  await page.getByTestId('preferences').locator('summary').click();
  await page.getByTestId('max-duration').selectOption('240');
  await expect(resources.getByTestId('resource-cloud-fundamentals')).toHaveCount(0); // 5 h
  await expect(resources.getByTestId('resource-k8s-basics')).toBeVisible();
  await page.getByTestId('max-duration').selectOption('');
  await expect(resources.getByTestId('resource-cloud-fundamentals')).toBeVisible();

  await resources.getByTestId('resource-k8s-basics').getByTestId('save-resource').click();
  await resources.getByTestId('resource-k8s-podcast').getByTestId('save-resource').click();
  const mentor = page.getByTestId('mentor-suggestions').locator('li').filter({ hasText: 'Fatou Diop' });
  await mentor.getByTestId('save-mentor').click();
  await expect(page.getByTestId('announcer')).toHaveText('Fatou Diop saved to your plan, under Kubernetes.');

  await resources.getByTestId('resource-otel-intro').getByTestId('dismiss-resource').click();
  await expect(resources.getByTestId('resource-otel-intro')).toHaveCount(0);
  await expect(page.getByTestId('dismissed')).toContainText('Dismissed and hidden (1)');

  await widget.goto('plan');
  const goal = page.getByTestId('goal-kubernetes');
  await expect(goal).toContainText('Kubernetes');
  await expect(goal.getByTestId('goal-resource-k8s-basics')).toContainText('Kubernetes basics (interactive)');
  await expect(goal.getByTestId('goal-resource-k8s-podcast')).toContainText('Kubernetes Podcast');
  await expect(goal).toContainText('Mentor: Fatou Diop (Senior Platform Engineer)');
  await goal.getByTestId('goal-date').fill('2027-03-31');
  await goal.getByTestId('goal-notes').fill('Ask Fatou about on-call');
  await goal.getByTestId('goal-notes').blur();
  await expect.poll(async () => {
    const plan = (await widget.storedProfile()).plan;
    return Object.values(plan).map((g: any) => [g.skill, g.target_date, g.resources, g.mentors, g.notes]);
  }).toEqual([['kubernetes', '2027-03-31', ['k8s-basics', 'k8s-podcast'], ['m-fatou'], 'Ask Fatou about on-call']]);
  await expectNoAxeViolations(page);

  // One resource and the mentor come off the goal; the goal and the rest stay.
  await goal.getByTestId('goal-resource-k8s-podcast').getByTestId('detach-resource').click();
  await expect(goal.getByTestId('goal-resource-k8s-podcast')).toHaveCount(0);
  await expect(goal.getByRole('heading', { name: /Kubernetes/ })).toBeFocused();
  await goal.getByTestId('detach-mentor').focus();
  await page.keyboard.press('Enter');
  await expect(goal.getByTestId('goal-mentor')).toHaveCount(0);
  await expect(page.getByTestId('announcer')).toHaveText('Fatou Diop (Senior Platform Engineer) was taken off this goal.');
  await expect.poll(async () => {
    const plan = (await widget.storedProfile()).plan;
    return Object.values(plan).map((g: any) => [g.skill, g.resources, g.mentors, g.deleted]);
  }).toEqual([['kubernetes', ['k8s-basics'], [], false]]);
  await widget.goto('grow');
  await expect(page.getByTestId('resource-k8s-podcast').getByTestId('save-resource')).toHaveText(/^Save to plan/);
  await expect(page.getByTestId('resource-k8s-basics').getByTestId('save-resource')).toHaveText(/^Saved to plan/);
  await widget.goto('plan');
  await expectNoAxeViolations(page);

  await page.reload();
  await widget.goto('grow');
  await expect(page.getByTestId('resource-suggestions').getByTestId('resource-k8s-basics')).toBeVisible();
  await expect(page.getByTestId('resource-otel-intro')).toHaveCount(0);
  await page.getByTestId('dismissed').locator('summary').click();
  await page.getByTestId('dismissed').locator('li', { hasText: 'OpenTelemetry in practice' }).getByRole('button', { name: /^Restore/ }).click();
  await expect(page.getByTestId('resource-otel-intro')).toBeVisible();
});

test('the mentor contact link carries the editable, pre-filled message', async ({ page }) => {
  const widget = new SkillgapPage(page);
  await platformEngineerWithGaps(widget);
  const mentor = page.getByTestId('mentor-suggestions').locator('li').filter({ hasText: 'Fatou Diop' });
  await expect(mentor.getByTestId('why')).toContainText('offers Kubernetes');
  await mentor.getByTestId('contact-mentor').click();
  const message = mentor.getByTestId('intro-message');
  await expect(message).toHaveValue(/^Hi Fatou,\n\nI'm working on my Kubernetes \(I'd put myself at level 0 and I'm aiming for 2\)/);
  await message.fill('Hi Fatou, could we talk about on-call?');
  const href = await mentor.getByTestId('contact-link').getAttribute('href');
  expect(href).toMatch(/^slack:\/\/user\?team=TLARK&id=UFATOU$/); // Slack cannot be pre-filled
  await expect(mentor.getByTestId('contact-link')).toHaveText('Open their contact link (paste your message there)');

  const mail = page.getByTestId('mentor-suggestions').locator('li').filter({ has: page.getByTestId('contact-link').or(page.getByTestId('contact-mentor')) }).filter({ hasText: 'Ana Ribeiro' });
  await mail.getByTestId('contact-mentor').click();
  await mail.getByTestId('intro-message').fill('Hi Ana, 30 minutes on Kubernetes?');
  const mailto = await mail.getByTestId('contact-link').getAttribute('href');
  expect(mailto).toBe('mailto:ana.ribeiro@larkspur.example?subject=Mentoring%20on%20Kubernetes%3F&body=Hi%20Ana%2C%2030%20minutes%20on%20Kubernetes%3F');
  await expectNoAxeViolations(page);
});

test('finishing a resource offers a re-rating, and the plan prints without chrome', async ({ page }) => {
  const widget = new SkillgapPage(page);
  await platformEngineerWithGaps(widget);
  await page.getByTestId('resource-k8s-basics').getByTestId('save-resource').click();
  await widget.goto('plan');
  const goal = page.getByTestId('goal-kubernetes');
  await goal.getByTestId('goal-resource-k8s-basics').getByRole('checkbox').check();
  await expect(goal.getByTestId('rerate-offer')).toContainText('You finished “Kubernetes basics (interactive)”. Would you like to re-rate Kubernetes?');
  await expect(goal.getByTestId('goal-status')).toHaveValue('in-progress');
  await expect(widget.level('kubernetes', '0 None')).toHaveCount(0); // nothing forced
  await goal.getByTestId('rerate-now').click();
  await expect(page.getByTestId('section-assess')).toBeVisible();
  await expect(widget.level('kubernetes', '0 None')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(widget.level('kubernetes', '2 Working')).toBeChecked();

  await widget.goto('plan');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('print-plan')).toBeHidden();
  await expect(page.getByRole('navigation')).toBeHidden();
  const pdf = await page.pdf({ format: 'A4' });
  // pdfjs turns the PDF back into text, so the assertion reads what a person would read.
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(pdf) }).promise;
  let text = '';
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    text += content.items.map((item: any) => item.str).join(' ') + '\n';
  }
  expect(doc.numPages).toBeLessThanOrEqual(2);
  expect(text).toContain('Development plan');
  expect(text).toContain('Kubernetes');
  // The finished resource prints as done, with its address: paper cannot be clicked.
  expect(text).toMatch(/☑ Resource: Kubernetes basics \(interactive\)\s+https:\/\/kubernetes\.io\//);
  expect(text).toContain('Aiming for Platform Engineer');
  expect(text).not.toContain('Print or save as PDF');
  expect(text).not.toContain('Explore roles');
});

test('a goal past its date is shown gently, and the plan downloads as Markdown', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-22T10:00:00Z'));
  const widget = new SkillgapPage(page);
  await platformEngineerWithGaps(widget);
  await page.getByTestId('resource-k8s-basics').getByTestId('save-resource').click();
  await widget.goto('plan');
  const goal = page.getByTestId('goal-kubernetes');
  await goal.getByTestId('goal-date').fill('2026-10-01');
  await expect(goal.getByTestId('overdue')).toHaveText('The date you set has passed. Move it if that helps; plans change.');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-markdown').click()]);
  expect(download.suggestedFilename()).toBe('skillgap-plan-2026-11-22.md');
  const { readFileSync } = await import('node:fs');
  const markdown = readFileSync(await download.path(), 'utf8');
  expect(markdown).toContain('### Kubernetes\n\n- Skill: Kubernetes · now 0 · aiming for 2\n');
  expect(markdown).toContain('- Target date: 2026-10-01 (past)');
  expect(markdown).toContain('- [ ] Resource: [Kubernetes basics (interactive)](<https://kubernetes.io/docs/tutorials/kubernetes-basics/>)');
});
