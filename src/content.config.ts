import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { pageFrontmatterSchema } from './schemas/page';
import { uiStringsSchema } from './schemas/ui-strings';
import { sourceSchema } from './schemas/source';
import { salaryFigureSchema } from './schemas/salary-figure';
import { dutySchema } from './schemas/duty';
import { skillSchema } from './schemas/skill';
import { levelSchema } from './schemas/level';
import { certificationSchema } from './schemas/certification';
import { factSchema } from './schemas/fact';
import { glossaryTermSchema } from './schemas/glossary-term';
import { roleSchema } from './schemas/role';
import { trendSchema } from './schemas/trend';
import { jdItemSchema } from './schemas/jd-item';
import { socCodeSchema } from './schemas/soc-code';

const data = (name: string) => file(`src/data/${name}.yaml`);

export const collections = {
  docs: defineCollection({
    loader: docsLoader(),
    schema: docsSchema({ extend: pageFrontmatterSchema }),
  }),
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema({ extend: uiStringsSchema }) }),
  sources: defineCollection({ loader: data('sources'), schema: sourceSchema }),
  salaryFigures: defineCollection({ loader: data('salary-figures'), schema: salaryFigureSchema }),
  duties: defineCollection({ loader: data('duties'), schema: dutySchema }),
  skills: defineCollection({ loader: data('skills'), schema: skillSchema }),
  levels: defineCollection({ loader: data('levels'), schema: levelSchema }),
  certifications: defineCollection({ loader: data('certifications'), schema: certificationSchema }),
  facts: defineCollection({ loader: data('facts'), schema: factSchema }),
  glossary: defineCollection({ loader: data('glossary'), schema: glossaryTermSchema }),
  roles: defineCollection({ loader: data('roles'), schema: roleSchema }),
  trends: defineCollection({ loader: data('trends'), schema: trendSchema }),
  jdItems: defineCollection({ loader: data('jd-items'), schema: jdItemSchema }),
  socCodes: defineCollection({ loader: data('soc-codes'), schema: socCodeSchema }),
};
