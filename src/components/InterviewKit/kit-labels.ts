/** The words of the kit and scorecard files, from the page's UI strings. */
import { fill } from '../../lib/template';
import { formatNumber, punctuation } from '../../lib/locale';
import type { KitLabels } from './kit-documents';

type Translate = App.Locals['t'];

/** Labels in the page's language, numbers in its digits (`locale` is an Intl locale, e.g. "fa-IR"). */
export function kitLabels(t: Translate, locale = 'en-US'): KitLabels {
  const n = (value: number) => formatNumber(value, locale);
  return {
    kitTitle: t('guide.interviewKit.title'),
    scorecardTitle: t('guide.scorecard.title'),
    covers: t('guide.interviewKit.covers'),
    kinds: {
      responsibility: t('guide.interviewKit.kind.responsibility'),
      required: t('guide.interviewKit.kind.required'),
      preferred: t('guide.interviewKit.kind.preferred'),
    },
    questions: t('guide.interviewKit.questions'),
    probes: t('guide.skill.probes'),
    strong: t('guide.skill.strong'),
    weak: t('guide.skill.weak'),
    questionMeta: (q) =>
      [
        t(`guide.interviewKit.format.${q.format}`),
        fill(t('guide.interviewKit.minutes'), { n: n(q.minutes) }),
        ...(q.track === 'people-manager' ? [t('guide.interviewKit.peopleManager')] : []),
      ].join(punctuation(locale).sep),
    strongCovers: t('guide.interviewKit.strongCovers'),
    leadBar: (bar) => `${t('guide.skill.leadBar')}: ${fill(t('guide.skill.leadBarValue'), { bar: n(bar) })}`,
    candidate: t('guide.scorecard.candidate'),
    interviewer: t('guide.scorecard.interviewer'),
    date: t('guide.scorecard.date'),
    competency: t('guide.scorecard.competency'),
    rated: (rating) => fill(t('guide.skill.rating'), { n: n(rating) }),
    score: t('guide.scorecard.score'),
    evidence: t('guide.scorecard.evidence'),
    overall: t('guide.scorecard.overall'),
    howTo: t('guide.scorecard.howTo'),
  };
}
