/**
 * The data collections: each name with its YAML file and its schema. content.config.ts, the
 * content queries and the tests all read this one list, so a new collection is added here once.
 */
import { certificationSchema } from '../schemas/certification';
import { dutySchema } from '../schemas/duty';
import { factSchema } from '../schemas/fact';
import { frameworkTitleSchema } from '../schemas/framework-title';
import { glossaryTermSchema } from '../schemas/glossary-term';
import { interviewQuestionSchema } from '../schemas/interview-question';
import { interviewStageSchema } from '../schemas/interview-stage';
import { jdItemSchema } from '../schemas/jd-item';
import { leadPmDefinitionSchema } from '../schemas/lead-pm-definition';
import { levelSchema } from '../schemas/level';
import { planStepSchema } from '../schemas/plan-step';
import { postingRuleSchema } from '../schemas/posting-rule';
import { roleSchema } from '../schemas/role';
import { salaryFigureSchema } from '../schemas/salary-figure';
import { skillSchema } from '../schemas/skill';
import { socCodeSchema } from '../schemas/soc-code';
import { sourceSchema } from '../schemas/source';
import { termSchema } from '../schemas/term';
import { toolSchema } from '../schemas/tool';
import { trendSchema } from '../schemas/trend';

export const dataCollections = {
  sources: { file: 'src/data/sources.yaml', schema: sourceSchema },
  salaryFigures: { file: 'src/data/salary-figures.yaml', schema: salaryFigureSchema },
  duties: { file: 'src/data/duties.yaml', schema: dutySchema },
  skills: { file: 'src/data/skills.yaml', schema: skillSchema },
  interviewQuestions: { file: 'src/data/interview-questions.yaml', schema: interviewQuestionSchema },
  levels: { file: 'src/data/levels.yaml', schema: levelSchema },
  certifications: { file: 'src/data/certifications.yaml', schema: certificationSchema },
  facts: { file: 'src/data/facts.yaml', schema: factSchema },
  glossary: { file: 'src/data/glossary.yaml', schema: glossaryTermSchema },
  roles: { file: 'src/data/roles.yaml', schema: roleSchema },
  trends: { file: 'src/data/trends.yaml', schema: trendSchema },
  tools: { file: 'src/data/tools.yaml', schema: toolSchema },
  jdItems: { file: 'src/data/jd-items.yaml', schema: jdItemSchema },
  socCodes: { file: 'src/data/soc-codes.yaml', schema: socCodeSchema },
  terms: { file: 'src/data/terms.yaml', schema: termSchema },
  leadPmDefinitions: { file: 'src/data/lead-pm-definitions.yaml', schema: leadPmDefinitionSchema },
  frameworkTitles: { file: 'src/data/framework-titles.yaml', schema: frameworkTitleSchema },
  planSteps: { file: 'src/data/first-90-days.yaml', schema: planStepSchema },
  postingRules: { file: 'src/data/posting-rules.yaml', schema: postingRuleSchema },
  interviewStages: { file: 'src/data/interview-stages.yaml', schema: interviewStageSchema },
} as const;

export type DataCollection = keyof typeof dataCollections;
