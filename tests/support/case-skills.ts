import type { CaseSkill } from '../../src/components/PromotionCase/case-logic';
import { readData } from './data-files';

/** The skills as the promotion case's page hands them to its script (case-data.ts), in English. */
export const caseSkills = (): CaseSkill[] =>
  readData('skills').map((s) => ({
    id: s.id,
    name: s.name,
    bars: s.bars,
    firstStep: s.howToBuild[0]!,
    href: `/role/skills/#${s.id}`,
  }));
