import { langOf, type Lang } from './localise';

/**
 * The language of the page a component renders on. Starlight's route data is the source, but it
 * is missing when page content renders outside a Starlight page (starlight-llms-txt renders every
 * page for llms-full.txt) and reading it then throws; Astro's current locale stands in.
 */
export function pageLang(locals: App.Locals, currentLocale: string | undefined): Lang {
  try {
    return langOf(locals.starlightRoute.lang);
  } catch {
    return langOf(currentLocale);
  }
}
