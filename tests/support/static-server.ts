import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

/** Rules of a Netlify/Cloudflare `_headers` file: a path pattern, then indented `Name: value` lines. */
export function parseHeadersFile(text: string): { pattern: RegExp; headers: [string, string][] }[] {
  const rules: { pattern: RegExp; headers: [string, string][] }[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
    } else if (rules.length) {
      const [name, ...value] = line.trim().split(':');
      rules.at(-1)!.headers.push([name!.trim(), value.join(':').trim()]);
    }
  }
  return rules;
}

export interface RunningSite {
  origin: string;
  base: string;
  url(path?: string): string;
  close(): Promise<void>;
}

/**
 * Serves a built site the way a static host does: under its base path, index.html for folders,
 * 404.html with status 404 for anything else (fa/404.html under /fa/, as Cloudflare Pages and the
 * Netlify rule in _redirects do). Binds to 127.0.0.1 only.
 */
export async function serveDist(dir: string, base = '/'): Promise<RunningSite> {
  const root = normalize(dir);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  let rules: ReturnType<typeof parseHeadersFile> = [];
  try {
    rules = parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8'));
  } catch {
    rules = [];
  }
  const headersFor = (pathname: string) =>
    Object.fromEntries(rules.filter((r) => r.pattern.test(pathname)).flatMap((r) => r.headers));

  async function fileFor(pathname: string): Promise<string | undefined> {
    if (!pathname.startsWith(prefix) && `${pathname}/` !== prefix) return undefined;
    const relative = decodeURIComponent(pathname.slice(prefix.length - 1));
    const candidate = normalize(join(root, relative));
    if (candidate !== root && !candidate.startsWith(root + sep)) return undefined;
    for (const path of [candidate, join(candidate, 'index.html')]) {
      const info = await stat(path).catch(() => undefined);
      if (info?.isFile()) return path;
    }
    return undefined;
  }

  const server: Server = createServer(async (req, res) => {
    try {
      const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
      const file = await fileFor(pathname);
      if (file) {
        const type = TYPES[extname(file)] ?? 'application/octet-stream';
        let body = await readFile(file);
        const headers: Record<string, string> = { ...headersFor(pathname), 'Content-Type': type };
        // Compress text as a real host does, so page-weight and Lighthouse numbers are realistic.
        if (
          /text|javascript|json|svg|xml/.test(type) &&
          /gzip/.test(String(req.headers['accept-encoding']))
        ) {
          body = gzipSync(body);
          headers['Content-Encoding'] = 'gzip';
        }
        res.writeHead(200, headers);
        res.end(body);
        return;
      }
      const page = pathname.startsWith(`${prefix}fa/`) ? 'fa/404.html' : '404.html';
      const notFound = await readFile(join(root, page)).catch(() => Buffer.from('Not found'));
      res.writeHead(404, { 'Content-Type': TYPES['.html'] });
      res.end(notFound);
    } catch {
      res.writeHead(400, { 'Content-Type': TYPES['.txt'] });
      res.end('Bad request');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    base: prefix,
    url: (path = '') => `${origin}${prefix}${path.replace(/^\//, '')}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
