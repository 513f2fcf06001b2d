import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, variants } from '../support/build-variants';
import { builtPages } from '../support/html';

/** Script types a browser executes; JSON data blocks are never run, so CSP does not apply to them. */
const EXECUTABLE = new Set(['', 'module', 'text/javascript', 'application/javascript']);

function policyOf(html: string): Map<string, string[]> | undefined {
  const match = html.match(/<meta http-equiv="content-security-policy" content="([^"]*)"/i);
  if (!match) return undefined;
  return new Map(
    match[1]!
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe.each(variants)('Content-Security-Policy of the $name build', ({ dir }) => {
  beforeAll(() => assertBuilt(dir));

  it('every page carries a policy that forbids inline scripts by default', () => {
    for (const page of builtPages(dir)) {
      const policy = policyOf(page.html);
      expect(policy, page.file).toBeDefined();
      expect(policy!.get('script-src'), page.file).not.toContain("'unsafe-inline'");
      expect(policy!.get('script-src'), page.file).not.toContain("'unsafe-eval'");
      expect(policy!.get('object-src'), page.file).toEqual(["'none'"]);
    }
  });

  it('allows every inline script and style of a page by its hash', () => {
    const unallowed: string[] = [];
    for (const page of builtPages(dir)) {
      const policy = policyOf(page.html)!;
      const scriptSources = policy.get('script-src') ?? [];
      const styleSources = policy.get('style-src') ?? [];
      for (const script of page.doc.querySelectorAll('script:not([src])')) {
        const type = (script.getAttribute('type') ?? '').toLowerCase();
        if (!EXECUTABLE.has(type)) continue;
        if (!scriptSources.includes(sha256(script.innerHTML))) {
          unallowed.push(`${page.file}: script ${script.innerHTML.slice(0, 60)}…`);
        }
      }
      for (const style of page.doc.querySelectorAll('style')) {
        if (!styleSources.includes(sha256(style.innerHTML))) {
          unallowed.push(`${page.file}: style ${style.innerHTML.slice(0, 60)}…`);
        }
      }
    }
    expect(unallowed).toEqual([]);
  });

  it('has no inline event handlers or javascript: URLs, which no hash can allow', () => {
    const offenders = builtPages(dir).flatMap((page) =>
      page.doc
        .querySelectorAll('*')
        .flatMap((el) =>
          Object.entries(el.attributes)
            .filter(([name, value]) => /^on/i.test(name) || /^\s*javascript:/i.test(value))
            .map(([name]) => `${page.file}: <${el.tagName.toLowerCase()} ${name}>`),
        ),
    );
    expect(offenders).toEqual([]);
  });
});
