import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { jsonForScript } from '../json-for-script';
import type { JsonLd } from '../structured-data';

export type HeadEntry = StarlightRouteData['head'][number];

export const meta = (key: 'property' | 'name', name: string, content: string): HeadEntry => ({
  tag: 'meta',
  attrs: { [key]: name, content },
});

export const jsonLdScript = (data: JsonLd): HeadEntry => ({
  tag: 'script',
  attrs: { type: 'application/ld+json' },
  content: jsonForScript(data),
});
