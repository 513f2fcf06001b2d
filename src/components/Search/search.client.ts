import { fill } from '../../lib/template';
import { normaliseQuery, shapeResult, type RawResult, type ShapedResult } from './search-logic';

interface SearchConfig {
  base: string;
  /** The Intl locale of the page, so the result count uses the reader's digits. */
  locale: string;
  strings: Record<'noResults' | 'results' | 'oneResult' | 'failed' | 'offline' | 'hint', string>;
}

interface PagefindResult {
  data(): Promise<RawResult>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string, options?: Record<string, unknown>): Promise<void>;
  search(term: string, options?: Record<string, unknown>): Promise<{ results: PagefindResult[] } | null>;
}

/** How many results a search shows: enough to scan, few enough to read on a phone. */
const RESULT_LIMIT = 8;

/** Titles and headings outweigh body text; keywords are indexed with their own weight on the page. */
const RANKING = {
  termFrequency: 0.6,
  pageLength: 0.4,
  termSaturation: 1.2,
  termSimilarity: 1.0,
  metaWeights: { title: 8 },
};

let pagefindPromise: Promise<Pagefind> | undefined;

/** Loads Pagefind on first use only, so reading a page never pays for search. */
function loadPagefind(base: string): Promise<Pagefind> {
  pagefindPromise ??= (async () => {
    const url = `${base}pagefind/pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({ baseUrl: base, ranking: RANKING, excerptLength: 24 });
    await pagefind.init();
    return pagefind;
  })();
  pagefindPromise.catch(() => (pagefindPromise = undefined));
  return pagefindPromise;
}

function isTypingTarget(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

function renderResult(result: ShapedResult): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = result.url;
  const title = document.createElement('span');
  title.className = 'search-result-title';
  title.textContent = result.title;
  link.append(title);
  if (result.heading) {
    const heading = document.createElement('span');
    heading.className = 'search-result-heading';
    heading.textContent = result.heading;
    link.append(heading);
  }
  const excerpt = document.createElement('span');
  excerpt.className = 'search-result-excerpt';
  for (const part of result.excerpt) {
    excerpt.append(
      part.mark ? Object.assign(document.createElement('mark'), { textContent: part.text }) : part.text,
    );
  }
  link.append(excerpt);
  item.append(link);
  return item;
}

class SiteSearch extends HTMLElement {
  #config!: SearchConfig;
  #dialog!: HTMLDialogElement;
  #input!: HTMLInputElement;
  #results!: HTMLOListElement;
  #status!: HTMLElement;
  #empty!: HTMLElement;
  #openButton!: HTMLButtonElement;
  #returnFocus: HTMLElement | null = null;
  #sequence = 0;
  /** The query and section the results on screen belong to. */
  #shownFor = '';
  /** Enter was pressed before the results for this query and section arrived: open the first then. */
  #enterFor: string | undefined;

  connectedCallback() {
    const config = this.querySelector('[data-search-config]');
    this.#config = JSON.parse(config?.textContent ?? '{}') as SearchConfig;
    this.#dialog = this.querySelector('dialog')!;
    this.#input = this.querySelector('[data-search-input]')!;
    this.#results = this.querySelector('[data-search-results]')!;
    this.#status = this.querySelector('[data-search-status]')!;
    this.#empty = this.querySelector('[data-search-empty]')!;
    this.#openButton = this.querySelector('button[data-open-modal]')!;

    // search-loader.ts has already turned the link to all topics into the button that opens this.
    this.#openButton.addEventListener('click', () => this.open());
    this.querySelector('[data-close-modal]')?.addEventListener('click', () => this.close());
    this.#dialog.addEventListener('click', (event) => {
      if (event.target === this.#dialog) this.close();
    });
    this.#dialog.addEventListener('close', () => this.#afterClose());
    this.#input.addEventListener('input', () => void this.#search());
    this.querySelectorAll<HTMLInputElement>('input[name="section"]').forEach((radio) =>
      radio.addEventListener('change', () => void this.#search()),
    );
    this.#dialog.addEventListener('keydown', (event) => this.#onDialogKey(event));
    window.addEventListener('keydown', (event) => this.#onGlobalKey(event));
  }

  /** Starts loading Pagefind before the reader opens the dialog (pointer over or focus on the button). */
  warmUp() {
    void loadPagefind(this.#config.base).catch(() => undefined);
  }

  open() {
    if (this.#dialog.open) return;
    this.#returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    this.#dialog.showModal();
    document.body.toggleAttribute('data-search-modal-open', true);
    this.#input.focus();
    this.#input.select();
    void loadPagefind(this.#config.base).catch(() => this.#setStatus(this.#failure()));
  }

  close() {
    if (this.#dialog.open) this.#dialog.close();
  }

  #afterClose() {
    document.body.toggleAttribute('data-search-modal-open', false);
    (this.#returnFocus ?? this.#openButton).focus();
  }

  #onGlobalKey(event: KeyboardEvent) {
    const modifier = event.metaKey || event.ctrlKey;
    if (modifier && event.key.toLowerCase() === 'k') {
      event.preventDefault();
      if (this.#dialog.open) this.close();
      else this.open();
    } else if (event.key === '/' && !this.#dialog.open && !isTypingTarget(event.target)) {
      event.preventDefault();
      this.open();
    }
  }

  /** Arrow keys move between the input and the result links; typing on a link goes back to the input. */
  #onDialogKey(event: KeyboardEvent) {
    const links = [...this.#results.querySelectorAll('a')];
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown' && links.length) {
      event.preventDefault();
      links[Math.min(index + 1, links.length - 1)]!.focus();
    } else if (event.key === 'ArrowUp' && index >= 0) {
      event.preventDefault();
      if (index === 0) this.#input.focus();
      else links[index - 1]!.focus();
    } else if (event.key === 'Enter' && document.activeElement === this.#input) {
      // Enter acts on the text in the box now, never on results still showing for earlier text.
      event.preventDefault();
      const wanted = this.#searchKey();
      if (wanted === this.#shownFor) links[0]?.click();
      else this.#enterFor = wanted;
    } else if (index >= 0 && event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      this.#input.focus();
    }
  }

  /** What a search depends on: the typed query and the section filter. */
  #searchKey() {
    const section = this.querySelector<HTMLInputElement>('input[name="section"]:checked')?.value ?? '';
    return `${section}\u0000${normaliseQuery(this.#input.value)}`;
  }

  /** Offline, the service worker has only the parts of the index earlier searches used. */
  #failure() {
    return navigator.onLine ? this.#config.strings.failed : this.#config.strings.offline;
  }

  #setStatus(text: string) {
    this.#status.textContent = text;
  }

  async #search() {
    const sequence = ++this.#sequence;
    const key = this.#searchKey();
    const query = normaliseQuery(this.#input.value);
    const section = this.querySelector<HTMLInputElement>('input[name="section"]:checked')?.value ?? '';
    performance.mark('search:input', { detail: query });
    if (!query) {
      this.#results.replaceChildren();
      this.#empty.hidden = true;
      this.#setStatus(this.#config.strings.hint);
      this.#shownFor = key;
      return;
    }
    let shaped: ShapedResult[];
    try {
      const pagefind = await loadPagefind(this.#config.base);
      const search = await pagefind.search(query, section ? { filters: { section } } : {});
      if (sequence !== this.#sequence || !search) return;
      const raw = await Promise.all(search.results.slice(0, RESULT_LIMIT).map((r) => r.data()));
      if (sequence !== this.#sequence) return;
      shaped = raw.map(shapeResult);
    } catch {
      if (sequence === this.#sequence) this.#setStatus(this.#failure());
      return;
    }
    this.#results.replaceChildren(...shaped.map(renderResult));
    this.#empty.hidden = shaped.length > 0;
    const { noResults, results, oneResult } = this.#config.strings;
    const template = shaped.length === 0 ? noResults : shaped.length === 1 ? oneResult : results;
    const count = new Intl.NumberFormat(this.#config.locale).format(shaped.length);
    this.#setStatus(fill(template, { count, query }));
    this.#shownFor = key;
    if (this.#enterFor === key) {
      this.#enterFor = undefined;
      this.#results.querySelector('a')?.click();
    }
    performance.mark('search:rendered', { detail: query });
    performance.measure('search', 'search:input', 'search:rendered');
  }
}

export function defineSiteSearch() {
  if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
}
