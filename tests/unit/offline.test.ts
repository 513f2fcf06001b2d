import { describe, expect, it } from 'vitest';
import { precached, urlOf, webManifest } from '../../src/integrations/service-worker';
import { offlineHtml } from '../../src/service-worker/offline-page';
import { offlineHead } from '../../src/lib/offline';
import { persianCharacters, persianFontFace, persianUnicodeRange } from '../../src/lib/persian-font';

describe('the precache of each language', () => {
  it('holds the pages of its language, the shared assets and nothing else', () => {
    expect(precached('role/duties/index.html', 'en')).toBe(true);
    expect(precached('fa/role/duties/index.html', 'en')).toBe(false);
    expect(precached('fa/role/duties/index.html', 'fa')).toBe(true);
    expect(precached('role/duties/index.html', 'fa')).toBe(false);
    for (const lang of ['en', 'fa'] as const) {
      expect(precached('_astro/page.x.js', lang)).toBe(true);
      expect(precached('favicon.svg', lang)).toBe(true);
      for (const file of [
        '404.html',
        'fa/404.html',
        'fa/404/index.html',
        'pagefind/pagefind.js',
        'og/index.png',
        'role/duties.md',
        'llms.txt',
      ])
        expect(precached(file, lang), file).toBe(false);
    }
    expect(precached('fonts/vazirmatn-persian.woff2', 'fa')).toBe(true);
    expect(precached('fonts/vazirmatn-persian.woff2', 'en')).toBe(false);
    expect(precached('manifest.webmanifest', 'en')).toBe(true);
    expect(precached('fa/manifest.webmanifest', 'fa')).toBe(true);
    expect(precached('manifest.webmanifest', 'fa')).toBe(false);
  });
  it('names pages by the address they are served at, under the base', () => {
    expect(urlOf('index.html', '/guide/')).toBe('/guide/');
    expect(urlOf('role/duties/index.html', '/guide/')).toBe('/guide/role/duties/');
    expect(urlOf('fa/index.html', '/')).toBe('/fa/');
    expect(urlOf('_astro/page.x.js', '/')).toBe('/_astro/page.x.js');
  });
});

describe('the web app manifests', () => {
  it('scope each language to its own pages under the base', () => {
    const en = JSON.parse(webManifest('en', '/guide/')) as Record<string, unknown>;
    expect(en).toMatchObject({ lang: 'en', dir: 'ltr', start_url: '/guide/', scope: '/guide/' });
    const fa = JSON.parse(webManifest('fa', '/')) as Record<string, unknown>;
    expect(fa).toMatchObject({
      lang: 'fa',
      dir: 'rtl',
      start_url: '/fa/',
      scope: '/fa/',
      name: 'راهنمای مدیر محصول لید',
    });
  });
  it('are linked from each page of their language', () => {
    expect(offlineHead('/guide', 'fa')[0]).toEqual({
      tag: 'link',
      attrs: { rel: 'manifest', href: '/guide/fa/manifest.webmanifest' },
    });
  });
});

describe('the offline page', () => {
  it('is in the requested language, escaped, and links to the saved home page', () => {
    const html = offlineHtml(
      { title: 'Offline <now>', text: 'Not saved & not here.', home: 'Home' },
      'fa',
      '/guide/',
    );
    expect(html).toContain('<html lang="fa" dir="rtl">');
    expect(html).toContain('<h1>Offline &lt;now&gt;</h1>');
    expect(html).toContain('Not saved &amp; not here.');
    expect(html).toContain('<a href="/guide/">Home</a>');
  });
});

describe('the Persian font subset', () => {
  it('keeps the Persian letters, digits and joiners, and describes the same characters in CSS', () => {
    const kept = persianCharacters();
    for (const char of ['پ', 'چ', 'ژ', 'ک', 'گ', 'ی', 'آ', '۰', '۹', '،', '؟', '\u200c', 'ي', 'ك'])
      expect(kept, `U+${char.codePointAt(0)!.toString(16)}`).toContain(char);
    expect(kept).not.toMatch(/[A-Za-z0-9]/);
    expect(persianUnicodeRange()).toMatch(
      /^U\+060C, U\+061B, U\+061F, U\+0621-063A, .* U\+06F0-06F9, U\+200C-200F$/,
    );
    expect(persianFontFace('/guide')).toContain('src:url(/guide/fonts/vazirmatn-persian.woff2)');
  });
});
