/**
 * The decoder's answer in words: the placement as sentences in the page's language, with numbers
 * in its digits. Pure, so the wording of every case is unit-tested in both languages.
 */
import { formatNumber } from '../../lib/locale';
import { fill } from '../../lib/template';
import type { Agreement, Answers, NoteCode, Placement, Question, Relation } from './decoder-logic';

export interface DecoderStrings {
  /** "Answer at least {{count}} questions to place the job." */
  need: string;
  /** "{{first}} or {{second}}", for a rung two tracks share. */
  either: string;
  leadPeople: string;
  leadIc: string;
  agreement: Record<Agreement, string>;
  /** "{{question}}: {{answer}}. Points to {{level}}." */
  signal: string;
  /** "{{question}}: {{answer}}. Places no level by itself." */
  signalNone: string;
  notes: Record<NoteCode, string>;
  /** "{{years}} years" */
  yearsAnswer: string;
  /** "The ad's title, {{title}}, fits what the job asks." */
  titleFits: string;
  /** "... {{steps}} above ..." */
  titleAbove: string;
  titleBelow: string;
  /** "Same level", "Same level, other track", "{{steps}} below", "{{steps}} above". */
  relation: Record<Relation, string>;
  /** "one step" and "{{count}} steps". */
  stepOne: string;
  stepMany: string;
  /** Per framework: "Grade {{grade}}", "Role level {{grade}} of 5"... */
  grade: Record<string, string>;
  noGrade: string;
  locale: string;
}

/** What the page shows the reader about the questions: labels of each question and option. */
export interface FormText {
  question: Record<string, string>;
  /** Option labels by question, then option value. */
  option: Record<string, Record<string, string>>;
  level: Record<string, string>;
}

export interface PlacementText {
  headline: string;
  kind?: string;
  agreement: string;
  reasons: string[];
  notes: string[];
  title?: string;
}

export function stepsText(steps: number, strings: DecoderStrings): string {
  return steps === 1
    ? strings.stepOne
    : fill(strings.stepMany, { count: formatNumber(steps, strings.locale) });
}

/** The answer one question gave, as the form words it. */
function answerText(question: Question, answers: Answers, text: FormText, strings: DecoderStrings): string {
  if (question === 'years') {
    return fill(strings.yearsAnswer, { years: formatNumber(answers.years ?? 0, strings.locale) });
  }
  const value = answers[question] ?? '';
  return text.option[question]?.[value] ?? value;
}

export function describePlacement(
  placement: Placement,
  answers: Answers,
  levelsAtRung: (rung: number) => string[],
  text: FormText,
  strings: DecoderStrings,
): PlacementText {
  const title = (id: string) => text.level[id] ?? id;
  const [first = '', second] = placement.levelIds.map(title);
  const headline = second === undefined ? first : fill(strings.either, { first, second });
  const reasons = placement.signals.map(({ question, rung }) => {
    const values = {
      question: text.question[question] ?? question,
      answer: answerText(question, answers, text, strings),
    };
    if (rung === null) return fill(strings.signalNone, values);
    const named = levelsAtRung(rung).map(title);
    const level =
      named.length > 1
        ? fill(strings.either, { first: named[0] ?? '', second: named[1] ?? '' })
        : (named[0] ?? '');
    return fill(strings.signal, { ...values, level });
  });
  const out: PlacementText = {
    headline,
    agreement: strings.agreement[placement.agreement],
    reasons,
    notes: placement.notes.map((code) => strings.notes[code]),
  };
  if (placement.leadKind) out.kind = placement.leadKind === 'people' ? strings.leadPeople : strings.leadIc;
  if (placement.titleGap !== undefined && answers.title) {
    const values = { title: title(answers.title), steps: stepsText(Math.abs(placement.titleGap), strings) };
    out.title =
      placement.titleGap === 0
        ? fill(strings.titleFits, values)
        : fill(placement.titleGap > 0 ? strings.titleAbove : strings.titleBelow, values);
  }
  return out;
}

/** "Grade 9" for a GitLab title, "Role level 4 of 5" for a DDaT one; a note where none is stated. */
export function gradeText(framework: string, grade: number | undefined, strings: DecoderStrings): string {
  if (grade === undefined) return strings.noGrade;
  return fill(strings.grade[framework] ?? '{{grade}}', { grade: formatNumber(grade, strings.locale) });
}

/** "Same level", or "One step below" with the steps filled in. */
export function relationText(relation: Relation, steps: number, strings: DecoderStrings): string {
  return fill(strings.relation[relation], { steps: stepsText(steps, strings) });
}
