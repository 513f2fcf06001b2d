import { defineCollection } from 'astro:content';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { dataCollections, type DataCollection } from './config/collections';
import { yamlListLoader } from './lib/yaml-list-loader';
import { pageFrontmatterSchema } from './schemas/page';
import { uiStringsSchema } from './schemas/ui-strings';

// Each data collection as src/config/collections.ts registers it. Written out name by name
// because Astro types each collection from this object's literal keys.
const data = <N extends DataCollection>(name: N) =>
  defineCollection({
    loader: yamlListLoader(dataCollections[name].file),
    schema: dataCollections[name].schema,
  });

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema({ extend: pageFrontmatterSchema }) }),
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema({ extend: uiStringsSchema }) }),
  sources: data('sources'),
  salaryFigures: data('salaryFigures'),
  duties: data('duties'),
  skills: data('skills'),
  interviewQuestions: data('interviewQuestions'),
  levels: data('levels'),
  certifications: data('certifications'),
  facts: data('facts'),
  glossary: data('glossary'),
  roles: data('roles'),
  trends: data('trends'),
  tools: data('tools'),
  jdItems: data('jdItems'),
  socCodes: data('socCodes'),
  terms: data('terms'),
  leadPmDefinitions: data('leadPmDefinitions'),
  frameworkTitles: data('frameworkTitles'),
  planSteps: data('planSteps'),
  postingRules: data('postingRules'),
  interviewStages: data('interviewStages'),
} satisfies Record<DataCollection | 'docs' | 'i18n', unknown>;
