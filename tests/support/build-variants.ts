import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export interface Build {
  name: 'root' | 'guide';
  dir: string;
  base: string;
}

// DIST_ROOT and DIST_GUIDE let a developer test builds made into other folders.
/** The site built at the root: every test over the build and every browser test runs on it. */
export const rootBuild: Build = { name: 'root', dir: resolve(process.env.DIST_ROOT || 'dist'), base: '/' };
/** The site built under /guide/: only the tests of what depends on the base run on it too. */
export const guideBuild: Build = {
  name: 'guide',
  dir: resolve(process.env.DIST_GUIDE || 'dist-guide'),
  base: '/guide/',
};

/**
 * Both builds, for the tests of what the deploy base changes: links and anchors, canonical and
 * og:url, the sitemap, robots.txt, the llms files, JSON-LD URLs and font paths. TEST_VARIANT=root
 * narrows it to one while developing.
 */
export const variants: Build[] = [rootBuild, guideBuild].filter(
  (build) => !process.env.TEST_VARIANT || process.env.TEST_VARIANT === build.name,
);

export function assertBuilt(dir: string) {
  if (!existsSync(resolve(dir, 'index.html'))) {
    throw new Error(`${dir} has no build. Run "npm test" (it builds first) or "npm run build".`);
  }
}

export const SITE_URL = process.env.SITE_URL || 'https://lead-pm-guide.example';
