/**
 * The sidebar, kept out of astro.config.mjs so the config stays thin.
 * Each group lists its pages by slug; the order here is the reading order.
 */
export const sidebarGroups = [
  {
    label: 'Role',
    translations: { fa: 'نقش' },
    items: [
      'role/overview',
      'role/titles',
      'role/duties',
      'role/skills',
      'role/work-environment',
      'role/trends',
    ],
  },
  {
    label: 'Career',
    translations: { fa: 'مسیر شغلی' },
    items: [
      'career/salary',
      'career/requirements',
      'career/how-to-become',
      'career/ladder',
      'career/title-decoder',
      'career/self-assessment',
      'career/promotion-case',
      'career/first-90-days',
      'career/advancement',
      'career/resume',
      'career/working-from-iran',
    ],
  },
  {
    label: 'Hiring',
    translations: { fa: 'استخدام' },
    items: [
      'hiring/how-to-hire',
      'hiring/job-description',
      'hiring/job-description-builder',
      'hiring/pay-posting-rules',
      'hiring/interview-kit',
      'hiring/interview-loop',
      'hiring/debrief',
    ],
  },
  {
    label: 'About',
    translations: { fa: 'درباره راهنما' },
    items: [
      'about/faq',
      'about/glossary',
      'about/related-roles',
      'about/sources',
      'about/method',
      'about/all-topics',
    ],
  },
] as const;

export type SidebarSection = (typeof sidebarGroups)[number]['label'];

/** Every page slug in the sidebar, in order. Tests use this to check the built site. */
export const sidebarSlugs: string[] = sidebarGroups.flatMap((group) => [...group.items]);

/** The sidebar section a slug belongs to, or undefined for pages outside it (home, 404). */
export function sectionOf(slug: string): SidebarSection | undefined {
  slug = slug.replace(/^fa\//, '');
  return sidebarGroups.find((group) => (group.items as readonly string[]).includes(slug))?.label;
}

/** The anchor of a section's heading on the All topics page, the target of section breadcrumbs. */
export const sectionAnchor = (label: string) => `topics-${label.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;

/** A sidebar section's name in the page's language; anchors keep the English name. */
export function sectionName(section: SidebarSection, lang: string): string {
  const group = sidebarGroups.find((g) => g.label === section);
  return (group?.translations as Record<string, string> | undefined)?.[lang] ?? section;
}

export const sidebar = sidebarGroups.map(({ label, translations, items }) => ({
  label,
  translations,
  items: [...items],
}));
