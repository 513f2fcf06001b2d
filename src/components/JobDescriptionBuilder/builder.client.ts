/**
 * Wires the builder's form to the pure modules: state in, documents out. Keeps the draft in the
 * URL fragment (never sent to a server) and in localStorage. Makes no network request.
 * User text only ever reaches the page through textContent and form values.
 */
import {
  decodeState,
  defaultState,
  MAX_ENCODED,
  effectiveValidThrough,
  encodeState,
  fileSlug,
  LIST_KINDS,
  validateState,
  type CatalogueLine,
  type DecodeStatus,
  type DefaultTexts,
  type JdState,
  type ListKind,
  type Problem,
  type TextField,
} from './jd-state';
import {
  buildDocument,
  buildJobPosting,
  jsonLdScript,
  missingRecommendedFields,
  missingRequiredFields,
  toHtmlFragment,
  toHtmlPage,
  toMarkdown,
  toPlainText,
  type DocLabels,
  type JdDocument,
} from './jd-documents';
import { downloadFile } from '../../lib/download';
import { localDigits, punctuation } from '../../lib/locale';
import { fill } from '../../lib/template';
import { toolStore, type StoredFormat } from '../../lib/tool-storage';

interface Config {
  catalogue: CatalogueLine[];
  labels: DocLabels;
  defaults: DefaultTexts;
  ui: Record<string, string>;
  listHeading: Record<ListKind, string>;
  /** The page's language ("en", "fa") and its Intl locale ("en-US", "fa-IR"). */
  lang: string;
  locale: string;
}

/** One saved draft per language, so an English draft never replaces a Persian one. */
const storageKeyFor = (lang: string) => `lead-pm-guide:jd-builder${lang === 'en' ? '' : `:${lang}`}`;
const HASH_PREFIX = '#jd=';

const root = document.querySelector<HTMLElement>('[data-jdb]');
const dataEl = document.getElementById('jdb-data');
if (root && dataEl) start(root, JSON.parse(dataEl.textContent ?? '{}') as Config);

