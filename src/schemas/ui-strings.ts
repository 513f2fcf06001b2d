import { z } from 'astro/zod';
import english from '../content/i18n/en.json';

/**
 * UI strings of the guide's own components, typed from the English file itself: a key exists when
 * en.json has it. Optional (the `.partial()`), because Starlight fills a missing one from English;
 * the tests check that fa.json translates every key.
 */
const keys = Object.keys(english).filter((key) => !key.startsWith('$')) as (keyof typeof english)[];
export const uiStringsSchema = z
  .object(
    Object.fromEntries(keys.map((key) => [key, z.string()])) as Record<keyof typeof english, z.ZodString>,
  )
  .partial();
