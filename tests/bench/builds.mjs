import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { parse } from 'node-html-parser';
import { hostHeaders } from '../../src/integrations/host-headers.ts';

const root = resolve(import.meta.dirname, '../..');
const astroBin = join(root, 'node_modules/astro/bin/astro.mjs');

/**
 * A scratch project under test-results/ (git-ignored) with its own node_modules made of hard
 * links to this project's: instant, no extra disk, and Vite sees an ordinary project. (Symlinks or
 * a node_modules found further up make Astro 7 resolve modules outside the project root.)
 */
function scratchDir(prefix) {
  mkdirSync(join(root, 'test-results'), { recursive: true });
  const dir = mkdtempSync(join(root, 'test-results', prefix));
  const copy = spawnSync('cp', ['-al', join(root, 'node_modules'), join(dir, 'node_modules')]);
  if (copy.status !== 0) throw new Error(`could not link node_modules into ${dir}: ${copy.stderr}`);
  return dir;
}

function build(dir, env = {}) {
  const started = performance.now();
  const run = spawnSync(process.execPath, [astroBin, 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', OUT_DIR: '', BASE_PATH: '', ...env },
  });
  if (run.status !== 0) throw new Error(`build in ${dir} failed:\n${run.stdout}\n${run.stderr}`);
  return (performance.now() - started) / 1000;
}

function countPages(dir) {
  let count = 0;
  const visit = (path) => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      if (entry.isDirectory()) visit(join(path, entry.name));
      else if (entry.name === 'index.html') count++;
    }
  };
  visit(dir);
  return count;
}

function copyProject() {
  const dir = scratchDir('bench-');
  for (const path of ['src', 'public']) cpSync(join(root, path), join(dir, path), { recursive: true });
  for (const file of ['astro.config.mjs', 'package.json', 'tsconfig.json'])
    cpSync(join(root, file), join(dir, file));
  return dir;
}

/** Every MDX page copied `times - 1` more times under copy-N/ folders: a corpus `times` as large. */
function multiplyCorpus(dir, times) {
  const docs = join(dir, 'src/content/docs');
  const pages = [];
  const visit = (path) => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      const full = join(path, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (entry.name.endsWith('.mdx') && !/^(index|404)\.mdx$/.test(relative(docs, full)))
        pages.push(full);
    }
  };
  visit(docs);
  for (let n = 1; n < times; n++) {
    for (const page of pages) {
      const target = join(docs, `copy-${n}`, relative(docs, page));
      mkdirSync(join(target, '..'), { recursive: true });
      // One level deeper: relative imports of components need one more "../".
      writeFileSync(
        target,
        readFileSync(page, 'utf8').replace(/from '(\.\.\/)+/g, (m) => m.replace("'", "'../")),
      );
    }
  }
}

/** Build time and pages per second for the site as it is and for a corpus ten times larger. */
export function measureBuilds() {
  const results = [];
  for (const times of [1, 10]) {
    const dir = copyProject();
    try {
      if (times > 1) multiplyCorpus(dir, times);
      const seconds = build(dir);
      const pages = countPages(join(dir, 'dist'));
      results.push({ corpus: `${times}x`, pages, seconds, pagesPerSecond: pages / seconds });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return results;
}

/**
 * Our build moves icons into a sprite (src/integrations/icon-sprite.ts); stock Starlight writes
 * them inline. Returns a function that puts the icons back, so the copied article is what stock
 * Starlight would render.
 */
function iconInliner(ourDist) {
  const sprite = readdirSync(join(ourDist, '_astro')).find((name) => /^icons\..*\.svg$/.test(name));
  if (!sprite) return (html) => html;
  const symbols = new Map(
    [
      ...readFileSync(join(ourDist, '_astro', sprite), 'utf8').matchAll(
        /<symbol id="([^"]+)"[^>]*>(.*?)<\/symbol>/g,
      ),
    ].map((m) => [m[1], m[2]]),
  );
  return (html) => html.replace(/<use href="[^"#]*#([^"]+)"\/>/g, (all, id) => symbols.get(id) ?? all);
}

/**
 * A stock Starlight site (no overrides, default search, English at the root and Persian under /fa/
 * like ours) holding the same articles as ours: each article's rendered content is copied in as
 * HTML inside Markdown. It gets the same host cache rules as ours (`_headers`: hashed assets cached
 * for good), so a reading session compares like with like. Returns the built folder.
 */
export function buildStockBaseline(ourDist, slugs) {
  const dir = scratchDir('stock-');
  mkdirSync(join(dir, 'src/content/docs'), { recursive: true });
  const inlineIcons = iconInliner(ourDist);
  for (const slug of slugs) {
    const html = parse(inlineIcons(readFileSync(join(ourDist, slug, 'index.html'), 'utf8')));
    const title = html.querySelector('h1')?.text.trim() ?? 'Article';
    const description = html.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
    const body = html.querySelector('.sl-markdown-content')?.innerHTML ?? '';
    mkdirSync(join(dir, 'src/content/docs', slug, '..'), { recursive: true });
    writeFileSync(
      join(dir, 'src/content/docs', `${slug}.md`),
      `---\ntitle: ${JSON.stringify(title)}\ndescription: ${JSON.stringify(description)}\n---\n\n<div>\n${body}\n</div>\n`,
    );
  }
  // Same dependency list as ours: Vite decides what to bundle from package.json.
  cpSync(join(root, 'package.json'), join(dir, 'package.json'));
  // A Starlight project starts with a favicon in public/; without one every page asks for it and
  // gets the 404 page.
  mkdirSync(join(dir, 'public'));
  cpSync(join(root, 'public/favicon.svg'), join(dir, 'public/favicon.svg'));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({
  site: 'https://stock.example',
  integrations: [
    starlight({
      title: 'Stock Starlight',
      defaultLocale: 'root',
      locales: { root: { label: 'English', lang: 'en' }, fa: { label: 'فارسی', lang: 'fa', dir: 'rtl' } },
    }),
  ],
});
`,
  );
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n",
  );
  writeFileSync(join(dir, 'src/content/docs/index.md'), '---\ntitle: Home\n---\n\nStock home.\n');
  build(dir);
  writeFileSync(join(dir, 'dist/_headers'), hostHeaders('/'));
  return { dir, dist: join(dir, 'dist'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Bytes of Pagefind's index (not its UI bundles), in total and per language. */
export function pagefindIndexSize(dist) {
  const dir = join(dist, 'pagefind');
  let total = 0;
  const visit = (path) => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      const full = join(path, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (!/ui\.(js|css)$|highlight\.js$/.test(entry.name)) total += statSync(full).size;
    }
  };
  visit(dir);
  return total;
}

function fingerprint(dir) {
  const files = new Map();
  const visit = (path) => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      const full = join(path, entry.name);
      if (entry.isDirectory()) visit(full);
      else files.set(relative(dir, full), createHash('sha256').update(readFileSync(full)).digest('hex'));
    }
  };
  visit(dir);
  return files;
}

/** Builds two fresh copies and lists every file whose bytes differ (or that only one build has). */
export function checkReproducible() {
  const dirs = [copyProject(), copyProject()];
  try {
    const [a, b] = dirs.map((dir) => {
      build(dir);
      return fingerprint(join(dir, 'dist'));
    });
    const names = new Set([...a.keys(), ...b.keys()]);
    const differing = [...names].filter((name) => a.get(name) !== b.get(name));
    return { files: names.size, differing };
  } finally {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  }
}
