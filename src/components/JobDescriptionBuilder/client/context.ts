/**
 * What every part of the builder's client code shares: the page's config, the draft being edited,
 * lookups inside the builder, messages, and three events. Edits call `edited()`, which saves soon
 * and re-renders the checks, preview and JSON-LD: at once for a draft of ordinary size, and a
 * moment after the last key for a long one, where laying out the text again at every key would
 * make typing lag. `flush()` renders at once (exports call it first, so they use the latest text).
 */
import { formatNumber } from '../../../lib/locale';
import { fill } from '../../../lib/template';
import type { DocLabels } from '../jd-documents';
import {
  defaultState,
  type CatalogueLine,
  type DefaultTexts,
  type JdState,
  type ListKind,
} from '../jd-state';

/** What JobDescriptionBuilder.astro renders into its JSON blob. */
export interface BuilderConfig {
  catalogue: CatalogueLine[];
  labels: DocLabels;
  defaults: DefaultTexts;
  /** The UI strings the client words itself, by key under guide.jdb. */
  ui: Record<string, string>;
  listHeading: Record<ListKind, string>;
  /** The page's language ("en", "fa") and its Intl locale ("en-US", "fa-IR"). */
  lang: string;
  locale: string;
  /** The ten digits of the page, "0123456789" or "۰۱۲۳۴۵۶۷۸۹", formatted by Intl at build time. */
  digits: string;
}

type BuilderEvent =
  /** The reader changed the draft in the form. */
  | 'edit'
  /** A whole other draft was put in place (opened, restored, reset): the form must show it. */
  | 'replace'
  /** Time to bring checks, preview and JSON-LD up to date. */
  | 'render';

export interface Builder {
  readonly root: HTMLElement;
  readonly config: BuilderConfig;
  /** The draft being edited. Form code changes it in place, then calls `edited()`. */
  state: JdState;
  /** A new default draft, dated today. */
  fresh(): JdState;
  $<T extends Element = HTMLElement>(selector: string): T;
  $$<T extends Element = HTMLElement>(selector: string): T[];
  /** A UI string with its {{placeholders}} filled, numbers in the page's digits. */
  say(key: string, values?: Record<string, string | number>): string;
  /** Reads a message out through the status line. */
  announce(message: string): void;
  edited(): void;
  replace(next: JdState): void;
  flush(): void;
  on(event: BuilderEvent, listener: () => void): void;
}

/** How long after the last keystroke the preview of a long draft catches up. */
const RENDER_DELAY_MS = 120;
/** Characters of text from which a draft counts as long. */
const LONG_DRAFT = 4_000;

/** Characters of text in a draft, lines included. */
function draftLength(state: JdState): number {
  let length = 0;
  for (const value of Object.values(state)) {
    if (typeof value === 'string') length += value.length;
    else for (const line of value) length += typeof line === 'string' ? line.length : line.text.length;
  }
  return length;
}

/** Runs `task` when the browser is idle (soon, in any case), as a task of its own. */
export function whenIdle(task: () => void): void {
  if ('requestIdleCallback' in window) window.requestIdleCallback(task, { timeout: 500 });
  else setTimeout(task, 1);
}

export function createBuilder(root: HTMLElement, config: BuilderConfig): Builder {
  const listeners: Record<BuilderEvent, (() => void)[]> = { edit: [], replace: [], render: [] };
  const emit = (event: BuilderEvent) => listeners[event].forEach((listener) => listener());
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  let renderTimer = 0;
  let announceTimer = 0;

  const fresh = () => defaultState(config.catalogue, config.defaults, new Date());
  // Small whole numbers (line numbers, counts of lines) in the page's digits without Intl: its
  // first use costs a phone a tenth of a second, which start-up does not need to pay.
  const number = (n: number) =>
    Number.isInteger(n) && n >= 0 && n < 1000
      ? String(n).replace(/\d/g, (d) => config.digits[Number(d)] ?? d)
      : formatNumber(n, config.locale);
  const say = (key: string, values: Record<string, string | number> = {}) =>
    fill(
      config.ui[key] ?? key,
      Object.fromEntries(Object.entries(values).map(([k, v]) => [k, typeof v === 'number' ? number(v) : v])),
    );

  const builder: Builder = {
    root,
    config,
    state: fresh(),
    fresh,
    $: <T extends Element>(selector: string) => root.querySelector<T>(selector)!,
    $$: <T extends Element>(selector: string) => [...root.querySelectorAll<T>(selector)],
    say,
    announce(message) {
      // Clearing first makes screen readers repeat a message that is the same as the last one.
      window.clearTimeout(announceTimer);
      status.textContent = '';
      announceTimer = window.setTimeout(() => (status.textContent = message), 50);
    },
    edited() {
      emit('edit');
      window.clearTimeout(renderTimer);
      if (draftLength(builder.state) < LONG_DRAFT) builder.flush();
      else renderTimer = window.setTimeout(builder.flush, RENDER_DELAY_MS);
    },
    replace(next) {
      builder.state = next;
      emit('replace');
      builder.flush();
    },
    flush() {
      window.clearTimeout(renderTimer);
      renderTimer = 0;
      emit('render');
    },
    on(event, listener) {
      listeners[event].push(listener);
    },
  };
  return builder;
}
