/**
 * Rules for the drafts a reader keeps: how a draft is stored (the link's encoding, so a saved
 * draft and a shared one read alike), and when a draft about to be replaced must be kept aside so
 * that it can be restored. Pure and unit-tested; client/draft-storage.ts applies them.
 */
import type { StoredFormat } from '../../lib/tool-storage';
import { decodeState, encodeState } from './jd-codec';
import type { CatalogueLine, JdState } from './jd-state';

/**
 * The stored form of a draft. Reading reports lines it left out (`unknown`: the guide no longer
 * has them; `overLimit`: past the list limit), so the tool store refuses to save a draft that
 * would lose lines on reload.
 */
export function draftFormat(
  catalogue: readonly CatalogueLine[],
  fresh: () => JdState,
): StoredFormat<JdState> {
  return {
    encode: (draft) => encodeState(draft, catalogue),
    decode(text) {
      const result = decodeState(text, catalogue, fresh());
      if (result.status === 'ok')
        return { status: 'ok', value: result.state, dropped: { ...result.dropped } };
      return { status: result.status === 'newer' ? 'newer' : 'corrupt' };
    },
  };
}

/** The same draft, line for line (whatever object holds it). */
export function sameDraft(a: JdState, b: JdState, catalogue: readonly CatalogueLine[]): boolean {
  return encodeState(a, catalogue) === encodeState(b, catalogue);
}

/** Nothing in it but the defaults: the date it was started aside, nobody has touched it. */
export function isUntouched(draft: JdState, fresh: JdState, catalogue: readonly CatalogueLine[]): boolean {
  return sameDraft({ ...draft, datePosted: fresh.datePosted }, fresh, catalogue);
}

/**
 * The draft to keep aside when `incoming` (a shared link, another tab's save, a reset) replaces
 * `current`: `current` itself, unless replacing it loses nothing, because it is untouched or the
 * same as what comes in.
 */
export function draftToKeep(
  current: JdState,
  incoming: JdState,
  fresh: JdState,
  catalogue: readonly CatalogueLine[],
): JdState | undefined {
  if (isUntouched(current, fresh, catalogue) || sameDraft(current, incoming, catalogue)) return undefined;
  return current;
}
