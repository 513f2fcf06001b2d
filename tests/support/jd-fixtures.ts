/**
 * What the job-description builder gets from the page, rebuilt from the real data and UI strings,
 * plus the hostile-input corpus its tests run every field through.
 */
import { readFileSync } from 'node:fs';
import { readData } from './data-files';
import { docLabels } from '../../src/components/JobDescriptionBuilder/doc-labels';
import { encodeState } from '../../src/components/JobDescriptionBuilder/jd-codec';
import type { DocLabels } from '../../src/components/JobDescriptionBuilder/jd-documents';
import {
  buildCatalogue,
  defaultState,
  type JdState,
} from '../../src/components/JobDescriptionBuilder/jd-state';

export const en: Record<string, string> = JSON.parse(readFileSync('src/content/i18n/en.json', 'utf8'));

/** A lookup into one of the UI string files that names the file and key it misses. */
export function translator(lang: 'en' | 'fa'): (key: string) => string {
  const file = `src/content/i18n/${lang}.json`;
  const strings: Record<string, string> = lang === 'en' ? en : JSON.parse(readFileSync(file, 'utf8'));
  return (key) => {
    const value = strings[key];
    if (value === undefined) throw new Error(`${file} has no key "${key}"`);
    return value;
  };
}
const t = translator('en');

export const catalogue = buildCatalogue(
  readData('jdItems').map((i) => ({ id: i.id, kind: i.kind, text: i.text, skill: i.skill })),
  readData('duties').map((d) => ({ id: d.id, jdLine: d.jdLine })),
);

export const defaultTexts = {
  title: t('guide.jdb.titleDefault'),
  experience: t('guide.jdb.experienceDefault'),
  eeo: t('guide.jdb.eeoDefault'),
};

export { docLabels };

export const labels: DocLabels = docLabels(t);

export const TODAY = new Date(2026, 10, 23, 9, 30);
export const defaults = (): JdState => defaultState(catalogue, defaultTexts, TODAY);

/** A filled-in draft: an office job with pay, an edited line and one of the reader's own. */
export function sampleState(): JdState {
  const state = defaults();
  return {
    ...state,
    company: 'Acme Analytics',
    website: 'https://acme.example/careers',
    about: 'We make analytics tools for small shops.\n\nOur team of 40 works from Berlin and Lisbon.',
    productArea: 'the checkout and payments products',
    workplace: 'hybrid',
    locality: 'Berlin',
    region: 'Berlin',
    country: 'DE',
    salaryMin: '90000',
    salaryMax: '115000',
    currency: 'EUR',
    period: 'YEAR',
    responsibility: [
      { ...state.responsibility[0]!, text: `${state.responsibility[0]!.text} Edited.` },
      ...state.responsibility.slice(1),
      { text: 'Own the payments roadmap for the next two years.' },
    ],
  };
}

/** The `#jd=` fragment of a share link to `state` (English page data). */
export const linkHash = (state: JdState) => `#jd=${encodeState(state, catalogue)}`;

/** Strings that have broken other tools: markup, script, bidi, emoji, separators, huge text. */
export const HOSTILE: Record<string, string> = {
  scriptClose: '</script><script>alert(1)</script>',
  imgOnerror: '<img src=x onerror=alert(1)>',
  quotes: `"double" 'single' \`back\` “curly”`,
  javascriptUrl: 'javascript:alert(document.cookie)',
  dataUrl: 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  lineSeparators: 'before\u2028middle\u2029after',
  emoji: '👩🏽‍💻 Lead PM 🚀 with 🇩🇪 flags',
  arabic: 'مدير منتجات رئيسي في شركتنا',
  hebrew: 'מנהל מוצר ראשי',
  bidiOverride: 'abc\u202Eevil\u202C def',
  nul: 'before\u0000after\u0007bell',
  entities: '&lt;b&gt; &amp; &#60;script&#62; R&D',
  markdown: '# Heading **bold** _em_ [link](javascript:alert(1)) ![img](x) | a | b | `code` ~~s~~',
  listMarkers: '- dash\n+ plus\n1. one\n2) two\n> quote',
  htmlComment: '<!-- open comment',
  cdata: ']]> <![CDATA[ x',
  template: '{{company}} {{title}} ${alert(1)}',
  long: 'A lead PM writes long things. '.repeat(334).slice(0, 10_000),
};

/** `base` with `value` typed into every free-text field and as one line of each list. */
export function withTextEverywhere(base: JdState, value: string): JdState {
  return {
    ...base,
    title: value,
    company: value,
    website: value,
    about: value,
    productArea: value,
    locality: value,
    region: value,
    experience: value,
    eeo: value,
    responsibility: [{ text: value }],
    required: [{ text: value }],
    preferred: [{ text: value }],
  };
}
