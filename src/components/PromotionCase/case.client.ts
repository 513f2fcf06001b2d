/**
 * Wires the promotion case to its pure modules: evidence in, each skill against the bar out. The
 * case is kept in this browser only, through the shared tool store; reader text reaches the page
 * through textContent and form values only, and a link is a link only when it is a web address.
 */
import { make } from '../../lib/dom';
import { downloadFile } from '../../lib/download';
import { bindConfirm } from '../tools/confirm';
import { formatNumber } from '../../lib/locale';
import { sayer } from '../../lib/say';
import { fill } from '../../lib/template';
import { safeWebUrl } from '../../lib/clean-text';
import { LOAD_PROBLEM_KEY, type LoadResult } from '../../lib/tool-storage';
import {
  assessCase,
  emptyCase,
  evidenceProblems,
  gapsOf,
  isComplete,
  newEvidence,
  MAX_EVIDENCE,
  TARGETS,
  type CaseState,
  type Evidence,
  type SkillCase,
  type Target,
} from './case-logic';
import { CASE_FILE_NAME, caseMarkdown, statusLine, statusText, summaryLine } from './case-export';
import { caseStore } from './case-storage';
import type { CaseData } from './case-data';

const FIELDS = ['did', 'result', 'link', 'note', 'when'] as const;
type Field = (typeof FIELDS)[number];
const MULTILINE: readonly Field[] = ['did', 'result', 'note'];
/** Printed labels: the form's without its "(optional)". */
const PRINT_LABEL: Record<Field, string> = {
  did: 'mdDid',
  result: 'mdResult',
  link: 'mdLink',
  note: 'mdNote',
  when: 'mdWhen',
};

