/**
 * The interviewer's scorecard form on the debrief page: competencies ticked by hand or from the
 * loop plan kept in this browser (read only), a rating and evidence for each, then a JSON file to
 * send the hiring manager. The form's draft is kept in this browser so a reload loses no notes.
 */
import { cleanText } from '../../lib/clean-text';
import { downloadFile } from '../../lib/download';
import { toolStore } from '../../lib/tool-storage';
import { versionedJson } from '../../lib/versioned-json';
import { loopStore } from '../InterviewLoop/loop-storage';
import {
  readScorecard,
  scorecardFileName,
  scorecardToJson,
  LEANS,
  type Lean,
  type Scorecard,
} from './scorecard-file';

export interface FormData {
  skills: { id: string; name: string }[];
  stages: { id: string; name: string }[];
}

const TEXT_FIELDS = ['loop', 'candidate', 'interviewer', 'role'] as const;
type Draft = Record<(typeof TEXT_FIELDS)[number] | 'stage' | 'lean', string> & {
  ticked: string[];
  ratings: Record<string, number>;
  evidence: Record<string, string>;
};

const strings = (value: unknown, allowed: readonly string[]) =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && allowed.includes(v)) : [];

function draftStore(skillIds: readonly string[]) {
  return toolStore<Draft>(
    'lead-pm-guide:scorecard-draft',
    versionedJson({
      version: 1,
      toData: (d) => ({ ...d }),
      fromData: (data) => {
        const text = (k: string) =>
          typeof data[k] === 'string' ? cleanText(data[k] as string).slice(0, 120) : '';
        const ratings: Record<string, number> = {};
        const evidence: Record<string, string> = {};
        const r = data['ratings'];
        const e = data['evidence'];
        for (const id of skillIds) {
          const value =
            r && typeof r === 'object' && Object.hasOwn(r, id)
              ? (r as Record<string, unknown>)[id]
              : undefined;
          if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5)
            ratings[id] = value;
          const note =
            e && typeof e === 'object' && Object.hasOwn(e, id)
              ? (e as Record<string, unknown>)[id]
              : undefined;
          if (typeof note === 'string') evidence[id] = cleanText(note, true).slice(0, 4000);
        }
        return {
          value: {
            loop: text('loop'),
            candidate: text('candidate'),
            interviewer: text('interviewer'),
            role: text('role'),
            stage: text('stage'),
            lean: (LEANS as readonly string[]).includes(text('lean')) ? text('lean') : 'undecided',
            ticked: strings(data['ticked'], skillIds),
            ratings,
            evidence,
          },
        };
      },
    }),
    { maxLength: 100_000 },
  );
}

