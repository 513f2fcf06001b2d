import { readFile, writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';

/**
 * Two fixes to the llms-full.txt that starlight-llms-txt writes: it opens with a fixed line
 * calling the site "developer documentation", and it ends with the 404 page (its `exclude` option
 * applies to llms-small.txt only; `demote` puts the 404 page last, where this cuts it off).
 */
export function tidyLlmsFull(text: string, notFoundTitle: string): string {
  const withoutLine = text.replace(/^<SYSTEM>[^\n]*<\/SYSTEM>\s*/, '');
  const notFound = withoutLine.lastIndexOf(`\n# ${notFoundTitle}\n`);
  return `${(notFound >= 0 ? withoutLine.slice(0, notFound) : withoutLine).trimEnd()}\n`;
}

export function llmsFullIntegration(notFoundTitle: string): AstroIntegration {
  return {
    name: 'lead-pm-guide:llms-full',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const file = new URL('llms-full.txt', dir);
        await writeFile(file, tidyLlmsFull(await readFile(file, 'utf8'), notFoundTitle));
      },
    },
  };
}
