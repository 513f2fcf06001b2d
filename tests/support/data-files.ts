import { readFileSync } from 'node:fs';
import type { z } from 'astro/zod';
import { dataCollections, type DataCollection } from '../../src/config/collections';
import { parseDataList } from '../../src/lib/data-list';

/** Each data file with the schema content.config.ts gives it (one registry for both). */
export const dataFiles = dataCollections;
export type DataName = DataCollection;

export function readRaw(name: DataName): unknown[] {
  const { file } = dataFiles[name];
  return parseDataList(readFileSync(file, 'utf8'), file);
}

export function readData<N extends DataName>(name: N): z.infer<(typeof dataFiles)[N]['schema']>[] {
  const { schema } = dataFiles[name];
  return readRaw(name).map((entry) => schema.parse(entry)) as z.infer<(typeof dataFiles)[N]['schema']>[];
}
