import { beforeAll } from 'vitest';
import { sidebarSlugs } from '../../src/config/sidebar';
import type { useSharedPage } from './fixtures';
import type { RunningSite } from './static-server';

type Watched = Window & { __cspViolations?: string[] };
type SharedPage = ReturnType<typeof useSharedPage>;

/** Every page of the guide in English, from the site root, and their Persian twins. */
export const ENGLISH_PAGES = ['', ...sidebarSlugs.map((slug) => `${slug}/`)];
export const PERSIAN_PAGES = ENGLISH_PAGES.map((path) => `fa/${path}`);

/**
 * Watches a shared page for what must never happen on any page: a request to another host, a
 * breach of the Content-Security-Policy, a script error. `visit` loads a page and returns what
 * went wrong on it; `foreign` and `csp` read what was seen since the page opened.
 */
export function watchPage(shared: SharedPage, site: () => RunningSite) {
  const foreign: string[] = [];
  beforeAll(async () => {
    const page = shared.page();
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as Watched).__cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) =>
        seen.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== site().origin)
        foreign.push(request.url());
    });
  });

  const csp = () => shared.page().evaluate(() => (window as Watched).__cspViolations ?? []);

  return {
    foreign,
    csp,
    async visit(path: string): Promise<string[]> {
      const [errorsBefore, foreignBefore] = [shared.errors.length, foreign.length];
      await shared.page().goto(site().url(path), { waitUntil: 'load' });
      return [...foreign.slice(foreignBefore), ...(await csp()), ...shared.errors.slice(errorsBefore)];
    },
  };
}
