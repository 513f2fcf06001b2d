import { load, YAMLException } from 'js-yaml';

/** An entry of a data file, as YAML gives it, before its schema checks it. */
export type RawEntry = { id: string } & Record<string, unknown>;

/**
 * Reads a data file (a YAML list of entries with ids) and refuses what would otherwise build
 * silently wrong: invalid YAML (named by line and column), an empty file, an entry without an id,
 * and an id used twice. Astro's own file() loader only logs these and builds on.
 */
export function parseDataList(text: string, fileName: string): RawEntry[] {
  let parsed: unknown;
  try {
    parsed = load(text, { filename: fileName });
  } catch (error) {
    if (error instanceof YAMLException) {
      const { line, column } = error.mark ?? { line: -1, column: -1 };
      throw new Error(`${fileName}:${line + 1}:${column + 1}: invalid YAML: ${error.reason}`);
    }
    throw error;
  }
  if (parsed === undefined || parsed === null || (Array.isArray(parsed) && parsed.length === 0)) {
    throw new Error(`${fileName} has no entries: a data file must list at least one.`);
  }
  if (!Array.isArray(parsed)) throw new Error(`${fileName} must be a YAML list of entries ("- id: ...").`);
  const seen = new Set<string>();
  return parsed.map((entry, index) => {
    const id = typeof entry === 'object' && entry !== null ? (entry as { id?: unknown }).id : undefined;
    if (typeof id !== 'string' || id === '') {
      throw new Error(`${fileName} entry ${index + 1} has no id: every entry starts with "- id: <slug>".`);
    }
    if (seen.has(id)) throw new Error(`${fileName} uses the id "${id}" twice: ids must be unique.`);
    seen.add(id);
    return entry as RawEntry;
  });
}
