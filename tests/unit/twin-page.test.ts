import { describe, expect, it } from 'vitest';
import { twinPage } from '../../src/lib/twin-page';
import { notFoundHead } from '../../src/lib/head/not-found';
import { hostRedirects } from '../../src/integrations/persian-404';

describe('twinPage', () => {
  it('links an English page to its Persian twin and back', () => {
    expect(twinPage('role/duties', 'en')).toEqual({ path: 'fa/role/duties/', lang: 'fa' });
    expect(twinPage('fa/role/duties', 'fa')).toEqual({ path: 'role/duties/', lang: 'en' });
  });

  it('links the home pages to each other', () => {
    expect(twinPage('', 'en')).toEqual({ path: 'fa/', lang: 'fa' });
    expect(twinPage('index', 'en')).toEqual({ path: 'fa/', lang: 'fa' });
    expect(twinPage('fa', 'fa')).toEqual({ path: '', lang: 'en' });
  });

  it('leads a "not found" page to the other language’s home page', () => {
    expect(twinPage('404', 'en')).toEqual({ path: 'fa/', lang: 'fa' });
    expect(twinPage('fa/404', 'fa')).toEqual({ path: '', lang: 'en' });
  });
});

describe('the "not found" pages', () => {
  it('drop the canonical URL, og:url and language alternates, and ask not to be indexed', () => {
    const head = notFoundHead([
      { tag: 'link', attrs: { rel: 'canonical', href: '/404/' } },
      { tag: 'link', attrs: { rel: 'alternate', hreflang: 'fa', href: '/fa/404/' } },
      { tag: 'meta', attrs: { property: 'og:url', content: '/404/' } },
      { tag: 'meta', attrs: { property: 'og:title', content: 'Not found' } },
    ]);
    expect(head).toEqual([
      { tag: 'meta', attrs: { property: 'og:title', content: 'Not found' } },
      { tag: 'meta', attrs: { name: 'robots', content: 'noindex' } },
    ]);
  });

  it('are served by Netlify for misses under /fa/, under the deploy base', () => {
    expect(hostRedirects('/')).toContain('/fa/* /fa/404.html 404');
    expect(hostRedirects('/guide/')).toContain('/guide/fa/* /guide/fa/404.html 404');
  });
});
