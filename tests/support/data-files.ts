import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import type { z } from 'astro/zod';
import { sourceSchema } from '../../src/schemas/source';
import { salaryFigureSchema } from '../../src/schemas/salary-figure';
import { dutySchema } from '../../src/schemas/duty';
import { skillSchema } from '../../src/schemas/skill';
import { levelSchema } from '../../src/schemas/level';
import { certificationSchema } from '../../src/schemas/certification';
import { factSchema } from '../../src/schemas/fact';
import { glossaryTermSchema } from '../../src/schemas/glossary-term';
import { roleSchema } from '../../src/schemas/role';
import { trendSchema } from '../../src/schemas/trend';
import { jdItemSchema } from '../../src/schemas/jd-item';
import { socCodeSchema } from '../../src/schemas/soc-code';

/** Each data file with the schema content.config.ts gives it. */
export const dataFiles = {
  sources: { file: 'src/data/sources.yaml', schema: sourceSchema },
  salaryFigures: { file: 'src/data/salary-figures.yaml', schema: salaryFigureSchema },
  duties: { file: 'src/data/duties.yaml', schema: dutySchema },
  skills: { file: 'src/data/skills.yaml', schema: skillSchema },
  levels: { file: 'src/data/levels.yaml', schema: levelSchema },
  certifications: { file: 'src/data/certifications.yaml', schema: certificationSchema },
  facts: { file: 'src/data/facts.yaml', schema: factSchema },
  glossary: { file: 'src/data/glossary.yaml', schema: glossaryTermSchema },
  roles: { file: 'src/data/roles.yaml', schema: roleSchema },
  trends: { file: 'src/data/trends.yaml', schema: trendSchema },
  jdItems: { file: 'src/data/jd-items.yaml', schema: jdItemSchema },
  socCodes: { file: 'src/data/soc-codes.yaml', schema: socCodeSchema },
} as const;

export type DataName = keyof typeof dataFiles;

export function readRaw(name: DataName): unknown[] {
  const parsed = load(readFileSync(dataFiles[name].file, 'utf8'));
  if (!Array.isArray(parsed)) throw new Error(`${dataFiles[name].file} must hold a list`);
  return parsed;
}

export function readData<N extends DataName>(name: N): z.infer<(typeof dataFiles)[N]['schema']>[] {
  const { schema } = dataFiles[name];
  return readRaw(name).map((entry) => schema.parse(entry)) as z.infer<(typeof dataFiles)[N]['schema']>[];
}
