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
