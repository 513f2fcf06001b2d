#!/usr/bin/env node
// `npm test`: every check, in the order that fails fastest. Builds the site at the root and under
// /guide/ (reusing a build that is newer than every input), then runs unit, built-output and
// browser tests, then the originality check when ../shared is present.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
process.chdir(root);
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const bin = (name) => join(root, 'node_modules', '.bin', name);
const results = [];

function step(name, command, args, extraEnv = {}) {
  const started = Date.now();
  console.log(`\n▶ ${name}: ${[command, ...args].join(' ')}`);
  const run = spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  const ok = run.status === 0;
  results.push({ name, ok, seconds: (Date.now() - started) / 1000 });
  if (!ok) finish(`${name} failed`);
}

function newestInput() {
  let newest = 0;
  const visit = (path) => {
    const info = statSync(path);
    if (info.isDirectory()) for (const entry of readdirSync(path)) visit(join(path, entry));
    else newest = Math.max(newest, info.mtimeMs);
  };
  for (const path of ['src', 'public', 'astro.config.mjs', 'package.json', 'package-lock.json']) {
    if (existsSync(path)) visit(path);
  }
  return newest;
}

function build(outDir, basePath) {
  const stampFile = join(outDir, '.build-stamp.json');
  const wanted = { base: basePath, site: process.env.SITE_URL ?? '', inputs: newestInput() };
  if (!process.env.FORCE_BUILD && existsSync(stampFile)) {
    const stamp = JSON.parse(readFileSync(stampFile, 'utf8'));
    if (stamp.base === wanted.base && stamp.site === wanted.site && stamp.inputs >= wanted.inputs) {
      console.log(`\n▶ build ${basePath}: reusing ${outDir} (newer than every input)`);
      return;
    }
  }
  step(`build ${basePath}`, bin('astro'), ['build'], {
    BASE_PATH: basePath,
    OUT_DIR: outDir,
    ASTRO_CACHE_DIR: `node_modules/.astro-${outDir}`,
  });
  writeFileSync(stampFile, JSON.stringify(wanted));
}

function vitestCounts(file) {
  if (!existsSync(file)) return { passed: 0, failed: 0 };
  const report = JSON.parse(readFileSync(file, 'utf8'));
  return {
    passed: report.numPassedTests ?? 0,
    failed: (report.numFailedTests ?? 0) + (report.numTotalTestSuites ? 0 : 1),
  };
}

function finish(reason) {
  const counts = vitestCounts('test-results/vitest.json');
  console.log('\nSummary');
  for (const r of results) console.log(`  ${r.ok ? 'ok  ' : 'FAIL'} ${r.name} (${r.seconds.toFixed(1)} s)`);
  const failedSteps = results.filter((r) => !r.ok).length;
  if (reason) console.log(`\n${reason}`);
  console.log(
    `tests: ${counts.passed + results.length - failedSteps} passed, ${counts.failed + failedSteps} failed`,
  );
  process.exit(failedSteps > 0 ? 1 : 0);
}

mkdirSync('test-results', { recursive: true });
step('format', bin('prettier'), ['--check', '.']);
step('types', bin('astro'), ['check']);
build('dist', '/');
build('dist-guide', '/guide');
step('vitest', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile=test-results/vitest.json',
]);
if (existsSync(join(root, '../shared/tools/originality.mjs'))) {
  step('originality', process.execPath, ['../shared/tools/originality.mjs', 'src']);
} else {
  console.log('\n▶ originality: skipped, ../shared is not beside this project');
}
finish();
