/**
 * Every content query lives here, so components never call getCollection themselves. Each query
 * takes the reader's language and returns entries ready to render (Persian text laid over the
 * English on Persian pages, in display order), and a dangling id fails the build with a message
 * that names the file and the field.
 */
import { getCollection, getEntry } from 'astro:content';
import type { z } from 'astro/zod';
import { dataCollections, type DataCollection } from '../config/collections';
import { langOf, localePath, localise, type Lang } from './locale';
import { FRAMEWORKS } from '../schemas/framework-title';
import { POSTING_GROUPS } from '../schemas/posting-rule';

/** An entry's data in one language: what components render. */
type Data<C extends DataCollection> = z.infer<(typeof dataCollections)[C]['schema']>;
export type Localised<C extends DataCollection> = Omit<Data<C>, 'fa'>;

async function one<C extends DataCollection>(collection: C, id: string, lang: Lang, usedBy: string) {
  const entry = (await getEntry(collection, id)) as { data: Data<C> } | undefined;
  if (!entry) {
    throw new Error(
      `${usedBy} refers to "${id}", which is not an entry of ${dataCollections[collection].file}.`,
    );
  }
  return localise(entry.data, lang) as Localised<C>;
}

async function all<C extends DataCollection>(
  collection: C,
  lang: Lang,
  order: (a: Data<C>, b: Data<C>) => number = () => 0,
) {
  const entries = (await getCollection(collection)) as { data: Data<C> }[];
  return entries
    .map((entry) => entry.data)
    .sort(order)
    .map((data) => localise(data, lang) as Localised<C>);
}

/** The sections of a job description, in the order an ad lists them. */
export const JD_KINDS = ['responsibility', 'required', 'preferred'] as const;

const byOrder = (a: { order: number }, b: { order: number }) => a.order - b.order;

export const getSource = (id: string, lang: Lang, usedBy: string) => one('sources', id, lang, usedBy);
export const getSalaryFigure = (id: string, lang: Lang, usedBy: string) =>
  one('salaryFigures', id, lang, usedBy);
export const getFact = (id: string, lang: Lang, usedBy: string) => one('facts', id, lang, usedBy);
export const getDuty = (id: string, lang: Lang, usedBy: string) => one('duties', id, lang, usedBy);
export const getSkill = (id: string, lang: Lang, usedBy: string) => one('skills', id, lang, usedBy);
export const getGlossaryTerm = (id: string, lang: Lang, usedBy: string) => one('glossary', id, lang, usedBy);

export const getSources = (ids: readonly string[], lang: Lang, usedBy: string) =>
  Promise.all(ids.map((id) => getSource(id, lang, usedBy)));

export const getSalaryFigures = (ids: readonly string[], lang: Lang, usedBy: string) =>
  Promise.all(ids.map((id) => getSalaryFigure(id, lang, usedBy)));

/** Every source, by title (titles stay in English in both languages). */
export const getAllSources = (lang: Lang) => all('sources', lang, (a, b) => a.title.localeCompare(b.title));

export const getDuties = (lang: Lang) => all('duties', lang, byOrder);
export const getLevels = (lang: Lang) => all('levels', lang, byOrder);
export const getTrends = (lang: Lang) => all('trends', lang, byOrder);
export const getSocCodes = (lang: Lang) => all('socCodes', lang, byOrder);
export const getLeadPmDefinitions = (lang: Lang) => all('leadPmDefinitions', lang, byOrder);
export const getTools = (lang: Lang) => all('tools', lang, byOrder);
/** Every line of the first-90-days plan, in plan order; the tool picks those that fit the answers. */
export const getPlanSteps = (lang: Lang) => all('planSteps', lang, byOrder);

/**
 * Places where a job ad may be posted, with their pay-posting rules: group by group (US, EU, UK,
 * Iran, other), each group in the alphabetical order of the reader's language.
 */
export async function getPostingRules(lang: Lang) {
  const collator = new Intl.Collator(lang === 'fa' ? 'fa-IR' : 'en-US');
  return (await all('postingRules', lang)).sort(
    (a, b) =>
      POSTING_GROUPS.indexOf(a.group) - POSTING_GROUPS.indexOf(b.group) || collator.compare(a.name, b.name),
  );
}

export async function getSkills(lang: Lang, group?: 'core' | 'added') {
  const skills = await all('skills', lang, byOrder);
  return group ? skills.filter((s) => s.group === group) : skills;
}

/** Certifications by name; names and awarding bodies are the same in both languages. */
export const getCertifications = (lang: Lang) =>
  all('certifications', lang, (a, b) => a.name.localeCompare(b.name));

/**
 * The Persian edition's terms (src/data/terms.yaml), optionally of one group; job titles come
 * lowest rung first. Not localised: each entry is an English concept and its one Persian word.
 */
export async function getTerms(group?: 'title' | 'track' | 'skill' | 'work') {
  const terms = ((await getCollection('terms')) as { data: Data<'terms'> }[])
    .map((entry) => entry.data)
    .sort((a, b) => (a.order ?? Infinity) - (b.order ?? Infinity) || a.id.localeCompare(b.id));
  return group ? terms.filter((t) => t.group === group) : terms;
}

/** Glossary terms in the alphabetical order of the reader's language. */
export async function getGlossary(lang: Lang) {
  const collator = new Intl.Collator(lang === 'fa' ? 'fa-IR' : 'en-US');
  return (await all('glossary', lang)).sort((a, b) => collator.compare(a.term, b.term));
}

