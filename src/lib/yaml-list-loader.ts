import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parseDataList } from './data-list';

/**
 * A content loader for one YAML data file that fails the build on anything parseDataList refuses,
 * where Astro's file() loader would log it and build the page without its entries.
 */
export function yamlListLoader(fileName: string): Loader {
  return {
    name: 'yaml-list-loader',
    load: async ({ config, store, parseData, watcher, logger }) => {
      const path = fileURLToPath(new URL(fileName, config.root));
      const sync = async () => {
        const entries = parseDataList(await readFile(path, 'utf8'), fileName);
        store.clear();
        for (const entry of entries) {
          store.set({
            id: entry.id,
            data: await parseData({ id: entry.id, data: entry, filePath: path }),
            filePath: fileName,
          });
        }
      };
      await sync();
      watcher?.add(path);
      watcher?.on('change', (changed) => {
        if (changed !== path) return;
        sync().catch((error: Error) => logger.error(error.message));
      });
    },
  };
}
