import { z } from 'astro/zod';
import { withPersian, idSchema, proseSchema } from './common';

/** An interview question that tests one skill, with what a strong and a weak answer sound like. */
const interviewQuestionSchemaBase = z.strictObject({
  id: idSchema,
  /** The id of the skill in src/data/skills.yaml the question tests. */
  skill: idSchema,
  /** Order among the questions of the same skill. */
  order: z.number().int().min(1),
  question: proseSchema,
  probes: proseSchema,
  strong: proseSchema,
  weak: proseSchema,
});
export const interviewQuestionSchema = withPersian(interviewQuestionSchemaBase, [
  'question',
  'probes',
  'strong',
  'weak',
]);
export type InterviewQuestion = z.infer<typeof interviewQuestionSchema>;
