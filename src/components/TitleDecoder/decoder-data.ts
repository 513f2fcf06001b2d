/**
 * What the decoder's page hands its client script, built once at build time from the data and the
 * UI strings. Shared by TitleDecoder.astro (which fills it) and decoder.client.ts (which reads it).
 */
import { getFrameworkTitles, getLevels } from '../../lib/content';
import { intlLocale, type Lang } from '../../lib/locale';
import { FRAMEWORKS } from '../../schemas/framework-title';
import { CHOICE_QUESTIONS, optionsOf, type FrameworkEntry, type LevelInfo } from './decoder-logic';
import type { DecoderStrings, FormText } from './decoder-text';

export interface DecoderEntry extends FrameworkEntry {
  title: string;
  grade?: number | undefined;
  why: string;
}

export interface DecoderData {
  levels: LevelInfo[];
  entries: DecoderEntry[];
  frameworks: { id: string; name: string }[];
  form: FormText;
  strings: DecoderStrings & {
    resultLead: string;
    whyHeading: string;
    nearestHeading: string;
    placed: string;
    cleared: string;
    dropped: string;
    yearsError: string;
  };
}

type T = (key: string) => string;

export async function decoderData(lang: Lang, t: T): Promise<DecoderData> {
  const levels = await getLevels(lang);
  const rungOf = new Map(levels.map((l) => [l.id, l.rung]));
  const titles = await getFrameworkTitles(lang);
  const questions = [...CHOICE_QUESTIONS, 'years', 'title'] as const;
  const option: FormText['option'] = Object.fromEntries(
    CHOICE_QUESTIONS.map((q) => [
      q,
      Object.fromEntries(optionsOf(q).map((o) => [o, t(`guide.decoder.${q}.${o}`)])),
    ]),
  );
  return {
    levels: levels.map(({ id, rung, track, years }) => ({ id, rung, track, years })),
    entries: titles.map((e) => {
      const rung = rungOf.get(e.level);
      if (rung === undefined) {
        throw new Error(
          `src/data/framework-titles.yaml entry "${e.id}" field level: "${e.level}" is not a level.`,
        );
      }
      return {
        id: e.id,
        framework: e.framework,
        order: e.order,
        rung,
        track: e.track,
        title: e.title,
        grade: e.grade,
        why: e.why,
      };
    }),
    frameworks: FRAMEWORKS.map((id) => ({ id, name: t(`guide.decoder.framework.${id}`) })),
    form: {
      question: Object.fromEntries(questions.map((q) => [q, t(`guide.decoder.question.${q}`)])),
      option,
      level: Object.fromEntries(levels.map((l) => [l.id, l.title])),
    },
    strings: {
      need: t('guide.decoder.need'),
      either: t('guide.decoder.either'),
      leadPeople: t('guide.decoder.leadPeople'),
      leadIc: t('guide.decoder.leadIc'),
      agreement: {
        agree: t('guide.decoder.agree'),
        mostly: t('guide.decoder.mostly'),
        mixed: t('guide.decoder.mixed'),
      },
      signal: t('guide.decoder.signal'),
      signalNone: t('guide.decoder.signalNone'),
      notes: {
        noTeam: t('guide.decoder.note.noTeam'),
        icAbove: t('guide.decoder.note.icAbove'),
        reportsCeo: t('guide.decoder.note.reportsCeo'),
      },
      yearsAnswer: t('guide.decoder.yearsAnswer'),
      titleFits: t('guide.decoder.titleFits'),
      titleAbove: t('guide.decoder.titleAbove'),
      titleBelow: t('guide.decoder.titleBelow'),
      relation: {
        same: t('guide.decoder.relation.same'),
        otherTrack: t('guide.decoder.relation.otherTrack'),
        below: t('guide.decoder.relation.below'),
        above: t('guide.decoder.relation.above'),
      },
      stepOne: t('guide.decoder.stepOne'),
      stepMany: t('guide.decoder.stepMany'),
      grade: Object.fromEntries(FRAMEWORKS.map((f) => [f, t(`guide.decoder.grade.${f}`)])),
      noGrade: t('guide.decoder.noGrade'),
      locale: intlLocale(lang),
      resultLead: t('guide.decoder.resultLead'),
      whyHeading: t('guide.decoder.whyHeading'),
      nearestHeading: t('guide.decoder.nearestHeading'),
      placed: t('guide.decoder.placed'),
      cleared: t('guide.decoder.cleared'),
      dropped: t('guide.decoder.dropped'),
      yearsError: t('guide.decoder.yearsError'),
    },
  };
}
