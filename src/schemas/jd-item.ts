import { z } from 'astro/zod';
import { idSchema, proseSchema, sourceRefSchema } from './common';

/** A line of the job-description template: a responsibility or a qualification. */
export const jdItemSchema = z.object({
  id: idSchema,
  kind: z.enum(['responsibility', 'required', 'preferred']),
  order: z.number().int().min(1),
  text: proseSchema,
  /** The skill this line tests, so the JD, interview kit and scorecard agree. */
  skill: idSchema.optional(),
  source: sourceRefSchema,
});
export type JdItem = z.infer<typeof jdItemSchema>;
