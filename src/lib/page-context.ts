import { langOf, latinText, punctuation, type Lang } from './locale';

interface AstroLike {
  locals: App.Locals;
  currentLocale: string | undefined;
  url: URL;
}

/**
 * What a component needs to know about the page it renders on: the language, the UI strings,
 * the punctuation and Latin-text attributes of that language, and a label naming the page for
 * error messages. Starlight's route data gives the language; it is missing when a page renders
 * outside a Starlight route (starlight-llms-txt renders every page for llms-full.txt) and reading
 * it then throws, so Astro's current locale stands in.
 */
export function pageContext(astro: AstroLike) {
  let lang: Lang;
  try {
    lang = langOf(astro.locals.starlightRoute.lang);
  } catch {
    lang = langOf(astro.currentLocale);
  }
  return {
    lang,
    t: astro.locals.t,
    punct: punctuation(lang),
    latin: latinText(lang),
    base: import.meta.env.BASE_URL,
    /** "<Pay id="x"> on /career/salary/", for error messages. */
    usedBy: (component: string) => `${component} on ${astro.url.pathname}`,
  };
}
