/**
 * Wires the 90-day plan to its pure modules: answers in, a week-by-week plan out, each line
 * editable. The plan is kept in this browser and in the page's address (never sent anywhere);
 * reader text reaches the page through textContent and form values only.
 */
import { make } from '../../lib/dom';
import { downloadFile } from '../../lib/download';
import { bindConfirm } from '../tools/confirm';
import { sayer } from '../../lib/say';
import { LOAD_PROBLEM_KEY, type LoadResult } from '../../lib/tool-storage';
import {
  emptyState,
  generatePlan,
  nextOwnId,
  overLongLines,
  parseIsoDate,
  planView,
  answersFromParams,
  MAX_LINE,
  MAX_OWN_LINES,
  type PlanLine,
  type PlanState,
} from './plan-logic';
import { PHASES, PLAN_QUESTIONS, DEFAULT_ANSWERS, type PlanQuestion } from './plan-model';
import { PLAN_FILE_NAME, phaseTitle, planMarkdown, weekTitle } from './plan-export';
import { planFormat, planFromHash, planHash, planStore } from './plan-storage';
import type { PlanData } from './plan-data';

function button(text: string, hidden: string, action: string): HTMLButtonElement {
  const b = make('button', text, 'tool-button');
  b.type = 'button';
  b.dataset['size'] = 'small';
  b.dataset['action'] = action;
  if (hidden) b.append(make('span', ` ${hidden}`, 'sr-only'));
  return b;
}

const sum = (counts: Readonly<Record<string, number>>) => Object.values(counts).reduce((a, b) => a + b, 0);

