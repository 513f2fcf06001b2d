import { z } from 'astro/zod';
import { idSchema, proseSchema, sourceRefSchema } from './common';

/** A change in how lead PMs work, with what it means in practice. */
export const trendSchema = z.object({
  id: idSchema,
  order: z.number().int().min(1),
  title: proseSchema,
  detail: proseSchema,
  whatToDo: proseSchema,
  source: sourceRefSchema,
});
export type Trend = z.infer<typeof trendSchema>;
