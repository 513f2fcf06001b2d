import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { setInlineHashes } from '../../src/integrations/csp-inline-hashes';
import { hostHeaders } from '../../src/integrations/host-headers';
import { parseHeadersFile } from '../support/static-server';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = (policy: string, body: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;

describe('setInlineHashes', () => {
  it('adds the hash of an inline script and style the policy does not allow yet', () => {
    const html = page(
      "default-src 'self'; script-src 'self'; style-src 'self'",
      '<script>run()</script><style>p{}</style>',
    );
    const result = setInlineHashes(html);
    expect(result).toContain(`script-src 'self' ${hash('run()')}`);
    expect(result).toContain(`style-src 'self' ${hash('p{}')}`);
  });
  it('drops hashes of scripts and styles the page does not hold', () => {
    const html = page(
      `script-src 'self' 'wasm-unsafe-eval' ${hash('other()')}; style-src 'self' ${hash('q{}')}`,
      '<script>run()</script>',
    );
    const result = setInlineHashes(html);
    expect(result).toContain(`script-src 'self' 'wasm-unsafe-eval' ${hash('run()')};`);
    expect(result).not.toContain(hash('other()'));
    expect(result).toContain(`style-src 'self'"`);
  });
  it('does not repeat a hash already present, and ignores scripts with src or data types', () => {
    const html = page(
      `script-src 'self' ${hash('run()')}`,
      '<script>run()</script><script src="/x.js"></script><script type="application/json">{"a":1}</script><script type="application/ld+json">{}</script>',
    );
    const result = setInlineHashes(html);
    expect(result.match(/sha256-/g)).toHaveLength(1);
  });
  it('leaves a page without a policy alone', () => {
    const html = '<html><body><script>run()</script></body></html>';
    expect(setInlineHashes(html)).toBe(html);
  });
});

describe('hostHeaders', () => {
  it('scopes every rule to the deploy base and forbids framing', () => {
    const rules = parseHeadersFile(hostHeaders('/guide/'));
    const find = (path: string) =>
      Object.fromEntries(rules.filter((r) => r.pattern.test(path)).flatMap((r) => r.headers));
    expect(find('/guide/role/')).toMatchObject({ 'X-Content-Type-Options': 'nosniff' });
    expect(find('/guide/role/')['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    expect(find('/guide/_astro/x.js')['Cache-Control']).toContain('immutable');
    expect(find('/guide/pagefind/pagefind.js')['Cache-Control']).toBe('public, max-age=3600');
    expect(find('/other/')).toEqual({});
  });
});
