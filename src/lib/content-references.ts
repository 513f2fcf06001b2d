import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load } from 'js-yaml';
import { dataCollections, type DataCollection } from '../config/collections';
import { componentReferences } from '../config/component-references';
import { parseDataList } from './data-list';

/** Every .mdx file under a folder, as paths relative to the project root. */
function mdxFiles(root: string, folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => join(folder, file))
    .sort();
}

const lineOf = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** The ids a prop names: id="a", ids={['a', 'b']}, highlight="a" or highlight={['a']}. */
function idsOf(value: string): string[] {
  return [...value.matchAll(/['"]([^'"]+)['"]/g)].map((m) => m[1]!);
}

/**
 * Finds every id a page names that no data entry has: ids in component props (<Pay id="..."> and
 * the others in component-references.ts) and the page's frontmatter `sources`. Returns one line
 * per problem, "file:line: what is wrong", so the build can list them all at once.
 */
export function findBrokenReferences(root: string, docsFolder = 'src/content/docs'): string[] {
  const ids = new Map<DataCollection, Set<string>>();
  const known = (collection: DataCollection) => {
    if (!ids.has(collection)) {
      const { file } = dataCollections[collection];
      ids.set(
        collection,
        new Set(parseDataList(readFileSync(join(root, file), 'utf8'), file).map((e) => e.id)),
      );
    }
    return ids.get(collection)!;
  };
  const problems: string[] = [];
  for (const file of mdxFiles(root, docsFolder)) {
    const text = readFileSync(join(root, file), 'utf8');
    const front = /^---\n([\s\S]*?)\n---/.exec(text);
    const sources = (front && (load(front[1]!) as { sources?: unknown })?.sources) ?? [];
    for (const id of Array.isArray(sources) ? sources : []) {
      if (!known('sources').has(String(id))) {
        problems.push(
          `${file}: frontmatter sources: "${id}" is not an entry of ${dataCollections.sources.file}`,
        );
      }
    }
    for (const tag of text.matchAll(/<([A-Z][A-Za-z]*)\b([^>]*?)\/?>/g)) {
      const props = componentReferences[tag[1]!];
      if (!props) continue;
      for (const prop of tag[2]!.matchAll(/\b(id|ids|highlight)=(\{[^}]*\}|"[^"]*"|'[^']*')/g)) {
        const collection = props[prop[1] as 'id'];
        if (!collection) continue;
        for (const id of idsOf(prop[2]!)) {
          if (!known(collection).has(id)) {
            problems.push(
              `${file}:${lineOf(text, tag.index!)}: <${tag[1]} ${prop[1]}>: "${id}" is not an entry of ${dataCollections[collection].file}`,
            );
          }
        }
      }
    }
  }
  return problems.map((p) => relative('.', p));
}
