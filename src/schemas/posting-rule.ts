import { z } from 'astro/zod';
import { withPersian, idSchema, proseSchema, sourceRefSchema } from './common';

/** The groups the builder's picker and the rules page list places under, in this order. */
export const POSTING_GROUPS = ['us', 'eu', 'uk', 'ir', 'other'] as const;

/**
 * What a place asks of a job ad's pay. `required`: a range (or one figure) in the ad itself;
 * `minimum`: at least the lowest pay in the ad; `before-interview` / `before-offer`: given to the
 * applicant at that point, in the ad or otherwise; `on-request`: only when asked; `not-required`:
 * no such rule found; `not-verified`: we could not check, so the page says so instead of guessing.
 */
export const PAY_IN_AD = [
  'required',
  'minimum',
  'before-interview',
  'before-offer',
  'on-request',
  'not-required',
  'not-verified',
] as const;

/** What else an ad must state there, besides pay. */
export const MUST_POST = ['benefits', 'other-compensation', 'job-description'] as const;

/** Where an EU member state stands with Directive (EU) 2023/970, as far as we could verify. */
export const TRANSPOSITION = ['in-force', 'partly', 'bill', 'missed', 'not-verified'] as const;

/**
 * One place where a job ad may be posted, and the pay-posting rule there. Facts carry their
 * sources; `checkedOn: secondary` says they were read in a law firm's or vendor's summary or a
 * copy of the law, not on the agency's or legislature's own page, and the page says so.
 */
const postingRuleSchemaBase = z.strictObject({
  id: idSchema,
  group: z.enum(POSTING_GROUPS),
  name: proseSchema,
  /** ISO 3166-1 alpha-2 code of the country the place is in, or of the country itself. */
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  payInAd: z.enum(PAY_IN_AD),
  mustPost: z.array(z.enum(MUST_POST)).default([]),
  /** The fewest employees an employer has before the posting rule applies (1: every employer). */
  minEmployees: z.number().int().min(1).optional(),
  salaryHistoryBan: z.enum(['yes', 'no', 'unknown']),
  /** When the posting rule took or takes effect. */
  effective: z.iso.date().optional(),
  transposition: z.enum(TRANSPOSITION).optional(),
  /** What the rule says, in a sentence or two, for the rules page. */
  summary: proseSchema.optional(),
  checkedOn: z.enum(['primary', 'secondary']).optional(),
  sources: z.array(sourceRefSchema).default([]),
  lastReviewed: z.iso.date(),
});

export const postingRuleSchema = withPersian(postingRuleSchemaBase, ['name', 'summary'])
  .refine((r) => (r.group === 'eu') === (r.transposition !== undefined), {
    message: 'EU member states, and only they, record where they stand with the Directive',
    path: ['transposition'],
  })
  .refine((r) => r.group === 'other' || r.sources.length > 0, {
    message: 'every place but "other" names at least one source',
    path: ['sources'],
  })
  .refine((r) => r.sources.length === 0 || r.checkedOn !== undefined, {
    message: 'say whether the facts were checked on a primary page or a secondary copy',
    path: ['checkedOn'],
  });
export type PostingRule = z.infer<typeof postingRuleSchema>;
