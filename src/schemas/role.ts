import { z } from 'astro/zod';
import { withPersian, idSchema, proseSchema, sourceRefSchema } from './common';

/**
 * A neighboring role: where lead PMs come from, work beside, or go next. One row of the comparison
 * table on /about/related-roles/; other pages link to its row instead of repeating it.
 */
const roleSchemaBase = z.strictObject({
  id: idSchema,
  title: proseSchema,
  relation: z.array(z.enum(['feeder', 'peer', 'next', 'family'])).min(1),
  /** What the role is and how it differs from lead PM, in a sentence or two. */
  differs: proseSchema,
  /** Where people usually come from and go next, around lead PM. */
  path: proseSchema,
  /** The education the role usually asks for. */
  education: proseSchema,
  /** A pay figure of src/data/salary-figures.yaml for this role, only where a source gives one. */
  pay: idSchema.optional(),
  sources: z.array(sourceRefSchema).min(1),
});
export const roleSchema = withPersian(roleSchemaBase, ['title', 'differs', 'path', 'education']);
export type Role = z.infer<typeof roleSchema>;
