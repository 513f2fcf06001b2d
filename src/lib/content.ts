/**
 * Every content query lives here, so components never call getCollection themselves
 * and a dangling id fails the build with a message that names the file and the field.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { langOf, localePath } from './localise';

type DataCollection =
  | 'sources'
  | 'salaryFigures'
  | 'duties'
  | 'skills'
  | 'levels'
  | 'certifications'
  | 'facts'
  | 'glossary'
  | 'roles'
  | 'trends'
  | 'jdItems'
  | 'socCodes';

const FILES: Record<DataCollection, string> = {
  sources: 'src/data/sources.yaml',
  salaryFigures: 'src/data/salary-figures.yaml',
  duties: 'src/data/duties.yaml',
  skills: 'src/data/skills.yaml',
  levels: 'src/data/levels.yaml',
  certifications: 'src/data/certifications.yaml',
  facts: 'src/data/facts.yaml',
  glossary: 'src/data/glossary.yaml',
  roles: 'src/data/roles.yaml',
  trends: 'src/data/trends.yaml',
  jdItems: 'src/data/jd-items.yaml',
  socCodes: 'src/data/soc-codes.yaml',
};

async function entryOrThrow<C extends DataCollection>(
  collection: C,
  id: string,
  usedBy: string,
): Promise<CollectionEntry<C>> {
  const entry = await getEntry(collection, id);
  if (!entry) {
    throw new Error(`${usedBy} refers to "${id}", which is not an entry of ${FILES[collection]}.`);
  }
  return entry as CollectionEntry<C>;
}

const byOrder = <T extends { data: { order: number } }>(a: T, b: T) => a.data.order - b.data.order;

export const getSource = (id: string, usedBy: string) => entryOrThrow('sources', id, usedBy);
export const getSalaryFigure = (id: string, usedBy: string) => entryOrThrow('salaryFigures', id, usedBy);
export const getFact = (id: string, usedBy: string) => entryOrThrow('facts', id, usedBy);
export const getDuty = (id: string, usedBy: string) => entryOrThrow('duties', id, usedBy);
export const getSkill = (id: string, usedBy: string) => entryOrThrow('skills', id, usedBy);
export const getLevel = (id: string, usedBy: string) => entryOrThrow('levels', id, usedBy);
export const getRole = (id: string, usedBy: string) => entryOrThrow('roles', id, usedBy);
export const getGlossaryTerm = (id: string, usedBy: string) => entryOrThrow('glossary', id, usedBy);

export async function getSources(ids: readonly string[], usedBy: string) {
  return Promise.all(ids.map((id) => getSource(id, usedBy)));
}

export async function getAllSources() {
  return (await getCollection('sources')).sort((a, b) => a.data.title.localeCompare(b.data.title));
}

export async function getDuties() {
  return (await getCollection('duties')).sort(byOrder);
}

export async function getSkills(group?: 'core' | 'added') {
  const all = (await getCollection('skills')).sort(byOrder);
  return group ? all.filter((s) => s.data.group === group) : all;
}

export async function getLevels() {
  return (await getCollection('levels')).sort(byOrder);
}

export async function getTrends() {
  return (await getCollection('trends')).sort(byOrder);
}

export async function getCertifications() {
  return getCollection('certifications');
}

export async function getGlossary() {
  return (await getCollection('glossary')).sort((a, b) => a.data.term.localeCompare(b.data.term));
}

export async function getRoles(relation?: 'feeder' | 'peer' | 'next' | 'family') {
  const all = await getCollection('roles');
  return relation ? all.filter((r) => r.data.relation.includes(relation)) : all;
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

export async function getJdItems(kind: 'responsibility' | 'required' | 'preferred') {
  return (await getCollection('jdItems')).filter((i) => i.data.kind === kind).sort(byOrder);
}

export async function getSalaryFigures(ids?: readonly string[], usedBy = 'a page') {
  if (ids) return Promise.all(ids.map((id) => getSalaryFigure(id, usedBy)));
  return getCollection('salaryFigures');
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

/** The SOC codes pay studies use as stand-ins for product managers, in display order. */
export async function getSocCodes() {
  return (await getCollection('socCodes')).sort(byOrder);
}

/** Every page of the guide (the home page and 404 included), for per-page files such as social cards. */
export async function getDocPages(lang?: 'en' | 'fa') {
  const all = await getCollection('docs');
  if (!lang) return all;
  const isPersian = (id: string) => id === 'fa' || id.startsWith('fa/');
  return all.filter((doc) => isPersian(doc.id) === (lang === 'fa'));
}

/** Every skill with the jd-items lines that name it; a line naming an unknown skill fails the build. */
export async function getSkillsWithJdLines() {
  const lines = (
    await Promise.all((['responsibility', 'required', 'preferred'] as const).map(getJdItems))
  ).flat();
  const skills = await getSkills();
  const known = new Set(skills.map((s) => s.id));
  const unknown = lines.find((l) => l.data.skill && !known.has(l.data.skill));
  if (unknown) {
    throw new Error(
      `src/data/jd-items.yaml entry "${unknown.id}" field skill: "${unknown.data.skill}" is not an id in src/data/skills.yaml.`,
    );
  }
  return skills.map((skill) => ({ skill, lines: lines.filter((l) => l.data.skill === skill.id) }));
}

/**
 * The competencies the hiring tools share: every skill a jd-items line names, with those lines,
 * so the job description, the interview kit and the scorecard test the same things. Falls back
 * to all skills (with no lines) while jd-items names none.
 */
export async function getCompetencies() {
  const withLines = await getSkillsWithJdLines();
  const tested = withLines.filter((c) => c.lines.length > 0);
  return tested.length > 0 ? tested : withLines;
}
