import { z } from 'astro/zod';
import { withPersian, idSchema, proseSchema, sourceRefSchema } from './common';

/** A certification, always named with the body that awards it. */
const certificationSchemaBase = z.strictObject({
  id: idSchema,
  name: proseSchema,
  abbr: proseSchema.optional(),
  body: proseSchema,
  url: z.url({ protocol: /^https$/ }),
  focus: proseSchema,
  fit: proseSchema,
  source: sourceRefSchema,
});
export const certificationSchema = withPersian(certificationSchemaBase, ['focus', 'fit']);
export type Certification = z.infer<typeof certificationSchema>;
