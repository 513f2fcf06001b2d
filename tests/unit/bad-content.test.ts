/**
 * Content that would build silently wrong fails instead, naming the file, entry and field (or page
 * and line). The checks run on a temporary copy of the project with many things broken at once:
 * first the pure check, then one `astro sync` to show the build itself refuses the copy.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findContentProblems } from '../../src/lib/content-check';

const root = resolve(import.meta.dirname, '../..');
let copy: string;

const edit = (file: string, change: (text: string) => string) => {
  const path = join(copy, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`the test's edit of ${file} changed nothing`);
  writeFileSync(path, after);
};

/** What each breakage must produce, as the problem line (or part of it) that names it. */
const EXPECTED = [
  'src/data/trends.yaml has no entries',
  'src/data/certifications.yaml:',
  'src/data/salary-figures.yaml entry "lead-pm-median" field (entry): Unrecognized key: "scoc"',
  'src/data/duties.yaml entry "prototypes" field fa.example: missing',
  'src/data/roles.yaml entry "product-owner" field fa: missing',
  'src/data/glossary.yaml uses the id "okr" twice',
  'src/data/jd-items.yaml entry "launches" field skill: "speaking" is not an entry of src/data/skills.yaml',
  'src/content/docs/fa/career/salary.mdx:',
  '<Pay id>: "lead-pm-medain" is not an entry of src/data/salary-figures.yaml',
  'src/data/salary-figures.yaml entry "bls-computer-it-2024-median" field copy: "csn-copy-gone" is not an entry of src/data/sources.yaml',
  '<Cite figure>: "lead-pm-p99" is not an entry of src/data/salary-figures.yaml',
];

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'lead-pm-bad-content-'));
  cpSync(join(root, 'src'), join(copy, 'src'), { recursive: true });
  for (const file of ['astro.config.mjs', 'package.json', 'tsconfig.json'])
    cpSync(join(root, file), join(copy, file));
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');

  edit('src/data/trends.yaml', (t) => t.replace(/^- [\s\S]*$/m, ''));
  edit('src/data/certifications.yaml', (t) => t.replace(/\n {2}name: /, '\n  name: [unclosed '));
  edit('src/data/salary-figures.yaml', (t) => t.replace(/(- id: lead-pm-median\n)/, '$1  scoc: 11-3021\n'));
  edit('src/data/salary-figures.yaml', (t) =>
    t.replace('copy: csn-bls-computer-it-copy', 'copy: csn-copy-gone'),
  );
  edit('src/content/docs/career/salary.mdx', (t) =>
    t.replace('<Cite id="climb-lead-pm" />', '<Cite figure="lead-pm-p99" />'),
  );
  edit('src/data/duties.yaml', (t) => {
    const at = t.indexOf('- id: prototypes');
    const fa = t.indexOf('\n    example:', t.indexOf('\n  fa:', at));
    const next = t.indexOf('\n    ', fa + 1);
    return t.slice(0, fa) + t.slice(next);
  });
  edit('src/data/roles.yaml', (t) => {
    const at = t.indexOf('- id: product-owner');
    const fa = t.indexOf('\n  fa:', at);
    const end = t.indexOf('\n- id:', fa);
    return t.slice(0, fa) + (end < 0 ? '\n' : t.slice(end));
  });
  edit(
    'src/data/glossary.yaml',
    (t) => `${t}\n- id: okr\n  term: Duplicate\n  definition: A second OKR entry.\n`,
  );
  edit('src/data/jd-items.yaml', (t) =>
    t.replace(/(- id: launches\n[\s\S]*?\n {2}skill: )[a-z-]+/, '$1speaking'),
  );
  edit('src/content/docs/fa/career/salary.mdx', (t) =>
    t.replace(/<Pay id="[a-z0-9-]+"/, '<Pay id="lead-pm-medain"'),
  );
});

afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('content that would build wrong', () => {
  it('finds nothing wrong in the guide itself', () => {
    expect(findContentProblems(root)).toEqual([]);
  });

  it('lists every problem of the broken copy, each named by file and entry, field or line', () => {
    const problems = findContentProblems(copy).join('\n');
    for (const expected of EXPECTED) expect(problems).toContain(expected);
    expect(problems).toMatch(/src\/data\/certifications\.yaml:\d+:\d+: invalid YAML/);
  });

  it('stops `astro sync` of the broken copy with the same list', () => {
    const run = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'sync'], {
      cwd: copy,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_CACHE_DIR: join(copy, '.cache') },
    });
    const output = `${run.stdout}\n${run.stderr}`;
    expect(run.status).not.toBe(0);
    for (const expected of EXPECTED) expect(output).toContain(expected);
  });
});
