import { z } from 'astro/zod';
import { withPersian, idSchema, proseSchema, sourceRefSchema } from './common';

/** One duty of a lead PM, with a concrete example of it in the work. */
const dutySchemaBase = z.strictObject({
  id: idSchema,
  order: z.number().int().min(1),
  title: proseSchema,
  detail: proseSchema,
  example: proseSchema,
  /** Short line for job descriptions, written as a responsibility. */
  jdLine: proseSchema,
  source: sourceRefSchema,
});
export const dutySchema = withPersian(dutySchemaBase, ['title', 'detail', 'example', 'jdLine']);
export type Duty = z.infer<typeof dutySchema>;
