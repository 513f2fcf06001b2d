import { chromium } from 'playwright-core';
import { serveDist } from './support/static-server.ts';
import { CHROME_FLAGS, CHROME_PATH } from './bench/chrome.mjs';
const site = await serveDist('dist', '/');
const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_FLAGS });
const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
const errors = [];
page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
for (const [p, f] of process.argv.slice(2).map((a) => a.split('='))) {
  await page.goto(site.url(p), { waitUntil: 'networkidle' });
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: f });
}
console.log('errors', errors);
await browser.close();
await site.close();
