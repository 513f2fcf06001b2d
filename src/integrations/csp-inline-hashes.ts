import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)"\s*\/?>/i;
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/gi;
const INLINE_STYLE = /<style[^>]*>([\s\S]*?)<\/style>/gi;
const EXECUTABLE_TYPE = /^\s*$|^\s*(module|text\/javascript|application\/javascript)\s*$/i;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

function scriptType(attributes: string): string {
  return attributes.match(/\stype="([^"]*)"/i)?.[1] ?? '';
}

/**
 * Sets a page's CSP <meta> to allow, by hash, exactly the inline scripts and styles the page holds.
 * Astro lists the hashes of every script and style of the whole build on every page (about 1.4 KB
 * gzipped that a page re-sends for nothing), yet misses Starlight's `is:inline` scripts (theme and
 * sidebar state, which must run before paint). External files need no hash: 'self' allows them.
 * Pages without a CSP meta are returned unchanged.
 */
export function setInlineHashes(html: string): string {
  const meta = html.match(META);
  if (!meta) return html;
  const directives = meta[1]!
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean);
  const find = (name: string) => directives.findIndex((d) => d.split(/\s+/)[0] === name);
  const isHash = (source: string) => /^'sha(256|384|512)-/.test(source);
  const set = (name: string, hashes: string[]) => {
    const index = find(name);
    const kept = (index >= 0 ? directives[index]! : `${name} 'self'`).split(/\s+/).filter((s) => !isHash(s));
    const next = [...kept, ...new Set(hashes)].join(' ');
    if (index >= 0) directives[index] = next;
    else directives.push(next);
  };
  const scripts = [...html.matchAll(INLINE_SCRIPT)]
    .filter((m) => EXECUTABLE_TYPE.test(scriptType(m[1] ?? '')))
    .map((m) => sha256(m[2] ?? ''));
  const styles = [...html.matchAll(INLINE_STYLE)].map((m) => sha256(m[1] ?? ''));
  set('script-src', scripts);
  set('style-src', styles);
  return html.replace(META, `<meta http-equiv="content-security-policy" content="${directives.join('; ')}">`);
}

async function* htmlFiles(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

export function cspInlineHashesIntegration(): AstroIntegration {
  return {
    name: 'lead-pm-guide:csp-inline-hashes',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        for await (const file of htmlFiles(dir.pathname)) {
          const html = await readFile(file, 'utf8');
          const updated = setInlineHashes(html);
          if (updated !== html) await writeFile(file, updated);
        }
      },
    },
  };
}
