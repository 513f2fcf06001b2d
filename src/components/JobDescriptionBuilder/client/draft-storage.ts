/**
 * Keeping the reader's draft: saved in this browser a moment after each edit, restored on the next
 * visit, and never replaced without a way back. Whenever a draft arrives from elsewhere (a shared
 * link, another tab, a reset), the one it replaces is kept aside in a second slot and the notice
 * offers to restore it. Every reading and saving problem is said in the notice, never swallowed.
 */
import { toolStore, type Dropped, type SaveFailure } from '../../../lib/tool-storage';
import { decodeState } from '../jd-codec';
import { draftFormat, draftToKeep, isUntouched } from '../jd-drafts';
import { MAX_ENCODED, MAX_LINES } from '../jd-fields';
import type { JdState } from '../jd-state';
import type { Builder } from './context';

/** One saved draft per language, so an English draft never replaces a Persian one. */
export const storageKeyFor = (lang: string) => `lead-pm-guide:jd-builder${lang === 'en' ? '' : `:${lang}`}`;

/** How long after the last edit the draft is saved. */
const SAVE_DELAY_MS = 300;

export interface Drafts {
  /** Shows the saved draft, or the draft of a link that opened the page, in the form. */
  start(linkDraft: string | undefined): void;
  /** Opens the draft a link carries (the text after #jd=), keeping the current one aside. */
  openLink(encoded: string): void;
  /** Saves an edit still waiting to be saved. */
  saveNow(): void;
}

export function bindDrafts(b: Builder): Drafts {
  const { catalogue } = b.config;
  const format = draftFormat(catalogue, b.fresh);
  const key = storageKeyFor(b.config.lang);
  const working = toolStore(key, format, { maxLength: MAX_ENCODED });
  const previous = toolStore(`${key}:previous`, format, { maxLength: MAX_ENCODED });
  const notice = b.$('[data-notice]');
  const noticeText = b.$('[data-notice-text]');
  const restoreButton = b.$<HTMLButtonElement>('[data-restore]');
  const undoButton = b.$<HTMLButtonElement>('[data-undo]');
  let saveTimer = 0;
  let reported: SaveFailure | undefined;

  function showNotice(parts: readonly string[], restore = false) {
    const text = parts.filter(Boolean).join(' ');
    noticeText.textContent = text;
    notice.hidden = text === '';
    restoreButton.hidden = !restore;
  }

  const droppedNotes = (dropped: Dropped) => [
    dropped['unknown'] ? b.say('notice.dropped', { n: dropped['unknown'] }) : '',
    dropped['overLimit'] ? b.say('notice.droppedOverLimit', { n: dropped['overLimit'], max: MAX_LINES }) : '',
  ];

  const failureNote = (reason: SaveFailure) =>
    b.say(`notice.notSaved.${reason === 'unreadable' ? 'tooLong' : reason}`);

  /** Saves the draft now; returns why it could not be saved, if it could not. */
  function saveNow(): SaveFailure | undefined {
    window.clearTimeout(saveTimer);
    saveTimer = 0;
    const result = working.save(b.state);
    if (result.saved) {
      reported = undefined;
      return undefined;
    }
    // Said once per cause, not at every keystroke.
    if (result.reason !== reported) showNotice([failureNote(result.reason)]);
    reported = result.reason;
    return result.reason;
  }

  /** Keeps `b.state` aside if `incoming` would otherwise replace it for good. */
  function keepAside(incoming: JdState): boolean {
    const keep = draftToKeep(b.state, incoming, b.fresh(), catalogue);
    return keep !== undefined && previous.save(keep).saved;
  }

  function adopt(incoming: JdState, notes: readonly string[], fromOtherTab = false) {
    // An edit still in flight is part of the draft kept aside, never lost. From another tab, it is
    // not saved first: that would overwrite what the other tab has just saved.
    if (fromOtherTab) window.clearTimeout(saveTimer);
    else if (saveTimer) saveNow();
    saveTimer = 0;
    const kept = keepAside(incoming);
    b.replace(incoming);
    const failed = fromOtherTab ? undefined : saveNow();
    showNotice([...notes, kept ? b.say('notice.keptPrevious') : '', failed ? failureNote(failed) : ''], kept);
  }

  function restorePrevious(): boolean {
    const stored = previous.load();
    if (stored.status !== 'ok') return false;
    if (saveTimer) saveNow();
    const kept = keepAside(stored.value);
    if (!kept) previous.clear();
    b.replace(stored.value);
    const failed = saveNow();
    showNotice(
      [b.say('notice.restored'), kept ? b.say('notice.keptPrevious') : '', failed ? failureNote(failed) : ''],
      kept,
    );
    return true;
  }

  function openLink(encoded: string): boolean {
    const result = decodeState(encoded, catalogue, b.fresh());
    if (result.status !== 'ok') {
      const untouched = isUntouched(b.state, b.fresh(), catalogue);
      const status = result.status === 'empty' ? 'corrupt' : result.status;
      showNotice([b.say(`notice.${status}`), b.say(untouched ? 'notice.startedDefault' : 'notice.keptOwn')]);
      return false;
    }
    adopt(result.state, [b.say('notice.fromLink'), ...droppedNotes(result.dropped)]);
    return true;
  }

  function start(linkDraft: string | undefined) {
    const stored = working.load();
    const notes: string[] = [];
    if (stored.status === 'ok') {
      b.state = stored.value;
      notes.push(b.say('notice.fromSaved'), ...droppedNotes(stored.dropped));
    } else if (stored.status === 'newer') {
      reported = 'newerKept';
      notes.push(b.say('notice.savedNewer'));
    } else if (stored.status === 'corrupt' || stored.status === 'tooLong') {
      notes.push(b.say('notice.savedCorrupt'));
    }
    showNotice(notes);
    if (linkDraft === undefined || !openLink(linkDraft)) b.replace(b.state);
  }

  b.on('edit', () => {
    undoButton.hidden = true;
    window.clearTimeout(saveTimer);
    saveTimer = window.setTimeout(saveNow, SAVE_DELAY_MS);
  });
  // Leaving the page, or a phone putting it in the background, saves what is pending.
  window.addEventListener('pagehide', () => saveTimer && saveNow());
  document.addEventListener('visibilitychange', () => document.hidden && saveTimer && saveNow());

  working.watchOtherTabs((result) => {
    if (result.status === 'ok')
      adopt(result.value, [b.say('notice.otherTab'), ...droppedNotes(result.dropped)], true);
    else if (result.status === 'newer') showNotice([b.say('notice.savedNewer')]);
    // Cleared elsewhere (a reset): this tab's draft stays on screen and is saved at its next edit.
  });

  restoreButton.addEventListener('click', () => {
    if (restorePrevious()) b.announce(b.say('status.undone'));
    else showNotice([]);
  });

  b.$('[data-reset]').addEventListener('click', () => {
    window.clearTimeout(saveTimer);
    saveTimer = 0;
    const fresh = b.fresh();
    const kept = keepAside(fresh);
    working.clear();
    b.replace(fresh);
    showNotice([]);
    undoButton.hidden = !kept;
    b.announce(b.say('status.reset'));
  });

  undoButton.addEventListener('click', () => {
    undoButton.hidden = true;
    if (!restorePrevious()) return;
    showNotice([]);
    b.$<HTMLButtonElement>('[data-reset]').focus();
    b.announce(b.say('status.undone'));
  });

  return { start, openLink: (encoded) => void openLink(encoded), saveNow: () => void saveNow() };
}
