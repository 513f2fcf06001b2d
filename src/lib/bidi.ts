/**
 * Left-to-right isolates for Persian pages. A code such as 11-3021 after Persian letters is
 * reordered by the Unicode bidi algorithm (the digits take the Arabic-letter context and the
 * hyphen splits them), so it reads "3021-11"; a URL breaks up the same way. Wrapping each such run
 * in <bdi dir="ltr"> keeps it whole and in order. Pure string work, run once on each Persian
 * page's rendered article (src/components/overrides/MarkdownContent.astro).
 */

/**
 * What must read left to right: a URL, a bare domain with a path, or Latin digits joined by a
 * hyphen, dash, slash, colon or dot (codes and ranges such as 11-3021, 2023-24, 4–5, 1625.4).
 * Persian-digit ranges are left alone: right to left is how a Persian reader reads «۴–۵».
 */
export const LTR_RUN =
  /https?:\/\/[^\s<>"«»()]+[^\s<>"«».,;:!?()،؛]|\bwww\.[^\s<>"«»()]+[^\s<>"«».,;:!?()،؛]|(?<![\w.\/-])\d+(?:[-–\/:.]\d+)+(?![\w\/])/g;

/** Elements whose text is not prose, or already isolated left to right. */
const SKIP = new Set([
  'script',
  'style',
  'textarea',
  'code',
  'pre',
  'kbd',
  'samp',
  'svg',
  'math',
  'template',
]);
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
const TAG = /<!--[\s\S]*?-->|<\/?[a-zA-Z][^\s/>]*(?:[^>"']|"[^"]*"|'[^']*')*>/g;

interface Open {
  name: string;
  /** True when this element or an ancestor sets dir="ltr" closer than any dir="rtl". */
  ltr: boolean;
  skip: boolean;
}

/** Wraps every LTR_RUN in the text of `html` that is not already inside a left-to-right element. */
export function isolateLtrRuns(html: string): string {
  const stack: Open[] = [{ name: '#root', ltr: false, skip: false }];
  let out = '';
  let last = 0;
  const text = (segment: string) => {
    const top = stack[stack.length - 1]!;
    if (top.ltr || top.skip) return segment;
    return segment.replace(LTR_RUN, (run) =>
      /^(https?:|www\.)/.test(run)
        ? `<bdi dir="ltr">${run}</bdi>`
        : `<bdi dir="ltr" class="ltr-code">${run}</bdi>`,
    );
  };
  for (const match of html.matchAll(TAG)) {
    out += text(html.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
    const tag = match[0];
    if (tag.startsWith('<!--')) continue;
    const name = /^<\/?([^\s/>]+)/.exec(tag)![1]!.toLowerCase();
    const top = stack[stack.length - 1]!;
    if (tag.startsWith('</')) {
      const at = stack.findLastIndex((o) => o.name === name);
      if (at > 0) stack.length = at;
      continue;
    }
    if (VOID.has(name) || tag.endsWith('/>')) continue;
    const dir = /\sdir=["']?(ltr|rtl|auto)/i.exec(tag)?.[1]?.toLowerCase();
    stack.push({
      name,
      ltr: dir === 'ltr' ? true : dir === 'rtl' || dir === 'auto' ? false : top.ltr,
      skip: top.skip || SKIP.has(name),
    });
  }
  return out + text(html.slice(last));
}
