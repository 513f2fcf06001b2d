import { z } from 'astro/zod';
import { withPersian, idSchema, proseSchema, sourceRefSchema } from './common';

const interviewQuestionSchema = z.strictObject({
  question: proseSchema,
  probes: proseSchema,
  strong: proseSchema,
  weak: proseSchema,
});

/** A skill a lead PM needs, described for the reader and reused by the hiring tools. */
const skillSchemaBase = z.strictObject({
  id: idSchema,
  order: z.number().int().min(1),
  name: proseSchema,
  /** core: named by the main career source; added: named by the second source. */
  group: z.enum(['core', 'added']),
  summary: proseSchema,
  meaning: proseSchema,
  inTheWork: proseSchema,
  example: proseSchema,
  howToBuild: z.array(proseSchema).min(2),
  /** Where the lead PM bar sits on a 1-5 scale, used by the self-assessment. */
  leadBar: z.number().int().min(1).max(5),
  /** What a 1, 3 and 5 look like, as scorecard anchors. */
  anchors: z.strictObject({ one: proseSchema, three: proseSchema, five: proseSchema }),
  interview: z.array(interviewQuestionSchema).min(2),
  sources: z.array(sourceRefSchema).min(1),
});
export const skillSchema = withPersian(skillSchemaBase, [
  'name',
  'summary',
  'meaning',
  'inTheWork',
  'example',
  'howToBuild',
  'anchors',
  'interview',
]);
export type Skill = z.infer<typeof skillSchema>;
