import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { findContentProblems } from '../lib/content-check';

/**
 * Fails `astro build`, `dev` and `sync` before anything renders when the content would build
 * wrong, listing every problem with its file, entry, field or line, so an author fixes them all in
 * one pass (the content loaders would stop at the first, and name the page that rendered first).
 */
export function contentCheckIntegration(): AstroIntegration {
  return {
    name: 'lead-pm-guide:content-check',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const problems = findContentProblems(fileURLToPath(config.root));
        if (problems.length > 0) {
          throw new Error(`The content would build wrong:\n  ${problems.join('\n  ')}`);
        }
      },
    },
  };
}
