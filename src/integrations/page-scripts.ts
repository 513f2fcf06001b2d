import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';

/**
 * astro.config.mjs bundles the scripts of the page frame into one chunk (src/config/page-scripts.ts),
 * but Astro still writes one <script> per component, each now a file of one line that imports the
 * chunk: ten requests on a first visit for one file's worth of code. This build step replaces those
 * tags with a single one for the chunk itself, where the first of them stood.
 */
const MODULE_SCRIPT = /<script type="module" src="([^"]+)"><\/script>/g;
const FACADE = /^import\s*"\.\/([^"]+\.js)";?\s*$/;

/** The chunk a script file only imports ("page.B4YF.js"), or undefined for a script with code. */
export function facadeTarget(code: string): string | undefined {
  return FACADE.exec(code.trim())?.[1];
}

/** A page with every facade script replaced by one tag for its chunk. */
export function collapseFacades(html: string, targets: ReadonlyMap<string, string>): string {
  const seen = new Set<string>();
  return html.replace(MODULE_SCRIPT, (tag, src: string) => {
    const target = targets.get(src);
    if (!target) return tag;
    if (seen.has(target)) return '';
    seen.add(target);
    return `<script type="module" src="${target}"></script>`;
  });
}

async function* htmlFiles(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

export function pageScriptsIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'lead-pm-guide:page-scripts',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:build:done': async ({ dir }) => {
        const assets = join(dir.pathname, '_astro');
        const targets = new Map<string, string>();
        for (const name of await readdir(assets)) {
          if (!name.endsWith('.js')) continue;
          const target = facadeTarget(await readFile(join(assets, name), 'utf8'));
          if (target) targets.set(`${base}_astro/${name}`, `${base}_astro/${target}`);
        }
        if (targets.size === 0) return;
        for await (const file of htmlFiles(dir.pathname)) {
          const html = await readFile(file, 'utf8');
          const updated = collapseFacades(html, targets);
          if (updated !== html) await writeFile(file, updated);
        }
      },
    },
  };
}
