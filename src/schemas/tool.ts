import { z } from 'astro/zod';
import { withPersian, idSchema, proseSchema } from './common';

/**
 * A kind of tool a lead PM works in, with what a lead PM uses it for. `examples` are product names,
 * the same in every language, given as examples and never as recommendations.
 */
const toolSchemaBase = z.strictObject({
  id: idSchema,
  order: z.number().int().min(1),
  category: proseSchema,
  use: proseSchema,
  examples: z.array(proseSchema).min(1),
});
export const toolSchema = withPersian(toolSchemaBase, ['category', 'use']);
export type Tool = z.infer<typeof toolSchema>;
