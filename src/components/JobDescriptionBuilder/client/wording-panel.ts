/**
 * The inclusive-wording panel (parts/WordingPanel.astro): the findings of jd-wording.ts as a list
 * whose items take the reader to the words in their field, and how the ad leans. The check runs in
 * a worker (wording-worker.ts), started once the browser is idle after start-up: compiling its
 * word lists would otherwise hold the page's main thread for a long moment on a phone. On each
 * render the draft goes to the worker (unchanged fields cost nothing there); only the reply to the
 * latest draft is shown, and the page is left alone when its findings are the same as those shown.
 */
import type { ListKind } from '../jd-state';
import type { DraftFinding, DraftWording } from '../jd-wording';
import type { WordingReply, WordingRequest } from '../wording-worker';
import { whenIdle, type Builder } from './context';
import type { LineLists } from './line-lists';
import { labelOf } from './problems';

export function bindWordingPanel(b: Builder, lists: LineLists): void {
  const panel = b.$('[data-wording]');
  let worker: Worker | undefined;
  let starting = false;
  /** The id of the last draft sent to the worker. */
  let sent = 0;
  let shown = '';

  function fieldOf(f: DraftFinding): HTMLInputElement | HTMLTextAreaElement | null {
    if ('index' in f) {
      lists.makeLive(f.field);
      return b.root.querySelector(`#jdb-${f.field}-${f.index}`);
    }
    return b.root.querySelector(`#jdb-${f.field}`);
  }

  function place(f: DraftFinding): string {
    if ('index' in f) {
      const list = b.config.listHeading[f.field as ListKind];
      return b.say('lineLabel', { list, n: f.index + 1 });
    }
    return labelOf(b.root, b.root.querySelector(`#jdb-${f.field}`));
  }

  function item(f: DraftFinding): HTMLLIElement {
    const li = document.createElement('li');
    li.dataset['kind'] = f.kind;
    const go = document.createElement('button');
    go.type = 'button';
    const words = document.createElement('bdi');
    words.textContent = f.text;
    go.append(`${place(f)}: `, words, ` (${b.say(`wording.kind.${f.kind}`)})`);
    go.addEventListener('click', () => {
      const field = fieldOf(f);
      if (!field) return;
      field.focus();
      // Select the words, if the field still holds them where they were found.
      if (field.value.slice(f.start, f.end) === f.text) field.setSelectionRange(f.start, f.end);
    });
    const advice = document.createElement('span');
    advice.className = 'jdb-wording-try';
    advice.dir = 'auto';
    // Every entry and rule has a suggestion but some gender-coded words: those get their kind's advice.
    advice.textContent = f.suggest
      ? b.say('wording.try', { suggest: f.suggest })
      : b.say(`wording.advice.${f.kind === 'feminine' ? 'feminine' : 'masculine'}`);
    li.append(go, ' ', advice);
    return li;
  }

  function render({ findings, summary }: DraftWording) {
    const key = JSON.stringify(findings);
    if (key === shown) return;
    shown = key;
    const lean = b.$('[data-wording-lean]');
    lean.textContent = b.say(`wording.lean.${summary.lean}`, {
      masculine: summary.masculine,
      feminine: summary.feminine,
    });
    // The verdict and counts as data too, for tests and anything that reads the page.
    Object.assign(lean.dataset, {
      lean: summary.lean,
      masculine: String(summary.masculine),
      feminine: String(summary.feminine),
    });
    b.$('[data-wording-list]').replaceChildren(...findings.map(item));
    b.$('[data-wording-none]').hidden = findings.length > 0;
    panel.hidden = false;
    panel.dataset['ready'] = '';
  }

  function check(to: Worker) {
    to.postMessage({ id: ++sent, lang: b.config.lang, state: b.state } satisfies WordingRequest);
  }

  function start() {
    const started = new Worker(new URL('../wording-worker.ts', import.meta.url), { type: 'module' });
    started.addEventListener('message', (event: MessageEvent<WordingReply>) => {
      // A reply to an older draft is dropped: the one to the latest is on its way.
      if (event.data.id === sent) render(event.data.wording);
    });
    // Not loaded (offline before the service worker had it): the panel stays hidden, and the next
    // render tries again.
    started.addEventListener('error', () => {
      started.terminate();
      if (worker === started) worker = undefined;
    });
    worker = started;
    check(started);
  }

  b.on('render', () => {
    if (worker) return check(worker);
    if (starting) return;
    starting = true;
    whenIdle(() => {
      starting = false;
      start();
    });
  });
  // A whole new draft rebuilds the line editors; the panel's text may be the same, but redraw it.
  b.on('replace', () => (shown = ''));
}
