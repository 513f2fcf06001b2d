#!/usr/bin/env node
// Screenshots of pages at phone and desktop width, light and dark, for a person to look at.
// Usage: npm run screenshots -- [path ...]   (default: home and one article). Output: screenshots/.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { serveDist } from '../support/static-server.ts';
import { CHROME_FLAGS, CHROME_PATH } from '../support/chrome.ts';

const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['', 'role/duties/'];
const dir = process.env.DIST_ROOT || 'dist';
mkdirSync('screenshots', { recursive: true });
const site = await serveDist(dir, '/');
const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_FLAGS });
const sizes = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } };
for (const path of paths) {
  for (const [sizeName, viewport] of Object.entries(sizes)) {
    for (const theme of ['light', 'dark']) {
      const context = await browser.newContext({ viewport, colorScheme: theme, deviceScaleFactor: 1 });
      const page = await context.newPage();
      await page.goto(site.url(path));
      const name = `screenshots/${(path || 'home').replace(/\/$/, '').replace(/\//g, '_')}-${sizeName}-${theme}.png`;
      await page.screenshot({ path: name, fullPage: process.env.FULL_PAGE === '1' });
      console.log(name);
      await context.close();
    }
  }
}
await browser.close();
await site.close();
