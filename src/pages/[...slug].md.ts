import type { APIRoute, GetStaticPaths } from 'astro';
import { experimental_AstroContainer } from 'astro/container';
import mdxServer from '@astrojs/mdx/server.js';
import { render } from 'astro:content';
import SourceList from '../components/SourceList.astro';
import { getDocPages } from '../lib/content';
import { htmlToMarkdown, markdownDocument } from '../lib/markdown/html-to-markdown';
import { markdownSlug } from '../lib/markdown/page-markdown-url';

/**
 * Every page of the guide as Markdown beside its HTML (/role/duties/ -> /role/duties.md, the home
 * pages at /index.md and /fa/index.md), for readers who paste a page into notes or an AI tool.
 * Each page is rendered the way starlight-llms-txt renders pages for llms-full.txt (Astro's
 * container, so data components put in their figures and lists) in the page's own language,
 * then its sources are added and the HTML is turned into Markdown.
 */
type Page = Awaited<ReturnType<typeof getDocPages>>[number];

export const getStaticPaths = (async () => {
  const pages = await getDocPages();
  return pages
    .filter((page) => !/(^|\/)404$/.test(page.id))
    .map((page) => ({ params: { slug: markdownSlug(page.id) }, props: { page } }));
}) satisfies GetStaticPaths;

const container = await experimental_AstroContainer.create({
  renderers: [{ name: 'astro:jsx', ssr: mdxServer }],
});

export const GET: APIRoute<{ page: Page }> = async (context) => {
  const { page } = context.props;
  const lang = page.id === 'fa' || page.id.startsWith('fa/') ? 'fa' : 'en';
  const path = page.id === 'index' ? '' : page.id === 'fa' ? 'fa/' : `${page.id}/`;
  const url = new URL(`${import.meta.env.BASE_URL.replace(/\/?$/, '/')}${path}`, context.site).href;
  // Components read the language from Starlight's route data (src/lib/page-context.ts); the
  // UI strings (locals.t) already follow the language of this route's URL.
  const locals = { t: context.locals.t, starlightRoute: { lang } } as unknown as App.Locals;
  const options = { locals, request: new Request(url) };
  const { Content } = await render(page);
  let html = await container.renderToString(Content, options);
  const sources = page.data.sources ?? [];
  if (sources.length > 0) {
    html += await container.renderToString(SourceList, {
      ...options,
      props: { ids: sources, usedBy: `src/content/docs/${page.filePath ?? page.id} (frontmatter sources)` },
    });
  }
  const body = await htmlToMarkdown(html, url);
  return new Response(
    markdownDocument({ title: page.data.title, description: page.data.description, url, body }),
    {
      headers: { 'Content-Type': 'text/markdown; charset=utf-8' },
    },
  );
};
