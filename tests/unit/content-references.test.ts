import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findBrokenReferences } from '../../src/lib/content-references';

const fixture = mkdtempSync(join(tmpdir(), 'lead-pm-refs-'));
afterAll(() => rmSync(fixture, { recursive: true, force: true }));
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(fixture, path)), { recursive: true });
  writeFileSync(join(fixture, path), text);
};

write('src/data/sources.yaml', '- id: bls\n');
write('src/data/salary-figures.yaml', '- id: median\n- id: p90\n');
write('src/data/glossary.yaml', '- id: okr\n');
write(
  'src/content/docs/fa/career/salary.mdx',
  [
    '---',
    'title: Pay',
    'sources: [bls, blss]',
    '---',
    '',
    'The median is <Pay id="median" />, the top <Pay id="p09" hourly />.',
    '',
    '<SalaryChart',
    "  ids={['median', 'p90', 'p99']}",
    "  highlight={['median']}",
    '/>',
    '',
    'An <Term id="okr">OKR</Term> and <Unknown id="anything" />.',
  ].join('\n'),
);

describe('findBrokenReferences', () => {
  const problems = findBrokenReferences(fixture);
  it('names the page and line of each id that no data entry has', () => {
    expect(problems).toEqual([
      'src/content/docs/fa/career/salary.mdx: frontmatter sources: "blss" is not an entry of src/data/sources.yaml',
      'src/content/docs/fa/career/salary.mdx:6: <Pay id>: "p09" is not an entry of src/data/salary-figures.yaml',
      'src/content/docs/fa/career/salary.mdx:8: <SalaryChart ids>: "p99" is not an entry of src/data/salary-figures.yaml',
    ]);
  });
  it('finds nothing wrong in the guide itself', () => {
    expect(findBrokenReferences(resolve(import.meta.dirname, '../..'))).toEqual([]);
  });
});
