import { z } from 'astro/zod';
import { sourceRefSchema } from './common';

/** Fields every guide page adds to Starlight's frontmatter. */
export const pageFrontmatterSchema = z.object({
  /** When a person last checked the page against its sources. Shown as "Last reviewed". */
  lastReviewed: z.coerce.date(),
  /** Sources cited on the page, listed under it. */
  sources: z.array(sourceRefSchema).default([]),
  /** Extra words readers search for, indexed by Pagefind but not shown. */
  keywords: z.array(z.string().trim().min(1)).default([]),
});
