import { z } from 'astro/zod';
import { idSchema, proseSchema, sourceRefSchema } from './common';

/** A single sourced statement that pages quote, such as typical education or experience. */
export const factSchema = z.object({
  id: idSchema,
  label: proseSchema,
  value: proseSchema,
  detail: proseSchema,
  sources: z.array(sourceRefSchema).min(1),
});
export type Fact = z.infer<typeof factSchema>;