export function setUpFirstNinetyDays(root: HTMLElement): void {
  const q = <T extends Element>(selector: string) => root.querySelector<T>(selector)!;
  const blob = root.querySelector<HTMLScriptElement>('script[data-plan-data]');
  if (!blob) return;
  const data = JSON.parse(blob.textContent ?? '{}') as PlanData;
  const tool = q<HTMLElement>('[data-plan-tool]');
  const form = q<HTMLElement>('[data-plan-form]');
  const startInput = q<HTMLInputElement>('[data-plan-start]');
  const viewEl = q<HTMLElement>('[data-plan-view]');
  const status = q<HTMLElement>('[data-plan-status]');
  const noticeEl = q<HTMLElement>('[data-plan-notice]');
  const noticeText = q<HTMLElement>('[data-plan-notice-text]');
  const tabChoice = q<HTMLElement>('[data-plan-tab-choice]');
  const bringBack = q<HTMLButtonElement>('[data-plan-bring-back]');
  const ids = data.steps.map((s) => s.id);
  const format = planFormat(ids);
  const store = planStore(data.lang, ids);
  const say = sayer(data);

  let state: PlanState = emptyState();
  let otherTab: LoadResult<PlanState> | undefined;
  let savedElsewhere: PlanState | undefined;
  let saveTimer = 0;

  function announce(message: string) {
    status.textContent = message;
  }

  /** A message above the plan; `choice` shows the other-tab or saved-plan buttons. */
  function notice(message: string, choice: 'tab' | 'saved' | 'none' = 'none') {
    noticeText.textContent = message;
    noticeEl.hidden = message === '';
    tabChoice.hidden = choice === 'none';
    q<HTMLButtonElement>('[data-plan-load-other]').textContent =
      choice === 'saved' ? say('openSaved') : say('loadOther');
    q<HTMLButtonElement>('[data-plan-keep-mine]').hidden = choice === 'saved';
  }

  // ---- Loading ------------------------------------------------------------------------

  function fresh(): PlanState {
    const { answers } = answersFromParams(new URLSearchParams(window.location.search));
    return emptyState({ ...DEFAULT_ANSWERS, ...answers });
  }

  function load() {
    const fromLink = planFromHash(window.location.hash, format);
    const stored = store.load();
    const dropped = (counts: Readonly<Record<string, number>>) =>
      sum(counts) > 0 ? ` ${say('dropped', { count: sum(counts) })}` : '';
    if (fromLink) {
      if (fromLink.status === 'ok') {
        state = fromLink.value;
        // The address holds the saved plan itself after a reload: nothing came from elsewhere.
        if (stored.status === 'ok' && format.encode(stored.value) === format.encode(state)) {
          notice(say('fromSaved') + dropped(stored.dropped));
          return;
        }
        const other = stored.status === 'ok';
        if (other) savedElsewhere = stored.value;
        notice(say('fromLink') + dropped(fromLink.dropped), other ? 'saved' : 'none');
      } else {
        state = fresh();
        notice(say(fromLink.status === 'newer' ? 'newer' : 'linkCorrupt'));
      }
      return;
    }
    state = fresh();
    if (stored.status === 'ok') {
      state = stored.value;
      notice(say('fromSaved') + dropped(stored.dropped));
    } else if (stored.status !== 'empty') notice(say(LOAD_PROBLEM_KEY[stored.status]));
  }

  // ---- Saving -------------------------------------------------------------------------

  function saveSoon() {
    window.clearTimeout(saveTimer);
    saveTimer = window.setTimeout(saveNow, 300);
  }

  function saveNow() {
    window.clearTimeout(saveTimer);
    if (overLongLines(state).length > 0) {
      announce(say('tooLongStatus', { max: MAX_LINE }));
      return;
    }
    window.history.replaceState(window.history.state, '', planHash(state, format));
    const result = store.save(state);
    if (result.saved) return;
    const messages: Record<string, string> = {
      unavailable: say('notSaved'),
      full: say('full'),
      newerKept: say('newer'),
      tooLong: say('storedTooLong'),
      unreadable: say('corrupt'),
    };
    notice(messages[result.reason] ?? say('notSaved'));
  }

  // ---- Rendering ----------------------------------------------------------------------

  function lineNode(line: PlanLine, n: number): HTMLLIElement {
    const item = make('li', undefined, line.kind === 'checkpoint' ? 'plan-line checkpoint' : 'plan-line');
    item.dataset['line'] = line.key;
    const id = `plan-line-${line.key}`;
    const hidden = say('lineHidden', { n, week: line.week });
    const badges = [
      line.kind === 'checkpoint' ? say('checkpoint') : '',
      line.own ? say('own') : '',
      line.edited ? say('edited') : '',
    ].filter(Boolean);
    if (badges.length > 0) item.append(make('p', badges.join(data.sep), 'plan-badge'));
    const label = make('label', say('lineLabel', { week: line.week, n }), 'sr-only');
    label.htmlFor = id;
    const text = make('textarea', undefined, 'tool-control');
    text.id = id;
    text.value = line.text;
    text.rows = 2;
    text.dataset['key'] = line.key;
    const error = make('p', '', 'plan-error tool-error');
    error.id = `${id}-error`;
    text.setAttribute('aria-describedby', error.id);
    const printed = make('p', line.text, 'plan-print-text');
    item.append(label, text, printed, error);
    showLength(text, error);
    if (line.artifact && line.checkpoint) {
      const meta = make('p', undefined, 'plan-meta');
      meta.append(
        make('strong', `${say('artifact')}: `),
        line.artifact,
        data.sep,
        make('strong', `${say('doneWhen')}: `),
        line.checkpoint,
      );
      item.append(meta);
    }
    if (line.dimension) {
      const meta = make('p', undefined, 'plan-meta');
      const dimension = data.dimensions[line.dimension];
      const ladder = make('a', dimension?.name ?? line.dimension);
      ladder.href = dimension?.href ?? '';
      meta.append(
        make('strong', `${say('dimension')}: `),
        ladder,
        data.sep,
        make('strong', `${say('skills')}: `),
      );
      line.skills.forEach((skillId, i) => {
        const skill = data.skills[skillId];
        const link = make('a', skill?.name ?? skillId);
        link.href = skill?.href ?? '';
        if (i > 0) meta.append(data.list);
        meta.append(link);
      });
      item.append(meta);
    }
    const actions = make('div', undefined, 'plan-line-actions tool-buttons');
    if (line.edited) actions.append(button(say('restore'), hidden, 'restore'));
    actions.append(button(say('remove'), hidden, 'remove'));
    item.append(actions);
    return item;
  }

  function showLength(text: HTMLTextAreaElement, error: HTMLElement) {
    const tooLong = text.value.length > MAX_LINE;
    text.setAttribute('aria-invalid', String(tooLong));
    error.textContent = tooLong ? say('lineTooLong', { length: text.value.length, max: MAX_LINE }) : '';
  }

  function render() {
    const view = planView(data.steps, state);
    const nodes: HTMLElement[] = [];
    for (const phase of PHASES) {
      const section = make('section', undefined, 'plan-phase');
      const headingId = `plan-${phase}`;
      section.setAttribute('aria-labelledby', headingId);
      const heading = make('h3', phaseTitle(phase, data));
      heading.id = headingId;
      section.append(heading, make('p', data.phases[phase]?.intro ?? ''));
      for (const week of view.weeks.filter((w) => w.phase === phase)) {
        const list = make('ul', undefined, 'plan-lines');
        list.append(...week.lines.map((line, i) => lineNode(line, i + 1)));
        const add = button(say('addLine'), say('addLineHidden', { week: week.week }), 'add');
        add.classList.add('plan-add');
        add.dataset['week'] = String(week.week);
        section.append(make('h4', weekTitle(week.week, state, data)), list, add);
      }
      nodes.push(section);
    }
    viewEl.replaceChildren(...nodes);
    const removedHere = removedInPlan();
    bringBack.hidden = removedHere === 0;
    bringBack.textContent = say('bringBack', { count: removedHere });
    if (view.setAside > 0 && noticeEl.hidden) notice(say('setAside', { count: view.setAside }));
    return view;
  }

  function removedInPlan(): number {
    const inPlan = new Set(generatePlan(data.steps, state.answers).map((s) => s.id));
    return state.removed.filter((id) => inPlan.has(id)).length;
  }

  function fillForm() {
    for (const input of form.querySelectorAll<HTMLInputElement>('input[data-plan-answer]')) {
      input.checked = state.answers[input.name as PlanQuestion] === input.value;
    }
    startInput.value = state.start;
  }

  function focusLine(key: string | undefined, week: number) {
    const target =
      (key && viewEl.querySelector<HTMLElement>(`textarea[data-key="${CSS.escape(key)}"]`)) ||
      viewEl.querySelector<HTMLElement>(`button[data-action="add"][data-week="${week}"]`);
    target?.focus();
  }

  // ---- Events -------------------------------------------------------------------------

  form.addEventListener('change', (event) => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement)) return;
    if (input.matches('[data-plan-answer]')) {
      const question = input.name as PlanQuestion;
      if ((PLAN_QUESTIONS[question] as readonly string[]).includes(input.value)) {
        state.answers = { ...state.answers, [question]: input.value };
      }
      notice('');
      const view = render();
      announce(say('rebuilt', { count: view.weeks.reduce((n, w) => n + w.lines.length, 0) }));
    } else if (input === startInput) {
      state.start = parseIsoDate(input.value) ? input.value : '';
      render();
    }
    saveNow();
  });

  viewEl.addEventListener('input', (event) => {
    const text = event.target;
    if (!(text instanceof HTMLTextAreaElement) || !text.dataset['key']) return;
    const key = text.dataset['key'];
    const own = state.own.find((l) => l.id === key);
    if (own) own.text = text.value;
    else state.edits[key] = text.value;
    const item = text.closest('li');
    const printed = item?.querySelector('.plan-print-text');
    if (printed) printed.textContent = text.value;
    const error = item?.querySelector<HTMLElement>('.plan-error');
    if (error) showLength(text, error);
    saveSoon();
  });

  // A reworded line that is back to the data's text is no longer an edit.
  viewEl.addEventListener('focusout', (event) => {
    const text = event.target;
    if (!(text instanceof HTMLTextAreaElement) || !text.dataset['key']) return;
    const step = data.steps.find((s) => s.id === text.dataset['key']);
    if (step && state.edits[step.id] === step.action) {
      delete state.edits[step.id];
      saveNow();
    }
  });

  viewEl.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target.closest('button[data-action]') : null;
    if (!(target instanceof HTMLButtonElement)) return;
    const item = target.closest<HTMLElement>('li[data-line]');
    const key = item?.dataset['line'];
    const lines = [...(item?.parentElement?.children ?? [])];
    const n = item ? lines.indexOf(item) + 1 : 0;
    if (target.dataset['action'] === 'add') {
      const week = Number(target.dataset['week']);
      if (state.own.length >= MAX_OWN_LINES) {
        announce(say('tooManyOwn', { max: MAX_OWN_LINES }));
        return;
      }
      const id = nextOwnId(state);
      state.own.push({ id, week, text: '' });
      render();
      focusLine(id, week);
      announce(say('added', { week }));
    } else if (key && target.dataset['action'] === 'remove') {
      const week = Number(
        state.own.find((l) => l.id === key)?.week ?? data.steps.find((s) => s.id === key)?.week,
      );
      const next = (item?.nextElementSibling as HTMLElement | null)?.dataset['line'];
      if (state.own.some((l) => l.id === key)) state.own = state.own.filter((l) => l.id !== key);
      else state.removed.push(key);
      render();
      focusLine(next, week);
      announce(say('removed', { n, week }));
    } else if (key && target.dataset['action'] === 'restore') {
      delete state.edits[key];
      const week = data.steps.find((s) => s.id === key)?.week ?? 1;
      render();
      focusLine(key, week);
      announce(say('restored', { n, week }));
    }
    saveNow();
  });

  bringBack.addEventListener('click', () => {
    state.removed = [];
    render();
    saveNow();
    announce(say('broughtBack'));
    viewEl.querySelector<HTMLElement>('textarea')?.focus();
  });

  q<HTMLButtonElement>('[data-plan-download]').addEventListener('click', () => {
    downloadFile(PLAN_FILE_NAME, planMarkdown(planView(data.steps, state), state, data), 'text/markdown');
    announce(say('downloaded', { file: PLAN_FILE_NAME }));
  });
  q<HTMLButtonElement>('[data-plan-print]').addEventListener('click', () => window.print());

  bindConfirm(root, 'plan', 'reset', () => {
    state = { ...emptyState(state.answers), start: state.start };
    render();
    saveNow();
    notice('');
    announce(say('resetDone'));
  });

  // Another tab saved or cleared the plan: say so, and let the reader pick, so neither tab
  // silently saves over the other.
  store.watchOtherTabs((result) => {
    otherTab = result;
    notice(say(result.status === 'empty' ? 'otherTabCleared' : 'otherTab'), 'tab');
  });
  q<HTMLButtonElement>('[data-plan-load-other]').addEventListener('click', () => {
    if (savedElsewhere) {
      state = savedElsewhere;
      savedElsewhere = undefined;
    } else if (otherTab?.status === 'ok') state = otherTab.value;
    else if (otherTab?.status === 'empty') state = { ...emptyState(state.answers), start: state.start };
    otherTab = undefined;
    fillForm();
    render();
    window.history.replaceState(window.history.state, '', planHash(state, format));
    notice('');
    announce(say('loadedOther'));
  });
  q<HTMLButtonElement>('[data-plan-keep-mine]').addEventListener('click', () => {
    otherTab = undefined;
    notice('');
    saveNow();
    announce(say('keptMine'));
  });

  load();
  fillForm();
  render();
  tool.hidden = false;
  // The no-JS list repeats the plan's data: gone once the plan itself is on the page.
  q<HTMLElement>('[data-plan-static]').remove();
}
