import { z } from 'astro/zod';

/** Ids are lowercase slugs so they are safe in URLs, HTML ids and YAML keys alike. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug such as "bls-ooh-cis"');

/** A reference to an entry of the sources collection, by id. */
export const sourceRefSchema = idSchema.describe('id of an entry in src/data/sources.yaml');

/** Text shown to readers: no stray whitespace, never empty. */
export const proseSchema = z.string().trim().min(1);

/**
 * Adds `fa`, the Persian translation of the named text fields, checked as strictly as the English:
 * a missing or misspelt field fails the build. Ids, numbers and references are shared.
 */
export function withPersian<Shape extends z.ZodRawShape, K extends keyof Shape & string>(
  schema: z.ZodObject<Shape>,
  keys: readonly K[],
) {
  const picked = Object.fromEntries(keys.map((key) => [key, schema.shape[key]])) as Pick<Shape, K>;
  return schema.extend({ fa: z.strictObject(picked).optional() });
}
