import { describe, expect, it } from 'vitest';
import { toolStore, type LoadResult, type StorageLike, type StoredFormat } from '../../src/lib/tool-storage';
import { versionedJson } from '../../src/lib/versioned-json';
import { memoryStorage } from '../support/memory-storage';

/** A list of words, stored as {"version":2,"words":[...]}; version 1 stored one comma-separated string. */
const words = versionedJson<string[]>({
  version: 2,
  toData: (list) => ({ words: list }),
  fromData(data) {
    const raw = data['words'];
    if (!Array.isArray(raw)) return undefined;
    const kept = raw.filter((w): w is string => typeof w === 'string' && w.length <= 20);
    return { value: kept, dropped: { badWord: raw.length - kept.length } };
  },
  upgrade: { 1: (data) => ({ words: String(data['csv'] ?? '').split(',') }) },
});

const KEY = 'test:words';
const store = (storage: StorageLike | null, maxLength?: number) =>
  toolStore(KEY, words, { storage, events: null, ...(maxLength ? { maxLength } : {}) });

describe('versionedJson', () => {
  it('writes the version first and reads it back', () => {
    const text = words.encode(['a', 'b']);
    expect(text).toBe('{"version":2,"words":["a","b"]}');
    expect(words.decode(text)).toEqual({ status: 'ok', value: ['a', 'b'], dropped: { badWord: 0 } });
  });

  it('upgrades older versions step by step', () => {
    expect(words.decode('{"version":1,"csv":"x,y"}')).toMatchObject({ status: 'ok', value: ['x', 'y'] });
  });

  it.each([
    ['not JSON', '{"version":'],
    ['an array', '[1]'],
    ['no version', '{"words":[]}'],
    ['a string version', '{"version":"2","words":[]}'],
    ['version zero', '{"version":0,"words":[]}'],
    ['data of another shape', '{"version":2,"words":"a,b"}'],
  ])('reports %s as corrupt', (_name, text) => {
    expect(words.decode(text)).toEqual({ status: 'corrupt' });
  });

  it('reports a newer version as newer', () => {
    expect(words.decode('{"version":3,"words":[]}')).toEqual({ status: 'newer' });
  });

  it('counts what it had to leave out', () => {
    expect(words.decode('{"version":2,"words":["ok",5,"far too long for a word here"]}')).toEqual({
      status: 'ok',
      value: ['ok'],
      dropped: { badWord: 2 },
    });
  });
});

