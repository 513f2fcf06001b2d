import { z } from 'astro/zod';
import { withPersian, idSchema, proseSchema, sourceRefSchema } from './common';

/**
 * One published definition of the lead PM role, for the comparison on the role overview. Sources
 * disagree on whether a lead PM manages other PMs, so the guide shows who says which instead of
 * picking one.
 */
const leadPmDefinitionSchemaBase = z.strictObject({
  id: idSchema,
  order: z.number().int().positive(),
  /** Whether the source describes a senior individual contributor or a manager of PMs. */
  view: z.enum(['individual-contributor', 'people-manager']),
  /** What the source says the role is, in our words. */
  summary: proseSchema,
  /** What it says about other product managers: none, coordinated informally, or managed. */
  span: proseSchema,
  source: sourceRefSchema,
});
export const leadPmDefinitionSchema = withPersian(leadPmDefinitionSchemaBase, ['summary', 'span']);
export type LeadPmDefinition = z.infer<typeof leadPmDefinitionSchema>;
