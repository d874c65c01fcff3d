import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking'] });
const page = await browser.newPage();
page.on('console', m => console.log('console:', m.text()));
await page.goto('http://127.0.0.1:4181/index.html');
await page.getByLabel('Role you aim for').selectOption({ label: 'Platform Engineer · Associate' });
await page.getByTestId('rate-kubernetes').getByText('2 Working', { exact: true }).click();
await page.waitForTimeout(300);
console.log('before', await page.evaluate(() => localStorage.getItem('skillgap:profile')));
await page.getByTestId('nav-data').click();
await page.getByTestId('delete-all').click();
await page.getByTestId('confirm-delete').click();
await page.waitForTimeout(300);
console.log('after', await page.evaluate(() => localStorage.getItem('skillgap:profile')));
// quota
await page.getByTestId('nav-assess').click();
await page.getByLabel('Role you aim for').selectOption({ label: 'Platform Engineer · Associate' });
await page.waitForTimeout(300);
const n = await page.evaluate(() => {
    const chunk = 'x'.repeat(256 * 1024); let i = 0;
    for (; ; i++) { try { localStorage.setItem(`filler-${i}`, chunk); } catch (e) { break; } }
    for (let size = 16 * 1024; size >= 1; size = Math.floor(size / 2)) { try { localStorage.setItem(`filler-small-${size}`, 'y'.repeat(size)); } catch { } }
    let ok = true; try { localStorage.setItem('probe', 'zz'); } catch { ok = false; }
    return [i, ok];
});
console.log('filled', n);
await page.getByTestId('rate-python').getByText('4 Advanced', { exact: true }).click();
await page.waitForTimeout(500);
console.log('banner', await page.getByTestId('storage-banner').count());
console.log('stored', (await page.evaluate(() => localStorage.getItem('skillgap:profile')))?.slice(0, 200));
await browser.close();
