import { z } from 'astro/zod';
import { withPersian, idSchema, proseSchema, sourceRefSchema } from './common';
import { CHECKED_ON } from './salary-figure';

/**
 * A change in how lead PMs work. `detail` says what is changing, from the source; `dataPoint` is
 * the dated figure behind it where one exists; `reading` is our interpretation and `whatToDo` our
 * advice, both shown labeled as ours.
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
   * Where a person compared the figure with its publisher, as for pay figures: on the publisher's
   * own page, on a copy kept elsewhere, or only on a page that cites it. Anything but `publisher`
   * names that page in `copy`, and the page says so beside the figure.
   */
  checkedOn: z.enum(CHECKED_ON).optional(),
  copy: sourceRefSchema.optional(),
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
])
  .refine(
    (t) =>
      [t.dataPoint, t.asOf, t.checkedOn].every((v) => v === undefined) ||
      [t.dataPoint, t.asOf, t.checkedOn].every((v) => v !== undefined),
    { message: 'a data point needs all three of dataPoint, asOf and checkedOn', path: ['dataPoint'] },
  )
  .refine((t) => (t.checkedOn === undefined || t.checkedOn === 'publisher') === (t.copy === undefined), {
    message:
      "a data point checked on the publisher's page names no copy; any other names the page it was read on",
    path: ['copy'],
  });
export type Trend = z.infer<typeof trendSchema>;
