import { STAND_IN_PAY } from '../../config/stand-in-pay';
import { getDuties, getFact, getSalaryFigure, getSkills, getSocCodes, getSource } from '../content';
import type { Lang } from '../locale';
import { dataPeriod } from '../pay';
import { occupationJsonLd, type JsonLd, type SiteInfo } from '../structured-data';

/** The page that describes the occupation as a whole, and so carries the Occupation data. */
export const OCCUPATION_PAGE = 'role/overview';
const OCCUPATION_NAME = { en: 'Lead Product Manager', fa: 'مدیر محصول لید' };
const usedBy = 'the Occupation structured data (src/lib/head/occupation.ts)';

/** The Occupation's pay says plainly which occupation and edition the numbers describe. */
const PAY_NAME = {
  en: (group: string, soc: string, publisher: string, period: string) =>
    `${group} (SOC ${soc}), the closest official stand-in for lead product managers: ${publisher}, ${period}`,
  fa: (group: string, soc: string, publisher: string, period: string) =>
    `${group} (SOC ${soc})، نزدیک‌ترین شغل رسمی جانشین برای مدیران محصول لید: ${publisher}، ${period}`,
};

/** schema.org Occupation for the role, filled from the data files in the page's language. */
export async function occupation(
  site: SiteInfo,
  lang: Lang,
  page: { slug: string; description: string; lastReviewed: Date },
): Promise<JsonLd> {
  const [p10, median, p90, education, experience, skills, duties, socCodes] = await Promise.all([
    getSalaryFigure(STAND_IN_PAY.p10, lang, usedBy),
    getSalaryFigure(STAND_IN_PAY.median, lang, usedBy),
    getSalaryFigure(STAND_IN_PAY.p90, lang, usedBy),
    getFact('typical-education', lang, usedBy),
    getFact('typical-experience', lang, usedBy),
    getSkills(lang),
    getDuties(lang),
    getSocCodes(lang),
  ]);
  const socSources = [...new Set(socCodes.map((c) => c.source))];
  if (socSources.length !== 1) {
    throw new Error('src/data/soc-codes.yaml: every code must cite the same classification source.');
  }
  const codeSet = await getSource(socSources[0]!, lang, usedBy);
  const payPublisher = await getSource(median.source, lang, usedBy);
  const pay = (figure: typeof median) => ({
    annual: figure.annual,
    currency: figure.currency,
    country: figure.country,
    year: figure.year,
    topCoded: figure.topCoded ?? false,
  });
  return occupationJsonLd(site, {
    name: OCCUPATION_NAME[lang],
    description: page.description,
    pageSlug: page.slug,
    lastReviewed: page.lastReviewed,
    socCodes: socCodes.map((c) => ({ code: c.code, title: c.title })),
    socCodeSet: { name: codeSet.title, url: codeSet.url },
    pay: {
      name: PAY_NAME[lang](median.group, median.soc ?? '', payPublisher.publisher, dataPeriod(median, lang)),
      p10: pay(p10),
      median: pay(median),
      p90: pay(p90),
    },
    education: `${education.value}. ${education.detail}`,
    experience: `${experience.value}. ${experience.detail}`,
    skills: skills.map((s) => s.name),
    responsibilities: duties.map((d) => d.title),
  });
}
