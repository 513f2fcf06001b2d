import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { assertBuilt, variants } from './build-variants';
import { CHROME_PATH } from './chrome';

/**
 * Runs once before the tests over the build and the browser tests: a missing build or a missing
 * Chromium stops the run at once with what to do, instead of failing (or skipping) test by test.
 */
export default function setup(project: TestProject) {
  for (const build of variants) assertBuilt(build.dir);
  if (project.name === 'browser' && !existsSync(CHROME_PATH)) {
    throw new Error(
      `No Chromium at ${CHROME_PATH}. Install Debian's package (apt-get install chromium) or set CHROME_PATH.`,
    );
  }
}
