import { z } from 'astro/zod';
import { FULL_TIME_HOURS } from '../lib/locale';
import { withPersian, idSchema, proseSchema, sourceRefSchema } from './common';

export { FULL_TIME_HOURS };

/**
 * Where a person compared a figure with what its publisher printed: on the publisher's own page,
 * on a dated copy of that page kept elsewhere, or only on a page that cites the publisher. Pages
 * say so beside the figure when it is not the publisher's own page.
 */
export const CHECKED_ON = ['publisher', 'copy', 'secondary'] as const;

/** One pay figure: what it measures, for whom, where, when, who says so and how we checked it. */
const salaryFigureSchemaBase = z.strictObject({
  id: idSchema,
  /** What the figure describes, e.g. "Lead product managers". */
  group: proseSchema,
  /** The standard occupation the figure stands for, when a statistics office published it. */
  soc: z
    .string()
    .regex(/^\d{2}-\d{4}$/, 'must be an SOC code such as "11-3021"')
    .optional(),
  statistic: z.enum(['median', 'p90', 'p10', 'mean']),
  annual: z.number().int().positive().max(10_000_000),
  /**
   * The publisher's top code: it prints only that the wage is at least `annual` (BLS shows "#"
   * for wages of $239,200 a year or more). Pages show the amount as "or more".
   */
  topCoded: z.literal(true).optional(),
  /** An hourly figure the publisher printed itself; our own arithmetic is never stored here. */
  hourly: z.number().positive().max(10_000).optional(),
  currency: z.enum(['USD']),
  country: proseSchema,
  /** The year the figure describes (the data year, not the publication year). */
  year: z.number().int().min(2000).max(2100),
  /** The month of the data, when the survey has one reference month (OEWS: May). */
  month: z.number().int().min(1).max(12).optional(),
  source: sourceRefSchema,
  checkedOn: z.enum(CHECKED_ON),
  /** The copy or secondary page the figure was compared on: an entry of the sources collection. */
  copy: sourceRefSchema.optional(),
  /** A caution shown beside the figure, e.g. that no copy could be named. */
  note: proseSchema.optional(),
});
export const salaryFigureSchema = withPersian(salaryFigureSchemaBase, ['group', 'country', 'note'])
  .refine((f) => f.hourly === undefined || Math.abs(f.annual / FULL_TIME_HOURS - f.hourly) < 0.01, {
    message: `hourly must equal annual / ${FULL_TIME_HOURS}, rounded to the cent`,
    path: ['hourly'],
  })
  .refine((f) => f.checkedOn !== 'publisher' || f.copy === undefined, {
    message: "a figure checked on the publisher's own page names no copy",
    path: ['copy'],
  })
  .refine((f) => f.checkedOn !== 'copy' || f.copy !== undefined, {
    message: 'a figure checked on a copy names that copy',
    path: ['copy'],
  })
  .refine((f) => f.checkedOn !== 'secondary' || f.copy !== undefined || f.note !== undefined, {
    message: 'a figure seen only on secondary pages names one of them (copy) or says why it cannot (note)',
    path: ['copy'],
  });
export type SalaryFigure = z.infer<typeof salaryFigureSchema>;
