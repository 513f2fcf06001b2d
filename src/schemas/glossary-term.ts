import { z } from 'astro/zod';
import { withPersian, idSchema, proseSchema } from './common';

/** A term a lead PM uses, defined in plain words. The id is the anchor on the glossary page. */
const glossaryTermSchemaBase = z.strictObject({
  id: idSchema,
  term: proseSchema,
  abbr: proseSchema.optional(),
  definition: proseSchema,
  example: proseSchema.optional(),
});
export const glossaryTermSchema = withPersian(glossaryTermSchemaBase, ['term', 'definition', 'example']);
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
