import { EMPLOYMENT_TYPES, PERIODS, WORKPLACES } from './jd-state';
import type { DocLabels } from './jd-documents';

/** The words of the job-description documents, in the page's language. */
export function docLabels(t: (key: string) => string): DocLabels {
  return {
    aboutCompany: t('guide.jdb.doc.aboutCompany'),
    aboutUs: t('guide.jdb.doc.aboutUs'),
    role: t('guide.jdb.doc.role'),
    roleLine: t('guide.jdb.doc.roleLine'),
    responsibilities: t('guide.jd.responsibilities'),
    required: t('guide.jd.required'),
    preferred: t('guide.jd.preferred'),
    experienceLine: t('guide.jdb.doc.experienceLine'),
    eeo: t('guide.jdb.doc.eeo'),
    company: t('guide.jdb.doc.company'),
    location: t('guide.jdb.doc.location'),
    workplace: t('guide.jdb.doc.workplace'),
    employmentType: t('guide.jdb.doc.employmentType'),
    salary: t('guide.jdb.doc.salary'),
    closes: t('guide.jdb.doc.closes'),
    remote: t('guide.jdb.doc.remote'),
    salaryRange: t('guide.jdb.doc.salaryRange'),
    salaryFrom: t('guide.jdb.doc.salaryFrom'),
    salaryUpTo: t('guide.jdb.doc.salaryUpTo'),
    reportsTo: t('guide.jdb.doc.reportsTo'),
    team: t('guide.jdb.doc.team'),
    teamNone: t('guide.jdb.doc.teamNone'),
    teamOne: t('guide.jdb.doc.teamOne'),
    teamMany: t('guide.jdb.doc.teamMany'),
    workingPattern: t('guide.jdb.doc.workingPattern'),
    benefits: t('guide.jdb.doc.benefits'),
    workplaces: Object.fromEntries(
      WORKPLACES.map((w) => [w, t(`guide.jdb.workplace.${w}`)]),
    ) as DocLabels['workplaces'],
    employmentTypes: Object.fromEntries(
      EMPLOYMENT_TYPES.map((e) => [e, t(`guide.jdb.employment.${e}`)]),
    ) as DocLabels['employmentTypes'],
    periods: Object.fromEntries(
      PERIODS.map((p) => [p, t(`guide.jdb.doc.period.${p}`)]),
    ) as DocLabels['periods'],
  };
}
