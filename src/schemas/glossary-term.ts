import { z } from 'astro/zod';
import { idSchema, proseSchema } from './common';

/** A term a lead PM uses, defined in plain words. The id is the anchor on the glossary page. */
export const glossaryTermSchema = z.object({
  id: idSchema,
  term: proseSchema,
  abbr: proseSchema.optional(),
  definition: proseSchema,
  example: proseSchema.optional(),
});
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
