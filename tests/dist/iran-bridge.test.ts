import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, variants } from '../support/build-variants';
import { builtPages, textOf } from '../support/html';

const BRIDGE = 'career/working-from-iran/';

describe.each(variants)('the page for readers in Iran in the $name build', ({ dir, base }) => {
  beforeAll(() => assertBuilt(dir));
  const page = (route: string) => builtPages(dir).find((p) => p.route === route)!;

  it.each(['', 'fa/'])('is linked from the salary, requirements and resume pages (%s)', (prefix) => {
    for (const from of ['career/salary/', 'career/requirements/', 'career/resume/']) {
      const links = page(`${prefix}${from}`).doc.querySelectorAll('main a').map((a) => a.getAttribute('href'));
      expect(links, `${prefix}${from}`).toContain(`${base}${prefix}${BRIDGE}`);
    }
  });

  it.each(['', 'fa/'])('shows the dated Iranian figure from the facts data and lists its sources (%s)', (prefix) => {
    const doc = page(`${prefix}${BRIDGE}`).doc;
    const text = textOf(doc.querySelector('main'));
    expect(text).toMatch(prefix ? /۱۴۰۴/ : /21 March 2025/);
    // No 1405 minimum wage: none was verified.
    expect(text).not.toMatch(/1405[^.]*(rial|toman)|۱۴۰۵[^.]*(ریال|تومان)/);
    const sources = doc.querySelectorAll('.source-list li, #sources ~ ol li');
    expect(sources.length).toBeGreaterThanOrEqual(5);
  });
});
