import { z } from 'astro/zod';
import { withPersian, idSchema, proseSchema, sourceRefSchema } from './common';

/** A single sourced statement that pages quote, such as typical education or experience. */
const factSchemaBase = z.strictObject({
  id: idSchema,
  label: proseSchema,
  value: proseSchema,
  detail: proseSchema,
  sources: z.array(sourceRefSchema).min(1),
});
export const factSchema = withPersian(factSchemaBase, ['label', 'value', 'detail']);
export type Fact = z.infer<typeof factSchema>;
