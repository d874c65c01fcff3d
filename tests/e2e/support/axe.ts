import { expect, type Page } from '@playwright/test';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Injects axe-core into the page and expects no WCAG 2.1 A/AA violations. */
export async function expectNoAxeViolations(page: Page, include?: string) {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async (include) => {
    const context = include ? { include: [[include]] } : document;
    // @ts-expect-error axe is injected above
    const result = await window.axe.run(context, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v: { id: string; help: string; nodes: { target: string[] }[] }) => ({
      id: v.id,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  }, include);
  expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
}
