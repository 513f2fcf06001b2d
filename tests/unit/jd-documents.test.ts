import { describe, expect, it } from 'vitest';
import { parse, type HTMLElement } from 'node-html-parser';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { buildDocument } from '../../src/components/JobDescriptionBuilder/jd-documents';
import {
  toHtmlFragment,
  toHtmlPage,
  toMarkdown,
  toPlainText,
} from '../../src/components/JobDescriptionBuilder/jd-formats';
import {
  buildJobPosting,
  jsonLdScript,
  missingRecommendedFields,
  missingRequiredFields,
  REQUIRED_JOBPOSTING_FIELDS,
  serialiseJsonLd,
} from '../../src/components/JobDescriptionBuilder/jd-jsonld';
import type { JdState } from '../../src/components/JobDescriptionBuilder/jd-state';
import { exportText } from '../../src/lib/clean-text';
import { escapeHtml, escapeMarkdown } from '../../src/lib/escape';
import { defaults, HOSTILE, labels, sampleState, withTextEverywhere } from '../support/jd-fixtures';

const doc = (state: JdState) => buildDocument(state, labels);
const posting = (state: JdState) => buildJobPosting(state, labels);
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Markdown rendered the way a careless CMS would: raw HTML allowed through. */
const renderMarkdown = (md: string) =>
  micromark(md, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });

/** Everything in a piece of HTML that could run script or load something. */
function activeContent(root: HTMLElement): string[] {
  const found: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    const tag = el.tagName.toLowerCase();
    if (
      ['script', 'iframe', 'object', 'embed', 'img', 'style', 'link', 'meta', 'base', 'form'].includes(tag)
    ) {
      // The downloaded page has its own meta and style elements; callers filter those.
      found.push(tag);
    }
    for (const [name, value] of Object.entries(el.attributes)) {
      if (/^on/i.test(name)) found.push(`${tag}[${name}]`);
      if (/^(href|src|action)$/i.test(name) && !/^https?:\/\//i.test(value))
        found.push(`${tag}[${name}=${value}]`);
    }
  }
  return found;
}

describe('the document model', () => {
  it('puts the experience line first among the requirements and keeps the line order', () => {
    const state = sampleState();
    const d = doc(state);
    const required = d.sections.find((s) => s.heading === labels.required)!;
    expect(required.items[0]).toBe('5 years of experience in product management or a related role.');
    const duties = d.sections.find((s) => s.heading === labels.responsibilities)!;
    expect(duties.items).toEqual(state.responsibility.map((l) => l.text));
    expect(d.sections.map((s) => s.heading)).toEqual([
      'About Acme Analytics',
      labels.role,
      labels.responsibilities,
      labels.required,
      labels.preferred,
      labels.eeo,
    ]);
  });

  it('states place, pay and closing date in the facts', () => {
    const facts = Object.fromEntries(doc(sampleState()).facts.map((f) => [f.label, f.value]));
    expect(facts).toMatchObject({
      Company: 'Acme Analytics',
      Location: 'Berlin, Berlin, Germany',
      Workplace: 'Hybrid',
      'Employment type': 'Full time',
      Salary: '€90,000 to €115,000 a year',
      'Applications close': 'January 22, 2027',
    });
  });

  it.each([
    [{ salaryMin: '50', salaryMax: '', period: 'HOUR', currency: 'USD' }, 'From $50.00 an hour'],
    [{ salaryMin: '', salaryMax: '9000', period: 'MONTH', currency: 'GBP' }, 'Up to £9,000 a month'],
    [{ salaryMin: '120000', salaryMax: '120000', period: 'YEAR', currency: 'JPY' }, '¥120,000 a year'],
    [{ salaryMin: '200', salaryMax: '100' }, undefined],
    [{ salaryMin: '-1' }, undefined],
  ] as [Partial<JdState>, string | undefined][])('words the salary %o as %s', (change, expected) => {
    const salary = doc({ ...defaults(), ...change }).facts.find((f) => f.label === 'Salary');
    expect(salary?.value).toBe(expected);
  });

  it('names the remote countries, and leaves empty sections out', () => {
    const d = doc({
      ...defaults(),
      workplace: 'remote',
      remoteCountries: 'us, CA, xx',
      about: '',
      preferred: [],
    });
    expect(d.facts.find((f) => f.label === 'Location')?.value).toBe('Remote: United States, Canada');
    expect(d.sections.map((s) => s.heading)).not.toContain(labels.preferred);
    expect(d.sections.map((s) => s.heading)).not.toContain(labels.aboutUs);
  });
});

