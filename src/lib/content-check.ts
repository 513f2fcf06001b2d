import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { dataCollections, type DataCollection } from '../config/collections';
import { componentReferences } from '../config/component-references';
import { parseDataList, type RawEntry } from './data-list';

/** Fields that name an entry of another collection, wherever they appear in a data file. */
const REFERENCE_FIELDS: Record<string, DataCollection> = {
  source: 'sources',
  sources: 'sources',
  copy: 'sources',
  skill: 'skills',
  skills: 'skills',
  level: 'levels',
};

/** Every .mdx file under a folder, as paths relative to the project root. */
function mdxFiles(root: string, folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => join(folder, file))
    .sort();
}

const lineOf = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** The ids a prop names: id="a", ids={['a', 'b']}, highlight="a", highlight={['a']} or figure="a". */
const idsOf = (value: string) => [...value.matchAll(/['"]([^'"]+)['"]/g)].map((m) => m[1]!);

/** Each data file's entries, or the reason it cannot be read. */
function readCollections(root: string) {
  const entries = new Map<DataCollection, RawEntry[]>();
  const problems: string[] = [];
  for (const [name, { file }] of Object.entries(dataCollections) as [DataCollection, { file: string }][]) {
    try {
      entries.set(name, parseDataList(readFileSync(join(root, file), 'utf8'), file));
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  return { entries, problems };
}

/** Schema errors of every entry, named by file, entry and field. */
function schemaProblems(entries: Map<DataCollection, RawEntry[]>): string[] {
  const problems: string[] = [];
  for (const [name, list] of entries) {
    const { file, schema } = dataCollections[name];
    for (const entry of list) {
      const result = schema.safeParse(entry);
      for (const issue of result.error?.issues ?? []) {
        const field = issue.path.join('.') || '(entry)';
        problems.push(`${file} entry "${entry.id}" field ${field}: ${issue.message}`);
      }
    }
  }
  return problems;
}

/** Ids in data files (source, sources, skill, skills, level) that name no entry of their collection. */
function dataReferenceProblems(
  entries: Map<DataCollection, RawEntry[]>,
  known: (c: DataCollection) => Set<string> | undefined,
) {
  const problems: string[] = [];
  for (const [name, list] of entries) {
    for (const entry of list) {
      for (const [field, target] of Object.entries(REFERENCE_FIELDS)) {
        const value = entry[field];
        const ids = typeof value === 'string' ? [value] : Array.isArray(value) ? value.map(String) : [];
        const targetIds = known(target);
        for (const id of ids) {
          if (targetIds && !targetIds.has(id)) {
            problems.push(
              `${dataCollections[name].file} entry "${entry.id}" field ${field}: "${id}" is not an entry of ${dataCollections[target].file}`,
            );
          }
        }
      }
    }
  }
  return problems;
}

/** Ids that pages name (component props and frontmatter sources) with no data entry behind them. */
function pageReferenceProblems(
  root: string,
  docsFolder: string,
  known: (c: DataCollection) => Set<string> | undefined,
) {
  const problems: string[] = [];
  const check = (collection: DataCollection, id: string, where: string) => {
    const ids = known(collection);
    if (ids && !ids.has(id))
      problems.push(`${where}: "${id}" is not an entry of ${dataCollections[collection].file}`);
  };
  for (const file of mdxFiles(root, docsFolder)) {
    const text = readFileSync(join(root, file), 'utf8');
    const front = /^---\n([\s\S]*?)\n---/.exec(text);
    const sources = (front && (load(front[1]!) as { sources?: unknown } | null)?.sources) ?? [];
    for (const id of Array.isArray(sources) ? sources : [])
      check('sources', String(id), `${file}: frontmatter sources`);
    for (const tag of text.matchAll(/<([A-Z][A-Za-z]*)\b([^>]*?)\/?>/g)) {
      const props = componentReferences[tag[1]!];
      if (!props) continue;
      for (const prop of tag[2]!.matchAll(/\b(id|ids|highlight|figure)=(\{[^}]*\}|"[^"]*"|'[^']*')/g)) {
        const collection = props[prop[1] as 'id'];
        if (!collection) continue;
        for (const id of idsOf(prop[2]!))
          check(collection, id, `${file}:${lineOf(text, tag.index!)}: <${tag[1]} ${prop[1]}>`);
      }
    }
  }
  return problems;
}

/**
 * Everything in the content that would build wrong, all at once, one line per problem: data files
 * that cannot be read (with line and column), entries their schema refuses (file, entry, field),
 * and ids in data files or pages that name no entry (file and line).
 */
export function findContentProblems(root: string, docsFolder = 'src/content/docs'): string[] {
  const { entries, problems } = readCollections(root);
  const ids = new Map([...entries].map(([name, list]) => [name, new Set(list.map((e) => e.id))]));
  const known = (collection: DataCollection) => ids.get(collection);
  return [
    ...problems,
    ...schemaProblems(entries),
    ...dataReferenceProblems(entries, known),
    ...pageReferenceProblems(root, docsFolder, known),
  ];
}
