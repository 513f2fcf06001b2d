/**
 * The debrief: scorecard files in (file input or drag and drop), refused one by one with their
 * name and reason, and the accepted ones side by side. "Score before you look" hides the others'
 * ratings until the reader's own card is in. Nothing leaves the browser; all text is set with
 * textContent.
 */
import { make } from '../../lib/dom';
import { formatNumber } from '../../lib/locale';
import { sayer } from '../../lib/say';
import { mergeFiles, notesOn, summarise, type IncomingFile, type LoadedCard } from './debrief-merge';
import { bindScorecardForm, type FormData } from './scorecard-form.client';
import { MAX_FILE_BYTES, scorecardToJson, type Scorecard } from './scorecard-file';

interface DebriefData extends FormData {
  lang: string;
  locale: string;
  ui: Record<string, string>;
}

export function setUpDebrief(root: HTMLElement): void {
  const blob = root.querySelector<HTMLScriptElement>('script[data-debrief-data]');
  if (!blob) return;
  const data = JSON.parse(blob.textContent ?? '{}') as DebriefData;
  const q = <T extends Element = HTMLElement>(s: string) => root.querySelector<T>(s)!;
  const say = sayer(data);
  const n = (value: number, digits = 0) => formatNumber(Number(value.toFixed(digits)), data.locale);
  const skillIds = data.skills.map((s) => s.id);
  const stageIds = data.stages.map((s) => s.id);
  const skillName = (id: string) => data.skills.find((s) => s.id === id)?.name ?? id;
  const stageName = (id: string) => data.stages.find((s) => s.id === id)?.name ?? say('noStage');

  const blind = q<HTMLInputElement>('[data-blind]');
  const messages = q('[data-messages]');
  const loadedList = q('[data-loaded]');
  const results = q('[data-results]');
  const blindNote = q('[data-blind-note]');

  let loaded: LoadedCard[] = [];
  /** The index in `loaded` of the reader's own card, once they have said which it is. */
  let mine: number | undefined;

  function refusalText(file: string, reason: string, field?: string) {
    return say('refusedFile', {
      file,
      why: say(`refused.${reason}`, { field: field ?? '', kb: MAX_FILE_BYTES / 1000 }),
    });
  }

  function add(incoming: IncomingFile[], own = false) {
    const before = loaded.length;
    const result = mergeFiles(loaded, incoming, skillIds, stageIds);
    loaded = result.loaded;
    if (own && loaded.length > before) mine = loaded.length - 1;
    const lines = result.refused.map((r) => refusalText(r.file, r.reason, r.field));
    const added = loaded.length - before;
    if (added > 0) lines.unshift(say('loadedCount', { count: added }));
    messages.replaceChildren(...lines.map((line) => make('p', line)));
    render();
  }

  async function readFiles(files: FileList | File[]) {
    const incoming: IncomingFile[] = [];
    for (const file of [...files]) {
      // Too big to be a scorecard: refused without reading it into memory.
      const text = file.size > MAX_FILE_BYTES ? '' : await file.text().catch(() => '');
      incoming.push({ name: file.name, size: file.size, text });
    }
    add(incoming);
  }

  function renderLoaded() {
    loadedList.replaceChildren(
      ...loaded.map(({ file, card }, i) => {
        const item = make('li');
        item.append(
          make('strong', card.interviewer),
          ` (${[card.role, stageName(card.stage)].filter(Boolean).join(say('listSep'))}) `,
          make('span', file, 'debrief-file'),
        );
        if (blind.checked && mine === undefined) {
          const own = make('button', say('thisIsMine'), 'tool-button');
          own.type = 'button';
          own.addEventListener('click', () => {
            mine = i;
            render();
            q<HTMLElement>('[data-results]').focus();
          });
          item.append(' ', own);
        } else if (mine === i) item.append(' ', make('em', say('yours')));
        const remove = make('button', say('remove'), 'tool-button');
        remove.type = 'button';
        remove.setAttribute('aria-label', say('removeFile', { file }));
        remove.addEventListener('click', () => {
          loaded = loaded.filter((_, j) => j !== i);
          if (mine === i) mine = undefined;
          else if (mine !== undefined && mine > i) mine--;
          messages.replaceChildren(make('p', say('removed', { file })));
          render();
        });
        item.append(' ', remove);
        return item;
      }),
    );
  }

  function renderResults() {
    const hidden = blind.checked && mine === undefined;
    blindNote.hidden = !hidden || loaded.length === 0;
    if (loaded.length === 0 || hidden) {
      results.replaceChildren(...(loaded.length === 0 ? [make('p', say('empty'))] : []));
      return;
    }
    const first = loaded[0]!.card;
    const summary = summarise(loaded, skillIds);
    const heading = make('h3', say('resultsHeading', { candidate: first.candidate }));
    const loopLine = make('p', first.loop ? say('loopLine', { loop: first.loop }) : '');
    const table = make('table', undefined, 'debrief-table');
    table.append(make('caption', say('tableCaption')));
    const head = make('tr');
    const th = (text: string, scope: 'col' | 'row') => Object.assign(make('th', text), { scope });
    head.append(th(say('competency'), 'col'));
    for (const { card } of loaded) head.append(th(card.interviewer, 'col'));
    head.append(th(say('mean'), 'col'), th(say('median'), 'col'), th(say('flag'), 'col'));
    const thead = make('thead');
    thead.append(head);
    const tbody = make('tbody');
    for (const row of summary.rows) {
      const tr = make('tr');
      tr.dataset['competency'] = row.competency;
      if (row.flagged) tr.className = 'debrief-flagged';
      tr.append(th(skillName(row.competency), 'row'));
      for (const r of row.ratings) tr.append(make('td', r === undefined ? '–' : n(r)));
      tr.append(
        make('td', row.mean === undefined ? '–' : n(row.mean, 1)),
        make('td', row.median === undefined ? '–' : n(row.median, 1)),
        make('td', row.flagged ? say('flagged', { spread: row.spread }) : ''),
      );
      tbody.append(tr);
    }
    table.append(thead, tbody);
    const wrap = make('div', undefined, 'debrief-table-wrap');
    wrap.append(table);
    const flagged = summary.rows.filter((r) => r.flagged);
    const flagLine = make(
      'p',
      flagged.length > 0
        ? say('flaggedSummary', {
            count: flagged.length,
            skills: flagged.map((r) => skillName(r.competency)).join(say('listSep')),
          })
        : say('noneFlagged'),
    );
    const leans = make(
      'p',
      say('leans', {
        hire: summary.leans.hire,
        noHire: summary.leans['no-hire'],
        undecided: summary.leans.undecided,
      }),
    );
    const notes = make('div', undefined, 'debrief-notes');
    notes.append(make('h3', say('notesHeading')));
    for (const row of summary.rows) {
      const list = notesOn(loaded, row.competency);
      if (list.length === 0) continue;
      notes.append(make('h4', skillName(row.competency)));
      const ul = make('ul');
      for (const note of list) {
        const li = make('li');
        li.append(make('strong', `${note.interviewer} (${n(note.rating)}): `), note.evidence);
        ul.append(li);
      }
      notes.append(ul);
    }
    results.replaceChildren(heading, loopLine, wrap, flagLine, leans, notes);
  }

  function render() {
    renderLoaded();
    renderResults();
  }

  bindScorecardForm(root, data, say, (file: string, card: Scorecard) => {
    const text = scorecardToJson(card);
    add([{ name: file, size: text.length, text }], true);
  });

  q<HTMLInputElement>('[data-files]').addEventListener('change', (event) => {
    const input = event.target as HTMLInputElement;
    if (input.files) void readFiles(input.files).then(() => (input.value = ''));
  });
  const drop = q('[data-drop]');
  drop.addEventListener('dragover', (event) => {
    event.preventDefault();
    drop.classList.add('debrief-drop-over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('debrief-drop-over'));
  drop.addEventListener('drop', (event) => {
    event.preventDefault();
    drop.classList.remove('debrief-drop-over');
    if (event.dataTransfer?.files) void readFiles(event.dataTransfer.files);
  });
  blind.addEventListener('change', render);
  q('[data-clear-all]').addEventListener('click', () => {
    loaded = [];
    mine = undefined;
    messages.replaceChildren(make('p', say('clearedAll')));
    render();
  });
  const page = document.documentElement;
  q('[data-print-debrief]').addEventListener('click', () => {
    page.dataset['printOnly'] = 'debrief';
    window.print();
  });
  window.addEventListener('afterprint', () => delete page.dataset['printOnly']);

  results.tabIndex = -1;
  q('[data-debrief-app]').hidden = false;
  render();
}
