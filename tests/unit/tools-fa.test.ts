/**
 * The interactive tools on Persian pages: digits typed in any script, a Persian job description in
 * every export format (right to left, hostile input included), schema.org JSON-LD that stays in
 * codes and ASCII digits, and charts mirrored with Persian digits.
 */
import { describe, expect, it } from 'vitest';
import { parse, type HTMLElement } from 'node-html-parser';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import {
  formatNumber,
  formatYear,
  localDigits,
  localise,
  punctuation,
  textDirection,
  toLatinDigits,
} from '../../src/lib/locale';
import { exportText } from '../../src/lib/clean-text';
import type { JdState } from '../../src/components/JobDescriptionBuilder/jd-state';
import { decodeState, encodeState } from '../../src/components/JobDescriptionBuilder/jd-codec';
import { parseAmount, validateState } from '../../src/components/JobDescriptionBuilder/jd-checks';
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
  missingRequiredFields,
} from '../../src/components/JobDescriptionBuilder/jd-jsonld';
import { scorecardHtml, kitMarkdown, type Competency } from '../../src/components/InterviewKit/kit-documents';
import { kitLabels } from '../../src/components/InterviewKit/kit-labels';
import { CHART, profileChart, scaleX, type SvgNode } from '../../src/components/SelfAssessment/chart';
import { summarise, summaryText } from '../../src/components/SelfAssessment/assessment-logic';
import { layoutSalaryChart, SALARY_CHART } from '../../src/components/SalaryChart/salary-chart';
import { describeSelection, selectLevels } from '../../src/components/LevelCompare/compare-logic';
import { readData } from '../support/data-files';
import { HOSTILE, labels, sampleState, withTextEverywhere } from '../support/jd-fixtures';
import { faCatalogue, faDefaults, faLabels, faSampleState, tFa } from '../support/fa-fixtures';

const PERSIAN_LETTERS = /[\u0600-\u06ff]/g;
const LATIN_LETTERS = /[A-Za-z]/g;
const LATIN_DIGITS = /[0-9]/;
const PERSIAN_DIGITS = /[۰-۹]/;
const count = (text: string, re: RegExp) => (text.match(re) ?? []).length;
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
const FA = 'fa-IR';

