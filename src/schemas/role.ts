import { z } from 'astro/zod';
import { withPersian, idSchema, proseSchema, sourceRefSchema } from './common';

/** A neighbouring role: where lead PMs come from, work beside, or go next. */
const roleSchemaBase = z.strictObject({
  id: idSchema,
  title: proseSchema,
  relation: z.array(z.enum(['feeder', 'peer', 'next', 'family'])).min(1),
  summary: proseSchema,
  differs: proseSchema,
  sources: z.array(sourceRefSchema).min(1),
});
export const roleSchema = withPersian(roleSchemaBase, ['title', 'summary', 'differs']);
export type Role = z.infer<typeof roleSchema>;
