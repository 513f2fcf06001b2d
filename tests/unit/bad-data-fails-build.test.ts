import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
let copy: string;

/** Runs `astro sync`, which validates every collection, on a copy of the project with one file changed. */
function syncWith(file: string, edit: (text: string) => string) {
  const path = join(copy, file);
  const original = readFileSync(path, 'utf8');
  writeFileSync(path, edit(original));
  try {
    const run = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'sync'], {
      cwd: copy,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_CACHE_DIR: join(copy, '.cache') },
    });
    return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
  } finally {
    writeFileSync(path, original);
  }
}

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'lead-pm-fixture-'));
  cpSync(join(root, 'src'), join(copy, 'src'), { recursive: true });
  for (const file of ['astro.config.mjs', 'package.json', 'tsconfig.json'])
    cpSync(join(root, file), join(copy, file));
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
});

afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('a wrong field fails the build, naming the file and the field', () => {
  it('a text salary in salary-figures.yaml', () => {
    const { status, output } = syncWith('src/data/salary-figures.yaml', (t) =>
      t.replace('annual: 145000', 'annual: lots'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('salary-figures.yaml');
    expect(output).toMatch(/annual/);
  });

  it('hourly pay that does not add up', () => {
    const { status, output } = syncWith('src/data/salary-figures.yaml', (t) =>
      t.replace('hourly: 69.71', 'hourly: 99.99'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('salary-figures.yaml');
    expect(output).toMatch(/hourly/);
  });

  it('a page without its last-reviewed date', () => {
    const { status, output } = syncWith('src/content/docs/career/salary.mdx', (t) =>
      t.replace(/^lastReviewed:.*$/m, ''),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('salary.mdx');
    expect(output).toMatch(/lastReviewed/);
  });

  it('an unchanged project syncs cleanly (so the failures above are caused by the edits)', () => {
    const { status, output } = syncWith('src/data/sources.yaml', (t) => t);
    expect(output).not.toMatch(/InvalidContentEntryDataError/);
    expect(status).toBe(0);
  });
});
