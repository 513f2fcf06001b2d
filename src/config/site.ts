/**
 * Deploy settings read from the environment, so one build setup serves any host.
 * SITE_URL: the public origin, used for canonical URLs, the sitemap and social tags.
 * BASE_PATH: a sub-path such as `/guide` when the site is not served at the root.
 */
export const DEFAULT_SITE_URL = 'https://lead-pm-guide.example';

export function normaliseBasePath(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim();
  if (trimmed === '' || trimmed === '/') return '/';
  if (!/^\/?[A-Za-z0-9._~\-/]+$/.test(trimmed) || trimmed.includes('..')) {
    throw new Error(
      `BASE_PATH must be a URL path such as "/guide" (letters, digits, . _ ~ - /); got "${raw}".`,
    );
  }
  return `/${trimmed.replace(/^\/+|\/+$/g, '')}/`;
}

export function normaliseSiteUrl(raw: string | undefined): string {
  const value = (raw ?? '').trim() || DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL must be an absolute URL such as "https://example.com"; got "${raw}".`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL must use http or https; got "${raw}".`);
  }
  return url.origin;
}

export const siteTitle = 'Lead PM Guide';
export const siteDescription =
  'An independent, sourced guide to the Lead Product Manager role: what the job is, what it pays, how to get there, and how to hire for it.';

/** The guide's name and summary on Persian pages: the header, the home page's structured data. */
export const siteTitleFa = 'راهنمای مدیر محصول لید';
export const siteDescriptionFa =
  'راهنمایی مستقل و مستند درباره‌ی نقش مدیر محصول لید: این شغل چیست، چقدر درآمد دارد، چطور به آن برسید و چطور برایش نیرو استخدام کنید.';

/** The site's name and summary in a page's language. */
export function siteInfoFor(lang: string | undefined): { title: string; description: string } {
  return lang === 'fa'
    ? { title: siteTitleFa, description: siteDescriptionFa }
    : { title: siteTitle, description: siteDescription };
}
