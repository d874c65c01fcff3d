import { expect, test } from '@playwright/test';
import { SkillgapPage } from '../support/skillgap-page';
import { expectNoAxeViolations } from '../support/axe';

const HOSTILE = {
  format_version: 1,
  framework: { id: 'larkspur', name: 'Larkspur Energy competency framework' },
  skills: [{ id: 'kubernetes', name: 'Kubernetes' }],
  roles: [{ id: 'x', name: 'Platform Engineer', requirements: [{ skill: 'kubernetes', level: 2 }] }],
  resources: [{ id: 'phish', title: 'Mandatory: re-verify your account', url: 'https://phish.example.net/login', skills: [{ skill: 'kubernetes', from: 0, to: 2 }] }],
};

function port() {
  return new URL(test.info().project.use.baseURL!).port;
}

test('a link cannot load a feed from a data: address or another site; the page says so and shows its own framework', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  const widget = new SkillgapPage(page);
  const data = `data:application/json,${encodeURIComponent(JSON.stringify(HOSTILE))}`;
  const foreign = `http://localhost:${port()}/fixtures/changes-before.json`;
  await widget.open(`?feed=${encodeURIComponent(data)}&feed=${encodeURIComponent(foreign)}`);
  await widget.waitForFeed();
  const refused = page.getByTestId('feed-refused');
  await expect(refused).toContainText('given as a “data” address, which links cannot do');
  await expect(refused).toContainText(`from http://localhost:${port()}, a site this page does not list as a source`);
  await expect(page.getByTestId('framework-name')).toHaveText('Larkspur Energy competency framework'); // the demo feed
  await expect(page.getByTestId('feed-source')).toHaveCount(0);
  expect(requests.filter((u) => u.startsWith('http://localhost') || u.startsWith('data:'))).toEqual([]);
  await expectNoAxeViolations(page);
});

test('a page may list other origins for linked feeds, and the header names where the framework comes from', async ({ page }) => {
  const widget = new SkillgapPage(page);
  await page.goto(`/fixtures/feed-origins.html?feed=${encodeURIComponent(`http://localhost:${port()}/fixtures/changes-before.json`)}`);
  await widget.waitForFeed();
  await expect(page.getByTestId('framework-name')).toContainText('Changing framework');
  await expect(page.getByTestId('feed-source')).toHaveText(` · from http://localhost:${port()}`);
  await expect(page.getByTestId('feed-refused')).toHaveCount(0);
});

test('a share link carries the framework the sharer used, never the sharer’s own view settings', async ({ page }) => {
  const widget = new SkillgapPage(page);
  await widget.open('?feed=/feeds/demo.json&role=data-analyst&diagnostics&lang=en');
  await widget.waitForFeed();
  await widget.rate('sql', '2 Working');
  await widget.goto('data');
  await expect(page.getByTestId('share-link')).toHaveValue(
    new RegExp(`^http://127\\.0\\.0\\.1:${port()}/index\\.html\\?feed=%2Ffeeds%2Fdemo\\.json&role=data-analyst#sg1\\.`),
  );
});

test('a share link of an unknown format version is answered with a message, not ignored', async ({ page }) => {
  const widget = new SkillgapPage(page);
  for (const fragment of ['#sg2.eJwDAAAAAAE', '#SG1.eJwDAAAAAAE']) {
    await page.goto('about:blank');
    await page.goto(`/index.html${fragment}`);
    await expect(page.getByTestId('share-error')).toHaveText(/made in a format this version of Skillgap does not know/);
  }
  await page.goto('about:blank');
  await page.goto('/index.html#section-2');
  await widget.waitForFeed();
  await expect(page.getByTestId('share-error')).toHaveCount(0);
});

test('a same-origin link that redirects to another site does not load that site’s feed', async ({ page }) => {
  const widget = new SkillgapPage(page);
  const foreign = `http://localhost:${port()}/fixtures/changes-before.json`;
  await widget.open(`?diagnostics&feed=${encodeURIComponent(`/redirect?to=${encodeURIComponent(foreign)}`)}`);
  await expect(page.getByTestId('feed-error')).toContainText(`from http://localhost:${port()}, a site this page does not list as a source`);
  await expect(page.getByTestId('framework-name')).not.toHaveText('Changing framework');
});
