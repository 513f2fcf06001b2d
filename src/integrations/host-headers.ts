import { writeFile } from 'node:fs/promises';
import type { AstroIntegration, AstroUserConfig } from 'astro';

/**
 * The Content-Security-Policy Astro writes into each page as a <meta> element, with the hashes of
 * the page's own inline scripts and styles. Scripts run only from this origin or by hash; Pagefind
 * needs WebAssembly ('wasm-unsafe-eval'); Starlight sets a few style attributes, allowed by
 * style-src-attr only. Directives a <meta> cannot carry (frame-ancestors) go into `_headers`.
 */
type CspConfig = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

export const contentSecurityPolicy: CspConfig = {
  algorithm: 'SHA-256',
  directives: [
    "default-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ],
  scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
  styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
};

/** Security headers every response gets, on hosts that read a `_headers` file. */
export const SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  'X-Frame-Options': 'DENY',
  'Content-Security-Policy': "frame-ancestors 'none'; object-src 'none'; base-uri 'self'",
};

/** `_headers` text for Netlify and Cloudflare Pages, with paths under the deploy base. */
export function hostHeaders(base: string): string {
  const prefix = base.replace(/\/+$/, '');
  const block = (path: string, headers: Record<string, string>) =>
    [`${prefix}${path}`, ...Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`)].join('\n');
  return [
    block('/*', SECURITY_HEADERS),
    // Hashed file names change with their content, so they can be cached for good.
    block('/_astro/*', { 'Cache-Control': 'public, max-age=31536000, immutable' }),
    // The search index is rebuilt with the site under the same names: cache briefly.
    block('/pagefind/*', { 'Cache-Control': 'public, max-age=3600' }),
    // The Persian font keeps its name when rebuilt; it changes rarely, and an old copy still renders.
    block('/fonts/*', { 'Cache-Control': 'public, max-age=604800' }),
    // The icon a tab shows on every page: revalidated at most daily, not fetched on each page.
    block('/favicon.svg', { 'Cache-Control': 'public, max-age=86400' }),
    // Service workers and manifests keep their names across deploys: always revalidate, so a new
    // deploy is found on the reader's next visit.
    block('/sw.js', { 'Cache-Control': 'public, max-age=0, must-revalidate' }),
    block('/fa/sw.js', { 'Cache-Control': 'public, max-age=0, must-revalidate' }),
    block('/*.webmanifest', {
      'Content-Type': 'application/manifest+json',
      'Cache-Control': 'public, max-age=0, must-revalidate',
    }),
    // Each page's Markdown copy, with its charset so Persian text reads right in a browser tab.
    block('/*.md', {
      'Content-Type': 'text/markdown; charset=utf-8',
      'Cache-Control': 'public, max-age=0, must-revalidate',
    }),
    block('/*.html', { 'Cache-Control': 'public, max-age=0, must-revalidate' }),
    block('/', { 'Cache-Control': 'public, max-age=0, must-revalidate' }),
    '',
  ].join('\n\n');
}

/** Writes `_headers` into the build, since its paths depend on BASE_PATH. */
export function hostHeadersIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'lead-pm-guide:host-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir }) => {
        await writeFile(new URL('_headers', dir), hostHeaders(base));
      },
    },
  };
}
