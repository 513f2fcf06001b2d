/**
 * What the promotion case's page hands its client script, built at build time from the skills,
 * the levels and the UI strings. Shared by PromotionCase.astro and case.client.ts.
 */
import { getLevels, getSkills } from '../../lib/content';
import { withBase } from '../../lib/base-path';
import { intlLocale, localePath, punctuation, type Lang } from '../../lib/locale';
import { fill } from '../../lib/template';
import { CASE_UI_KEYS, type CaseSkill, type Target } from './case-logic';

export interface CaseData {
  lang: Lang;
  locale: string;
  skills: (CaseSkill & { anchors: { one: string; three: string; five: string } })[];
  /** The name of each target level, e.g. "Lead product manager". */
  targets: Record<Target, string>;
  /** Every guide.case.* string, by the part of its key after "guide.case.". */
  ui: Record<string, string>;
  /** "About {{skill}}", the link to a skill on the skills page. */
  aboutSkill: string;
  /** The punctuation that separates the parts of a short line (" · ", or " – " in Persian). */
  sep: string;
}

type T = (key: string) => string;

export async function caseData(lang: Lang, t: T, base: string): Promise<CaseData> {
  const levels = new Map((await getLevels(lang)).map((l) => [l.id, l.title]));
  const title = (id: string) => {
    const found = levels.get(id);
    if (!found) throw new Error(`PromotionCase: no level "${id}" in src/data/levels.yaml.`);
    return found;
  };
  const skills = (await getSkills(lang)).map((s) => ({
    id: s.id,
    name: s.name,
    bars: s.bars,
    firstStep: s.howToBuild[0] ?? '',
    href: withBase(`/${localePath('role/skills/', lang)}#${s.id}`, base),
    anchors: s.anchors,
  }));
  const targets: Record<Target, string> = {
    senior: title('senior-pm'),
    lead: title('lead-pm'),
    group: fill(t('guide.case.targetGroup'), { group: title('group-pm'), principal: title('principal-pm') }),
  };
  const prefix = 'guide.case.';
  return {
    lang,
    locale: intlLocale(lang),
    skills,
    targets,
    ui: Object.fromEntries(CASE_UI_KEYS.map((k) => [k, t(`${prefix}${k}`)])),
    aboutSkill: t('guide.assessment.aboutSkill'),
    sep: punctuation(lang).sep,
  };
}
