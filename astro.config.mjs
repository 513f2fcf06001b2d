// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import starlightLinksValidator from 'starlight-links-validator';
import { normaliseBasePath, normaliseSiteUrl, siteDescription, siteTitle } from './src/config/site';
import { sidebar } from './src/config/sidebar';
import { satteri } from '@astrojs/markdown-satteri';
import { baseLinks } from './src/lib/markdown/base-links';
import { hostHeadersIntegration } from './src/integrations/host-headers';

const base = normaliseBasePath(process.env.BASE_PATH);

export default defineConfig({
  site: normaliseSiteUrl(process.env.SITE_URL),
  base,
  outDir: process.env.OUT_DIR || './dist',
  // Separate caches let two builds (root and /guide) run side by side.
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  trailingSlash: 'always',
  markdown: { processor: satteri({ hastPlugins: [baseLinks(base)] }) },
  integrations: [
    starlight({
      title: siteTitle,
      description: siteDescription,
      favicon: '/favicon.svg',
      sidebar,
      customCss: ['./src/styles/custom.css'],
      routeMiddleware: './src/route-middleware.ts',
      components: {
        MarkdownContent: './src/components/overrides/MarkdownContent.astro',
        Search: './src/components/overrides/Search.astro',
      },
      lastUpdated: false,
      pagination: true,
      plugins: [starlightLinksValidator({ errorOnLocalLinks: true, errorOnInvalidHashes: true })],
    }),
    hostHeadersIntegration(),
  ],
});
