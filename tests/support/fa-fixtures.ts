/**
 * What the tools get on a Persian page, rebuilt from src/content/i18n/fa.json and the `fa:` blocks
 * of the data files, the way the components build it with localise().
 */
import { readData } from './data-files';
import { docLabels, translator } from './jd-fixtures';
import { localise } from '../../src/lib/locale';
import {
  buildCatalogue,
  defaultState,
  type JdState,
} from '../../src/components/JobDescriptionBuilder/jd-state';
import type { DocLabels } from '../../src/components/JobDescriptionBuilder/jd-documents';

export const tFa = translator('fa');

export const faCatalogue = buildCatalogue(
  readData('jdItems').map((i) => ({ id: i.id, kind: i.kind, text: localise(i, 'fa').text, skill: i.skill })),
  readData('duties').map((d) => ({ id: d.id, jdLine: localise(d, 'fa').jdLine })),
);

export const faDefaultTexts = {
  title: tFa('guide.jdb.titleDefault'),
  experience: tFa('guide.jdb.experienceDefault'),
  eeo: tFa('guide.jdb.eeoDefault'),
};

export const faLabels: DocLabels = docLabels(tFa);

export const FA_TODAY = new Date(2026, 10, 23, 9, 30);
export const faDefaults = (): JdState => defaultState(faCatalogue, faDefaultTexts, FA_TODAY);

/** A filled-in Persian draft: Tehran office, pay typed in Persian digits, one line of the reader's own. */
export function faSampleState(): JdState {
  const state = faDefaults();
  return {
    ...state,
    company: 'شرکت نمونه‌ی داده',
    website: 'https://example.ir/careers',
    about: 'ما ابزار تحلیل داده برای فروشگاه‌های کوچک می‌سازیم.\n\nتیم ما ۴۰ نفر است.',
    productArea: 'محصولات پرداخت و تسویه',
    workplace: 'onsite',
    locality: 'تهران',
    region: '',
    country: 'IR',
    salaryMin: '۱۲۰٬۰۰۰',
    salaryMax: '150000',
    currency: 'USD',
    period: 'YEAR',
    responsibility: [...state.responsibility, { text: 'مالکیت نقشه‌ی راه پرداخت برای دو سال آینده.' }],
  };
}
