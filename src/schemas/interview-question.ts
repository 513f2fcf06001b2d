import { z } from 'astro/zod';
import { withPersian, idSchema, proseSchema } from './common';

/**
 * An interview question that tests one skill, with what a strong and a weak answer sound like.
 * `format`, `minutes` and `track` let a loop planner pick questions that fit a slot and a role.
 */
const interviewQuestionSchemaBase = z.strictObject({
  id: idSchema,
  /** The id of the skill in src/data/skills.yaml the question tests. */
  skill: idSchema,
  /** Order among the questions of the same skill. */
  order: z.number().int().min(1),
  /**
   * past-behavior: asks for something the candidate did; scenario: a situation to talk through;
   * case: a short exercise worked live, with `covers` listing what a strong answer covers.
   */
  format: z.enum(['past-behavior', 'scenario', 'case']),
  /** Minutes to allow in an interview, follow-up questions included (our estimate). */
  minutes: z.number().int().min(5).max(60),
  /** any: every lead PM role; people-manager: only roles where the lead PM manages PMs. */
  track: z.enum(['any', 'people-manager']).default('any'),
  question: proseSchema,
  probes: proseSchema,
  strong: proseSchema,
  weak: proseSchema,
  /** For a case: the points a strong answer covers, in the order an interviewer listens for them. */
  covers: z.array(proseSchema).min(3).optional(),
});
export const interviewQuestionSchema = withPersian(interviewQuestionSchemaBase, [
  'question',
  'probes',
  'strong',
  'weak',
  'covers',
]).refine((q) => (q.format === 'case') === (q.covers !== undefined), {
  message: 'a case question lists what a strong answer covers (covers); other formats do not',
  path: ['covers'],
});
export type InterviewQuestion = z.infer<typeof interviewQuestionSchema>;
