/**
 * Copy and download buttons for every format. The format code loads on the first click (with the
 * JSON-LD panel's module, which needs it too). Nothing is exported while the form shows a problem,
 * and the JSON-LD not until Google's required fields are filled.
 */
import { buildDocument } from '../jd-documents';
import { fileSlug } from '../jd-state';
import type { Builder } from './context';
import type { JsonLdPanel } from './json-ld-panel';
import type { ProblemsPanel } from './problems';

type Format = 'md' | 'text' | 'html' | 'txt' | 'jsonld';

/** File extension and MIME type of each download. */
const FILES: Record<Exclude<Format, 'text'>, [string, string]> = {
  md: ['md', 'text/markdown'],
  html: ['html', 'text/html'],
  txt: ['txt', 'text/plain'],
  jsonld: ['jsonld.html', 'text/html'],
};

type Modules = {
  jsonld: typeof import('../jd-jsonld');
  formats: typeof import('../jd-formats');
  download: typeof import('../../../lib/download');
};

export function bindExports(b: Builder, problems: ProblemsPanel, jsonLdPanel: JsonLdPanel): void {
  const { labels, lang, locale } = b.config;
  let modules: Modules | undefined;
  const loadModules = async () =>
    (modules ??= {
      jsonld: await jsonLdPanel.module(),
      formats: await import('../jd-formats'),
      download: await import('../../../lib/download'),
    });
  // Loaded once the reader starts on the builder, so a click copies within the click itself:
  // Safari refuses a clipboard write that waits for anything.
  for (const type of ['focusin', 'pointerdown']) {
    b.root.addEventListener(type, () => void loadModules(), { once: true, passive: true });
  }

  /** The export of a format, or undefined (with the reason announced) while the draft is not ready. */
  function exportOf(format: Format, { jsonld, formats }: Modules) {
    b.flush();
    if (problems.current().length > 0) {
      b.announce(b.say('status.blocked'));
      b.$('[data-problems]').focus();
      return undefined;
    }
    const doc = buildDocument(b.state, labels, locale);
    const posting = jsonld.buildJobPosting(b.state, labels, locale);
    if (format === 'jsonld' && jsonld.missingRequiredFields(posting).length > 0) {
      b.announce(b.say('status.jsonldBlocked'));
      return undefined;
    }
    const plain = formats.toPlainText(doc);
    const content: Record<Format, () => string> = {
      md: () => formats.toMarkdown(doc),
      text: () => plain,
      txt: () => plain,
      html: () => formats.toHtmlPage(doc, lang),
      jsonld: () => jsonld.jsonLdScript(posting),
    };
    return { content: content[format](), plain, fragment: () => formats.toHtmlFragment(doc, lang) };
  }

  async function copy(format: Format) {
    const out = exportOf(format, modules ?? (await loadModules()));
    if (!out) return;
    try {
      if (format === 'html' && typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
        await navigator.clipboard.write([
          new ClipboardItem({
            'text/html': new Blob([out.fragment()], { type: 'text/html' }),
            'text/plain': new Blob([out.plain], { type: 'text/plain' }),
          }),
        ]);
      } else {
        await navigator.clipboard.writeText(format === 'html' ? out.plain : out.content);
      }
      b.announce(b.say(`status.copied.${format}`));
    } catch {
      // The JSON-LD has its own block to copy from; the other formats read as the preview does.
      b.announce(b.say(format === 'jsonld' ? 'status.copyFailed.jsonld' : 'status.copyFailed'));
    }
  }

  async function download(format: Exclude<Format, 'text'>) {
    const loaded = modules ?? (await loadModules());
    const out = exportOf(format, loaded);
    if (!out) return;
    const [extension, type] = FILES[format];
    const name = `${fileSlug(b.state)}.${extension}`;
    loaded.download.downloadFile(name, out.content, type);
    b.announce(b.say('status.downloaded', { file: name }));
  }

  for (const button of b.$$<HTMLButtonElement>('[data-copy]')) {
    button.addEventListener('click', () => void copy(button.dataset['copy'] as Format));
  }
  for (const button of b.$$<HTMLButtonElement>('[data-download]')) {
    button.addEventListener(
      'click',
      () => void download(button.dataset['download'] as Exclude<Format, 'text'>),
    );
  }
}