describe('reading and writing numbers', () => {
  it('reads Persian and Arabic-Indic digits and separators as ASCII', () => {
    expect(toLatinDigits('۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789');
    expect(toLatinDigits('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789');
    expect(toLatinDigits('۱۵۰٬۰۰۰٫۵۰')).toBe('150,000.50');
    expect(toLatinDigits('سال ۱۴۰۵ and 2026')).toBe('سال 1405 and 2026');
  });

  it('writes numbers and years in the page digits', () => {
    expect(formatNumber(12, FA)).toBe('۱۲');
    expect(formatNumber(10_000, FA)).toBe('۱۰٬۰۰۰');
    expect(formatNumber(10_000)).toBe('10,000');
    expect(formatYear(2024, FA)).toBe('۲۰۲۴');
    expect(localDigits({ n: 3, name: 'x7' }, FA)).toEqual({ n: '۳', name: 'x7' });
    expect(punctuation(FA).list).toBe('، ');
    expect(punctuation('en-US').list).toBe(', ');
    expect(textDirection('fa')).toBe('rtl');
    expect(textDirection('en')).toBe('ltr');
  });

  it.each([
    ['۱۵۰۰۰۰', 150000],
    ['۱۵۰٬۰۰۰', 150000],
    ['۱۲۰،۰۰۰', 120000],
    ['٣٠٠٠', 3000],
    ['\u200E۱۵۰٬۰۰۰', 150000],
    ['۶۹٫۷۱', 69.71],
    ['۱۵۰,000', 150000],
    [' -۵ ', -5],
    ['', null],
  ])('parses the salary %j as %j', (typed, value) => {
    expect(parseAmount(typed)).toBe(value);
  });

  it.each(['۱۵۰ هزار', '۱۵۰٫۰۰۰٫۰۰۰', 'abc', '۱e5'])('refuses %j as a number', (typed) => {
    expect(parseAmount(typed)).toBeNaN();
  });

  it('validates salaries typed in Persian digits like Latin ones', () => {
    const state = faSampleState();
    expect(validateState(state)).toEqual([]);
    const problems = validateState({ ...state, salaryMin: '۲۰۰٬۰۰۰', salaryMax: '150000' });
    expect(problems).toEqual([{ field: 'salaryMax', code: 'minAboveMax' }]);
    expect(validateState({ ...state, salaryMin: '۱۵۰ هزار' })).toEqual([
      { field: 'salaryMin', code: 'notNumber' },
    ]);
  });

  it('keeps what the reader typed in the share link, digits and all', () => {
    const state = faSampleState();
    const back = decodeState(encodeState(state, faCatalogue), faCatalogue, faDefaults());
    expect(back.status).toBe('ok');
    expect(back.state.salaryMin).toBe('۱۲۰٬۰۰۰');
    expect(back.state).toEqual(state);
  });

  it('opens an English link on the Persian page with the Persian text of unchanged lines', () => {
    const english = sampleState();
    const englishCatalogue = faCatalogue.map((l) => ({
      ...l,
      text: english.responsibility.find((r) => r.ref === l.ref)?.text ?? l.text,
    }));
    const encoded = encodeState(
      { ...english, responsibility: english.responsibility.slice(1, 3) },
      englishCatalogue,
    );
    const { state, status } = decodeState(encoded, faCatalogue, faDefaults());
    expect(status).toBe('ok');
    for (const line of state.responsibility) {
      expect(line.text).toBe(faCatalogue.find((l) => l.ref === line.ref)!.text);
    }
  });
});

describe('a Persian job description', () => {
  const state = faSampleState();
  const doc = buildDocument(state, faLabels, FA);

  it('starts from the Persian title and the lines of the fa data', () => {
    expect(faDefaults().title).toBe('مدیر محصول لید (Lead Product Manager)');
    expect(doc.title).toBe('مدیر محصول لید (Lead Product Manager)');
    for (const line of faCatalogue) {
      expect(count(line.text, PERSIAN_LETTERS), line.ref).toBeGreaterThan(count(line.text, LATIN_LETTERS));
    }
    const lines = doc.sections.flatMap((s) => s.items);
    expect(lines).toContain(faCatalogue.find((l) => l.kind === 'required')!.text);
  });

  it('writes the facts in Persian words and digits', () => {
    const fact = (label: string) => doc.facts.find((f) => f.label === label)?.value ?? '';
    expect(fact(faLabels.location)).toBe('تهران، ایران');
    const salary = fact(faLabels.salary);
    expect(salary).toContain('۱۲۰٬۰۰۰');
    expect(salary).toContain('۱۵۰٬۰۰۰');
    expect(salary).not.toMatch(LATIN_DIGITS);
    expect(fact(faLabels.closes)).toMatch(PERSIAN_DIGITS);
    expect(fact(faLabels.closes)).not.toMatch(LATIN_DIGITS);
    expect(doc.sections.at(-1)!.paragraphs[0]).toBe(tFa('guide.jdb.eeoDefault'));
  });

  it('exports Markdown and text that read as Persian', () => {
    const md = toMarkdown(doc);
    expect(md.startsWith('# مدیر محصول لید (Lead Product Manager)\n')).toBe(true);
    expect(md).toContain(`## ${faLabels.responsibilities}`);
    expect(md).toContain('- مالکیت نقشه‌ی راه پرداخت برای دو سال آینده.');
    expect(count(md, PERSIAN_LETTERS)).toBeGreaterThan(10 * count(md, LATIN_LETTERS));
    const text = toPlainText(doc);
    expect(text).toContain(`${faLabels.company}: شرکت نمونه‌ی داده`);
    expect(count(text, PERSIAN_LETTERS)).toBeGreaterThan(10 * count(text, LATIN_LETTERS));
  });

  it('exports an HTML page and fragment that lay out right to left', () => {
    const page = parse(toHtmlPage(doc, 'fa'));
    const html = page.querySelector('html')!;
    expect(html.getAttribute('lang')).toBe('fa');
    expect(html.getAttribute('dir')).toBe('rtl');
    expect(page.querySelector('title')!.textContent).toBe(doc.title);
    expect(page.querySelector('h1')!.textContent).toBe(doc.title);
    // The salary follows the page's direction: it starts with a left-to-right mark before "$",
    // which dir="auto" would take for a left-to-right line. The company name sets its own.
    const fact = (label: string) =>
      page.querySelectorAll('li').find((li) => li.querySelector('strong')?.textContent === `${label}:`)!;
    expect(fact(faLabels.salary).querySelector('span')!.getAttribute('dir')).toBeUndefined();
    expect(fact(faLabels.company).querySelector('span')!.getAttribute('dir')).toBe('auto');

    const fragment = parse(toHtmlFragment(doc, 'fa'));
    const wrapper = fragment.childNodes.find((n): n is HTMLElement => 'tagName' in n)!;
    expect(wrapper.tagName).toBe('DIV');
    expect(wrapper.getAttribute('dir')).toBe('rtl');
    expect(wrapper.getAttribute('lang')).toBe('fa');
    expect(wrapper.querySelectorAll('h2').map((h) => h.textContent)).toContain(faLabels.required);
  });

  it('leaves the English exports as they were', () => {
    const english = buildDocument(sampleState(), labels);
    expect(toHtmlPage(english)).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(toHtmlFragment(english)).toMatch(/^<h1 dir="auto">/);
  });

  describe.each(Object.entries(HOSTILE))('with hostile input "%s" in every field', (_name, value) => {
    const hostile: JdState = { ...withTextEverywhere(faSampleState(), value), salaryMin: value };
    const d = buildDocument(hostile, faLabels, FA);

    it('keeps the page Persian and right to left, and nothing in it runs', () => {
      const page = parse(toHtmlPage(d, 'fa'));
      const html = page.querySelector('html')!;
      expect(html.attributes).toEqual({ lang: 'fa', dir: 'rtl' });
      expect(page.querySelectorAll('script, iframe, img, object, embed, form')).toHaveLength(0);
      expect(page.querySelectorAll('[onerror], [onclick], [onload]')).toHaveLength(0);
      expect(collapse(page.querySelector('h1')!.textContent)).toBe(collapse(exportText(value)));
      const fragment = parse(toHtmlFragment(d, 'fa'));
      expect(fragment.querySelectorAll('div[dir="rtl"][lang="fa"]')).toHaveLength(1);
      expect(fragment.querySelectorAll('script, img')).toHaveLength(0);
    });

    it('renders Markdown to the same text, with no markup from the input', () => {
      const rendered = parse(
        micromark(toMarkdown(d), {
          allowDangerousHtml: true,
          extensions: [gfm()],
          htmlExtensions: [gfmHtml()],
        }),
      );
      expect(rendered.querySelectorAll('script, img, em, code, table, blockquote, h3')).toHaveLength(0);
      expect(collapse(rendered.querySelector('h1')!.textContent)).toBe(collapse(exportText(value)));
    });

    it('keeps JSON-LD parseable, in Persian, with no way out of its script tag', () => {
      const posting = buildJobPosting(hostile, faLabels, FA);
      const block = jsonLdScript(posting);
      expect(block.match(/<\/script/gi)).toHaveLength(1);
      const body = block.slice(block.indexOf('>') + 1, block.lastIndexOf('</script>'));
      expect(body).not.toMatch(/[<>&\u2028\u2029]/);
      expect(JSON.parse(body)).toEqual(posting);
      expect(posting['inLanguage']).toBe('fa');
    });
  });
});

describe('JobPosting JSON-LD from a Persian page', () => {
  const posting = buildJobPosting(faSampleState(), faLabels, FA);

  it('says it is in Persian and has every field Google requires', () => {
    expect(posting['inLanguage']).toBe('fa');
    expect(missingRequiredFields(posting)).toEqual([]);
    expect(buildJobPosting(sampleState(), labels)['inLanguage']).toBeUndefined();
  });

  it('keeps schema.org codes and numbers as schema.org spells them', () => {
    expect(posting['employmentType']).toBe('FULL_TIME');
    expect(posting['datePosted']).toBe('2026-11-23');
    expect(posting['validThrough']).toBe('2027-01-22');
    expect(posting['baseSalary']).toEqual({
      '@type': 'MonetaryAmount',
      currency: 'USD',
      value: { '@type': 'QuantitativeValue', minValue: 120000, maxValue: 150000, unitText: 'YEAR' },
    });
    expect(posting['jobLocation']).toEqual({
      '@type': 'Place',
      address: { '@type': 'PostalAddress', addressLocality: 'تهران', addressCountry: 'IR' },
    });
    // Only the reader's and the guide's words carry Persian digits, never a value a machine reads.
    const { title: _t, description: _d, hiringOrganization: _h, jobLocation: _l, ...codes } = posting;
    expect(JSON.stringify(codes)).not.toMatch(PERSIAN_DIGITS);
  });

  it('describes the job in Persian', () => {
    expect(posting['title']).toBe('مدیر محصول لید (Lead Product Manager)');
    const description = parse(posting['description'] as string).textContent;
    expect(description).toContain(faLabels.responsibilities);
    expect(count(description, PERSIAN_LETTERS)).toBeGreaterThan(10 * count(description, LATIN_LETTERS));
  });
});

describe('the Persian interview kit and scorecard', () => {
  const t = ((key: string) => tFa(key)) as unknown as App.Locals['t'];
  const kit = kitLabels(t, FA);
  const questions = readData('interviewQuestions').map((q) => localise(q, 'fa'));
  const competencies: Competency[] = readData('skills').map((s) => {
    const data = localise(s, 'fa');
    return {
      id: s.id,
      name: data.name,
      summary: data.summary,
      leadBar: data.bars.lead,
      anchors: data.anchors,
      interview: questions.filter((q) => q.skill === s.id),
      lines: [],
    };
  });

  it('numbers ratings and the bar in Persian digits', () => {
    expect(kit.rated(5)).toMatch(/۵/);
    expect(kit.rated(5)).not.toMatch(LATIN_DIGITS);
    expect(kit.leadBar(4)).toMatch(/۴/);
  });

  it('downloads a scorecard page that reads right to left', () => {
    const page = parse(scorecardHtml(competencies, kit, 'fa'));
    expect(page.querySelector('html')!.attributes).toEqual({ lang: 'fa', dir: 'rtl' });
    const style = page.querySelector('style')!.textContent;
    expect(style).not.toMatch(/\b(left|right)\b/);
    expect(page.querySelectorAll('tbody tr')).toHaveLength(competencies.length);
    expect(page.querySelector('tbody th')!.textContent).toContain(competencies[0]!.name);
  });

  it('downloads a kit in Persian', () => {
    const md = kitMarkdown(competencies, kit);
    expect(md.startsWith(`# ${tFa('guide.interviewKit.title')}`)).toBe(true);
    expect(md).toContain(competencies[0]!.interview[0]!.question);
    expect(count(md, PERSIAN_LETTERS)).toBeGreaterThan(5 * count(md, LATIN_LETTERS));
  });
});

describe('the self-assessment chart, right to left', () => {
  const rows = [
    { id: 'communication', name: 'ارتباطات', bar: 5 },
    { id: 'technical', name: 'دانش فنی', bar: 3 },
  ];
  const strings = {
    title: 'نمودار',
    desc: 'خلاصه',
    yourRating: 'نمره‌ی شما',
    bar: 'سطح مورد انتظار',
    rowValue: 'شما {{rating}}، سطح {{bar}}',
    rowUnrated: 'بی‌نمره، سطح {{bar}}',
  };
  const ratings = new Map([['communication', 3 as const]]);
  const all = (node: SvgNode): SvgNode[] => [node, ...(node.children ?? []).flatMap(all)];
  const ltr = profileChart(rows, ratings, strings);
  const rtl = profileChart(rows, ratings, strings, 'sa-chart', { locale: FA, rtl: true });
  const part = (chart: SvgNode, id: string, cls: string) =>
    all(chart)
      .find((n) => n.attrs['data-skill'] === id)!
      .children!.find((c) => c.attrs['class'] === cls)!;

  it('is drawn right to left', () => {
    expect(rtl.attrs['direction']).toBe('rtl');
    expect(ltr.attrs['direction']).toBe('ltr');
  });

  it('grows bars from the right and mirrors every position', () => {
    const bar = part(rtl, 'communication', 'rating');
    expect(Number(bar.attrs['x']) + Number(bar.attrs['width'])).toBeCloseTo(CHART.width - CHART.padX, 5);
    expect(bar.attrs['width']).toBe(part(ltr, 'communication', 'rating').attrs['width']);
    expect(part(rtl, 'communication', 'bar-marker').attrs['x1']).toBe(CHART.width - scaleX(5));
    const gap = part(rtl, 'communication', 'gap');
    expect(Number(gap.attrs['x']) + Number(gap.attrs['width'])).toBeCloseTo(CHART.width - scaleX(3), 5);
    expect(part(rtl, 'technical', 'name').attrs['x']).toBe(CHART.width - CHART.padX);
    expect(part(rtl, 'technical', 'note').attrs['x']).toBe(CHART.padX);
  });

  it('writes every number in Persian digits', () => {
    const axis = all(rtl).find((n) => n.attrs['class'] === 'axis')!;
    expect(axis.children!.filter((n) => n.tag === 'text').map((n) => n.text)).toEqual([
      '۰',
      '۱',
      '۲',
      '۳',
      '۴',
      '۵',
    ]);
    expect(part(rtl, 'communication', 'note').text).toBe('شما ۳، سطح ۵');
    expect(part(rtl, 'technical', 'note').text).toBe('بی‌نمره، سطح ۳');
    const texts = all(rtl)
      .filter((n) => n.tag === 'text')
      .map((n) => n.text ?? '');
    expect(texts.join(' ')).not.toMatch(LATIN_DIGITS);
  });

  it('sums the profile up in Persian digits', () => {
    const summary = summarise(
      rows.map((r) => ({ ...r, bars: { senior: r.bar, lead: r.bar, group: r.bar }, nextStep: '', href: '' })),
      ratings,
    );
    const text = summaryText(
      summary,
      { empty: '', withGaps: '{{rated}} از {{total}}؛ {{points}} امتیاز', noGaps: '' },
      FA,
    );
    expect(text).toBe('۱ از ۲؛ ۲ امتیاز');
  });
});

describe('the salary chart, right to left', () => {
  const figures = [
    { id: 'a', label: 'مدیران محصول لید (میانه، ۲۰۲۳)', value: 145000, highlight: true },
    { id: 'b', label: 'همه‌ی مشاغل (میانه، ۲۰۲۲)', value: 46310 },
  ];
  const ltr = layoutSalaryChart(figures);
  const rtl = layoutSalaryChart(figures, { rtl: true });
  const { width, padX } = SALARY_CHART;

  it('starts bars and labels at the right edge', () => {
    expect(rtl.rtl).toBe(true);
    expect(rtl.x0).toBe(width - padX);
    for (const [i, bar] of rtl.bars.entries()) {
      expect(bar.barWidth).toBe(ltr.bars[i]!.barWidth);
      expect(bar.barX + bar.barWidth).toBeCloseTo(width - padX, 5);
      // The value sits left of the bar, with room for it inside the chart.
      expect(bar.valueX).toBeLessThan(bar.barX);
      expect(bar.valueX - SALARY_CHART.valueRoom + 6).toBeGreaterThanOrEqual(0);
    }
  });

  it('mirrors the axis', () => {
    expect(rtl.ticks.map((t) => t.value)).toEqual(ltr.ticks.map((t) => t.value));
    rtl.ticks.forEach((tick, i) => expect(tick.x).toBeCloseTo(width - ltr.ticks[i]!.x, 5));
    expect(ltr.rtl).toBe(false);
    expect(ltr.bars[0]!.barX).toBe(padX);
  });
});

describe('the level comparison in Persian', () => {
  it('counts the levels in Persian digits', () => {
    const ladder = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
    const strings = {
      pair: '{{first}} و {{second}}',
      all: 'همه‌ی {{count}} سطح',
      one: '{{first}}',
      locale: FA,
    };
    expect(describeSelection(selectLevels(ladder, '', ''), ['', ''], {}, strings)).toBe('همه‌ی ۸ سطح');
  });
});
