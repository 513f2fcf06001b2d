import { z } from 'astro/zod';
import { withPersian, idSchema, proseSchema, sourceRefSchema } from './common';

/** The public frameworks the title decoder compares a job with. */
export const FRAMEWORKS = ['gitlab', 'ddat', 'moj'] as const;

/** The skill levels of the UK framework's 2017 community version, lowest first. */
export const DDAT_SKILL_LEVELS = ['awareness', 'working', 'practitioner', 'expert'] as const;
/** The capabilities that version rates for each product manager level. */
export const DDAT_CAPABILITIES = [
  'ddatPerspective',
  'financialOwnership',
  'lifecyclePerspective',
  'problemOwnership',
  'productOwnership',
  'strategyOwnership',
  'understandingConstraints',
  'userFocus',
  'workingWithAgility',
] as const;

const skillLevel = z.enum(DDAT_SKILL_LEVELS);

/**
 * A title in a public framework and the level of this guide it is nearest to, with our reason.
 * The mapping is our reading of the framework's text, not the framework's own claim.
 */
const frameworkTitleSchemaBase = z.strictObject({
  id: idSchema,
  framework: z.enum(FRAMEWORKS),
  /** Position within its framework, lowest level first. */
  order: z.number().int().min(1),
  /** The title as the framework writes it; the Persian adds the English in parentheses. */
  title: proseSchema,
  /**
   * What the framework numbers the title with: GitLab's grade, the DDaT role level (1-5), the MoJ
   * pathway step (1-5). Left out where the framework states none.
   */
  grade: z.number().int().min(1).optional(),
  /** Id of the nearest level in src/data/levels.yaml. */
  level: idSchema.describe('id of an entry in src/data/levels.yaml'),
  track: z.enum(['individual', 'manager', 'either', 'executive']),
  /** Why the title maps to that level, in our words. */
  why: proseSchema,
  /** The 2017 community version's skill levels, on DDaT entries that version rates. */
  skillLevels2017: z
    .strictObject(
      Object.fromEntries(DDAT_CAPABILITIES.map((c) => [c, skillLevel])) as {
        [K in (typeof DDAT_CAPABILITIES)[number]]: typeof skillLevel;
      },
    )
    .optional(),
  sources: z.array(sourceRefSchema).min(1),
});
export const frameworkTitleSchema = withPersian(frameworkTitleSchemaBase, ['title', 'why']).refine(
  (t) => t.skillLevels2017 === undefined || t.framework === 'ddat',
  { message: 'only DDaT titles carry 2017 skill levels', path: ['skillLevels2017'] },
);
export type FrameworkTitle = z.infer<typeof frameworkTitleSchema>;
