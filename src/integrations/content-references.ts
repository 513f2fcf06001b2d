import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { findBrokenReferences } from '../lib/content-references';

/**
 * Fails `astro build`, `dev` and `sync` before anything renders when a page names a data entry
 * that does not exist, listing every such id with its page and line.
 */
export function contentReferencesIntegration(): AstroIntegration {
  return {
    name: 'lead-pm-guide:content-references',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const problems = findBrokenReferences(fileURLToPath(config.root));
        if (problems.length > 0) {
          throw new Error(`A page names data that does not exist:\n  ${problems.join('\n  ')}`);
        }
      },
    },
  };
}
