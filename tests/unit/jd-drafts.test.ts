/**
 * The rules for keeping drafts: everything the form allows is stored and read back whole, a draft
 * about to be replaced is kept unless nothing would be lost, and stored text that cannot be read is
 * reported rather than dropped in silence.
 */
import { describe, expect, it } from 'vitest';
import { toolStore } from '../../src/lib/tool-storage';
import { decodeState, encodeState } from '../../src/components/JobDescriptionBuilder/jd-codec';
import { validateState } from '../../src/components/JobDescriptionBuilder/jd-checks';
import {
  draftFormat,
  draftToKeep,
  isUntouched,
  sameDraft,
} from '../../src/components/JobDescriptionBuilder/jd-drafts';
import {
  FIELDS,
  LINE_MAX,
  MAX_ENCODED,
  MAX_LINES,
  TEXT_FIELDS,
} from '../../src/components/JobDescriptionBuilder/jd-fields';
import { LIST_KINDS, type JdState } from '../../src/components/JobDescriptionBuilder/jd-state';
import { catalogue, defaults, sampleState } from '../support/jd-fixtures';
import { memoryStorage } from '../support/memory-storage';

/** Every free-text field and every line at its limit, in characters of `char`. */
function fullDraft(char: string): JdState {
  const state = defaults();
  for (const name of TEXT_FIELDS) {
    const spec = FIELDS[name];
    if (spec.kind === 'line' || spec.kind === 'paragraphs') {
      (state as unknown as Record<string, string>)[name] = char.repeat(spec.max);
    }
  }
  for (const kind of LIST_KINDS) {
    state[kind] = Array.from({ length: MAX_LINES }, () => ({ text: char.repeat(LINE_MAX) }));
  }
  return state;
}

describe('the limits', () => {
  it.each([
    ['ASCII', 'x'],
    ['Persian', 'ش'],
    ['three-byte UTF-8', '中'],
    ['JSON-escaped', '"'],
  ])('let a draft full of %s characters be stored and read back whole', (_name, char) => {
    const state = fullDraft(char);
    // Within every limit: the form lets a reader type all of it (format checks aside).
    const overLimit = validateState(state).filter((p) => p.code === 'tooLong' || p.code === 'tooManyLines');
    expect(overLimit).toEqual([]);
    const encoded = encodeState(state, catalogue);
    expect(encoded.length).toBeLessThanOrEqual(MAX_ENCODED);
    const back = decodeState(encoded, catalogue, defaults());
    expect(back.status).toBe('ok');
    expect(back.state).toEqual(state);
  });

  it('save a draft at every limit in the tool store, and load it again', () => {
    const storage = memoryStorage();
    const format = draftFormat(catalogue, defaults);
    const store = toolStore('jd', format, { storage, events: null, maxLength: MAX_ENCODED });
    const state = fullDraft('ش');
    expect(store.save(state)).toEqual({ saved: true });
    expect(store.load()).toEqual({ status: 'ok', value: state, dropped: { unknown: 0, overLimit: 0 } });
  });

  it('refuse to store a draft with more lines than a list can hold, instead of losing them on reload', () => {
    const storage = memoryStorage();
    const store = toolStore('jd', draftFormat(catalogue, defaults), { storage, events: null });
    const state = defaults();
    state.preferred = Array.from({ length: MAX_LINES + 1 }, (_, i) => ({ text: `line ${i}` }));
    expect(store.save(state)).toEqual({ saved: false, reason: 'unreadable' });
    expect(storage.data.size).toBe(0);
  });
});

describe('draftFormat', () => {
  it('reports a newer version and unreadable text apart', () => {
    const format = draftFormat(catalogue, defaults);
    expect(format.decode('v9.e30')).toEqual({ status: 'newer' });
    expect(format.decode('v1.%%%')).toEqual({ status: 'corrupt' });
    expect(format.decode('hello')).toEqual({ status: 'corrupt' });
  });

  it('counts lines the guide no longer has', () => {
    const format = draftFormat(catalogue, defaults);
    const raw = Buffer.from(JSON.stringify({ preferred: ['jd:gone', ['own line']] })).toString('base64url');
    expect(format.decode(`v1.${raw}`)).toMatchObject({ status: 'ok', dropped: { unknown: 1, overLimit: 0 } });
  });
});

describe('keeping a draft aside', () => {
  const fresh = defaults();

  it('treats a default draft from another day as untouched', () => {
    expect(isUntouched({ ...defaults(), datePosted: '2026-01-05' }, fresh, catalogue)).toBe(true);
    expect(isUntouched({ ...defaults(), company: 'Acme' }, fresh, catalogue)).toBe(false);
  });

  it('keeps the current draft when something else replaces it', () => {
    const mine = sampleState();
    const theirs = { ...defaults(), company: 'Another Co' };
    expect(draftToKeep(mine, theirs, fresh, catalogue)).toBe(mine);
  });

  it('keeps nothing when nothing would be lost', () => {
    expect(draftToKeep(defaults(), sampleState(), fresh, catalogue)).toBeUndefined();
    expect(draftToKeep(sampleState(), sampleState(), fresh, catalogue)).toBeUndefined();
    expect(sameDraft(sampleState(), structuredClone(sampleState()), catalogue)).toBe(true);
  });
});
