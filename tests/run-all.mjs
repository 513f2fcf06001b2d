#!/usr/bin/env node
// `npm test`: every check, in the order that fails fastest: formatting, types and the unit tests
// (seconds, no build needed), then the two builds side by side (at the root into dist/, under
// /guide/ into dist-guide/, each reused when newer than every input), then the tests over the
// builds and in Chromium, then the originality check when ../shared sits beside the project. It
// ends with one line counting tests passed, failed and skipped; a skipped test fails the run.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
process.chdir(root);
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const bin = (name) => join(root, 'node_modules', '.bin', name);
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
const steps = [];
const counts = { passed: 0, failed: 0, skipped: 0 };

function step(name, command, args, extraEnv = {}) {
  const started = Date.now();
  console.log(`\n▶ ${name}: ${[command, ...args].join(' ')}`);
  const run = spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  const ok = run.status === 0;
  steps.push({ name, ok, seconds: (Date.now() - started) / 1000 });
  return ok;
}

/** Fails the run at once, before anything slow, when something it needs is missing. */
function need(ok, message) {
  if (ok) return;
  steps.push({ name: 'prerequisites', ok: false, seconds: 0 });
  finish(message);
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

/** The stamp a build leaves, and whether it is newer than every input for the same base and site. */
function stampOf(outDir, basePath) {
  const file = join(outDir, '.build-stamp.json');
  const wanted = { base: basePath, site: process.env.SITE_URL ?? '', inputs: newestInput() };
  let fresh = false;
  if (!process.env.FORCE_BUILD && existsSync(file)) {
    const stamp = JSON.parse(readFileSync(file, 'utf8'));
    fresh = stamp.base === wanted.base && stamp.site === wanted.site && stamp.inputs >= wanted.inputs;
  }
  return { file, wanted, fresh };
}

/**
 * Builds each site that is out of date, all at once: a build is mostly one thread, so two side by
 * side on two cores take little longer than one. Each build's output is printed whole when it ends.
 */
async function builds(list) {
  const runs = list.map(([outDir, basePath]) => {
    const stamp = stampOf(outDir, basePath);
    const name = `build ${basePath}`;
    if (stamp.fresh) {
      console.log(`\n▶ ${name}: reusing ${outDir} (newer than every input)`);
      return Promise.resolve(true);
    }
    const started = Date.now();
    const child = spawn(bin('astro'), ['build'], {
      env: { ...env, BASE_PATH: basePath, OUT_DIR: outDir, ASTRO_CACHE_DIR: `node_modules/.astro-${outDir}` },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    return new Promise((done) => {
      child.on('close', (code) => {
        console.log(`\n▶ ${name}: astro build (BASE_PATH=${basePath} OUT_DIR=${outDir})`);
        process.stdout.write(Buffer.concat(output));
        steps.push({ name, ok: code === 0, seconds: (Date.now() - started) / 1000 });
        if (code === 0) writeFileSync(stamp.file, JSON.stringify(stamp.wanted));
        done(code === 0);
      });
    });
  });
  return (await Promise.all(runs)).every(Boolean);
}

/** Adds a Vitest JSON report's counts; a report that is missing or lists no test counts as a failure. */
function addVitestCounts(file) {
  if (!existsSync(file)) {
    counts.failed += 1;
    return;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  counts.passed += report.numPassedTests ?? 0;
  counts.failed += (report.numFailedTests ?? 0) + (report.numTotalTests ? 0 : 1);
  counts.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}

function vitest(name, projects) {
  const report = `test-results/${name}.json`;
  rmSync(report, { force: true });
  const ok = step(name, bin('vitest'), [
    'run',
    ...projects.flatMap((p) => ['--project', p]),
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${report}`,
  ]);
  addVitestCounts(report);
  return ok;
}

function finish(reason) {
  console.log('\nSummary');
  for (const s of steps) console.log(`  ${s.ok ? 'ok  ' : 'FAIL'} ${s.name} (${s.seconds.toFixed(1)} s)`);
  if (reason) console.log(`\n${reason}`);
  const failedSteps = steps.filter((s) => !s.ok).length;
  const otherSteps = steps.filter((s) => !['unit', 'built site and browser'].includes(s.name));
  const passed = counts.passed + otherSteps.filter((s) => s.ok).length;
  const failed = counts.failed + otherSteps.filter((s) => !s.ok).length;
  if (counts.skipped > 0) console.log(`\n${counts.skipped} test(s) were skipped: no test may be skipped.`);
  console.log(`tests: ${passed} passed, ${failed} failed, ${counts.skipped} skipped`);
  process.exit(failedSteps > 0 || counts.failed > 0 || counts.skipped > 0 ? 1 : 0);
}

mkdirSync('test-results', { recursive: true });
need(existsSync(bin('astro')), 'node_modules is missing or incomplete: run "npm install" first.');
need(
  existsSync(CHROME),
  `No Chromium at ${CHROME}: install Debian's package (apt-get install chromium) or set CHROME_PATH.`,
);
const ok =
  step('format', bin('prettier'), ['--check', '.']) &&
  step('types', bin('astro'), ['check']) &&
  vitest('unit', ['unit']) &&
  (await builds([
    ['dist', '/'],
    ['dist-guide', '/guide'],
  ])) &&
  vitest('built site and browser', ['dist', 'browser']);
if (ok) {
  if (existsSync(join(root, '../shared/tools/originality.mjs'))) {
    step('originality', process.execPath, ['../shared/tools/originality.mjs', 'src']);
  } else {
    console.log('\n▶ originality: not run, ../shared is not beside this project');
  }
}
finish(ok ? undefined : 'Stopped at the first failing step.');
