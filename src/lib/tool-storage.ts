/**
 * Saving a tool's work in the browser (localStorage), with the rules every tool that stores work
 * follows:
 *
 * - **Never store what cannot be read back.** `save` reads its own text back before writing it and
 *   refuses (saying why) when the text is too long or would not read back whole.
 * - **Say what was dropped.** `load` returns how many items it had to leave out, by reason, so the
 *   page can tell the reader; it never fails silently.
 * - **Survive blocked storage.** Private modes, full quotas and storage blocked by settings all
 *   come back as results, never as exceptions.
 * - **Keep newer work.** Text written by a newer version of the page is not overwritten unless the
 *   caller asks for it.
 * - **Other tabs.** `watchOtherTabs` reports when another tab of the same site saves or clears
 *   the key (the `storage` event), and when this page comes back from the back-forward cache, so a
 *   tool can show that work instead of saving over it.
 *
 * A tool describes its stored text with a `StoredFormat`; `versionedJson` (versioned-json.ts)
 * builds one for the usual case of a JSON object with a version number. Pure apart from the
 * storage and window it is given.
 */

/** The part of Storage the helpers use, so tests can pass a Map-backed stand-in. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Counts of what reading had to leave out, under the format's own reason names: `{ unknownLine: 2 }`. */
export type Dropped = Readonly<Record<string, number>>;

/** What a format makes of a stored text. Reading never throws. */
export type Decoded<T> = { status: 'ok'; value: T; dropped: Dropped } | { status: 'corrupt' | 'newer' };

/** How one tool's value becomes stored text and back. */
export interface StoredFormat<T> {
  encode(value: T): string;
  decode(text: string): Decoded<T>;
}

export type LoadResult<T> =
  | { status: 'ok'; value: T; dropped: Dropped }
  /** Nothing stored under the key. */
  | { status: 'empty' }
  /** No storage: blocked by the browser or its settings. */
  | { status: 'unavailable' }
  /** Stored text that could not be read, that a newer version of the page wrote, or that is too long. */
  | { status: 'corrupt' | 'newer' | 'tooLong' };

/** The UI string that says why nothing was loaded: the same key in every tool's strings. */
export const LOAD_PROBLEM_KEY: Record<Exclude<LoadResult<unknown>['status'], 'ok' | 'empty'>, string> = {
  corrupt: 'corrupt',
  newer: 'newer',
  tooLong: 'storedTooLong',
  unavailable: 'notSaved',
};

export type SaveFailure =
  /** No storage, or the browser refused to write. */
  | 'unavailable'
  /** The quota is used up. */
  | 'full'
  /** The text is longer than the store's maxLength. */
  | 'tooLong'
  /** The text would not read back whole (the format would drop something or reject it). */
  | 'unreadable'
  /** The key holds work from a newer version of the page; pass `replaceNewer` to overwrite it. */
  | 'newerKept';

export type SaveResult = { saved: true } | { saved: false; reason: SaveFailure };

export interface ToolStore<T> {
  readonly key: string;
  load(): LoadResult<T>;
  save(value: T, options?: { replaceNewer?: boolean }): SaveResult;
  /** Removes the key; false when storage is unavailable. */
  clear(): boolean;
  /**
   * Calls `listener` with what another tab now stores under the key (`empty` once cleared), and
   * when this page returns from the back-forward cache to find the key changed. Returns a function
   * that stops listening.
   */
  watchOtherTabs(listener: (result: LoadResult<T>) => void): () => void;
}

/** Where `storage` events and page-show events come from (the window, or a stand-in in tests). */
export type EventSource = Pick<Window, 'addEventListener' | 'removeEventListener'>;

export interface ToolStoreOptions {
  /** Longer stored text is neither read nor written. Default 500,000 characters. */
  maxLength?: number;
  /** Default: the browser's localStorage, or none where it is blocked. */
  storage?: StorageLike | null;
  /** Default: the window. */
  events?: EventSource | null;
}

/** `window.localStorage`, or null where the browser blocks it (even reading the property can throw). */
export function browserStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

const quotaExceeded = (error: unknown) =>
  error instanceof DOMException &&
  (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED');

/** A store for one key. Create it once per page; `storage` and `events` default to the browser's. */
export function toolStore<T>(
  key: string,
  format: StoredFormat<T>,
  options: ToolStoreOptions = {},
): ToolStore<T> {
  const maxLength = options.maxLength ?? 500_000;
  const storage = options.storage === undefined ? browserStorage() : options.storage;
  const events =
    options.events === undefined ? (typeof window === 'undefined' ? null : window) : options.events;
  /** The text this page last read or wrote, to tell another tab's change from our own. */
  let lastText: string | null = null;
  /** Set once a newer version's text was seen under the key. */
  let newerStored = false;

  function read(text: string | null): LoadResult<T> {
    if (text === null) return { status: 'empty' };
    if (text.length > maxLength) return { status: 'tooLong' };
    const decoded = format.decode(text);
    if (decoded.status === 'newer') newerStored = true;
    return decoded;
  }

  function load(): LoadResult<T> {
    if (!storage) return { status: 'unavailable' };
    let text: string | null;
    try {
      text = storage.getItem(key);
    } catch {
      return { status: 'unavailable' };
    }
    lastText = text;
    return read(text);
  }

  function save(value: T, { replaceNewer = false } = {}): SaveResult {
    if (!storage) return { saved: false, reason: 'unavailable' };
    if (newerStored && !replaceNewer) return { saved: false, reason: 'newerKept' };
    const text = format.encode(value);
    if (text.length > maxLength) return { saved: false, reason: 'tooLong' };
    const check = format.decode(text);
    if (check.status !== 'ok' || Object.values(check.dropped).some((n) => n > 0)) {
      return { saved: false, reason: 'unreadable' };
    }
    try {
      storage.setItem(key, text);
    } catch (error) {
      return { saved: false, reason: quotaExceeded(error) ? 'full' : 'unavailable' };
    }
    lastText = text;
    newerStored = false;
    return { saved: true };
  }

  function clear(): boolean {
    if (!storage) return false;
    try {
      storage.removeItem(key);
    } catch {
      return false;
    }
    lastText = null;
    newerStored = false;
    return true;
  }

  function watchOtherTabs(listener: (result: LoadResult<T>) => void): () => void {
    if (!events) return () => undefined;
    const onStorage = (event: Event) => {
      const { key: changed, newValue } = event as StorageEvent;
      // A null key means another tab cleared all of this site's storage.
      if (changed !== null && changed !== key) return;
      if (newValue === lastText) return;
      lastText = newValue;
      listener(read(newValue));
    };
    const onPageShow = (event: Event) => {
      if (!(event as PageTransitionEvent).persisted) return;
      const before = lastText;
      const result = load();
      if (lastText !== before) listener(result);
    };
    events.addEventListener('storage', onStorage);
    events.addEventListener('pageshow', onPageShow);
    return () => {
      events.removeEventListener('storage', onStorage);
      events.removeEventListener('pageshow', onPageShow);
    };
  }

  return { key, load, save, clear, watchOtherTabs };
}
