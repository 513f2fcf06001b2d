import { createHash } from 'node:crypto';
import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { siteTitle, siteTitleFa } from '../config/site';
import { FONT_FILE, FONT_FOLDER } from '../lib/persian-font';
import {
  MANIFEST_FILE,
  MANIFEST_ICON,
  SERVICE_WORKER_FILE,
  THEME_COLOR,
  languageFolder,
  type OfflineLang,
} from '../lib/offline';

/**
 * Makes the site readable offline, after the build: for each language a web app manifest and a
 * service worker (src/service-worker/sw.ts, bundled with Workbox by esbuild) whose precache list
 * names every page of that language and every shared asset, each with a hash of its bytes.
 * English: sw.js and manifest.webmanifest at the base; Persian: the same under fa/, so each
 * worker's scope is its language. It runs last, after every step that rewrites the HTML, so the
 * hashes are those of the files served.
 */

const root = fileURLToPath(new URL('../..', import.meta.url));

interface PrecacheEntry {
  url: string;
  /** Null for files whose name already carries a hash of their content. */
  revision: string | null;
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/** Whether a built file (path from the build folder) belongs in a language's precache. */
export function precached(file: string, lang: OfflineLang): boolean {
  const persian = file.startsWith('fa/');
  if (file.endsWith('.html')) {
    // Pages of the language; never the 404 pages (a missing page is the server's to report).
    if (/(^|\/)404(\.html|\/index\.html)$/.test(file)) return false;
    return lang === 'fa' ? persian : !persian;
  }
  if (file.startsWith('_astro/')) return true;
  if (file === 'favicon.svg' || file === MANIFEST_ICON) return true;
  if (file === `${languageFolder(lang)}${MANIFEST_FILE}`) return true;
  return lang === 'fa' && file === `${FONT_FOLDER}/${FONT_FILE}`;
}

/** The URL a file is served at: folders for pages ("role/duties/"), the file itself otherwise. */
export function urlOf(file: string, base: string): string {
  const path = file === 'index.html' ? '' : file.replace(/(^|\/)index\.html$/, '$1');
  return `${base}${path}`;
}

export async function precacheList(dir: string, base: string, lang: OfflineLang): Promise<PrecacheEntry[]> {
  const files = (await filesUnder(dir)).filter((file) => precached(file, lang));
  return Promise.all(
    files.map(async (file) => ({
      url: urlOf(file, base),
      revision: file.startsWith('_astro/')
        ? null
        : createHash('sha256')
            .update(await readFile(join(dir, file)))
            .digest('hex')
            .slice(0, 16),
    })),
  );
}

type Strings = Record<string, string>;
const readStrings = async (lang: OfflineLang): Promise<Strings> =>
  JSON.parse(await readFile(join(root, `src/content/i18n/${lang}.json`), 'utf8')) as Strings;

function offlineStrings(strings: Strings) {
  return {
    title: strings['guide.offline.title']!,
    text: strings['guide.offline.text']!,
    home: strings['guide.offline.home']!,
  };
}

/** The web app manifest of a language: installable, opening at that language's home page. */
export function webManifest(lang: OfflineLang, base: string): string {
  const scope = `${base}${languageFolder(lang)}`;
  return `${JSON.stringify(
    {
      name: lang === 'fa' ? siteTitleFa : siteTitle,
      short_name: lang === 'fa' ? siteTitleFa : siteTitle,
      lang,
      dir: lang === 'fa' ? 'rtl' : 'ltr',
      start_url: scope,
      scope,
      display: 'standalone',
      background_color: THEME_COLOR,
      theme_color: THEME_COLOR,
      icons: [
        { src: `${base}favicon.svg`, sizes: 'any', type: 'image/svg+xml' },
        { src: `${base}${MANIFEST_ICON}`, sizes: '192x192', type: 'image/png' },
      ],
    },
    null,
    2,
  )}\n`;
}

/** The service worker script of a language, with its precache list and offline page text. */
export async function serviceWorkerScript(dir: string, base: string, lang: OfflineLang): Promise<string> {
  const [en, fa] = await Promise.all([readStrings('en'), readStrings('fa')]);
  const result = await build({
    entryPoints: [join(root, 'src/service-worker/sw.ts')],
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    target: 'es2022',
    legalComments: 'none',
    charset: 'utf8',
    define: {
      PRECACHE: JSON.stringify(await precacheList(dir, base, lang)),
      BASE: JSON.stringify(base),
      OFFLINE_STRINGS: JSON.stringify({ en: offlineStrings(en), fa: offlineStrings(fa) }),
      'process.env.NODE_ENV': '"production"',
    },
  });
  return result.outputFiles[0]!.text;
}

/** Writes both languages' manifests and service workers into a built site. */
export async function writeOfflineFiles(dir: string, base: string): Promise<void> {
  await copyFile(join(root, 'src/assets/og-logo.png'), join(dir, MANIFEST_ICON));
  for (const lang of ['en', 'fa'] as const) {
    await writeFile(join(dir, languageFolder(lang), MANIFEST_FILE), webManifest(lang, base));
  }
  // Manifests first: each worker's list carries their hashes.
  for (const lang of ['en', 'fa'] as const) {
    await writeFile(
      join(dir, languageFolder(lang), SERVICE_WORKER_FILE),
      await serviceWorkerScript(dir, base, lang),
    );
  }
}

export function serviceWorkerIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'lead-pm-guide:service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:build:done': async ({ dir }) => {
        await writeOfflineFiles(fileURLToPath(dir), base);
      },
    },
  };
}
