import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { transform } from 'esbuild';

/**
 * Starlight's inline scripts (the theme before paint, the sidebar's saved state) reach the page
 * as written, comments and indentation included, and every page carries them: about 2 KB raw,
 * 200 bytes gzipped a page once minified. This build step minifies each inline classic script;
 * it runs before the CSP step, which hashes what the page finally holds.
 */
const INLINE_CLASSIC_SCRIPT = /(<script(?![^>]*\s(?:src|type)=)[^>]*>)([\s\S]*?)(<\/script>)/gi;

export async function minifyInlineScripts(html: string): Promise<string> {
  const scripts = [...html.matchAll(INLINE_CLASSIC_SCRIPT)];
  if (scripts.length === 0) return html;
  const minified = await Promise.all(
    scripts.map(async (m) =>
      (await transform(m[2]!, { minify: true, loader: 'js', target: 'es2020' })).code.trim(),
    ),
  );
  let i = 0;
  return html.replace(
    INLINE_CLASSIC_SCRIPT,
    (_all, open: string, _code: string, close: string) => `${open}${minified[i++]}${close}`,
  );
}

async function* htmlFiles(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

export function inlineScriptsIntegration(): AstroIntegration {
  return {
    name: 'lead-pm-guide:inline-scripts',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        for await (const file of htmlFiles(dir.pathname)) {
          const html = await readFile(file, 'utf8');
          const updated = await minifyInlineScripts(html);
          if (updated !== html) await writeFile(file, updated);
        }
      },
    },
  };
}
