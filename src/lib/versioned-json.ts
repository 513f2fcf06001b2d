/**
 * The usual stored format of a tool (see tool-storage.ts): a JSON object that carries its version,
 * `{"version":1,...}`. A newer version is reported as such, never misread; older versions are
 * upgraded step by step. Kept apart from the store so a tool with a format of its own does not
 * download this one.
 */
import type { Dropped, StoredFormat } from './tool-storage';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export interface VersionedJsonOptions<T> {
  /** The version this page writes. Raise it when the shape changes; older text then goes through `upgrade`. */
  version: number;
  /** The value as a JSON object (its `version` key is added on top). */
  toData(value: T): Record<string, unknown>;
  /**
   * The value from a parsed object of the current version, with counts of what was left out, or
   * undefined when it is not this tool's data at all. It must check every field: stored text can be
   * stale, hand-edited or hostile.
   */
  fromData(data: Record<string, unknown>): { value: T; dropped?: Dropped } | undefined;
  /** Per older version N, a function that turns its object into version N + 1's. */
  upgrade?: Readonly<Record<number, (data: Record<string, unknown>) => Record<string, unknown>>>;
}

/** A format that stores `{"version": N, ...data}`: newer versions are reported, older ones upgraded. */
export function versionedJson<T>(options: VersionedJsonOptions<T>): StoredFormat<T> {
  const { version, toData, fromData, upgrade = {} } = options;
  return {
    encode(value) {
      // The version goes first, where a person reading the stored text looks, and always wins.
      const data: Record<string, unknown> = { version, ...toData(value) };
      data['version'] = version;
      return JSON.stringify(data);
    },
    decode(text) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        return { status: 'corrupt' };
      }
      if (!isRecord(parsed)) return { status: 'corrupt' };
      const stored = parsed['version'];
      if (typeof stored !== 'number' || !Number.isInteger(stored) || stored < 1) return { status: 'corrupt' };
      if (stored > version) return { status: 'newer' };
      let data = parsed;
      for (let from = stored; from < version; from++) {
        const step = upgrade[from];
        if (!step) return { status: 'corrupt' };
        data = step(data);
      }
      const result = fromData(data);
      return result
        ? { status: 'ok', value: result.value, dropped: result.dropped ?? {} }
        : { status: 'corrupt' };
    },
  };
}
