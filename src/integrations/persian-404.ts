import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';

/**
 * The Persian "not found" page as a host serves it: Starlight builds it as an ordinary page at
 * fa/404/index.html, but hosts look for a 404.html file. This moves it to fa/404.html, the file
 * Cloudflare Pages serves for a miss under /fa/ on its own, and writes `_redirects`, the rule that
 * makes Netlify do the same (a 404 rule applies only when no file matches). nginx needs the
 * location block in the README.
 */
export const PERSIAN_404 = 'fa/404.html';

/** `_redirects` text for Netlify, with paths under the deploy base. */
export function hostRedirects(base: string): string {
  const prefix = base.replace(/\/+$/, '');
  return `# Misses under /fa/ get the Persian "not found" page, with status 404.\n${prefix}/fa/* ${prefix}/${PERSIAN_404} 404\n`;
}

export function persian404Integration(): AstroIntegration {
  let base = '/';
  return {
    name: 'persian-404',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir }) => {
        const folder = new URL('fa/404/', dir);
        await mkdir(new URL('fa/', dir), { recursive: true });
        await rename(new URL('index.html', folder), new URL(PERSIAN_404, dir));
        await rm(folder, { recursive: true, force: true });
        await writeFile(new URL('_redirects', dir), hostRedirects(base));
      },
    },
  };
}
