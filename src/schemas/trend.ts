import { z } from 'astro/zod';
import { withPersian, idSchema, proseSchema, sourceRefSchema } from './common';

/** A change in how lead PMs work, with what it means in practice. */
const trendSchemaBase = z.strictObject({
  id: idSchema,
  order: z.number().int().min(1),
  title: proseSchema,
  detail: proseSchema,
  whatToDo: proseSchema,
  source: sourceRefSchema,
});
export const trendSchema = withPersian(trendSchemaBase, ['title', 'detail', 'whatToDo']);
export type Trend = z.infer<typeof trendSchema>;