describe('toolStore', () => {
  it('saves, loads and clears', () => {
    const storage = memoryStorage();
    const s = store(storage);
    expect(s.load()).toEqual({ status: 'empty' });
    expect(s.save(['lead', 'pm'])).toEqual({ saved: true });
    expect(s.load()).toMatchObject({ status: 'ok', value: ['lead', 'pm'] });
    expect(s.clear()).toBe(true);
    expect(storage.data.has(KEY)).toBe(false);
  });

  it('never stores what would not read back whole, and says why', () => {
    const storage = memoryStorage();
    const s = store(storage, 60);
    expect(s.save(['a word that is too long to keep'])).toEqual({ saved: false, reason: 'unreadable' });
    expect(s.save(Array.from({ length: 20 }, () => 'word'))).toEqual({ saved: false, reason: 'tooLong' });
    expect(storage.data.size).toBe(0);
  });

  it('reports text longer than its limit without parsing it', () => {
    const storage = memoryStorage();
    storage.setItem(KEY, `{"version":2,"words":["${'x'.repeat(100)}"]}`);
    expect(store(storage, 50).load()).toEqual({ status: 'tooLong' });
  });

  it('keeps a newer version’s text unless told to replace it', () => {
    const storage = memoryStorage();
    storage.setItem(KEY, '{"version":3,"words":["from the future"]}');
    const s = store(storage);
    expect(s.load()).toEqual({ status: 'newer' });
    expect(s.save(['mine'])).toEqual({ saved: false, reason: 'newerKept' });
    expect(storage.getItem(KEY)).toContain('future');
    expect(s.save(['mine'], { replaceNewer: true })).toEqual({ saved: true });
    expect(s.save(['mine again'])).toEqual({ saved: true });
  });

  it('survives storage that is missing, blocked or full', () => {
    expect(store(null).load()).toEqual({ status: 'unavailable' });
    expect(store(null).save(['x'])).toEqual({ saved: false, reason: 'unavailable' });
    expect(store(null).clear()).toBe(false);
    const blocked: StorageLike = {
      getItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      removeItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
    };
    expect(store(blocked).load()).toEqual({ status: 'unavailable' });
    expect(store(blocked).save(['x'])).toEqual({ saved: false, reason: 'unavailable' });
    expect(store(blocked).clear()).toBe(false);
    const full = {
      ...memoryStorage(),
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    expect(store(full).save(['x'])).toEqual({ saved: false, reason: 'full' });
  });

  it('never throws on hostile formats of stored text', () => {
    const storage = memoryStorage();
    storage.setItem(KEY, '{"version":2,"words":{"__proto__":{"polluted":1}}}');
    expect(store(storage).load()).toEqual({ status: 'corrupt' });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('watchOtherTabs', () => {
  const storageEvent = (key: string | null, newValue: string | null) =>
    Object.assign(new Event('storage'), { key, newValue });

  function watched() {
    const storage = memoryStorage();
    const events = new EventTarget();
    const s = toolStore(KEY, words, { storage, events: events as unknown as Window });
    const seen: LoadResult<string[]>[] = [];
    const stop = s.watchOtherTabs((r) => seen.push(r));
    return { storage, events, s, seen, stop };
  }

  it('reports what another tab saved or cleared under the key, and nothing else', () => {
    const { events, seen, stop } = watched();
    events.dispatchEvent(storageEvent('other:key', '{"version":2,"words":["x"]}'));
    events.dispatchEvent(storageEvent(KEY, '{"version":2,"words":["from", "there"]}'));
    events.dispatchEvent(storageEvent(KEY, '{"version":9,"words":[]}'));
    events.dispatchEvent(storageEvent(KEY, null));
    expect(seen).toEqual([
      { status: 'ok', value: ['from', 'there'], dropped: { badWord: 0 } },
      { status: 'newer' },
      { status: 'empty' },
    ]);
    stop();
    events.dispatchEvent(storageEvent(KEY, '{"version":2,"words":["late"]}'));
    expect(seen).toHaveLength(3);
  });

  it('treats a cleared storage (key null) as cleared', () => {
    const { events, seen } = watched();
    events.dispatchEvent(storageEvent(KEY, '{"version":2,"words":["a"]}'));
    events.dispatchEvent(storageEvent(null, null));
    expect(seen.at(-1)).toEqual({ status: 'empty' });
  });

  it('rereads the key when the page comes back from the back-forward cache', () => {
    const { storage, events, s, seen } = watched();
    s.save(['mine']);
    events.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: true }));
    expect(seen).toEqual([]);
    storage.setItem(KEY, '{"version":2,"words":["changed","meanwhile"]}');
    events.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: false }));
    expect(seen).toEqual([]);
    events.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: true }));
    expect(seen).toEqual([{ status: 'ok', value: ['changed', 'meanwhile'], dropped: { badWord: 0 } }]);
  });
});

describe('a format of its own', () => {
  it('works with any encode/decode pair, such as a prefixed string', () => {
    const upper: StoredFormat<string> = {
      encode: (v) => `u1:${v.toUpperCase()}`,
      decode: (t) =>
        t.startsWith('u1:') ? { status: 'ok', value: t.slice(3), dropped: {} } : { status: 'corrupt' },
    };
    const storage = memoryStorage();
    const s = toolStore('test:upper', upper, { storage, events: null });
    expect(s.save('abc')).toEqual({ saved: true });
    expect(storage.getItem('test:upper')).toBe('u1:ABC');
    expect(s.load()).toEqual({ status: 'ok', value: 'ABC', dropped: {} });
  });
});
