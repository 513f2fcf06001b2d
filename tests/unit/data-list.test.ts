import { describe, expect, it } from 'vitest';
import { parseDataList } from '../../src/lib/data-list';

const FILE = 'src/data/trends.yaml';

describe('parseDataList refuses data files that would build silently wrong', () => {
  it('reads a list of entries with ids', () => {
    expect(parseDataList('- id: a\n  title: A\n- id: b\n', FILE)).toEqual([
      { id: 'a', title: 'A' },
      { id: 'b' },
    ]);
  });
  it.each([
    ['an empty file', ''],
    ['a file with only comments', '# nothing here yet\n'],
    ['an empty list', '[]\n'],
  ])('refuses %s, naming the file', (_name, text) => {
    expect(() => parseDataList(text, FILE)).toThrow(`${FILE} has no entries`);
  });
  it('refuses a mapping where a list belongs', () => {
    expect(() => parseDataList('id: a\ntitle: A\n', FILE)).toThrow(/must be a YAML list/);
  });
  it('names the line and column of invalid YAML', () => {
    expect(() => parseDataList('- id: a\n  title: A\n key: x\n', FILE)).toThrow(
      `${FILE}:3:2: invalid YAML: bad indentation of a sequence entry`,
    );
  });
  it('refuses an entry without an id, naming its position', () => {
    expect(() => parseDataList('- id: a\n- title: B\n', FILE)).toThrow(`${FILE} entry 2 has no id`);
  });
  it('refuses a duplicate id instead of letting the second replace the first', () => {
    expect(() => parseDataList('- id: a\n  title: A\n- id: a\n  title: B\n', FILE)).toThrow(
      `${FILE} uses the id "a" twice`,
    );
  });
});
