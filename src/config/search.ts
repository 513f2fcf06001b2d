/** Pages offered when a search finds nothing: what most readers come for. */
export const popularPages = [
  'career/salary',
  'role/duties',
  'role/skills',
  'career/how-to-become',
  'hiring/job-description',
] as const;

/** The page search leads to when JavaScript is off. */
export const allTopicsPage = 'about/all-topics';

/**
 * Brackets around a page's search keywords in the text Pagefind indexes. The words stay
 * searchable; search-logic.ts cuts everything between the brackets out of excerpts, so a reader
 * never sees the hidden list. Characters no page uses, set apart by spaces.
 */
export const KEYWORDS_OPEN = '⟦';
export const KEYWORDS_CLOSE = '⟧';
