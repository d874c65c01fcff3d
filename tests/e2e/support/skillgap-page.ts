import { expect, type Locator, type Page } from '@playwright/test';

/** Page object for the widget: what a user sees and does, by test id and accessible name. */
export class SkillgapPage {
  readonly root: Locator;
  readonly targetRole: Locator;
  readonly fit: Locator;
  readonly progress: Locator;
  readonly gapList: Locator;
  readonly diagnostics: Locator;
  readonly feedError: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('skillgap');
    this.targetRole = page.getByLabel('Role you aim for');
    this.fit = page.getByTestId('fit');
    this.progress = page.getByTestId('progress');
    this.gapList = page.getByTestId('gap-list');
    this.diagnostics = page.getByTestId('diagnostics');
    this.feedError = page.getByTestId('feed-error');
  }

  async open(query = '') {
    await this.page.goto(`/index.html${query}`);
    await expect(this.root).toBeVisible();
  }

  async waitForFeed() {
    await expect(this.targetRole).toBeVisible();
  }

  async goto(section: 'assess' | 'gap' | 'explore' | 'paths' | 'grow' | 'plan' | 'data') {
    await this.page.getByTestId(`nav-${section}`).click();
    await expect(this.page.getByTestId(`section-${section}`)).toBeVisible();
  }

  get ratedProgress(): Locator {
    return this.page.getByTestId('rated-progress');
  }

  async chooseCurrentRole(label: string) {
    await this.page.getByLabel('Your current role').selectOption({ label });
  }

  async chooseTargetRole(label: string) {
    await this.targetRole.selectOption({ label });
  }

  skillGroup(skillId: string): Locator {
    return this.page.getByTestId(`rate-${skillId}`);
  }

  /** Clicks a level on the skill's scale ("3 Practitioner", or "Not rated"). */
  async rate(skillId: string, levelLabel: string) {
    const id = await this.level(skillId, levelLabel).getAttribute('id');
    await this.skillGroup(skillId).locator(`label[for="${id}"]`).click();
  }

  /** The descriptions of every level of a skill, shown once its guide is open. */
  levelGuide(skillId: string): Locator {
    return this.skillGroup(skillId).getByTestId('level-guide');
  }

  async openLevelGuide(skillId: string) {
    const toggle = this.skillGroup(skillId).getByTestId('guide-toggle');
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await expect(this.levelGuide(skillId)).toBeVisible();
  }

  /** Opens a skill's interest and note, which are shown on demand. */
  async openDetails(skillId: string) {
    const toggle = this.skillGroup(skillId).getByTestId('details-toggle');
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await expect(this.skillGroup(skillId).getByTestId('note')).toBeVisible();
  }

  gapLine(skillId: string): Locator {
    return this.page.getByTestId(`gap-${skillId}`);
  }

  level(skillId: string, label: string): Locator {
    return this.skillGroup(skillId).getByLabel(label, { exact: true });
  }

  /** How many feed texts the widget keeps in Cache Storage for outages. */
  async cachedFeedCount() {
    return this.page.evaluate(async () => {
      let count = 0;
      for (const name of await caches.keys()) {
        if (name.endsWith(':feeds')) count += (await (await caches.open(name)).keys()).length;
      }
      return count;
    });
  }

  /** The text kept in Cache Storage for outages for a feed URL (relative to the page), or null. */
  async cachedFeedText(url: string) {
    return this.page.evaluate(async (url) => {
      for (const name of await caches.keys()) {
        if (!name.endsWith(':feeds')) continue;
        const found = await (await caches.open(name)).match(new URL(url, location.href).href);
        if (found) return found.text();
      }
      return null;
    }, url);
  }

  async storedRaw(namespace = 'skillgap') {
    return this.page.evaluate((key) => localStorage.getItem(key), `${namespace}:profile`);
  }

  async storedProfile(namespace = 'skillgap') {
    return this.page.evaluate((key) => {
      const raw = localStorage.getItem(key);
      return raw === null ? null : JSON.parse(raw);
    }, `${namespace}:profile`);
  }
}
