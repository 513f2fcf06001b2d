#!/usr/bin/env node
// `npm run bench`: the numbers behind the guide's speed and size claims, printed as tables.
// Builds what it measures (the site at the root, a 10x corpus, and a stock Starlight baseline).
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { serveDist } from '../support/static-server.ts';
import { CHROME_FLAGS, CHROME_PATH } from './chrome.mjs';
import { kb, measurePage } from './measure-page.mjs';
import { measureSearch } from './search-latency.mjs';
import { lighthouseScores } from './lighthouse-scores.mjs';
import { measureSession, precacheBytes, SESSION_ARTICLES } from './session.mjs';
import { buildStockBaseline, checkReproducible, measureBuilds, pagefindIndexSize } from './builds.mjs';

const only = new Set(process.argv.slice(2));
const want = (section) => only.size === 0 || only.has(section);
const ARTICLE = 'role/work-environment/';
const FA_ARTICLE = `fa/${ARTICLE}`;
const trimSlash = (path) => path.replace(/\/$/, '');
const TEMPLATES = [
  ['home', ''],
  ['article', ARTICLE],
  ['builder', 'hiring/job-description-builder/'],
  ['assessment', 'career/self-assessment/'],
];

if (!existsSync('dist/index.html')) {
  console.error('No build in dist/: run "npm run build" first.');
  process.exit(1);
}
const site = await serveDist('dist', '/');
const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_FLAGS });

try {
  if (want('weight')) {
    console.log('\n## First-load transfer per template (gzip, phone viewport)');
    console.table(
      await Promise.all(
        TEMPLATES.map(async ([name, path]) => {
          const m = await measurePage(browser, site.url(path));
          return {
            template: name,
            requests: m.requests,
            html: kb(m.totals.html),
            css: kb(m.totals.css),
            js: `${kb(m.totals.js)} (${m.files.js} files)`,
            total: kb(m.total),
          };
        }),
      ),
    );
  }

  // One stock Starlight build serves both comparisons, so they are measured side by side.
  const stock =
    want('stock') || want('session')
      ? buildStockBaseline('dist', [...new Set([ARTICLE, FA_ARTICLE, ...SESSION_ARTICLES])].map(trimSlash))
      : undefined;
  const stockSite = stock ? await serveDist(stock.dist, '/') : undefined;
  try {
    if (want('stock')) {
      console.log('\n## Article against stock Starlight with the same article');
      const rows = [];
      const ratios = [];
      for (const [label, path, target] of [
        ['article', ARTICLE, 0.6],
        ['Persian article', FA_ARTICLE, 1.0],
      ]) {
        const ours = await measurePage(browser, site.url(path));
        const theirs = await measurePage(browser, stockSite.url(path));
        for (const [name, m] of [
          [`${label}: this guide`, ours],
          [`${label}: stock Starlight`, theirs],
        ])
          rows.push({
            site: name,
            requests: m.requests,
            js: kb(m.totals.js),
            css: kb(m.totals.css),
            html: kb(m.totals.html),
            other: kb(m.totals.other),
            total: kb(m.total),
          });
        ratios.push(
          `${label} ratio (ours / stock): ${(ours.total / theirs.total).toFixed(2)} (target <= ${target.toFixed(2)})`,
        );
      }
      console.table(rows);
      for (const line of ratios) console.log(line);
    }

    if (want('session')) {
      console.log('\n## Reading session: five articles, first cold, then warm cache (gzip, phone viewport)');
      const ours = await measureSession(browser, site, SESSION_ARTICLES);
      const theirs = await measureSession(browser, stockSite, SESSION_ARTICLES);
      console.table(
        SESSION_ARTICLES.map((path, i) => ({
          page: path,
          'this guide': `${kb(ours.pages[i].bytes)} (${ours.pages[i].requests} req)`,
          'stock Starlight': `${kb(theirs.pages[i].bytes)} (${theirs.pages[i].requests} req)`,
        })).concat([{ page: 'total', 'this guide': kb(ours.total), 'stock Starlight': kb(theirs.total) }]),
      );
      console.log(`session ratio (ours / stock): ${(ours.total / theirs.total).toFixed(2)} (target <= 0.80)`);
      const precache = precacheBytes('dist');
      if (precache)
        console.log(
          `offline precache, downloaded once in the background after the first page (gzip): English ${kb(precache.en)}, Persian ${kb(precache.fa)}`,
        );
    }
  } finally {
    await stockSite?.close();
    stock?.cleanup();
  }

  if (want('search')) {
    console.log('\n## Search (query set through the search dialog in Chromium)');
    const s = await measureSearch(browser, site);
    console.log(
      `queries ${s.queries}  p50 ${s.p50.toFixed(1)} ms  p95 ${s.p95.toFixed(1)} ms  max ${s.max.toFixed(1)} ms  MRR ${s.mrr.toFixed(3)}  (target: results within 150 ms)`,
    );
    console.log(`Pagefind index: ${kb(pagefindIndexSize('dist'))} on disk`);
  }

  if (want('lighthouse')) {
    console.log('\n## Lighthouse, mobile (Debian Chromium)');
    const scores = await lighthouseScores(TEMPLATES.map(([name, path]) => [name, site.url(path)]));
    console.table(
      scores.map((s) => ({
        template: s.name,
        perf: s.performance,
        a11y: s.accessibility,
        'best practices': s.bestPractices,
        seo: s.seo,
        'LCP ms': Math.round(s.lcp),
        'TBT ms': Math.round(s.tbt),
        CLS: s.cls.toFixed(3),
      })),
    );
    for (const s of scores)
      if (s.failing.length) console.log(`${s.name}: audits below 100%: ${s.failing.join(', ')}`);
  }

  if (want('build')) {
    console.log('\n## Build speed (fresh copies of the project)');
    console.table(
      measureBuilds().map((b) => ({
        corpus: b.corpus,
        pages: b.pages,
        seconds: b.seconds.toFixed(1),
        'pages/s': b.pagesPerSecond.toFixed(1),
      })),
    );
  }
  if (want('reproducible')) {
    console.log('\n## Reproducible build (two fresh builds compared byte for byte)');
    const r = checkReproducible();
    console.log(
      r.differing.length === 0
        ? `identical: ${r.files} files`
        : `${r.differing.length} of ${r.files} files differ: ${r.differing.slice(0, 10).join(', ')}`,
    );
  }
} finally {
  await browser.close();
  await site.close();
}
