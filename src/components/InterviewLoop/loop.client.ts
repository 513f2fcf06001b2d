/**
 * Wires the interview loop planner to its pure modules: focus competencies in, a loop out, the
 * coverage matrix editable cell by cell, and each interviewer's packet as Markdown, HTML or print.
 * The plan is kept in this browser only (tool-storage.ts); every reading problem is said.
 */
import { downloadFile } from '../../lib/download';
import { formatNumber } from '../../lib/locale';
import { sayer } from '../../lib/say';
import { kitLabels } from '../InterviewKit/kit-labels';
import { readDraftSkills } from './jd-draft-skills';
import type { LoopData } from './loop-data';
import {
  buildLoop,
  coverage,
  activeStages,
  focusProblem,
  MAX_FOCUS,
  MIN_FOCUS,
  proposeAssignment,
  toggleCell,
} from './loop-logic';
import { packetFileName, packetHtml, packetMarkdown, type Packet, type PacketWords } from './loop-packets';
import { buildMatrix, renderPacket, renderTimeline, updateMatrix } from './loop-render';
import { emptyLoop, loopStore, MAX_LOOP_NAME, type LoopState } from './loop-storage';

export function setUpLoopPlanner(root: HTMLElement): void {
  const blob = root.querySelector<HTMLScriptElement>('script[data-loop-data]');
  if (!blob) return;
  const data = JSON.parse(blob.textContent ?? '{}') as LoopData;
  const q = <T extends Element = HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
  const say = sayer(data);
  const n = (value: number) => formatNumber(value, data.locale);
  const labels = kitLabels(
    ((key: string) => data.kit[key] ?? key) as unknown as App.Locals['t'],
    data.locale,
  );
  const words: PacketWords = {
    title: (stage) => say('packetTitle', { stage }),
    loop: say('loopLabel'),
    length: say('lengthLabel'),
    minutes: (m) => say('minutes', { n: m }),
    interviewers: say('interviewersLabel'),
    purpose: say('purposeLabel'),
    scoreOnline: say('scoreOnline'),
  };
  const skillIds = data.skills.map((s) => s.id);
  const names = new Map(data.skills.map((s) => [s.id, s.name]));
  const stageName = (id: string) => data.stages.find((s) => s.id === id)?.name ?? id;
  const store = loopStore(
    skillIds,
    data.stages.map((s) => s.id),
  );

  const app = q('[data-loop-app]');
  const notice = q('[data-loop-notice]');
  const focusBoxes = [...root.querySelectorAll<HTMLInputElement>('input[data-focus]')];
  const focusMessage = q('[data-focus-message]');
  const fromDraft = q<HTMLButtonElement>('[data-from-draft]');
  const leadsPms = q<HTMLInputElement>('[data-leads-pms]');
  const loopName = q<HTMLInputElement>('[data-loop-name]');
  const result = q('[data-loop-result]');
  const matrix = q('[data-matrix]');
  const coverageEl = q('[data-coverage]');
  const packetSelect = q<HTMLSelectElement>('[data-packet-stage]');
  const packetStatus = q('[data-packet-status]');
  const preview = q('[data-packet-preview]');

  let state: LoopState = emptyLoop();
  let saveTimer = 0;

  function say_notice(message: string) {
    notice.textContent = message;
    notice.hidden = message === '';
  }

  // ---- Loading and saving -------------------------------------------------------------

  const loaded = store.load();
  if (loaded.status === 'ok') {
    state = loaded.value;
    const dropped = Object.values(loaded.dropped).reduce((a, b) => a + b, 0);
    if (dropped > 0) say_notice(say('dropped', { count: dropped }));
  } else if (loaded.status === 'corrupt' || loaded.status === 'tooLong') say_notice(say('corrupt'));
  else if (loaded.status === 'newer') say_notice(say('newer'));
  else if (loaded.status === 'unavailable') say_notice(say('notSaved'));

  function save() {
    window.clearTimeout(saveTimer);
    saveTimer = window.setTimeout(() => {
      const saved = store.save(state);
      if (!saved.saved) say_notice(saved.reason === 'newerKept' ? say('newer') : say('notSaved'));
    }, 250);
  }

  // ---- The JD draft offer --------------------------------------------------------------

  const draft = readDraftSkills(data.lang, data.catalogue, skillIds);
  if (draft.status === 'ok' && draft.skills.length > 0) {
    fromDraft.textContent = say('fromDraft', { count: draft.skills.length });
    fromDraft.hidden = false;
    fromDraft.addEventListener('click', () => {
      state = { ...state, focus: [...draft.skills] };
      replan();
      focusMessage.textContent = `${say('fromDraftDone', {
        skills: draft.skills.map((id) => names.get(id) ?? id).join(say('listSep')),
      })} ${focusMessage.textContent ?? ''}`;
    });
  } else if (draft.status === 'unreadable') {
    fromDraft.hidden = true;
    focusMessage.textContent = say('draftUnreadable');
  }

  // ---- Rendering ------------------------------------------------------------------------

  const loopStages = () => activeStages(data.stages, state.leadsPms);

  function plan() {
    return buildLoop(state.assignment, state.focus, data.stages, data.questions, state.leadsPms);
  }

  function packetOf(stageId: string): Packet | undefined {
    const planned = plan().stages.find((s) => s.stage.id === stageId);
    if (!planned) return undefined;
    return {
      stage: planned.stage,
      loopName: state.loopName.trim(),
      competencies: planned.competencies.map(({ skill, questions }) => ({
        ...data.skills.find((s) => s.id === skill)!,
        interview: questions,
      })),
    };
  }

  function renderFocus() {
    for (const box of focusBoxes) box.checked = state.focus.includes(box.value);
    const problem = focusProblem(state.focus);
    const count = { count: n(state.focus.length), min: n(MIN_FOCUS), max: n(MAX_FOCUS) };
    focusMessage.textContent = !problem
      ? say('focusOk', count)
      : problem.code === 'tooFew'
        ? say('tooFew', count)
        : say('tooMany', count);
    focusMessage.classList.toggle('loop-warn', Boolean(problem));
    result.hidden = Boolean(problem);
    return !problem;
  }

  /** Redraws the matrix (its rows and columns changed) and everything after it. */
  function renderAll() {
    leadsPms.checked = state.leadsPms;
    loopName.value = state.loopName;
    if (!renderFocus()) {
      preview.replaceChildren();
      return;
    }
    buildMatrix(matrix, state.focus, loopStages(), names, say);
    renderPlan();
  }

  /** Everything that follows from the assignment: ticks, warnings, timeline and packets. */
  function renderPlan() {
    const cover = coverage(state.assignment, state.focus, data.stages, state.leadsPms);
    updateMatrix(matrix, coverageEl, state.assignment, cover, stageName, names, say);
    const current = plan();
    renderTimeline(q('[data-timeline]'), q('[data-total]'), current, names, say);
    const chosen = packetSelect.value;
    packetSelect.replaceChildren(
      ...current.stages.map(({ stage }) => {
        const option = document.createElement('option');
        option.value = stage.id;
        option.textContent = stage.name;
        return option;
      }),
    );
    if (current.stages.some((s) => s.stage.id === chosen)) packetSelect.value = chosen;
    renderPacket(preview, packetOf(packetSelect.value), labels, words);
  }

  /** A new focus or role: propose a fresh assignment. */
  function replan() {
    if (!focusProblem(state.focus)) {
      state = { ...state, assignment: proposeAssignment(state.focus, data.stages, state.leadsPms) };
    }
    save();
    renderAll();
  }

  // ---- Events ---------------------------------------------------------------------------

  for (const box of focusBoxes) {
    box.addEventListener('change', () => {
      const focus = state.focus.filter((id) => id !== box.value);
      if (box.checked) focus.push(box.value);
      state = { ...state, focus };
      replan();
    });
  }
  q('[data-clear-focus]').addEventListener('click', () => {
    state = { ...state, focus: [], assignment: {} };
    replan();
  });
  leadsPms.addEventListener('change', () => {
    state = { ...state, leadsPms: leadsPms.checked };
    replan();
  });
  loopName.addEventListener('input', () => {
    state = { ...state, loopName: loopName.value.slice(0, MAX_LOOP_NAME) };
    save();
    renderPacket(preview, packetOf(packetSelect.value), labels, words);
  });
  matrix.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    if (!box.dataset['cell']) return;
    const [skill, stage] = box.dataset['cell'].split('|') as [string, string];
    state = { ...state, assignment: toggleCell(state.assignment, skill, stage, box.checked) };
    save();
    renderPlan();
  });
  q('[data-propose]').addEventListener('click', () => {
    replan();
    coverageEl.prepend(Object.assign(document.createElement('p'), { textContent: say('proposed') }));
  });
  packetSelect.addEventListener('change', () =>
    renderPacket(preview, packetOf(packetSelect.value), labels, words),
  );

  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-packet-download]')) {
    button.addEventListener('click', () => {
      const packet = packetOf(packetSelect.value);
      if (!packet) return;
      const ext = button.dataset['packetDownload'] as 'md' | 'html';
      const name = packetFileName(packet.stage.id, data.lang, ext);
      if (ext === 'md') downloadFile(name, packetMarkdown(packet, labels, words), 'text/markdown');
      else downloadFile(name, packetHtml(packet, labels, words, data.lang), 'text/html');
      packetStatus.textContent = say('downloaded', { file: name });
    });
  }
  const page = document.documentElement;
  q('[data-packet-print]').addEventListener('click', () => {
    page.dataset['printOnly'] = 'packet';
    window.print();
  });
  window.addEventListener('afterprint', () => delete page.dataset['printOnly']);
  store.watchOtherTabs((other) => {
    if (other.status === 'ok') {
      state = other.value;
      renderAll();
      say_notice(say('otherTab'));
    }
  });

  app.hidden = false;
  renderAll();
}
