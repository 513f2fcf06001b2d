/**
 * The inclusive-wording panel (parts/WordingPanel.astro): the findings of jd-wording.ts as a list
 * whose items take the reader to the words in their field, and how the ad leans. The check and its
 * word lists load with import() once the browser is idle after start-up, so they never weigh on
 * the first load. On each render the draft is checked again (unchanged fields cost nothing), and
 * the page is left alone when the findings are the same as those shown.
 */
import type { ListKind } from '../jd-state';
import type { DraftFinding, DraftWording } from '../jd-wording';
import { whenIdle, type Builder } from './context';
import type { LineLists } from './line-lists';
import { labelOf } from './problems';

type Checker = (state: Builder['state']) => DraftWording;

export function bindWordingPanel(b: Builder, lists: LineLists): void {
  const panel = b.$('[data-wording]');
  let checker: Checker | undefined;
  let loading = false;
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

  function render(check: Checker) {
    const { findings, summary } = check(b.state);
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

  b.on('render', () => {
    if (checker) return render(checker);
    if (loading) return;
    loading = true;
    whenIdle(() => {
      import('../jd-wording')
        .then((m) => {
          checker = m.draftWordingChecker(b.config.lang);
          render(checker);
        })
        // Not loaded (offline before the service worker had it): the panel stays hidden, and the
        // next render tries again.
        .catch(() => (loading = false));
    });
  });
  // A whole new draft rebuilds the line editors; the panel's text may be the same, but redraw it.
  b.on('replace', () => (shown = ''));
}