export function setUpPromotionCase(root: HTMLElement): void {
  const q = <T extends Element>(selector: string) => root.querySelector<T>(selector)!;
  const blob = root.querySelector<HTMLScriptElement>('script[data-case-data]');
  if (!blob) return;
  const data = JSON.parse(blob.textContent ?? '{}') as CaseData;
  const words = { ui: data.ui, locale: data.locale, targets: data.targets };
  const say = sayer(data);
  const n = (value: number) => formatNumber(value, data.locale);
  const skillIds = data.skills.map((s) => s.id);
  const store = caseStore(skillIds);
  const target = q<HTMLSelectElement>('[data-case-target]');
  const skillsEl = q<HTMLElement>('[data-case-skills]');
  const status = q<HTMLElement>('[data-case-status]');
  const noticeEl = q<HTMLElement>('[data-case-notice]');
  const undo = q<HTMLButtonElement>('[data-case-undo]');
  const loadOther = q<HTMLButtonElement>('[data-case-load-other]');
  const keepMine = q<HTMLButtonElement>('[data-case-keep-mine]');

  let state: CaseState = emptyCase();
  let lastRemoved: { item: Evidence; index: number } | undefined;
  let otherTab: LoadResult<CaseState> | undefined;
  let saveTimer = 0;

  const announce = (message: string) => (status.textContent = message);

  function notice(message: string, buttons: 'undo' | 'tab' | 'none' = 'none') {
    q<HTMLElement>('[data-case-notice-text]').textContent = message;
    noticeEl.hidden = message === '';
    undo.hidden = buttons !== 'undo';
    loadOther.hidden = keepMine.hidden = buttons !== 'tab';
  }

  // ---- Loading and saving -------------------------------------------------------------

  function load() {
    const result = store.load();
    if (result.status === 'ok') {
      state = result.value;
      const dropped = Object.values(result.dropped).reduce((a, b) => a + b, 0);
      if (state.evidence.length > 0 || dropped > 0) {
        notice(say('fromSaved') + (dropped > 0 ? ` ${say('dropped', { count: dropped })}` : ''));
      }
    } else if (result.status !== 'empty') notice(say(LOAD_PROBLEM_KEY[result.status]));
  }

  function saveSoon() {
    window.clearTimeout(saveTimer);
    saveTimer = window.setTimeout(saveNow, 300);
  }

  function saveNow() {
    window.clearTimeout(saveTimer);
    const tooLong = state.evidence.some((e) => evidenceProblems(e).some((p) => p.code === 'tooLong'));
    if (tooLong) {
      announce(say('tooLongStatus'));
      return;
    }
    const result = state.evidence.length === 0 ? { saved: store.clear() } : store.save(state);
    if (result.saved) return;
    const reason = 'reason' in result ? result.reason : 'unavailable';
    const messages: Record<string, string> = {
      full: say('full'),
      newerKept: say('newer'),
      tooLong: say('storedTooLong'),
    };
    notice(messages[reason] ?? say('notSaved'));
  }

  // ---- Rendering ----------------------------------------------------------------------

  function fieldNode(item: Evidence, field: Field): HTMLElement {
    const wrap = make('div', undefined, 'case-field tool-field');
    const id = `case-${item.id}-${field}`;
    const label = make('label', say(field));
    label.htmlFor = id;
    const input = MULTILINE.includes(field) ? make('textarea') : make('input');
    input.className = 'tool-control';
    if (input instanceof HTMLInputElement) {
      input.type = field === 'when' ? 'month' : field === 'link' ? 'url' : 'text';
      if (field === 'when') input.placeholder = 'YYYY-MM';
    }
    input.id = id;
    input.value = item[field];
    input.dataset['evidence'] = item.id;
    input.dataset['field'] = field;
    const error = make('p', '', 'case-error tool-error');
    error.id = `${id}-error`;
    const described = [error.id];
    wrap.append(label, input);
    if (field === 'when') {
      const hint = make('p', say('whenHint'), 'tool-hint');
      hint.id = `${id}-hint`;
      described.unshift(hint.id);
      wrap.append(hint);
    }
    input.setAttribute('aria-describedby', described.join(' '));
    wrap.append(error);
    return wrap;
  }

  function levelNode(item: Evidence, skill: CaseData['skills'][number]): HTMLElement {
    const wrap = make('div', undefined, 'case-field tool-field');
    const id = `case-${item.id}-level`;
    const label = make('label', say('level'));
    label.htmlFor = id;
    const select = make('select', undefined, 'tool-control');
    select.id = id;
    select.dataset['evidence'] = item.id;
    select.dataset['field'] = 'level';
    const anchors: Record<number, string> = {
      1: skill.anchors.one,
      3: skill.anchors.three,
      5: skill.anchors.five,
    };
    const none = make('option', say('levelNone'));
    none.value = '';
    select.append(none);
    for (let level = 1; level <= 5; level++) {
      const text = anchors[level] ?? say('levelBetween');
      const option = make('option', `${n(level)}: ${text}`);
      option.value = String(level);
      select.append(option);
    }
    select.value = item.level === null ? '' : String(item.level);
    wrap.append(label, select);
    return wrap;
  }

  /** The printed form of a piece of evidence: its fields as text, the link as a link if it is one. */
  function printNode(item: Evidence): HTMLElement {
    const printed = make('div', undefined, 'case-print-text');
    for (const field of FIELDS) {
      if (item[field].trim() === '') continue;
      const line = make('p');
      line.append(make('strong', `${say(PRINT_LABEL[field])}: `));
      const url = field === 'link' ? safeWebUrl(item.link) : undefined;
      if (url) {
        const link = make('a', url);
        link.href = url;
        link.rel = 'noopener noreferrer';
        line.append(link);
      } else line.append(item[field]);
      printed.append(line);
    }
    if (item.level !== null) printed.append(make('p', `${say('mdLevel')}: ${n(item.level)} / ${n(5)}`));
    return printed;
  }

  function showProblems(item: Evidence, scope: ParentNode) {
    const problems = evidenceProblems(item);
    for (const field of FIELDS) {
      const input = scope.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[data-field="${field}"]`);
      const error = input?.parentElement?.querySelector<HTMLElement>('.case-error');
      if (!input || !error) continue;
      const problem = problems.find((p) => p.field === field);
      const draft = field === 'did' && !isComplete(item) && item.result.trim() !== '';
      let message = '';
      if (problem?.code === 'tooLong') message = say('tooLong', { length: problem.length, max: problem.max });
      else if (problem?.code === 'badLink') message = say('badLink');
      else if (problem?.code === 'badMonth') message = say('badMonth');
      else if (draft) message = say('draft');
      input.setAttribute('aria-invalid', String(problem !== undefined));
      error.textContent = message;
    }
  }

  function evidenceNode(item: Evidence, skill: CaseData['skills'][number], index: number): HTMLElement {
    const box = make('fieldset', undefined, 'case-evidence');
    box.dataset['evidenceBox'] = item.id;
    box.append(make('legend', say('evidenceN', { n: index })));
    const fields = make('div', undefined, 'case-fields tool-fields');
    fields.append(...FIELDS.map((f) => fieldNode(item, f)), levelNode(item, skill));
    const remove = make('button', say('remove'), 'tool-button case-remove');
    remove.type = 'button';
    remove.dataset['size'] = 'small';
    remove.dataset['remove'] = item.id;
    remove.append(make('span', ` ${say('removeHidden', { n: index, skill: skill.name })}`, 'sr-only'));
    box.append(fields, printNode(item), remove);
    showProblems(item, box);
    return box;
  }

  function skillNode(c: SkillCase): HTMLElement {
    const skill = data.skills.find((s) => s.id === c.skill.id)!;
    const section = make('section', undefined, 'case-skill');
    section.dataset['skill'] = skill.id;
    const headingId = `case-skill-${skill.id}`;
    section.setAttribute('aria-labelledby', headingId);
    const heading = make('h3', skill.name);
    heading.id = headingId;
    const about = make('a', fill(data.aboutSkill, { skill: skill.name }));
    about.href = skill.href;
    const bar = make(
      'p',
      `${say('barLine', { level: data.targets[state.target] ?? '', bar: c.bar })}${data.sep}`,
      'case-meta',
    );
    bar.append(about);
    const gap = c.status === 'none' || c.status === 'below';
    const line = make('p', statusLine(c, words), gap ? 'case-status-line gap' : 'case-status-line');
    section.append(heading, bar, line);
    if (gap) {
      const step = make('p');
      step.append(make('strong', `${say('firstStep')}: `), skill.firstStep);
      section.append(step);
    }
    c.evidence.forEach((item, i) => section.append(evidenceNode(item, skill, i + 1)));
    const add = make('button', say('add'), 'tool-button case-add');
    add.type = 'button';
    add.dataset['add'] = skill.id;
    add.append(make('span', ` ${say('addHidden', { skill: skill.name })}`, 'sr-only'));
    section.append(add);
    return section;
  }

  /** Everything that depends on the evidence but not on a field being typed in. */
  function renderSummary(cases: SkillCase[]) {
    q<HTMLElement>('[data-case-summary]').textContent = summaryLine(cases, words);
    q<HTMLElement>('[data-case-print-target]').textContent =
      `${say('col.bar')}: ${data.targets[state.target] ?? ''}`;
    q<HTMLElement>('[data-case-table]').replaceChildren(
      ...cases.map((c) => {
        const row = make('tr');
        const name = make('th', c.skill.name);
        name.scope = 'row';
        row.append(
          name,
          make('td', n(c.bar)),
          make('td', c.best === null ? '–' : n(c.best)),
          make('td', statusText(c, words)),
        );
        return row;
      }),
    );
    const gaps = gapsOf(cases);
    q<HTMLElement>('[data-case-gaps]').replaceChildren(
      ...gaps.map((c) => {
        const item = make('li');
        const link = make('a', c.skill.name);
        link.href = c.skill.href;
        const step = make('p');
        step.append(make('strong', `${say('firstStep')}: `), c.skill.firstStep);
        item.append(link, make('p', statusLine(c, words)), step);
        return item;
      }),
    );
    q<HTMLElement>('[data-case-gaps]').hidden = gaps.length === 0;
    q<HTMLElement>('[data-case-no-gaps]').hidden = gaps.length > 0;
  }

  function render() {
    const cases = assessCase(data.skills, state);
    renderSummary(cases);
    skillsEl.replaceChildren(...cases.map(skillNode));
  }

  /** After typing: the summary, and the one skill's status lines, without rebuilding its fields. */
  function refreshAfterTyping(skillId: string) {
    const cases = assessCase(data.skills, state);
    renderSummary(cases);
    const c = cases.find((x) => x.skill.id === skillId);
    const section = skillsEl.querySelector(`section[data-skill="${CSS.escape(skillId)}"]`);
    const line = section?.querySelector('.case-status-line');
    if (c && line) line.textContent = statusLine(c, words);
  }

  // ---- Events -------------------------------------------------------------------------

  target.addEventListener('change', () => {
    if ((TARGETS as readonly string[]).includes(target.value)) state.target = target.value as Target;
    render();
    saveNow();
  });

  skillsEl.addEventListener('input', (event) => {
    const input = event.target;
    if (!(
      input instanceof HTMLInputElement ||
      input instanceof HTMLTextAreaElement ||
      input instanceof HTMLSelectElement
    ))
      return;
    const item = state.evidence.find((e) => e.id === input.dataset['evidence']);
    const field = input.dataset['field'];
    if (!item || !field) return;
    if (field === 'level') item.level = input.value === '' ? null : Number(input.value);
    else if ((FIELDS as readonly string[]).includes(field)) item[field as Field] = input.value;
    const box = input.closest('fieldset');
    if (box) {
      showProblems(item, box);
      box.querySelector('.case-print-text')?.replaceWith(printNode(item));
    }
    refreshAfterTyping(item.skill);
    if (field === 'level') saveNow();
    else saveSoon();
  });

  skillsEl.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    if (!button) return;
    const skillId = button.dataset['add'];
    const removeId = button.dataset['remove'];
    if (skillId) {
      if (state.evidence.length >= MAX_EVIDENCE) {
        announce(say('tooMany', { max: MAX_EVIDENCE }));
        return;
      }
      const item = newEvidence(state, skillId);
      state.evidence.push(item);
      render();
      skillsEl.querySelector<HTMLElement>(`[data-evidence="${item.id}"][data-field="did"]`)?.focus();
      const count = state.evidence.filter((e) => e.skill === skillId).length;
      announce(say('added', { n: count, skill: data.skills.find((s) => s.id === skillId)?.name ?? '' }));
    } else if (removeId) {
      const index = state.evidence.findIndex((e) => e.id === removeId);
      const item = state.evidence[index];
      if (!item) return;
      state.evidence.splice(index, 1);
      lastRemoved = { item, index };
      render();
      skillsEl.querySelector<HTMLElement>(`button[data-add="${CSS.escape(item.skill)}"]`)?.focus();
      const name = data.skills.find((s) => s.id === item.skill)?.name ?? '';
      notice(say('removed', { skill: name }), 'undo');
    }
    saveNow();
  });

  undo.addEventListener('click', () => {
    if (!lastRemoved) return;
    state.evidence.splice(lastRemoved.index, 0, lastRemoved.item);
    const id = lastRemoved.item.id;
    lastRemoved = undefined;
    render();
    saveNow();
    notice('');
    announce(say('undone'));
    skillsEl.querySelector<HTMLElement>(`[data-evidence="${id}"][data-field="did"]`)?.focus();
  });

  q<HTMLButtonElement>('[data-case-download]').addEventListener('click', () => {
    downloadFile(CASE_FILE_NAME, caseMarkdown(data.skills, state, words, new Date()), 'text/markdown');
    announce(say('downloaded', { file: CASE_FILE_NAME }));
  });
  q<HTMLButtonElement>('[data-case-print]').addEventListener('click', () => window.print());

  bindConfirm(root, 'case', 'clear', () => {
    store.clear();
    state = { ...emptyCase(), target: state.target };
    lastRemoved = undefined;
    render();
    notice('');
    announce(say('cleared'));
  });

  // Another tab saved or cleared the case: say so and let the reader choose, never save over it.
  store.watchOtherTabs((result) => {
    otherTab = result;
    notice(say(result.status === 'empty' ? 'otherTabCleared' : 'otherTab'), 'tab');
  });
  loadOther.addEventListener('click', () => {
    if (otherTab?.status === 'ok') state = otherTab.value;
    else if (otherTab?.status === 'empty') state = { ...emptyCase(), target: state.target };
    otherTab = undefined;
    target.value = state.target;
    render();
    notice('');
    announce(say('loadedOther'));
  });
  keepMine.addEventListener('click', () => {
    otherTab = undefined;
    notice('');
    saveNow();
    announce(say('keptMine'));
  });

  load();
  target.value = state.target;
  render();
  q<HTMLElement>('[data-case-tool]').hidden = false;
  // The no-JS reference repeats what each skill section shows: gone once the case is on the page.
  q<HTMLElement>('[data-case-static]').remove();
}
