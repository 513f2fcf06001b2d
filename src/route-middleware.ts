import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { pageHeadEntries } from './lib/head/structured-data-entries';
import { persianFontHead } from './lib/persian-font';
import { notFoundHead } from './lib/head/not-found';
import { englishSlug } from './lib/head/social-card';
import { offlineHead } from './lib/offline';

/**
 * Shows each page's `lastReviewed` date where Starlight shows "last updated" (a reviewer's
 * date means more to a reader than a commit date), lists the Sources section in the
 * table of contents, adds social card tags and structured data to the head, and loads the
 * Persian web font on Persian pages only, and links each page's language's web app manifest.
 */
export const onRequest = defineRouteMiddleware(async (context) => {
  const route = context.locals.starlightRoute;
  const { lastReviewed, sources } = route.entry.data;
  if (lastReviewed) route.lastUpdated = lastReviewed;
  if (route.toc && sources && sources.length > 0) {
    route.toc.items.push({
      depth: 2,
      slug: 'sources',
      text: context.locals.t('guide.sources.heading'),
      children: [],
    });
  }
  // Social card tags and schema.org JSON-LD; canonical, og:title/url/description come from Starlight.
  if (context.site)
    route.head.push(...(await pageHeadEntries(route, context.site, import.meta.env.BASE_URL)));
  if (route.lang === 'fa') route.head.push(...persianFontHead(import.meta.env.BASE_URL));
  if (englishSlug(route.id) === '404') route.head = notFoundHead(route.head);
  route.head.push(...offlineHead(import.meta.env.BASE_URL, route.lang === 'fa' ? 'fa' : 'en'));
});
