import { z } from 'astro/zod';
import { withPersian, idSchema, proseSchema, sourceRefSchema } from './common';

/**
 * A change in how lead PMs work. `detail` says what is changing, from the source; `dataPoint` is
 * the dated figure behind it where one exists; `reading` is our interpretation and `whatToDo` our
 * advice, both shown labelled as ours.
 */
const trendSchemaBase = z.strictObject({
  id: idSchema,
  order: z.number().int().min(1),
  title: proseSchema,
  detail: proseSchema,
  /** One figure as a sentence, with its unit, place and population, e.g. "38.7% of ... in the US". */
  dataPoint: proseSchema.optional(),
  /** The month or year the figure describes (not when we read it). */
  asOf: z
    .string()
    .regex(/^\d{4}(?:-\d{2})?$/, 'must be YYYY or YYYY-MM')
    .optional(),
  /**
   * Where the figure was read: `original`, the publisher's own page or report; `secondary`, only a
   * third-party copy or summary was found, which the page says beside the figure.
   */
  copy: z.enum(['original', 'secondary']).optional(),
  reading: proseSchema,
  whatToDo: proseSchema,
  source: sourceRefSchema,
});
export const trendSchema = withPersian(trendSchemaBase, [
  'title',
  'detail',
  'dataPoint',
  'reading',
  'whatToDo',
]).refine(
  (t) =>
    [t.dataPoint, t.asOf, t.copy].every((v) => v === undefined) ||
    [t.dataPoint, t.asOf, t.copy].every((v) => v !== undefined),
  { message: 'a data point needs all three of dataPoint, asOf and copy', path: ['dataPoint'] },
);
export type Trend = z.infer<typeof trendSchema>;