/**
 * Roles near lead PM, optionally of one relation. Roles that are also rungs of the ladder come in
 * ladder order, the rest after them by English title, so both languages list them alike.
 */
export async function getRoles(lang: Lang, relation?: 'feeder' | 'peer' | 'next' | 'family') {
  const rungs = new Map((await all('levels', 'en')).map((l) => [l.title.toLowerCase(), l.order]));
  const rank = (title: string) => rungs.get(title.toLowerCase()) ?? Number.MAX_SAFE_INTEGER;
  const roles = await all(
    'roles',
    lang,
    (a, b) => rank(a.title) - rank(b.title) || a.title.localeCompare(b.title),
  );
  return relation ? roles.filter((r) => r.relation.includes(relation)) : roles;
}

/** Public framework titles, framework by framework (GitLab, DDaT, MoJ), lowest level first. */
export const getFrameworkTitles = (lang: Lang) =>
  all(
    'frameworkTitles',
    lang,
    (a, b) => FRAMEWORKS.indexOf(a.framework) - FRAMEWORKS.indexOf(b.framework) || a.order - b.order,
  );

export async function getJdItems(lang: Lang, kind: (typeof JD_KINDS)[number]) {
  return (await all('jdItems', lang, byOrder)).filter((i) => i.kind === kind);
}

/** Interview questions in order, optionally those of one skill; a question naming an unknown skill fails the build. */
export async function getInterviewQuestions(lang: Lang, skill?: string) {
  const skills = new Set((await getSkills('en')).map((s) => s.id));
  const questions = (await all('interviewQuestions', lang, byOrder)).filter(
    (q) => !skill || q.skill === skill,
  );
  const unknown = questions.find((q) => !skills.has(q.skill));
  if (unknown) {
    throw new Error(
      `src/data/interview-questions.yaml entry "${unknown.id}" field skill: "${unknown.skill}" is not an id in src/data/skills.yaml.`,
    );
  }
  return questions;
}

/** Every skill with the jd-items lines that name it; a line naming an unknown skill fails the build. */
export async function getSkillsWithJdLines(lang: Lang) {
  const lines = (await all('jdItems', lang, byOrder)).sort(
    (a, b) => JD_KINDS.indexOf(a.kind) - JD_KINDS.indexOf(b.kind),
  );
  const skills = await getSkills(lang);
  const known = new Set(skills.map((s) => s.id));
  const unknown = lines.find((l) => l.skill && !known.has(l.skill));
  if (unknown) {
    throw new Error(
      `src/data/jd-items.yaml entry "${unknown.id}" field skill: "${unknown.skill}" is not an id in src/data/skills.yaml.`,
    );
  }
  return skills.map((skill) => ({ skill, lines: lines.filter((l) => l.skill === skill.id) }));
}

/**
 * The competencies the hiring tools share: every skill a jd-items line names, with those lines,
 * so the job description, the interview kit and the scorecard test the same things. Falls back
 * to all skills (with no lines) while jd-items names none.
 */
export async function getCompetencies(lang: Lang) {
  const withLines = await getSkillsWithJdLines(lang);
  const tested = withLines.filter((c) => c.lines.length > 0);
  return tested.length > 0 ? tested : withLines;
}

/** The interviews of a loop, in order; a stage naming an unknown skill in `fits` fails the build. */
export async function getInterviewStages(lang: Lang) {
  const skills = new Set((await getSkills('en')).map((s) => s.id));
  const stages = await all('interviewStages', lang, byOrder);
  for (const stage of stages) {
    const unknown = stage.fits.find((id) => !skills.has(id));
    if (unknown) {
      throw new Error(
        `src/data/interview-stages.yaml entry "${stage.id}" field fits: "${unknown}" is not an id in src/data/skills.yaml.`,
      );
    }
  }
  return stages;
}

/**
 * A guide page by its English slug (e.g. "role/duties") in the reader's language, for page lists
 * such as All topics. A Persian page missing its translation falls back to the English entry, as
 * Starlight itself does at the Persian address.
 */
export async function getDocPage(slug: string, usedBy: string, lang?: string) {
  const translated = langOf(lang) === 'fa' ? await getEntry('docs', localePath(slug, lang)) : undefined;
  const entry = translated ?? (await getEntry('docs', slug));
  if (!entry) throw new Error(`${usedBy} lists "${slug}", which has no page in src/content/docs/.`);
  return entry;
}

/**
 * Title and path (below the base) of each English page slug in the reader's language, failing the
 * build when a slug names no page. Persian titles come from the Persian pages, English stands in.
 */
export async function getPageLinks(slugs: readonly string[], usedBy: string, lang?: string) {
  const docs = await getCollection('docs');
  return slugs.map((slug) => {
    const english = docs.find((doc) => doc.id === slug);
    if (!english) throw new Error(`${usedBy} lists "${slug}", which is not a page in src/content/docs/.`);
    const path = localePath(slug, lang);
    const page = docs.find((doc) => doc.id === path) ?? english;
    return { slug, path: `${path}/`, title: page.data.title };
  });
}

/** Every page of the guide (the home page and 404 included), for per-page files such as social cards. */
export async function getDocPages(lang?: Lang) {
  const docs = await getCollection('docs');
  if (!lang) return docs;
  const isPersian = (id: string) => id === 'fa' || id.startsWith('fa/');
  return docs.filter((doc) => isPersian(doc.id) === (lang === 'fa'));
}
