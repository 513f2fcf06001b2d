import { z } from 'astro/zod';
import { withPersian, idSchema, proseSchema } from './common';
import {
  DIMENSIONS,
  PHASES,
  PHASE_WEEKS,
  PLAN_QUESTIONS,
  WEEKS,
} from '../components/FirstNinetyDays/plan-model';

/** Which answers a step is for: each listed question limits it to the options named. */
const whenSchema = z.strictObject({
  situation: z.array(z.enum(PLAN_QUESTIONS.situation)).min(1).optional(),
  lead: z.array(z.enum(PLAN_QUESTIONS.lead)).min(1).optional(),
  stage: z.array(z.enum(PLAN_QUESTIONS.stage)).min(1).optional(),
  market: z.array(z.enum(PLAN_QUESTIONS.market)).min(1).optional(),
  pms: z.array(z.enum(PLAN_QUESTIONS.pms)).min(1).optional(),
});

/**
 * One line of the first-90-days plan: what to do in a week, the artifact it leaves and how you
 * know it is done, tied to a ladder dimension and the skills it exercises. Our own advice.
 */
const planStepSchemaBase = z.strictObject({
  id: idSchema,
  order: z.number().int().min(1),
  phase: z.enum(PHASES),
  week: z.number().int().min(1).max(WEEKS),
  /** A checkpoint closes its phase with a review; a step is the work. */
  kind: z.enum(['step', 'checkpoint']).default('step'),
  when: whenSchema.default({}),
  action: proseSchema,
  artifact: proseSchema,
  checkpoint: proseSchema,
  dimension: z.enum(DIMENSIONS),
  skills: z.array(idSchema.describe('id of an entry in src/data/skills.yaml')).min(1),
});
export const planStepSchema = withPersian(planStepSchemaBase, ['action', 'artifact', 'checkpoint']).refine(
  (s) => s.week >= PHASE_WEEKS[s.phase].from && s.week <= PHASE_WEEKS[s.phase].to,
  {
    message: 'week must fall inside its phase (listen 1-3, diagnose 4-6, decide 7-9, deliver 10-13)',
    path: ['week'],
  },
);
export type PlanStep = z.infer<typeof planStepSchema>;