describe('Markdown, text and HTML', () => {
  it('render the same draft in each format', () => {
    const d = doc(sampleState());
    const md = toMarkdown(d);
    expect(md).toMatch(/^# Lead Product Manager\n\n- \*\*Company:\*\* Acme Analytics\n/);
    expect(md).toContain(
      '## About Acme Analytics\n\nWe make analytics tools for small shops.\n\nOur team of 40',
    );
    expect(md).toContain('<https://acme.example/careers>');
    expect(md).toContain('- Own the payments roadmap for the next two years.');

    const text = toPlainText(d);
    expect(text).toMatch(/^Lead Product Manager\n\nCompany: Acme Analytics\n/);
    expect(text).toContain('WHAT YOU WILL DO\n\n- ');
    expect(text).not.toMatch(/[<>*#]/);

    const html = parse(toHtmlFragment(d));
    expect(html.querySelector('h1')?.textContent).toBe('Lead Product Manager');
    expect(html.querySelectorAll('h2').map((h) => h.textContent)).toContain('About Acme Analytics');
    expect(html.querySelector('a')?.getAttribute('href')).toBe('https://acme.example/careers');

    // Markdown rendered to HTML says what the HTML export says.
    const fromMd = parse(renderMarkdown(md));
    const bare = (s: string) => s.replace(/\s+/g, '');
    expect(bare(fromMd.textContent)).toBe(bare(html.textContent));
    expect(fromMd.querySelectorAll('li').map((li) => li.textContent)).toEqual(
      html.querySelectorAll('li').map((li) => li.textContent),
    );
  });

  it('writes a complete HTML page for download', () => {
    const page = toHtmlPage(doc(sampleState()));
    expect(page).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(page).toContain('<meta charset="utf-8">');
    expect(page).toContain('<title>Lead Product Manager</title>');
  });

  it('escapes HTML and Markdown helpers on their own', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
    expect(escapeMarkdown('1. *a* <b> R&D &amp;')).toBe('1\\. \\*a\\* \\<b\\> R&D \\&amp;');
  });

  describe.each(Object.entries(HOSTILE))('with hostile input "%s" in every field', (_name, value) => {
    const state = withTextEverywhere(sampleState(), value);
    const d = doc(state);
    // What every format carries: the text as typed, minus controls and bidirectional overrides.
    const oneLine = collapse(exportText(value));

    it('HTML shows the text and nothing runs', () => {
      const root = parse(toHtmlFragment(d));
      expect(activeContent(root)).toEqual([]);
      expect(collapse(root.querySelector('h1')!.textContent)).toBe(oneLine);
      const items = root.querySelectorAll('li[dir="auto"]').map((li) => collapse(li.textContent));
      expect(items).toContain(oneLine);
      const page = parse(toHtmlPage(d));
      expect(activeContent(page).filter((x) => x !== 'meta' && x !== 'style')).toEqual([]);
      expect(page.querySelectorAll('script')).toHaveLength(0);
      expect(collapse(page.querySelector('title')!.textContent)).toBe(oneLine);
    });

    it('Markdown renders to the same text, with no markup from the input', () => {
      const md = toMarkdown(d);
      const root = parse(renderMarkdown(md));
      expect(activeContent(root)).toEqual([]);
      expect(root.querySelectorAll('em, strong:not(li > strong), code, del, table, blockquote, h3')).toEqual(
        [],
      );
      expect(collapse(root.querySelector('h1')!.textContent)).toBe(oneLine);
      // The reader's line is one list item, whatever markers it holds.
      const items = root.querySelectorAll('li').map((li) => collapse(li.textContent));
      expect(items.filter((i) => i === oneLine).length).toBe(3);
    });

    it('plain text carries the text as typed', () => {
      expect(toPlainText(d)).toContain(oneLine);
    });

    it('JSON-LD cannot close its script tag and parses back to the same object', () => {
      const p = posting(state);
      const block = jsonLdScript(p);
      expect(block.match(/<\/script/gi)).toHaveLength(1);
      expect(block.match(/<script/gi)).toHaveLength(1);
      expect(block).not.toMatch(/<!--|\u2028|\u2029/);
      const body = block.slice(block.indexOf('>') + 1, block.lastIndexOf('</script>'));
      expect(body).not.toMatch(/[<>&]/);
      expect(JSON.parse(body)).toEqual(p);
      expect(p['title']).toBe(oneLine);
      const description = parse(p['description'] as string);
      expect(activeContent(description)).toEqual([]);
      const org = p['hiringOrganization'] as Record<string, unknown>;
      expect(org['name']).toBe(oneLine);
      expect(org['sameAs'] === undefined || /^https:\/\//.test(org['sameAs'] as string)).toBe(true);
    });
  });
});

describe('what reaches an export', () => {
  it('keeps web addresses and line breaks in Markdown as GitHub renders it', () => {
    const state = {
      ...sampleState(),
      about: 'Apply at https://acme.example/careers?utm_source=guide\nor www.acme.example/jobs_list\nThanks.',
    };
    const html = renderMarkdown(toMarkdown(doc(state)));
    expect(html).toContain(
      '<a href="https://acme.example/careers?utm_source=guide">https://acme.example/careers?utm_source=guide</a><br />',
    );
    expect(html).toContain(
      '<a href="https://www.acme.example/jobs_list">www.acme.example/jobs_list</a><br />',
    );
    expect(html).not.toContain('%5C');
    // The same address reads whole in plain text and HTML too.
    expect(toPlainText(doc(state))).toContain('https://acme.example/careers?utm_source=guide\nor www.');
    expect(toHtmlFragment(doc(state))).toContain('https://acme.example/careers?utm_source=guide<br>or www.');
  });

  it('strips NUL and other control characters, and bidirectional overrides, from every format', () => {
    const nasty = 'Acme\u0000 \u202Egnp.exe\u202C \u2066Co\u2069\u0007';
    const state = { ...sampleState(), company: nasty, about: nasty, responsibility: [{ text: nasty }] };
    const d = doc(state);
    const p = posting(state);
    for (const text of [toMarkdown(d), toPlainText(d), toHtmlPage(d), JSON.stringify(p), jsonLdScript(p)]) {
      expect(text).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u202A-\u202E\u2066-\u2069]/);
    }
    expect(d.facts[0]!.value).toBe('Acme gnp.exe Co');
    // Direction marks, which Persian needs around numbers and codes, are kept.
    expect(doc({ ...sampleState(), company: 'x\u200Fy\u200Ez' }).facts[0]!.value).toBe('x\u200Fy\u200Ez');
  });

  it('refuses a salary of minus zero instead of showing "-€0"', () => {
    const state = { ...sampleState(), salaryMin: '-0', salaryMax: '' };
    expect(
      doc(state)
        .facts.map((f) => f.value)
        .join(' '),
    ).not.toMatch(/-\s?€|€\s?-/);
    expect(posting(state)['baseSalary']).toBeUndefined();
  });
});

describe('JobPosting JSON-LD', () => {
  it('carries every field Google requires and the recommended ones for a full draft', () => {
    const p = posting(sampleState());
    expect(missingRequiredFields(p)).toEqual([]);
    expect(missingRecommendedFields(p)).toEqual([]);
    expect(p).toMatchObject({
      '@context': 'https://schema.org/',
      '@type': 'JobPosting',
      title: 'Lead Product Manager',
      datePosted: '2026-11-23',
      validThrough: '2027-01-22',
      employmentType: 'FULL_TIME',
      hiringOrganization: {
        '@type': 'Organization',
        name: 'Acme Analytics',
        sameAs: 'https://acme.example/careers',
      },
      jobLocation: {
        '@type': 'Place',
        address: {
          '@type': 'PostalAddress',
          addressLocality: 'Berlin',
          addressRegion: 'Berlin',
          addressCountry: 'DE',
        },
      },
      baseSalary: {
        '@type': 'MonetaryAmount',
        currency: 'EUR',
        value: { '@type': 'QuantitativeValue', minValue: 90000, maxValue: 115000, unitText: 'YEAR' },
      },
    });
    expect(p['jobLocationType']).toBeUndefined();
    const description = parse(p['description'] as string);
    expect(description.querySelectorAll('h2').length).toBeGreaterThan(3);
    expect(description.querySelector('h1')).toBeNull();
  });

  it('describes a remote job with TELECOMMUTE and Country objects instead of an address', () => {
    const p = posting({ ...sampleState(), workplace: 'remote', remoteCountries: 'US, CA' });
    expect(p['jobLocation']).toBeUndefined();
    expect(p['jobLocationType']).toBe('TELECOMMUTE');
    expect(p['applicantLocationRequirements']).toEqual([
      { '@type': 'Country', name: 'United States' },
      { '@type': 'Country', name: 'Canada' },
    ]);
    expect(missingRequiredFields(p)).toEqual([]);
  });

  it('names what is missing from the default draft, and each required field alone', () => {
    expect(missingRequiredFields(posting(defaults()))).toEqual(['hiringOrganization', 'jobLocation']);
    expect(missingRequiredFields(posting({ ...sampleState(), workplace: 'remote' }))).toEqual([
      'jobLocation',
    ]);
    const full = posting(sampleState());
    for (const field of REQUIRED_JOBPOSTING_FIELDS) {
      const { [field]: _gone, ...rest } = full;
      expect(missingRequiredFields(rest)).toEqual([field]);
    }
    expect(missingRequiredFields({ ...full, title: '  ' })).toEqual(['title']);
    expect(missingRequiredFields({ ...full, hiringOrganization: { name: '' } })).toEqual([
      'hiringOrganization',
    ]);
    expect(missingRequiredFields({ ...full, datePosted: 'yesterday' })).toEqual(['datePosted']);
  });

  it('needs some content for a description', () => {
    const empty = posting({
      ...sampleState(),
      about: '',
      website: '',
      productArea: '',
      experience: '',
      eeo: '',
      responsibility: [],
      required: [],
      preferred: [],
    });
    expect(missingRequiredFields(empty)).toEqual(['description']);
  });

  it.each([
    [{ salaryMin: '', salaryMax: '' }, undefined],
    [{ salaryMin: '200', salaryMax: '100' }, undefined],
    [
      { salaryMin: '45', salaryMax: '45', period: 'HOUR', currency: 'USD' },
      { value: 45, unitText: 'HOUR' },
    ],
    [
      { salaryMin: '', salaryMax: '8000', period: 'MONTH' },
      { maxValue: 8000, unitText: 'MONTH' },
    ],
  ] as [Partial<JdState>, Record<string, unknown> | undefined][])(
    'writes baseSalary for %o',
    (change, value) => {
      const p = posting({ ...sampleState(), ...change });
      if (value === undefined) {
        expect(p['baseSalary']).toBeUndefined();
        expect(missingRecommendedFields(p)).toEqual(['baseSalary']);
      } else {
        expect((p['baseSalary'] as Record<string, unknown>)['value']).toEqual({
          '@type': 'QuantitativeValue',
          ...value,
        });
      }
    },
  );

  it('uses an explicit closing date when the reader gives one', () => {
    expect(posting({ ...sampleState(), validThrough: '2026-12-31' })['validThrough']).toBe('2026-12-31');
  });

  it('escapes <, >, & and U+2028/2029 as \\u sequences', () => {
    const text = serialiseJsonLd({ a: '</script>&\u2028\u2029' });
    expect(text).toBe('{\n  "a": "\\u003c/script\\u003e\\u0026\\u2028\\u2029"\n}');
    expect(JSON.parse(text)).toEqual({ a: '</script>&\u2028\u2029' });
  });
});
