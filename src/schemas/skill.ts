import { z } from 'astro/zod';
import { withPersian, idSchema, proseSchema, sourceRefSchema } from './common';

/** A bar on the 1-5 scale of the anchors; never 5, which is kept for work beyond the bar. */
const barSchema = z.number().int().min(1).max(4);

/** A skill a lead PM needs, described for the reader and reused by every tool. */
const skillSchemaBase = z.strictObject({
  id: idSchema,
  order: z.number().int().min(1),
  name: proseSchema,
  /** core: named by the main career article; added: named by the second guide. */
  group: z.enum(['core', 'added']),
  summary: proseSchema,
  meaning: proseSchema,
  inTheWork: proseSchema,
  example: proseSchema,
  howToBuild: z.array(proseSchema).min(2),
  /** Where the bar sits at each level, on the 1-5 scale: the self-assessment and scorecard read it. */
  bars: z.strictObject({ senior: barSchema, lead: barSchema, group: barSchema }),
  /** What a 1, 3 and 5 look like, as scorecard anchors. */
  anchors: z.strictObject({ one: proseSchema, three: proseSchema, five: proseSchema }),
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
]).refine((s) => s.bars.senior <= s.bars.lead && s.bars.lead <= s.bars.group, {
  message: 'bars must not fall from senior to lead to group',
  path: ['bars'],
});
export type Skill = z.infer<typeof skillSchema>;
