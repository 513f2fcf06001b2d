/**
 * What Iranian job ads commonly say that shuts applicants out: a gender, an age, military service,
 * marital status, looks. The guide's own lists and advice; suggestions are in Persian, the ad's
 * language. Text is compared after normalize.ts: Arabic ي and ك count as ی and ک, diacritics and
 * the tatweel are ignored, a half-space (ZWNJ) counts as a space. Age limits with numbers
 * ("حداکثر ۳۰ سال") are rules in requirement-rules.ts.
 *
 * «ظاهر آراسته» is flagged, as advice rather than a fault: for a lead PM it names no task, and in
 * Iranian ads it often stands for looks or a dress code aimed at women. A real dress code (for a
 * job that meets clients) can be said as one.
 */
import type { WordList } from '../types';

const NO_GENDER = 'جنسیت را ننویسید؛ اگر نام کسی برای تماس است، نام و نام خانوادگی او را بنویسید';

export const GENDER_FA: WordList = {
  id: 'fa-gender',
  kind: 'gender',
  lang: 'fa',
  sources: [],
  entries: [
    { match: 'ترجیحا آقا*', suggest: NO_GENDER },
    { match: 'ترجیحا خانم*', suggest: NO_GENDER },
    { match: 'ترجیحا بانوان', suggest: NO_GENDER },
    { match: 'فقط آقایان', suggest: NO_GENDER },
    { match: 'فقط بانوان', suggest: NO_GENDER },
    { match: 'فقط خانم*', suggest: NO_GENDER },
    { match: 'فقط آقا', suggest: NO_GENDER },
    { match: 'جنسیت مرد', suggest: NO_GENDER },
    { match: 'جنسیت زن', suggest: NO_GENDER },
    { match: 'جنسیت آقا', suggest: NO_GENDER },
    { match: 'جنسیت خانم', suggest: NO_GENDER },
    { match: 'آقا', suggest: NO_GENDER },
    { match: 'آقایان', suggest: NO_GENDER },
    { match: 'خانم', suggest: NO_GENDER },
    { match: 'خانمها', suggest: NO_GENDER },
    { match: 'بانو', suggest: NO_GENDER },
    { match: 'بانوان', suggest: NO_GENDER },
    { match: 'همکار مرد', suggest: 'همکار' },
    { match: 'همکار زن', suggest: 'همکار' },
    { match: 'نیروی مرد', suggest: 'همکار' },
    { match: 'نیروی زن', suggest: 'همکار' },
  ],
};

export const AGE_CODED_FA: WordList = {
  id: 'fa-age',
  kind: 'age',
  lang: 'fa',
  sources: [],
  entries: [
    { match: 'جوان', suggest: 'این واژه را بردارید و بگویید تیم چه می‌کند' },
    { match: 'نیروی جوان', suggest: 'همکار' },
    { match: 'جوان و پرانرژی', suggest: 'باانگیزه' },
    { match: 'پرانرژی', suggest: 'باانگیزه' },
    { match: 'پر انرژی', suggest: 'باانگیزه' },
    { match: 'تازه فارغ التحصیل', suggest: 'بردارید، یا مهارت‌های لازم را بنویسید' },
    { match: 'متولدین', suggest: 'سال تولد را ننویسید؛ مهارت و سابقه‌ی لازم را بنویسید' },
  ],
};

export const MILITARY_FA: WordList = {
  id: 'fa-military',
  kind: 'military',
  lang: 'fa',
  sources: [],
  entries: [
    {
      match: 'کارت پایان خدمت',
      suggest: 'در آگهی نخواهید؛ اگر قانون یا قرارداد شما آن را لازم می‌داند، هنگام پیشنهاد کاری بررسی کنید',
    },
    { match: 'پایان خدمت', suggest: 'در آگهی نخواهید؛ اگر لازم است، هنگام پیشنهاد کاری بررسی کنید' },
    { match: 'معافیت دائم', suggest: 'در آگهی نخواهید؛ اگر لازم است، هنگام پیشنهاد کاری بررسی کنید' },
    { match: 'معافیت', suggest: 'در آگهی نخواهید؛ اگر لازم است، هنگام پیشنهاد کاری بررسی کنید' },
    { match: 'نظام وظیفه', suggest: 'در آگهی نخواهید؛ اگر لازم است، هنگام پیشنهاد کاری بررسی کنید' },
    { match: 'سربازی', suggest: 'در آگهی نخواهید؛ اگر لازم است، هنگام پیشنهاد کاری بررسی کنید' },
  ],
};

export const MARITAL_FA: WordList = {
  id: 'fa-marital',
  kind: 'marital',
  lang: 'fa',
  sources: [],
  entries: [
    { match: 'متاهل*', suggest: 'وضعیت تأهل را ننویسید؛ به کار ربطی ندارد' },
    { match: 'مجرد', suggest: 'وضعیت تأهل را ننویسید؛ به کار ربطی ندارد' },
    { match: 'وضعیت تاهل', suggest: 'وضعیت تأهل را ننویسید؛ به کار ربطی ندارد' },
  ],
};

export const APPEARANCE_FA: WordList = {
  id: 'fa-appearance',
  kind: 'appearance',
  lang: 'fa',
  sources: [],
  entries: [
    {
      match: 'ظاهر آراسته',
      suggest: 'اگر پوشش خاصی لازم است، خودش را بنویسید (مثلاً «پوشش رسمی در جلسه با مشتری»)',
    },
    { match: 'ظاهر مناسب', suggest: 'اگر پوشش خاصی لازم است، خودش را بنویسید' },
    { match: 'خوش چهره', suggest: 'بردارید؛ چهره به کار ربطی ندارد' },
    { match: 'خوش سیما', suggest: 'بردارید؛ چهره به کار ربطی ندارد' },
    { match: 'خوش تیپ', suggest: 'بردارید؛ ظاهر به کار ربطی ندارد' },
    { match: 'قد بلند', suggest: 'بردارید؛ قد به کار ربطی ندارد' },
  ],
};

export const JARGON_FA: WordList = {
  id: 'fa-jargon',
  kind: 'jargon',
  lang: 'fa',
  sources: [],
  entries: [
    {
      match: 'کار تحت فشار',
      suggest: 'بگویید فشار کار کی و چقدر است (مثلاً «دو هفته‌ی پرکار پیش از هر عرضه»)',
    },
    { match: 'کار در شرایط پرفشار', suggest: 'بگویید فشار کار کی و چقدر است' },
    { match: 'مثل خانواده', suggest: 'بگویید تیم چطور با هم کار می‌کند' },
    { match: 'نینجا', suggest: 'متخصص' },
    { match: 'گورو', suggest: 'متخصص' },
  ],
};
