import { defineRouteMiddleware } from '@astrojs/starlight/route-data';

/**
 * Shows each page's `lastReviewed` date where Starlight shows "last updated" (a reviewer's
 * date means more to a reader than a commit date), and lists the Sources section in the
 * table of contents.
 */
export const onRequest = defineRouteMiddleware((context) => {
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
});
