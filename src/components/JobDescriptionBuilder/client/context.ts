/**
 * What every part of the builder's client code shares: the page's config, the draft being edited,
 * lookups inside the builder, messages, and three events. Edits call `edited()`, which saves soon
 * and re-renders the checks, preview and JSON-LD a moment later rather than on every keystroke:
 * at 10,000 characters, laying out those three copies of the text each key would make typing lag.
 * `flush()` renders at once (exports call it first, so they always use the latest text).
 */
import { localDigits } from '../../../lib/locale';
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

/** How long after the last keystroke the preview catches up. */
const RENDER_DELAY_MS = 120;

export function createBuilder(root: HTMLElement, config: BuilderConfig): Builder {
  const listeners: Record<BuilderEvent, (() => void)[]> = { edit: [], replace: [], render: [] };
  const emit = (event: BuilderEvent) => listeners[event].forEach((listener) => listener());
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  let renderTimer = 0;
  let announceTimer = 0;

  const fresh = () => defaultState(config.catalogue, config.defaults, new Date());

  const builder: Builder = {
    root,
    config,
    state: fresh(),
    fresh,
    $: <T extends Element>(selector: string) => root.querySelector<T>(selector)!,
    $$: <T extends Element>(selector: string) => [...root.querySelectorAll<T>(selector)],
    say: (key, values = {}) => fill(config.ui[key] ?? key, localDigits(values, config.locale)),
    announce(message) {
      // Clearing first makes screen readers repeat a message that is the same as the last one.
      window.clearTimeout(announceTimer);
      status.textContent = '';
      announceTimer = window.setTimeout(() => (status.textContent = message), 50);
    },
    edited() {
      emit('edit');
      window.clearTimeout(renderTimer);
      renderTimer = window.setTimeout(builder.flush, RENDER_DELAY_MS);
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