function start(root: HTMLElement, config: Config) {
  const { catalogue, labels, ui, lang, locale } = config;
  const STORAGE_KEY = storageKeyFor(lang);
  const catalogueText = new Map(catalogue.map((l) => [l.ref, l.text]));
  const $ = <T extends Element>(selector: string) => root.querySelector<T>(selector)!;
  const $$ = <T extends Element>(selector: string) => [...root.querySelectorAll<T>(selector)];
  // Numbers are written in the page's digits (Persian digits on Persian pages).
  const say = (key: string, values: Record<string, string | number> = {}) =>
    fill(ui[key] ?? key, localDigits(values, locale));
  const fresh = () => defaultState(catalogue, config.defaults, new Date());
  // Stored drafts use the link's encoding, so a saved draft and a shared one read the same way.
  const draftFormat: StoredFormat<JdState> = {
    encode: (draft) => encodeState(draft, catalogue),
    decode(text) {
      const result = decodeState(text, catalogue, fresh());
      if (result.status === 'ok')
        return { status: 'ok', value: result.state, dropped: { lines: result.dropped } };
      return { status: result.status === 'newer' ? 'newer' : 'corrupt' };
    },
  };
  const store = toolStore(STORAGE_KEY, draftFormat, { maxLength: MAX_ENCODED });

  const status = $<HTMLElement>('[data-status]');
  const notice = $<HTMLElement>('[data-notice]');
  const undoButton = $<HTMLButtonElement>('[data-undo]');
  const missingIntro = $<HTMLElement>('[data-missing-intro]').textContent ?? '';
  let state = fresh();
  let beforeReset: JdState | undefined;
  let problems: Problem[] = [];
  let missing: string[] = [];
  let doc: JdDocument;

  function announce(message: string) {
    // Clearing first makes screen readers repeat a message that is the same as the last one.
    status.textContent = '';
    window.setTimeout(() => (status.textContent = message), 50);
  }

  function showNotice(message: string) {
    notice.textContent = message;
    notice.hidden = message === '';
  }

  // ---- Loading and saving ---------------------------------------------------------------

  function load() {
    const hash = window.location.hash;
    if (hash.startsWith(HASH_PREFIX)) {
      const result = decodeState(hash.slice(HASH_PREFIX.length), catalogue, fresh());
      state = result.state;
      const notices: Record<DecodeStatus, string> = {
        ok: say('notice.fromLink'),
        empty: say('notice.corrupt'),
        corrupt: say('notice.corrupt'),
        newer: say('notice.newer'),
        tooLong: say('notice.tooLong'),
      };
      const dropped = result.dropped > 0 ? ` ${say('notice.dropped', { n: result.dropped })}` : '';
      showNotice(notices[result.status] + dropped);
      return;
    }
    const saved = store.load();
    if (saved.status === 'ok') {
      state = saved.value;
      showNotice(say('notice.fromSaved'));
    }
  }

  let saveTimer = 0;
  function save() {
    window.clearTimeout(saveTimer);
    saveTimer = window.setTimeout(saveNow, 300);
  }
  function saveNow() {
    window.clearTimeout(saveTimer);
    saveTimer = 0;
    const encoded = encodeState(state, catalogue);
    // Storage can be full or blocked; the link still holds the draft.
    store.save(state);
    window.history.replaceState(window.history.state, '', HASH_PREFIX + encoded);
  }

  // ---- Form <-> state -------------------------------------------------------------------

  const fields = $$<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>('[data-field]');

  function fillForm() {
    for (const el of fields) {
      const name = el.dataset['field'] as TextField;
      if (el instanceof HTMLInputElement && el.type === 'radio') el.checked = el.value === state[name];
      else if (name === 'validThrough') el.value = effectiveValidThrough(state);
      else el.value = state[name];
    }
    LIST_KINDS.forEach((kind) => renderList(kind));
    showPlace();
  }

  function showPlace() {
    const remote = state.workplace === 'remote';
    $<HTMLElement>('[data-for-place="office"]').hidden = remote;
    $<HTMLElement>('[data-for-place="remote"]').hidden = !remote;
  }

  for (const el of fields) {
    el.addEventListener('input', () => {
      const name = el.dataset['field'] as TextField;
      if (el instanceof HTMLInputElement && el.type === 'radio' && !el.checked) return;
      (state as unknown as Record<string, string>)[name] = el.value;
      if (name === 'workplace') showPlace();
      if (name === 'datePosted' && state.validThrough === '') {
        $<HTMLInputElement>('#jdb-validThrough').value = effectiveValidThrough(state);
      }
      changed();
    });
  }

  // ---- The three lists ------------------------------------------------------------------

  function button(text: string, hidden: string, action: string, index: number) {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'tool-button';
    b.dataset['size'] = 'small';
    b.dataset['action'] = action;
    b.dataset['index'] = String(index);
    b.append(text);
    const extra = document.createElement('span');
    extra.className = 'sr-only';
    extra.textContent = ` ${hidden}`;
    b.append(extra);
    return b;
  }

  function renderList(kind: ListKind) {
    const fieldset = $<HTMLFieldSetElement>(`[data-list="${kind}"]`);
    const list = fieldset.querySelector<HTMLOListElement>('[data-lines]')!;
    const lines = state[kind];
    const nodes = lines.map((line, i) => {
      const li = document.createElement('li');
      const id = `jdb-${kind}-${i}`;
      const label = document.createElement('label');
      label.htmlFor = id;
      label.className = 'sr-only';
      label.textContent = say('lineLabel', { list: config.listHeading[kind], n: i + 1 });
      const area = document.createElement('textarea');
      area.id = id;
      area.rows = 2;
      area.dir = 'auto';
      area.value = line.text;
      area.dataset['line'] = String(i);
      area.setAttribute('aria-describedby', `${id}-error`);
      area.addEventListener('input', () => {
        const current = state[kind][i];
        if (current) current.text = area.value;
        changed();
      });
      const error = document.createElement('p');
      error.className = 'jdb-error';
      error.id = `${id}-error`;
      error.hidden = true;
      const actions = document.createElement('div');
      actions.className = 'jdb-line-actions';
      const n = say('lineLabel', { list: '', n: i + 1 }).replace(/^[\s,،]+/, '');
      const up = button(say('moveUp'), n, 'up', i);
      const down = button(say('moveDown'), n, 'down', i);
      up.disabled = i === 0;
      down.disabled = i === lines.length - 1;
      actions.append(up, down, button(say('remove'), n, 'remove', i));
      li.append(label, area, error, actions);
      return li;
    });
    if (nodes.length === 0) {
      const li = document.createElement('li');
      li.className = 'jdb-empty';
      li.textContent = say('noLines');
      nodes.push(li);
    }
    list.replaceChildren(...nodes);
    // The pick-list offers only what is not in the ad yet.
    const select = fieldset.querySelector<HTMLSelectElement>('[data-pick]')!;
    const used = new Set(lines.map((l) => l.ref));
    const placeholder = document.createElement('option');
    placeholder.value = '';
    placeholder.textContent = say('chooseLine');
    const options = catalogue
      .filter((l) => l.kind === kind && !used.has(l.ref))
      .map((l) => {
        const option = document.createElement('option');
        option.value = l.ref;
        option.textContent = l.text;
        return option;
      });
    select.replaceChildren(placeholder, ...options);
  }

  for (const kind of LIST_KINDS) {
    const fieldset = $<HTMLFieldSetElement>(`[data-list="${kind}"]`);
    const select = fieldset.querySelector<HTMLSelectElement>('[data-pick]')!;
    const own = fieldset.querySelector<HTMLInputElement>('[data-own]')!;
    const add = (line: { ref?: string; text: string }) => {
      state[kind].push(line);
      renderList(kind);
      changed();
      announce(say('status.added', { n: state[kind].length }));
    };
    fieldset.querySelector('[data-add-pick]')!.addEventListener('click', () => {
      const text = catalogueText.get(select.value);
      if (text === undefined) return announce(say('status.nothingToAdd'));
      add({ ref: select.value, text });
      select.focus();
    });
    const addOwn = () => {
      if (own.value.trim() === '') return announce(say('status.nothingToAdd'));
      add({ text: own.value });
      own.value = '';
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
      const lines = state[kind];
      const i = Number(target.dataset['index']);
      const action = target.dataset['action'];
      let focusIndex = i;
      let focusAction = action;
      if (action === 'remove') {
        lines.splice(i, 1);
        focusIndex = Math.min(i, lines.length - 1);
        announce(say('status.removed'));
      } else {
        const j = action === 'up' ? i - 1 : i + 1;
        if (j < 0 || j >= lines.length) return;
        [lines[i], lines[j]] = [lines[j]!, lines[i]!];
        focusIndex = j;
        // At either end that button is disabled; move focus to the other one.
        if (j === 0) focusAction = 'down';
        if (j === lines.length - 1) focusAction = 'up';
        if (lines.length === 1) focusAction = 'remove';
        announce(say('status.moved', { n: j + 1 }));
      }
      renderList(kind);
      changed();
      const candidates = ['remove', 'up', 'down'].includes(focusAction ?? '')
        ? [focusAction, 'remove'].map((a) =>
            fieldset.querySelector<HTMLButtonElement>(
              `button[data-action="${a}"][data-index="${focusIndex}"]:not(:disabled)`,
            ),
          )
        : [];
      (candidates.find(Boolean) ?? select).focus();
    });
  }

  // ---- Checks, preview and JSON-LD ------------------------------------------------------

  function labelOf(el: Element | null): string {
    if (!el) return '';
    if (el instanceof HTMLFieldSetElement) return el.querySelector('legend')?.textContent?.trim() ?? '';
    const label = root.querySelector(`label[for="${el.id}"]`);
    return label?.textContent?.trim() ?? '';
  }

  function messageFor(p: Problem): string {
    switch (p.code) {
      case 'tooLong':
        return say('error.tooLong', { length: p.length, max: p.max });
      case 'badCountry':
        return say('error.badCountry', { code: p.value });
      case 'tooManyLines':
        return say('error.tooManyLines', { max: p.max });
      default:
        return say(`error.${p.code}`);
    }
  }

  function targetOf(p: Problem): HTMLElement {
    if ('index' in p) return $(`#jdb-${p.field}-${p.index}`);
    if (p.code === 'tooManyLines') return $(`#jdb-${p.field}-list`);
    return $(`#jdb-${p.field}`);
  }

  function showProblems() {
    const byField = new Map<HTMLElement, string[]>();
    for (const p of problems) {
      const el = targetOf(p);
      byField.set(el, [...(byField.get(el) ?? []), messageFor(p)]);
    }
    // Field-level messages, tied to their field with aria-describedby.
    for (const el of $$<HTMLElement>('[aria-invalid="true"]')) {
      if (!byField.has(el)) el.removeAttribute('aria-invalid');
    }
    for (const error of $$<HTMLElement>('p.jdb-error')) {
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
    // The summary beside the export buttons, each item a way back to its field.
    const box = $<HTMLElement>('[data-problems]');
    const list = $<HTMLUListElement>('[data-problem-list]');
    list.replaceChildren(
      ...[...byField].map(([el, messages]) => {
        const li = document.createElement('li');
        const go = document.createElement('button');
        go.type = 'button';
        go.textContent = `${labelOf(el)}: ${messages.join(' ')}`;
        go.addEventListener('click', () => el.focus());
        li.append(go);
        return li;
      }),
    );
    box.hidden = problems.length === 0;
  }

  function renderPreview() {
    const el = (tag: string, text?: string, dir = true) => {
      const node = document.createElement(tag);
      if (dir) node.dir = 'auto';
      if (text !== undefined) {
        // Line breaks inside a paragraph stay line breaks, without any markup from the text.
        text.split('\n').forEach((part, i) => {
          if (i > 0) node.append(document.createElement('br'));
          node.append(part);
        });
      }
      return node;
    };
    const nodes: Node[] = [el('h4', doc.title)];
    if (doc.facts.length > 0) {
      const facts = el('ul', undefined, false);
      facts.className = 'jdb-facts';
      for (const f of doc.facts) {
        const li = document.createElement('li');
        li.append(el('strong', `${f.label}:`, false), ' ', el('span', f.value, f.typed === true));
        facts.append(li);
      }
      nodes.push(facts);
    }
    for (const s of doc.sections) {
      nodes.push(el('h5', s.heading));
      s.paragraphs.forEach((p) => nodes.push(el('p', p)));
      if (s.link) {
        const p = document.createElement('p');
        const a = document.createElement('a');
        a.href = s.link;
        a.rel = 'noopener noreferrer';
        a.textContent = s.link;
        p.append(a);
        nodes.push(p);
      }
      if (s.items.length > 0) {
        const ul = el('ul', undefined, false);
        s.items.forEach((item) => ul.append(el('li', item)));
        nodes.push(ul);
      }
    }
    $<HTMLElement>('[data-preview]').replaceChildren(...nodes);
  }

  function renderJsonLd() {
    const posting = buildJobPosting(state, labels, locale);
    $<HTMLElement>('[data-jsonld]').textContent = jsonLdScript(posting);
    const names: Record<string, () => string> = {
      title: () => labelOf($('#jdb-title')),
      description: () => say('missing.description'),
      datePosted: () => labelOf($('#jdb-datePosted')),
      hiringOrganization: () => labelOf($('#jdb-company')),
      jobLocation: () => labelOf($(state.workplace === 'remote' ? '#jdb-remoteCountries' : '#jdb-country')),
      baseSalary: () => labelOf($('#jdb-salary')),
      employmentType: () => labelOf($('#jdb-employmentType')),
      validThrough: () => labelOf($('#jdb-validThrough')),
    };
    const schemaName = (f: string) =>
      f === 'jobLocation' && state.workplace === 'remote' ? 'applicantLocationRequirements' : f;
    missing = missingRequiredFields(posting);
    const box = $<HTMLElement>('[data-missing]');
    box.toggleAttribute('data-ok', missing.length === 0);
    $<HTMLElement>('[data-missing-intro]').textContent =
      missing.length === 0 ? say('missingNone') : missingIntro;
    $<HTMLUListElement>('[data-missing-list]').replaceChildren(
      ...missing.map((f) => {
        const li = document.createElement('li');
        li.textContent = `${names[f]?.() ?? f} (${schemaName(f)})`;
        return li;
      }),
    );
    const recommended = missingRecommendedFields(posting);
    $<HTMLElement>('[data-recommended]').textContent =
      recommended.length > 0
        ? say('recommended', {
            fields: recommended.map((f) => `${names[f]?.() ?? f} (${f})`).join(punctuation(locale).list),
          })
        : '';
  }

  function render() {
    problems = validateState(state);
    doc = buildDocument(state, labels, locale);
    showProblems();
    renderPreview();
    renderJsonLd();
  }

  function changed() {
    if (!undoButton.hidden) {
      undoButton.hidden = true;
      beforeReset = undefined;
    }
    render();
    save();
  }

  // ---- Exports --------------------------------------------------------------------------

  type Format = 'md' | 'text' | 'html' | 'txt' | 'jsonld';

  function ready(format: Format): boolean {
    if (problems.length > 0) {
      announce(say('status.blocked'));
      $<HTMLElement>('[data-problems]').focus();
      return false;
    }
    if (format === 'jsonld' && missing.length > 0) {
      announce(say('status.jsonldBlocked'));
      return false;
    }
    return true;
  }

  const contentOf = (format: Format): string => {
    switch (format) {
      case 'md':
        return toMarkdown(doc);
      case 'html':
        return toHtmlPage(doc, lang);
      case 'jsonld':
        return jsonLdScript(buildJobPosting(state, labels, locale));
      default:
        return toPlainText(doc);
    }
  };

  async function copy(format: Format) {
    if (!ready(format)) return;
    const done = say(`status.copied.${format}`);
    try {
      if (format === 'html' && typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
        const html = toHtmlFragment(doc, lang);
        await navigator.clipboard.write([
          new ClipboardItem({
            'text/html': new Blob([html], { type: 'text/html' }),
            'text/plain': new Blob([toPlainText(doc)], { type: 'text/plain' }),
          }),
        ]);
      } else {
        await navigator.clipboard.writeText(format === 'html' ? toPlainText(doc) : contentOf(format));
      }
      announce(done);
    } catch {
      announce(say('status.copyFailed'));
    }
  }

  function download(format: Format) {
    if (!ready(format)) return;
    const types: Record<string, [string, string]> = {
      md: ['md', 'text/markdown'],
      html: ['html', 'text/html'],
      txt: ['txt', 'text/plain'],
      jsonld: ['jsonld.html', 'text/html'],
    };
    const [extension, type] = types[format]!;
    const name = `${fileSlug(state)}.${extension}`;
    downloadFile(name, contentOf(format), type);
    announce(say('status.downloaded', { file: name }));
  }

  for (const b of $$<HTMLButtonElement>('[data-copy]')) {
    b.addEventListener('click', () => void copy(b.dataset['copy'] as Format));
  }
  for (const b of $$<HTMLButtonElement>('[data-download]')) {
    b.addEventListener('click', () => download(b.dataset['download'] as Format));
  }

  $('[data-share]').addEventListener('click', async () => {
    saveNow();
    try {
      await navigator.clipboard.writeText(window.location.href);
      announce(say('status.copied.link'));
    } catch {
      announce(say('status.copyFailed'));
    }
  });

  $('[data-reset]').addEventListener('click', () => {
    window.clearTimeout(saveTimer);
    saveTimer = 0;
    beforeReset = structuredClone(state);
    state = fresh();
    store.clear();
    window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
    showNotice('');
    fillForm();
    render();
    undoButton.hidden = false;
    announce(say('status.reset'));
  });

  undoButton.addEventListener('click', () => {
    if (!beforeReset) return;
    state = beforeReset;
    beforeReset = undefined;
    fillForm();
    render();
    saveNow();
    undoButton.hidden = true;
    $<HTMLButtonElement>('[data-reset]').focus();
    announce(say('status.undone'));
  });

  // Opening another draft's link in the same tab.
  window.addEventListener('hashchange', () => {
    if (!window.location.hash.startsWith(HASH_PREFIX)) return;
    if (window.location.hash === HASH_PREFIX + encodeState(state, catalogue)) return;
    load();
    fillForm();
    render();
  });
  window.addEventListener('pagehide', () => {
    if (saveTimer) saveNow();
  });

  load();
  fillForm();
  render();
  root.dataset['ready'] = '';
}
