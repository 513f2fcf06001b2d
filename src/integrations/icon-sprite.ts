import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';

/**
 * Starlight writes every icon as inline SVG, so each page re-sends the same few dozen paths (the
 * header's search, theme and language icons, the sidebar carets, a link icon per heading): about
 * 2 KB gzipped a page. This build step moves each distinct icon into one cached sprite file and
 * leaves a `<use>` reference in its place. The outer <svg> keeps its classes, size and
 * aria-hidden, so styles and scripts that look for it still find it.
 *
 * Only Starlight-style icons are moved: a 24x24 viewBox, `fill="currentColor"` and nothing but
 * <path> elements inside. Diagrams (their own viewBox, text, roles) are left alone.
 */
const ICON =
  /(<svg\b[^>]*\bviewBox="0 0 24 24"[^>]*\bfill="currentColor"[^>]*>)((?:\s*<path\b[^>]*(?:\/>|><\/path>))+)\s*<\/svg>/g;

export const iconId = (paths: string) =>
  `i-${createHash('sha256').update(paths.trim()).digest('base64url').slice(0, 8)}`;

/** The distinct icons of some pages, by id, in the order first met. */
export function collectIcons(pages: readonly string[]): Map<string, string> {
  const icons = new Map<string, string>();
  for (const html of pages) {
    for (const match of html.matchAll(ICON)) {
      const paths = match[2]!.trim();
      icons.set(iconId(paths), paths);
    }
  }
  return icons;
}

/** The sprite: one <symbol> per icon. */
export function spriteOf(icons: ReadonlyMap<string, string>): string {
  const symbols = [...icons].map(([id, paths]) => `<symbol id="${id}" viewBox="0 0 24 24">${paths}</symbol>`);
  return `<svg xmlns="http://www.w3.org/2000/svg">${symbols.join('')}</svg>\n`;
}

/** A page with each icon's paths replaced by a reference into the sprite at `spriteUrl`. */
export function useSprite(html: string, spriteUrl: string): string {
  return html.replace(
    ICON,
    (_all, open: string, paths: string) => `${open}<use href="${spriteUrl}#${iconId(paths)}"/></svg>`,
  );
}

async function* htmlFiles(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

export function iconSpriteIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'lead-pm-guide:icon-sprite',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:build:done': async ({ dir }) => {
        const files: string[] = [];
        for await (const file of htmlFiles(dir.pathname)) files.push(file);
        const pages = await Promise.all(files.map((file) => readFile(file, 'utf8')));
        const sprite = spriteOf(collectIcons(pages));
        // Named by its content, like Astro's own assets, so hosts cache it for good (_headers).
        const name = `_astro/icons.${createHash('sha256').update(sprite).digest('base64url').slice(0, 8)}.svg`;
        await writeFile(join(dir.pathname, name), sprite);
        await Promise.all(
          files.map((file, i) => {
            const updated = useSprite(pages[i]!, `${base}${name}`);
            return updated === pages[i] ? undefined : writeFile(file, updated);
          }),
        );
      },
    },
  };
}
