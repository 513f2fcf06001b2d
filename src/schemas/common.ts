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
 * Makes an entry schema strict (a misspelt field such as `scoc:` fails instead of vanishing) and
 * adds `fa`, the Persian of the named text fields. `fa` is required, and it must carry exactly the
 * text fields the English entry carries (none: no `fa`), so a Persian page never shows English text. Ids, numbers
 * and references are shared between the languages.
 */
export function withPersian<Shape extends z.ZodRawShape, K extends keyof Shape & string>(
  schema: z.ZodObject<Shape>,
  keys: readonly K[],
) {
  const picked = Object.fromEntries(
    keys.map((key) => [key, (schema.shape[key] as z.ZodType).optional()]),
  ) as unknown as {
    [P in K]: z.ZodOptional<Shape[P]>;
  };
  return z
    .strictObject({ ...schema.shape, fa: z.strictObject(picked).optional() })
    .superRefine((entry, ctx) => {
      const english = entry as Record<string, unknown>;
      const fa = english['fa'] as Record<string, unknown> | undefined;
      const translated = keys.filter((key) => english[key] !== undefined);
      if (!fa) {
        if (translated.length > 0) {
          ctx.addIssue({
            code: 'custom',
            path: ['fa'],
            message: `missing: add the Persian of ${translated.join(', ')}`,
          });
        }
        return;
      }
      for (const key of keys) {
        if (english[key] !== undefined && fa[key] === undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['fa', key],
            message: `missing: add the Persian of "${key}"`,
          });
        }
        if (english[key] === undefined && fa[key] !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['fa', key],
            message: `"${key}" is in Persian but not in English`,
          });
        }
      }
    });
}
