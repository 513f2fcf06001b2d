/**
 * The three lists of the ad (responsibilities, requirements, nice-to-haves): each line is an
 * editable text box with move and remove buttons, and two ways to add a line, from the guide's
 * pick-list or typed. A list holds MAX_LINES lines at most; the add buttons say so rather than
 * adding a line the draft could not keep.
 *
 * The page shows each list's lines as text at first; the editors, some thirty text boxes and
 * ninety buttons, are built when the browser is idle after start-up, one list a task, or at once
 * when the reader reaches a list. Start-up stays short, and no first screen needs them.
 */
import { LINE_MAX, MAX_LINES } from '../jd-fields';
import { LIST_KINDS, type JdLine, type ListKind } from '../jd-state';
import { whenIdle, type Builder } from './context';
import { cleanValue, watchCuts } from './input-limits';

export interface LineLists {
  /** Builds a list's editors now if they are not built yet (a message must point at a line). */
  makeLive(kind: ListKind): void;
  /** Builds every list's editors, one list a task while the browser is idle; resolves when done. */
  buildWhenIdle(): Promise<void>;
}

export function bindLineLists(b: Builder): LineLists {
  const { catalogue, listHeading } = b.config;
  const catalogueText = new Map(catalogue.map((l) => [l.ref, l.text]));
  const live = new Set<ListKind>();

  function actionButton(text: string, hidden: string, action: string, index: number) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'tool-button';
    button.dataset['size'] = 'small';
    button.dataset['action'] = action;
    button.dataset['index'] = String(index);
    const extra = document.createElement('span');
    extra.className = 'sr-only';
    extra.textContent = ` ${hidden}`;
    button.append(text, extra);
    return button;
  }

  function lineEditor(kind: ListKind, line: JdLine, i: number, count: number) {
    const li = document.createElement('li');
    const id = `jdb-${kind}-${i}`;
    const label = document.createElement('label');
    label.htmlFor = id;
    label.className = 'sr-only';
    label.textContent = b.say('lineLabel', { list: listHeading[kind], n: i + 1 });
    const area = document.createElement('textarea');
    area.id = id;
    area.rows = 2;
    area.dir = 'auto';
    area.maxLength = LINE_MAX;
    area.value = line.text;
    area.dataset['line'] = String(i);
    area.setAttribute('aria-describedby', `${id}-error`);
    area.addEventListener('input', () => {
      const current = b.state[kind][i];
      if (current) current.text = cleanValue(area, false);
      b.edited();
    });
    watchCuts(area, (cut, max) => b.announce(b.say('cut', { n: cut, max })));
    const error = document.createElement('p');
    error.className = 'jdb-error';
    error.id = `${id}-error`;
    error.hidden = true;
    const actions = document.createElement('div');
    actions.className = 'jdb-line-actions';
    const n = b.say('lineLabel', { list: '', n: i + 1 }).replace(/^[\s,،]+/, '');
    const up = actionButton(b.say('moveUp'), n, 'up', i);
    const down = actionButton(b.say('moveDown'), n, 'down', i);
    up.disabled = i === 0;
    down.disabled = i === count - 1;
    actions.append(up, down, actionButton(b.say('remove'), n, 'remove', i));
    li.append(label, area, error, actions);
    return li;
  }

  function renderList(kind: ListKind) {
    const fieldset = b.$<HTMLFieldSetElement>(`[data-list="${kind}"]`);
    const lines = b.state[kind];
    const nodes = live.has(kind)
      ? lines.map((line, i) => lineEditor(kind, line, i, lines.length))
      : lines.map((line) => {
          const li = document.createElement('li');
          li.className = 'jdb-line-static';
          li.textContent = line.text;
          return li;
        });
    if (nodes.length === 0) {
      const li = document.createElement('li');
      li.className = 'jdb-empty';
      li.textContent = b.say('noLines');
      nodes.push(li);
    }
    fieldset.querySelector('[data-lines]')!.replaceChildren(...nodes);
    // The pick-list offers only what is not in the ad yet.
    const used = new Set(lines.map((l) => l.ref));
    const placeholder = new Option(b.say('chooseLine'), '');
    const options = catalogue
      .filter((l) => l.kind === kind && !used.has(l.ref))
      .map((l) => new Option(l.text, l.ref));
    fieldset.querySelector<HTMLSelectElement>('[data-pick]')!.replaceChildren(placeholder, ...options);
  }

  function makeLive(kind: ListKind) {
    if (live.has(kind)) return;
    live.add(kind);
    renderList(kind);
  }

  /** Adds the editor of the list's new last line, leaving the others (and their focus) alone. */
  function appendLine(kind: ListKind) {
    const fieldset = b.$<HTMLFieldSetElement>(`[data-list="${kind}"]`);
    const list = fieldset.querySelector('[data-lines]')!;
    const lines = b.state[kind];
    const i = lines.length - 1;
    list.querySelector('.jdb-empty')?.remove();
    const down = list.querySelector<HTMLButtonElement>(`button[data-action="down"][data-index="${i - 1}"]`);
    if (down) down.disabled = false;
    list.append(lineEditor(kind, lines[i]!, i, lines.length));
    const ref = lines[i]!.ref;
    if (ref) fieldset.querySelector(`[data-pick] option[value="${CSS.escape(ref)}"]`)?.remove();
  }

  for (const kind of LIST_KINDS) {
    const fieldset = b.$<HTMLFieldSetElement>(`[data-list="${kind}"]`);
    const select = fieldset.querySelector<HTMLSelectElement>('[data-pick]')!;
    const own = fieldset.querySelector<HTMLInputElement>('[data-own]')!;
    watchCuts(own, (cut, max) => b.announce(b.say('cut', { n: cut, max })));
    // Whoever reaches a list, by keyboard or pointer, finds its editors there.
    fieldset.addEventListener('focusin', () => makeLive(kind));
    fieldset.addEventListener('pointerdown', () => makeLive(kind), { passive: true });
    const add = (line: JdLine): boolean => {
      makeLive(kind);
      if (b.state[kind].length >= MAX_LINES) {
        b.announce(b.say('status.listFull', { max: MAX_LINES }));
        return false;
      }
      b.state[kind].push(line);
      appendLine(kind);
      b.edited();
      b.announce(b.say('status.added', { n: b.state[kind].length }));
      return true;
    };
    fieldset.querySelector('[data-add-pick]')!.addEventListener('click', () => {
      const text = catalogueText.get(select.value);
      if (text === undefined) return b.announce(b.say('status.nothingToAdd'));
      if (add({ ref: select.value, text })) select.focus();
    });
    const addOwn = () => {
      const text = cleanValue(own, false);
      if (text.trim() === '') return b.announce(b.say('status.nothingToAdd'));
      if (add({ text })) own.value = '';
    };
    fieldset.querySelector('[data-add-own]')!.addEventListener('click', addOwn);
    own.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') {
        e.preventDefault();
        addOwn();
      }
    });
    fieldset.querySelector('[data-lines]')!.addEventListener('click', (e) => {
      const target = (e.target as Element).closest<HTMLButtonElement>('button[data-action]');
      if (!target) return;
      const lines = b.state[kind];
      const i = Number(target.dataset['index']);
      const action = target.dataset['action'];
      let focusIndex = i;
      let focusAction = action;
      if (action === 'remove') {
        lines.splice(i, 1);
        focusIndex = Math.min(i, lines.length - 1);
        b.announce(b.say('status.removed'));
      } else {
        const j = action === 'up' ? i - 1 : i + 1;
        if (j < 0 || j >= lines.length) return;
        [lines[i], lines[j]] = [lines[j]!, lines[i]!];
        focusIndex = j;
        // At either end that button is disabled; move focus to the other one.
        if (j === 0) focusAction = 'down';
        if (j === lines.length - 1) focusAction = 'up';
        if (lines.length === 1) focusAction = 'remove';
        b.announce(b.say('status.moved', { n: j + 1 }));
      }
      renderList(kind);
      b.edited();
      const candidates = [focusAction, 'remove'].map((a) =>
        fieldset.querySelector<HTMLButtonElement>(
          `button[data-action="${a}"][data-index="${focusIndex}"]:not(:disabled)`,
        ),
      );
      (candidates.find(Boolean) ?? select).focus();
    });
  }

  b.on('replace', () => LIST_KINDS.forEach(renderList));

  return {
    makeLive,
    buildWhenIdle: () =>
      LIST_KINDS.reduce<Promise<void>>(
        (done, kind) => done.then(() => new Promise((resolve) => whenIdle(() => resolve(makeLive(kind))))),
        Promise.resolve(),
      ),
  };
}
