import { z } from 'astro/zod';
import { withPersian, idSchema, proseSchema, sourceRefSchema } from './common';

/**
 * A US Standard Occupational Classification code that pay studies use as a stand-in for product
 * managers, since the classification has no product manager code of its own.
 */
const socCodeSchemaBase = z.strictObject({
  id: idSchema,
  order: z.number().int().min(1),
  code: z.string().regex(/^\d{2}-\d{4}$/, 'must be an SOC code such as "11-3021"'),
  /** The occupation title exactly as the classification gives it. */
  title: proseSchema,
  /** Which product managers the code tends to stand in for: the guide's own reading. */
  standsFor: proseSchema,
  source: sourceRefSchema,
});
export const socCodeSchema = withPersian(socCodeSchemaBase, ['title', 'standsFor']);
export type SocCode = z.infer<typeof socCodeSchema>;
