import { z } from 'astro/zod';
import { idSchema, proseSchema, sourceRefSchema } from './common';

/** One duty of a lead PM, with a concrete example of it in the work. */
export const dutySchema = z.object({
  id: idSchema,
  order: z.number().int().min(1),
  title: proseSchema,
  detail: proseSchema,
  example: proseSchema,
  /** Short line for job descriptions, written as a responsibility. */
  jdLine: proseSchema,
  source: sourceRefSchema,
});
export type Duty = z.infer<typeof dutySchema>;
