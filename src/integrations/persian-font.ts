import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { AstroIntegration } from 'astro';

import { FONT_FOLDER, FONT_STYLESHEET, FONT_WEIGHTS, fontFile } from '../lib/persian-font';

/**
 * Vazirmatn for Persian pages, self-hosted from @fontsource/vazirmatn: only the Arabic-script
 * subset in regular and bold, so Latin text keeps the system font and English pages, which never
 * link the stylesheet, download nothing. The build gets /fonts/vazirmatn.css and two woff2 files.
 */

const require = createRequire(import.meta.url);
const packageDir = () => dirname(require.resolve('@fontsource/vazirmatn/package.json'));

/** The @font-face rules, with the unicode range Fontsource gives the Arabic subset. */
export async function fontStylesheet(): Promise<string> {
  const ranges = JSON.parse(await readFile(join(packageDir(), 'unicode.json'), 'utf8')) as { arabic: string };
  return FONT_WEIGHTS.map(
    (weight) => `@font-face {
  font-family: 'Vazirmatn';
  font-style: normal;
  font-weight: ${weight};
  font-display: swap;
  src: url(./${fontFile(weight)}) format('woff2');
  unicode-range: ${ranges.arabic};
}
`,
  ).join('\n');
}

/** The files the build serves under /fonts/, by name. */
async function fontFiles(): Promise<Map<string, Buffer | string>> {
  const files = new Map<string, Buffer | string>([[FONT_STYLESHEET, await fontStylesheet()]]);
  for (const weight of FONT_WEIGHTS) {
    files.set(fontFile(weight), await readFile(join(packageDir(), 'files', fontFile(weight))));
  }
  return files;
}

export function persianFontIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'lead-pm-guide:persian-font',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
      },
      // The dev server answers the same URLs from node_modules.
      'astro:server:setup': ({ server }) => {
        const prefix = `${base}${FONT_FOLDER}/`;
        server.middlewares.use((req, res, next) => {
          const path = req.url?.split('?')[0] ?? '';
          if (!path.startsWith(prefix)) return next();
          fontFiles()
            .then((files) => {
              const body = files.get(path.slice(prefix.length));
              if (body === undefined) return next();
              res.setHeader('Content-Type', path.endsWith('.css') ? 'text/css; charset=utf-8' : 'font/woff2');
              res.end(body);
            })
            .catch(next);
        });
      },
      'astro:build:done': async ({ dir }) => {
        const folder = new URL(`${FONT_FOLDER}/`, dir);
        await mkdir(folder, { recursive: true });
        for (const [name, body] of await fontFiles()) await writeFile(new URL(name, folder), body);
      },
    },
  };
}
