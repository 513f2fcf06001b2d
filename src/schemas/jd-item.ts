import { z } from 'astro/zod';
import { withPersian, idSchema, proseSchema, sourceRefSchema } from './common';

/** A line of the job-description template: a responsibility or a qualification. */
const jdItemSchemaBase = z.strictObject({
  id: idSchema,
  kind: z.enum(['responsibility', 'required', 'preferred']),
  order: z.number().int().min(1),
  text: proseSchema,
  /** The skill this line tests, so the JD, interview kit and scorecard agree. */
  skill: idSchema.optional(),
  source: sourceRefSchema,
});
export const jdItemSchema = withPersian(jdItemSchemaBase, ['text']);
export type JdItem = z.infer<typeof jdItemSchema>;