/** Binds the form; `onAddMine` receives the reader's own card when they add it to the debrief. */
export function bindScorecardForm(
  root: HTMLElement,
  data: FormData,
  say: (key: string, values?: Record<string, string | number>) => string,
  onAddMine: (file: string, card: Scorecard) => void,
): void {
  const q = <T extends Element = HTMLElement>(s: string) => root.querySelector<T>(s)!;
  const field = (name: string) => q<HTMLInputElement | HTMLSelectElement>(`[data-sc="${name}"]`);
  const ticks = [...root.querySelectorAll<HTMLInputElement>('input[data-sc-skill]')];
  const status = q('[data-sc-status]');
  const skillIds = data.skills.map((s) => s.id);
  const name = (id: string) => data.skills.find((s) => s.id === id)?.name ?? id;
  const store = draftStore(skillIds);

  const rateBox = (id: string) => q<HTMLFieldSetElement>(`[data-rate="${id}"]`);
  const ratingOf = (id: string) =>
    Number(root.querySelector<HTMLInputElement>(`input[name="rate-${id}"]:checked`)?.value ?? 0);
  const evidenceOf = (id: string) => q<HTMLTextAreaElement>(`[data-evidence="${id}"]`);

  function showTicked() {
    for (const box of ticks) rateBox(box.value).hidden = !box.checked;
  }

  function read(): Draft {
    const ticked = ticks.filter((b) => b.checked).map((b) => b.value);
    const ratings: Record<string, number> = {};
    const evidence: Record<string, string> = {};
    for (const id of skillIds) {
      if (ratingOf(id) > 0) ratings[id] = ratingOf(id);
      if (evidenceOf(id).value !== '') evidence[id] = evidenceOf(id).value;
    }
    const text = (k: string) => field(k).value;
    return {
      loop: text('loop'),
      candidate: text('candidate'),
      interviewer: text('interviewer'),
      role: text('role'),
      stage: text('stage'),
      lean: text('lean'),
      ticked,
      ratings,
      evidence,
    };
  }

  function write(d: Draft) {
    for (const k of [...TEXT_FIELDS, 'stage', 'lean'] as const) field(k).value = d[k];
    for (const box of ticks) box.checked = d.ticked.includes(box.value);
    for (const id of skillIds) {
      for (const radio of root.querySelectorAll<HTMLInputElement>(`input[name="rate-${id}"]`)) {
        radio.checked = Number(radio.value) === d.ratings[id];
      }
      evidenceOf(id).value = d.evidence[id] ?? '';
    }
    showTicked();
  }

  /** The card the form describes, or the problems that stop it, in the reader's words. */
  function card(): { card: Scorecard } | { problems: string[] } {
    const d = read();
    const problems: string[] = [];
    if (d.candidate.trim() === '') problems.push(say('needCandidate'));
    if (d.interviewer.trim() === '') problems.push(say('needInterviewer'));
    if (d.ticked.length === 0) problems.push(say('needCompetency'));
    for (const id of d.ticked) if (!d.ratings[id]) problems.push(say('needRating', { skill: name(id) }));
    if (problems.length > 0) return { problems };
    const built: Scorecard = {
      loop: d.loop.trim(),
      candidate: d.candidate.trim(),
      interviewer: d.interviewer.trim(),
      role: d.role.trim(),
      stage: d.stage,
      lean: d.lean as Lean,
      ratings: d.ticked.map((id) => ({
        competency: id,
        rating: d.ratings[id]!,
        evidence: (d.evidence[id] ?? '').trim(),
      })),
    };
    // The file must read back on the debrief page; the same reader refuses it here first.
    const text = scorecardToJson(built);
    const check = readScorecard(
      text,
      text.length,
      skillIds,
      data.stages.map((s) => s.id),
    );
    if (!check.ok)
      return { problems: [say(`refused.${check.reason}`, { file: '', field: check.field ?? '' })] };
    return { card: check.card };
  }

  function report(lines: string[]) {
    status.replaceChildren(
      ...lines.map((line) => Object.assign(document.createElement('p'), { textContent: line })),
    );
  }

  const saved = store.load();
  if (saved.status === 'ok') write(saved.value);
  else if (saved.status === 'corrupt' || saved.status === 'tooLong') report([say('formCorrupt')]);
  showTicked();

  let timer = 0;
  root.querySelector('[data-scorecard-form]')!.addEventListener('input', () => {
    showTicked();
    window.clearTimeout(timer);
    timer = window.setTimeout(() => store.save(read()), 250);
  });
  root.querySelector('[data-scorecard-form]')!.addEventListener('change', showTicked);

  // Picking an interview ticks the competencies the loop plan in this browser gives it.
  field('stage').addEventListener('change', () => {
    const plan = loopStore(
      skillIds,
      data.stages.map((s) => s.id),
    ).load();
    const stage = field('stage').value;
    if (plan.status !== 'ok' || stage === '') return;
    const planned = plan.value.focus.filter((id) => plan.value.assignment[id]?.includes(stage));
    if (planned.length === 0) return;
    for (const box of ticks) box.checked = planned.includes(box.value);
    if (field('loop').value === '') field('loop').value = plan.value.loopName;
    showTicked();
    q('[data-sc-from-plan]').textContent = say('fromPlan', {
      skills: planned.map(name).join(say('listSep')),
    });
    store.save(read());
  });

  q('[data-sc-download]').addEventListener('click', () => {
    const result = card();
    if ('problems' in result) return report(result.problems);
    const file = scorecardFileName(result.card);
    downloadFile(file, scorecardToJson(result.card), 'application/json');
    report([say('downloaded', { file })]);
  });
  q('[data-sc-add]').addEventListener('click', () => {
    const result = card();
    if ('problems' in result) return report(result.problems);
    onAddMine(scorecardFileName(result.card), result.card);
    report([say('added')]);
  });
  q('[data-sc-clear]').addEventListener('click', () => {
    write({
      loop: '',
      candidate: '',
      interviewer: '',
      role: '',
      stage: '',
      lean: 'undecided',
      ticked: [],
      ratings: {},
      evidence: {},
    });
    store.clear();
    report([say('formCleared')]);
  });
}
