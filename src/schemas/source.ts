import { z } from 'astro/zod';
import { withPersian, idSchema, proseSchema } from './common';

/** A publication the guide cites. Primary sources are statistics offices and awarding bodies. */
const sourceSchemaBase = z.strictObject({
  id: idSchema,
  title: proseSchema,
  publisher: proseSchema,
  url: z.url({ protocol: /^https$/ }),
  kind: z.enum(['primary', 'secondary', 'framework']),
  /**
   * Year, or year-month, the source was published or last updated, as the source states it. Left
   * out when the source shows no date: citations then read "n.d." rather than a guessed year.
   */
  published: z
    .string()
    .regex(/^\d{4}(?:-\d{2})?$/, 'must be YYYY or YYYY-MM')
    .optional(),
  /** The edition or release the guide's figures come from, e.g. "2024-34 edition, May 2024 wages". */
  edition: proseSchema.optional(),
  /**
   * When a person last compared the guide's figures or claims with this source. Left out when
   * nobody has re-read it: a date here is a promise, not a visit log.
   */
  checked: z.iso.date().optional(),
  note: proseSchema.optional(),
});
export const sourceSchema = withPersian(sourceSchemaBase, ['edition', 'note']);
export type Source = z.infer<typeof sourceSchema>;
