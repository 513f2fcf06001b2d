import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The two builds every dist and browser test runs against: at the root and under /guide/. */
export const variants = [
  // DIST_ROOT and DIST_GUIDE let a developer test builds made into other folders.
  { name: 'root', dir: resolve(process.env.DIST_ROOT || 'dist'), base: '/' },
  { name: 'guide', dir: resolve(process.env.DIST_GUIDE || 'dist-guide'), base: '/guide/' },
].filter((variant) => {
  const only = process.env.TEST_VARIANT;
  return !only || only === variant.name;
});

export function assertBuilt(dir: string) {
  if (!existsSync(resolve(dir, 'index.html'))) {
    throw new Error(`${dir} has no build. Run "npm test" (it builds first) or "npm run build".`);
  }
}

export const SITE_URL = process.env.SITE_URL || 'https://lead-pm-guide.example';
