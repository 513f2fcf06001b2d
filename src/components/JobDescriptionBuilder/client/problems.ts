/**
 * The checks of jd-checks.ts on the page: each problem as a message under its field (tied to it
 * with aria-describedby and aria-invalid), and a summary above the export buttons whose items take
 * the reader back to the field. Problems block every export until they are fixed.
 */
import { validateState, type Problem } from '../jd-checks';
import type { Builder } from './context';
import type { LineLists } from './line-lists';

export interface ProblemsPanel {
  /** The problems of the draft as last rendered. */
  current(): readonly Problem[];
}

/** The visible name of a field or fieldset, for messages that point at it. */
export function labelOf(root: HTMLElement, el: Element | null): string {
  if (!el) return '';
  if (el instanceof HTMLFieldSetElement) return el.querySelector('legend')?.textContent?.trim() ?? '';
  return root.querySelector(`label[for="${el.id}"]`)?.textContent?.trim() ?? '';
}

export function bindProblems(b: Builder, lists: LineLists): ProblemsPanel {
  let problems: Problem[] = [];
  let shown = '[]';

  function messageFor(p: Problem): string {
    switch (p.code) {
      case 'tooLong':
        return b.say('error.tooLong', { length: p.length, max: p.max });
      case 'badCountry':
        return b.say('error.badCountry', { code: p.value });
      case 'tooManyLines':
        return b.say('error.tooManyLines', { max: p.max });
      default:
        return b.say(`error.${p.code}`);
    }
  }

  function targetOf(p: Problem): HTMLElement {
    if ('index' in p) {
      lists.makeLive(p.field);
      return b.$(`#jdb-${p.field}-${p.index}`);
    }
    if (p.code === 'tooManyLines') return b.$(`#jdb-${p.field}-list`);
    return b.$(`#jdb-${p.field}`);
  }

  function show() {
    const byField = new Map<HTMLElement, string[]>();
    for (const p of problems) {
      const el = targetOf(p);
      byField.set(el, [...(byField.get(el) ?? []), messageFor(p)]);
    }
    for (const el of b.$$('[aria-invalid="true"]')) {
      if (!byField.has(el)) el.removeAttribute('aria-invalid');
    }
    for (const error of b.$$('p.jdb-error')) {
      const owner = document.getElementById(error.id.replace(/-error$/, ''));
      if (!owner || !byField.has(owner)) error.hidden = true;
    }
    for (const [el, messages] of byField) {
      el.setAttribute('aria-invalid', 'true');
      let error = document.getElementById(`${el.id}-error`);
      if (!error) {
        error = document.createElement('p');
        error.className = 'jdb-error';
        error.id = `${el.id}-error`;
        el.insertAdjacentElement(el instanceof HTMLFieldSetElement ? 'afterbegin' : 'afterend', error);
        const described = el.getAttribute('aria-describedby');
        if (!described?.includes(error.id)) {
          el.setAttribute('aria-describedby', [described, error.id].filter(Boolean).join(' '));
        }
      }
      error.textContent = messages.join(' ');
      error.hidden = false;
    }
    b.$('[data-problem-list]').replaceChildren(
      ...[...byField].map(([el, messages]) => {
        const li = document.createElement('li');
        const go = document.createElement('button');
        go.type = 'button';
        go.textContent = `${labelOf(b.root, el)}: ${messages.join(' ')}`;
        go.addEventListener('click', () => el.focus());
        li.append(go);
        return li;
      }),
    );
    b.$('[data-problems]').hidden = problems.length === 0;
  }

  b.on('render', () => {
    problems = validateState(b.state);
    // Most keystrokes change no problem: leave the page alone then, unless a line editor with a
    // problem was rebuilt (moving or removing another line does that) and lost its message.
    const key = JSON.stringify(problems);
    if (key === shown && problems.every((p) => targetOf(p).getAttribute('aria-invalid') === 'true')) return;
    shown = key;
    show();
  });
  // Line editors are rebuilt when a whole draft arrives: their messages must be put back.
  b.on('replace', () => (shown = ''));

  return { current: () => problems };
}
