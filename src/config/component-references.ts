import type { DataCollection } from './collections';

/**
 * Which data collection each MDX component's id props name, so an id that names no entry fails the
 * build with the page and line (src/lib/content-check.ts) rather than with the page
 * that happened to render first, which is llms-full.txt.
 */
export const componentReferences: Record<
  string,
  Partial<Record<'id' | 'ids' | 'highlight' | 'figure', DataCollection>>
> = {
  Pay: { id: 'salaryFigures' },
  SalaryTable: { ids: 'salaryFigures' },
  HourlyArithmetic: { ids: 'salaryFigures' },
  SalaryChart: { ids: 'salaryFigures', highlight: 'salaryFigures' },
  FactValue: { id: 'facts' },
  Term: { id: 'glossary' },
  DutyList: { ids: 'duties' },
  SkillDetail: { id: 'skills' },
  Cite: { id: 'sources', ids: 'sources', figure: 'salaryFigures' },
  CareerPath: { highlight: 'levels' },
  LevelCompare: { highlight: 'levels' },
};
