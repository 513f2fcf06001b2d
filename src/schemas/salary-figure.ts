import { z } from 'astro/zod';
import { FULL_TIME_HOURS } from '../lib/locale';
import { withPersian, idSchema, proseSchema, sourceRefSchema } from './common';

export { FULL_TIME_HOURS };

/** One pay figure: what it measures, for whom, where, when and who says so. */
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
  hourly: z.number().positive().max(10_000).optional(),
  currency: z.enum(['USD']),
  country: proseSchema,
  /** The year the figure describes (the data year, not the publication year). */
  year: z.number().int().min(2000).max(2100),
  source: sourceRefSchema,
});
export const salaryFigureSchema = withPersian(salaryFigureSchemaBase, ['group', 'country']).refine(
  (f) => f.hourly === undefined || Math.abs(f.annual / FULL_TIME_HOURS - f.hourly) < 0.01,
  {
    message: `hourly must equal annual / ${FULL_TIME_HOURS}, rounded to the cent`,
    path: ['hourly'],
  },
);
export type SalaryFigure = z.infer<typeof salaryFigureSchema>;
