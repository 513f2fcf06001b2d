import { z } from 'astro/zod';
import { idSchema, proseSchema } from './common';

/**
 * One concept of the guide and the single Persian word for it, so every page and tool says
 * "Lead PM" the same way. The entry is about Persian wording, so its Persian block is the point:
 * the form to use, its first-mention and plural forms, and the variants a reviewer must not see.
 */
const termSchemaBase = z.strictObject({
  id: idSchema,
  /** The English concept, as the English pages name it. */
  en: proseSchema,
  group: z.enum(['title', 'track', 'skill', 'work']),
  /** Where a job title sits in the glossary's table of titles, lowest rung first. */
  order: z.number().int().min(1).optional(),
  /** The rung of src/data/levels.yaml whose Persian title is this term. */
  level: idSchema.optional(),
  /** The entry of src/data/roles.yaml whose Persian title is this term. */
  role: idSchema.optional(),
  /** The entry of src/data/skills.yaml whose Persian name is this term. */
  skill: idSchema.optional(),
  fa: z.strictObject({
    term: proseSchema,
    /** The first mention on a page, with the English in parentheses. */
    first: proseSchema.optional(),
    plural: proseSchema.optional(),
    /** Other forms of this concept that the guide must not use. */
    avoid: z.array(proseSchema).default([]),
    /** When to use the term, for writers. */
    note: proseSchema.optional(),
  }),
});
export const termSchema = termSchemaBase.superRefine((entry, ctx) => {
  if ((entry.group === 'title') !== (entry.order !== undefined)) {
    ctx.addIssue({ code: 'custom', path: ['order'], message: 'job titles, and only they, need an order' });
  }
  const forms = [entry.fa.term, entry.fa.first, entry.fa.plural].filter(Boolean);
  for (const bad of entry.fa.avoid) {
    if (forms.includes(bad)) {
      ctx.addIssue({ code: 'custom', path: ['fa', 'avoid'], message: `"${bad}" is the term itself` });
    }
  }
});
export type Term = z.infer<typeof termSchema>;
