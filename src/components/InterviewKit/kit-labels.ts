/** The words of the kit and scorecard files, from the page's UI strings. */
import { fill } from '../../lib/format';
import type { KitLabels } from './kit-documents';

type Translate = App.Locals['t'];

export function kitLabels(t: Translate): KitLabels {
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
    leadBar: (bar) => `${t('guide.skill.leadBar')}: ${fill(t('guide.skill.leadBarValue'), { bar })}`,
    candidate: t('guide.scorecard.candidate'),
    interviewer: t('guide.scorecard.interviewer'),
    date: t('guide.scorecard.date'),
    competency: t('guide.scorecard.competency'),
    rated: (n) => fill(t('guide.skill.rating'), { n }),
    score: t('guide.scorecard.score'),
    evidence: t('guide.scorecard.evidence'),
    overall: t('guide.scorecard.overall'),
    howTo: t('guide.scorecard.howTo'),
  };
}
