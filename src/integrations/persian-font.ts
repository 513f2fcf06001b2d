import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { AstroIntegration } from 'astro';
import subsetFont from 'subset-font';

import { FONT_FILE, FONT_FOLDER, FONT_WEIGHT_RANGE, persianCharacters } from '../lib/persian-font';

/**
 * Vazirmatn for Persian pages, self-hosted: Fontsource's variable Arabic-script file, subset with
 * HarfBuzz (subset-font) to the characters Persian uses and to weights 400-700. HarfBuzz keeps the
 * joining forms and ligatures those characters need. Latin text keeps the system font, and
 * English pages, which never reference the file, download nothing. The build gets one file,
 * /fonts/vazirmatn-persian.woff2.
 */

const require = createRequire(import.meta.url);
const SOURCE = 'files/vazirmatn-arabic-wght-normal.woff2';

let subset: Promise<Buffer> | undefined;

/** The subset font, made once per process (the dev server asks for it on every Persian page). */
export function persianFont(): Promise<Buffer> {
  subset ??= (async () => {
    const packageDir = dirname(require.resolve('@fontsource-variable/vazirmatn/package.json'));
    const [min, max] = FONT_WEIGHT_RANGE;
    return subsetFont(await readFile(join(packageDir, SOURCE)), persianCharacters(), {
      targetFormat: 'woff2',
      variationAxes: { wght: { min, max } },
    });
  })();
  return subset;
}

export function persianFontIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'lead-pm-guide:persian-font',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
      },
      // The dev server answers the same URL.
      'astro:server:setup': ({ server }) => {
        const url = `${base}${FONT_FOLDER}/${FONT_FILE}`;
        server.middlewares.use((req, res, next) => {
          if (req.url?.split('?')[0] !== url) return next();
          persianFont()
            .then((body) => {
              res.setHeader('Content-Type', 'font/woff2');
              res.end(body);
            })
            .catch(next);
        });
      },
      'astro:build:done': async ({ dir }) => {
        const folder = new URL(`${FONT_FOLDER}/`, dir);
        await mkdir(folder, { recursive: true });
        await writeFile(new URL(FONT_FILE, folder), await persianFont());
      },
    },
  };
}
