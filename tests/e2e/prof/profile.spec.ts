import { expect, test } from '@playwright/test';
import { writeFileSync } from 'node:fs';

// Where the time goes while the large feed loads (and, with PROF_SEARCH=1, while a query is
// typed, or with PROF_RATING=1 only while 25 ratings are clicked): CPU profile self time per
// function, from a build that keeps function names.
// Run through scripts/profile.sh; not part of the test suite.
test('profile the large feed', async ({ page }) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  const rating = Boolean(process.env.PROF_RATING);
  if (!rating) await cdp.send('Profiler.start');
  // PROF_FEED=large-bad-refs.json profiles a feed with 500 unknown and 200 misspelt references.
  await page.goto(`/index.html?feed=/perf/${process.env.PROF_FEED ?? 'large.json'}&storage-key=profile`);
  await expect(page.locator('skill-gap #sg-target-role')).toBeVisible({ timeout: 60_000 });
  if (rating) {
    await page.locator('skill-gap #sg-target-role').selectOption('r0');
    await expect(page.locator('skill-gap div.sg-skill').first()).toBeVisible();
    await cdp.send('Profiler.start');
    await page.evaluate(async () => {
      const root = document.querySelector('skill-gap')!.shadowRoot!;
      for (let i = 0; i < 25; i++) {
        const labels = root.querySelectorAll('div.sg-skill')[i % 5].querySelectorAll<HTMLElement>('label.sg-level');
        labels[1 + (Math.floor(i / 5) % (labels.length - 1))].click();
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    });
  }
  const query = process.env.PROF_SEARCH ? 'strategic cloud forecasting' : '';
  for (let i = 1; i <= query.length; i++) {
    await page.evaluate((q) => {
      const input = document.querySelector('skill-gap')!.shadowRoot!.querySelector('#sg-skill-search') as HTMLInputElement;
      input.value = q;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }, query.slice(0, i));
  }
  const { profile } = await cdp.send('Profiler.stop');
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  profile.samples!.forEach((id, i) => {
    const frame = nodes.get(id)!.callFrame;
    const name = frame.functionName || frame.url || '(anonymous)';
    self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas![i] ?? 0) / 1000);
  });
  const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 50);
  const report = top.map(([name, ms]) => `${ms.toFixed(1).padStart(8)} ms  ${name.slice(0, 140)}`).join('\n');
  writeFileSync('test-results/profile.txt', report + '\n');
});
