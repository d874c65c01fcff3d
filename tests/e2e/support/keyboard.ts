import { expect, type Page } from '@playwright/test';

/** Presses Tab (or Shift+Tab) until the focused element matches, as a keyboard user would. */
export async function tabUntil(page: Page, matches: (el: Element) => boolean, options: { back?: boolean; max?: number } = {}) {
  const key = options.back ? 'Shift+Tab' : 'Tab';
  for (let i = 0; i < (options.max ?? 80); i++) {
    await page.keyboard.press(key);
    const found = await page.evaluate((source) => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      // eslint-disable-next-line no-new-func
      return el ? (new Function('el', `return (${source})(el)`) as (e: Element) => boolean)(el) : false;
    }, matches.toString());
    if (found) return;
  }
  throw new Error(`focus never reached the element (${matches.toString()})`);
}

export async function focusedText(page: Page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return (el as HTMLElement | null)?.innerText ?? '';
  });
}

export async function expectFocusVisible(page: Page) {
  const outline = await page.evaluate(() => {
    let el = document.activeElement as HTMLElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement as HTMLElement;
    const target = el.tagName === 'INPUT' && (el as HTMLInputElement).type === 'radio' ? el.nextElementSibling! : el;
    return getComputedStyle(target).outlineStyle;
  });
  expect(outline).not.toBe('none');
}
