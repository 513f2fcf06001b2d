/**
 * What the loop planner's page hands its client script, built at build time: the ten skills with
 * their anchors, the question bank, the interview stages, the job-description builder's line
 * catalogue (to read a stored draft's competencies) and the UI strings. Shared by
 * InterviewLoop.astro and loop.client.ts.
 */
import en from '../../content/i18n/en.json';
import {
  getDuties,
  getInterviewQuestions,
  getInterviewStages,
  getJdItems,
  getSkills,
  JD_KINDS,
} from '../../lib/content';
import { intlLocale, type Lang } from '../../lib/locale';
import { buildCatalogue, type CatalogueLine } from '../JobDescriptionBuilder/jd-state';
import type { Competency, KitQuestion } from '../InterviewKit/kit-documents';
import type { QuestionSpec, StageSpec } from './loop-logic';
import type { PacketStage } from './loop-packets';

export type LoopStage = StageSpec & PacketStage;
export type LoopQuestion = QuestionSpec & KitQuestion;

export interface LoopData {
  lang: Lang;
  locale: string;
  /** Every skill as the kit shows it, with no questions: a packet adds the ones it picked. */
  skills: Competency[];
  questions: LoopQuestion[];
  stages: LoopStage[];
  catalogue: CatalogueLine[];
  /** Every guide.loop.* string, by the part of its key after "guide.loop.". */
  ui: Record<string, string>;
  /** The strings kitLabels() reads, by their full key. */
  kit: Record<string, string>;
}

type T = (key: string) => string;

const keysWith = (prefix: string) => Object.keys(en).filter((k) => k.startsWith(prefix));

/** The kit's labels that packets share with the interview kit's own files. */
export const KIT_KEYS = [
  ...keysWith('guide.interviewKit.'),
  ...keysWith('guide.scorecard.'),
  'guide.skill.probes',
  'guide.skill.strong',
  'guide.skill.weak',
  'guide.skill.leadBar',
  'guide.skill.leadBarValue',
  'guide.skill.rating',
];

export async function loopData(lang: Lang, t: T): Promise<LoopData> {
  const skills = (await getSkills(lang)).map((s) => ({
    id: s.id,
    name: s.name,
    summary: s.summary,
    leadBar: s.bars.lead,
    anchors: s.anchors,
    interview: [],
    lines: [],
  }));
  const questions = (await getInterviewQuestions(lang)).map((q) => ({
    id: q.id,
    skill: q.skill,
    order: q.order,
    format: q.format,
    minutes: q.minutes,
    track: q.track,
    question: q.question,
    probes: q.probes,
    strong: q.strong,
    weak: q.weak,
    covers: q.covers,
  }));
  const stages = (await getInterviewStages(lang)).map((s) => ({
    id: s.id,
    order: s.order,
    minutes: s.minutes,
    track: s.track,
    formats: s.formats,
    fits: s.fits,
    capacity: s.capacity,
    name: s.name,
    purpose: s.purpose,
    interviewers: s.interviewers,
  }));
  const items = (await Promise.all(JD_KINDS.map((kind) => getJdItems(lang, kind)))).flat();
  const catalogue = buildCatalogue(
    items.map(({ id, kind, text, skill }) => ({ id, kind, text, skill })),
    (await getDuties(lang)).map(({ id, jdLine }) => ({ id, jdLine })),
  );
  const prefix = 'guide.loop.';
  return {
    lang,
    locale: intlLocale(lang),
    skills,
    questions,
    stages,
    catalogue,
    ui: Object.fromEntries(keysWith(prefix).map((k) => [k.slice(prefix.length), t(k)])),
    kit: Object.fromEntries(KIT_KEYS.map((k) => [k, t(k)])),
  };
}
