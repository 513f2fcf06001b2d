// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import starlightLinksValidator from 'starlight-links-validator';
import {
  normaliseBasePath,
  normaliseSiteUrl,
  siteDescription,
  siteTitle,
  siteTitleFa,
} from './src/config/site';
import { sidebar, sidebarGroups } from './src/config/sidebar';
import { satteri } from '@astrojs/markdown-satteri';
import { baseLinks } from './src/lib/markdown/base-links';
import { contentSecurityPolicy, hostHeadersIntegration } from './src/integrations/host-headers';
import { cspInlineHashesIntegration } from './src/integrations/csp-inline-hashes';
import sitemap from '@astrojs/sitemap';
import starlightLlmsTxt from 'starlight-llms-txt';
import { lastmodSerializer, llmsPageList, readPageIndex } from './src/integrations/page-index';
import { persianFontIntegration } from './src/integrations/persian-font';
import { contentCheckIntegration } from './src/integrations/content-check';
import { persian404Integration } from './src/integrations/persian-404';
import { iconSpriteIntegration } from './src/integrations/icon-sprite';
import { pageScriptsIntegration } from './src/integrations/page-scripts';
import { inlineScriptsIntegration } from './src/integrations/inline-scripts';
import { serviceWorkerIntegration } from './src/integrations/service-worker';
import { llmsFullIntegration } from './src/integrations/llms-full';

import { isPageFrameScript } from './src/config/page-scripts';

/** Bytes under which a component's stylesheet is inlined rather than linked (bench: session). */
const CSS_INLINE_LIMIT = 400;

const base = normaliseBasePath(process.env.BASE_PATH);
const site = normaliseSiteUrl(process.env.SITE_URL);
// Page titles, descriptions and review dates, for the sitemap's lastmod and the llms.txt page list.
const pages = readPageIndex('./src/content/docs');
const siteBase = new URL(base, site).href;

export default defineConfig({
  site,
  base,
  outDir: process.env.OUT_DIR || './dist',
  // Separate caches let two builds (root and /guide) run side by side.
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  trailingSlash: 'always',
  // Starlight turns on prefetching of every link on hover; after a reader's first page the service
  // worker holds every page of the language, so the prefetch code (1 KB) would buy nothing.
  prefetch: false,
  // Stylesheets are cached files, so a reader's second page costs its HTML only; only a component's
  // tiny stylesheet (under CSS_INLINE_LIMIT) is inlined, where a request would cost more than it.
  build: { inlineStylesheets: 'auto' },
  vite: {
    build: {
      // Scripts are never inlined: as files they are cached across pages instead of re-sent in each.
      assetsInlineLimit: (file, content) =>
        /\.m?js$/.test(file) ? false : /\.css$/.test(file) ? content.length < CSS_INLINE_LIMIT : undefined,
      // The scripts of the frame every page shares, in one chunk: one file compresses better than
      // ten small ones, and a first visit makes fewer requests.
      rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'page', test: isPageFrameScript }] } } },
    },
  },
  markdown: { processor: satteri({ hastPlugins: [baseLinks(base)] }) },
  security: { csp: contentSecurityPolicy },
  integrations: [
    contentCheckIntegration(),
    starlight({
      title: { en: siteTitle, fa: siteTitleFa },
      description: siteDescription,
      favicon: '/favicon.svg',
      sidebar,
      defaultLocale: 'root',
      locales: {
        root: { label: 'English', lang: 'en' },
        fa: { label: 'فارسی', lang: 'fa', dir: 'rtl' },
      },
      customCss: ['./src/styles/custom.css', './src/styles/print.css'],
      routeMiddleware: './src/route-middleware.ts',
      components: {
        MarkdownContent: './src/components/overrides/MarkdownContent.astro',
        Head: './src/components/overrides/Head.astro',
        Search: './src/components/overrides/Search.astro',
        LastUpdated: './src/components/overrides/LastUpdated.astro',
        ThemeProvider: './src/components/overrides/ThemeProvider.astro',
        ThemeSelect: './src/components/overrides/ThemeSelect.astro',
        Footer: './src/components/overrides/Footer.astro',
      },
      lastUpdated: false,
      pagination: true,
      plugins: [
        starlightLinksValidator({ errorOnLocalLinks: true, errorOnInvalidHashes: true }),
        starlightLlmsTxt({
          details: `Every figure on the site comes from a cited source listed at ${siteBase}about/sources/. Pages:\n\n${llmsPageList(pages, sidebarGroups, siteBase)}`,
          demote: ['404'],
          exclude: ['404'],
          // Heading anchor links read as "Section titled ..." in plain text.
          customSelectors: { all: ['.sl-anchor-link'] },
        }),
      ],
    }),
    // Added here rather than left to Starlight so each URL gets its page's last-reviewed date.
    // The Persian 404 is built at /fa/404/ (persian404Integration moves it); like the English one it is not listed.
    sitemap({ filter: (url) => !url.endsWith('/fa/404/'), serialize: lastmodSerializer(pages, siteBase) }),
    hostHeadersIntegration(),
    persianFontIntegration(),
    persian404Integration(),
    iconSpriteIntegration(),
    pageScriptsIntegration(),
    inlineScriptsIntegration(),
    cspInlineHashesIntegration(),
    llmsFullIntegration(pages.get('404')?.title ?? 'Page not found'),
    // Last: its precache lists hash the files every step above has written.
    serviceWorkerIntegration(),
  ],
});
