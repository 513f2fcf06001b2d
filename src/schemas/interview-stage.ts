import { z } from 'astro/zod';
import { withPersian, idSchema, proseSchema } from './common';

/**
 * One interview of a lead PM loop: what it is for, how long it takes, who runs it, which question
 * formats fit it, and which skills it tests best. The loop planner builds its proposal from these.
 */
const interviewStageSchemaBase = z.strictObject({
  id: idSchema,
  /** Place in the loop: the screen first, the executive interview last. */
  order: z.number().int().min(1),
  /** Length of the interview in minutes (our estimate). */
  minutes: z.number().int().min(15).max(120),
  /** any: every loop; people-manager: only when the lead PM will manage PMs. */
  track: z.enum(['any', 'people-manager']).default('any'),
  /** The question formats of interview-questions.yaml that suit this interview, best first. */
  formats: z.array(z.enum(['past-behavior', 'scenario', 'case'])).min(1),
  /** Skills (ids in src/data/skills.yaml) this interview tests well, best first. */
  fits: z.array(idSchema.describe('id of an entry in src/data/skills.yaml')).min(1),
  /** How many focus skills one interview of this kind can test in depth. */
  capacity: z.number().int().min(1).max(3),
  name: proseSchema,
  purpose: proseSchema,
  interviewers: proseSchema,
});
export const interviewStageSchema = withPersian(interviewStageSchemaBase, [
  'name',
  'purpose',
  'interviewers',
]);
export type InterviewStage = z.infer<typeof interviewStageSchema>;
