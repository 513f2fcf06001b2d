import { z } from 'astro/zod';
import { withPersian, idSchema, proseSchema } from './common';

/** A publication the guide cites. Primary sources are statistics offices and awarding bodies. */
const sourceSchemaBase = z.strictObject({
  id: idSchema,
  title: proseSchema,
  publisher: proseSchema,
  url: z.url({ protocol: /^https$/ }),
  kind: z.enum(['primary', 'secondary', 'framework']),
  /** Year, or year-month, the source was published or last updated, as the source states it. */
  published: z.string().regex(/^\d{4}(?:-\d{2})?$/, 'must be YYYY or YYYY-MM'),
  accessed: z.iso.date(),
  note: proseSchema.optional(),
});
export const sourceSchema = withPersian(sourceSchemaBase, ['note']);
export type Source = z.infer<typeof sourceSchema>;
