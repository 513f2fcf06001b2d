import { z } from 'astro/zod';
import { idSchema, proseSchema, sourceRefSchema } from './common';

/** A certification, always named with the body that awards it. */
export const certificationSchema = z.object({
  id: idSchema,
  name: proseSchema,
  abbr: proseSchema.optional(),
  body: proseSchema,
  url: z.url({ protocol: /^https$/ }),
  focus: proseSchema,
  fit: proseSchema,
  source: sourceRefSchema,
});
export type Certification = z.infer<typeof certificationSchema>;
