/** The guide's languages: English at the root, Persian under /fa/. */
export type Lang = 'en' | 'fa';

export function langOf(lang: string | undefined): Lang {
  return lang === 'fa' ? 'fa' : 'en';
}

/** The Intl locale for numbers, money and dates: Persian digits on Persian pages. */
export function intlLocale(lang: string | undefined): string {
  return langOf(lang) === 'fa' ? 'fa-IR' : 'en-US';
}

/**
 * A data entry in the reader's language: its Persian text fields laid over the English when the
 * page is Persian. Shared fields (ids, numbers, references) are the same in both.
 */
export function localise<T extends { fa?: object | undefined }>(
  data: T,
  lang: string | undefined,
): Omit<T, 'fa'> {
  const { fa, ...shared } = data;
  return langOf(lang) === 'fa' && fa ? { ...shared, ...fa } : shared;
}

/** A page path in the reader's language, e.g. "role/duties/" -> "fa/role/duties/". */
export function localePath(path: string, lang: string | undefined): string {
  const clean = path.replace(/^\/+/, '');
  return langOf(lang) === 'fa' ? `fa/${clean}` : clean;
}

/** Punctuation that differs in Persian: the Persian comma and semicolon read naturally in RTL text. */
export function punctuation(lang: string | undefined): { comma: string; semicolon: string } {
  return langOf(lang) === 'fa' ? { comma: '،', semicolon: '؛' } : { comma: ',', semicolon: ';' };
}

/**
 * Attributes for Latin-script names (source titles, publishers, certifications) on a Persian page:
 * read as English by screen readers and laid out left to right, so trailing punctuation stays put.
 */
export function latinText(lang: string | undefined): { lang?: 'en'; dir?: 'ltr' } {
  return langOf(lang) === 'fa' ? { lang: 'en', dir: 'ltr' } : {};
}
