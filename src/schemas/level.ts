import { z } from 'astro/zod';
import { withPersian, idSchema, proseSchema, sourceRefSchema } from './common';

/** One rung of the product-management ladder, described on the same dimensions as every other. */
const levelSchemaBase = z.strictObject({
  id: idSchema,
  order: z.number().int().min(1),
  /**
   * The step of the ladder. Two levels share a rung when they carry the same weight on different
   * tracks: a group PM manages PMs, a principal PM of the same rung does not.
   */
  rung: z.number().int().min(1),
  title: proseSchema,
  otherTitles: z.array(proseSchema).default([]),
  track: z.enum(['individual', 'manager', 'either', 'executive']),
  scope: proseSchema,
  team: proseSchema,
  decisions: proseSchema,
  outcomes: proseSchema,
  years: z.strictObject({ min: z.number().int().min(0), max: z.number().int().min(0).optional() }),
  promotion: proseSchema,
  sources: z.array(sourceRefSchema).min(1),
});
export const levelSchema = withPersian(levelSchemaBase, [
  'title',
  'otherTitles',
  'scope',
  'team',
  'decisions',
  'outcomes',
  'promotion',
]).refine((l) => l.years.max === undefined || l.years.max >= l.years.min, {
  message: 'years.max must not be below years.min',
  path: ['years', 'max'],
});
export type Level = z.infer<typeof levelSchema>;
