/**
 * Cleaning text that comes from a reader, a link or storage before a tool keeps or exports it.
 * Nothing here shortens text beyond the characters it names; every function is pure.
 */

/** C0 controls other than tab and line feed, DEL, and the C1 controls. Carriage returns are handled apart. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/**
 * Bidirectional embedding, override and isolate controls (U+202A-U+202E, U+2066-U+2069). They
 * reorder the text around them, so a pasted U+202E can make an ad read differently from what was
 * typed; an exported document never needs them, because each block sets its own direction. The
 * direction marks (LRM, RLM, ALM) are kept: they only nudge neutral characters, as Persian needs.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** True when `cleanText` would change the text: a quick test before the full clean. */
export const needsCleaning = (text: string) =>
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uD800-\uDFFF]/.test(text);

/**
 * Drops control characters (keeping tabs and line breaks), writes CR and CRLF as LF and repairs
 * broken UTF-16 with U+FFFD. A single-line value (`multiline` false) has its line breaks and tabs
 * turned into one space each run.
 */
export function cleanText(value: string, multiline = false): string {
  const text = value.replace(LONE_SURROGATE, '\uFFFD').replace(/\r\n?/g, '\n').replace(CONTROL, '');
  return multiline ? text : text.replace(/[\n\t]+/g, ' ');
}

/** Text for an exported document: cleaned as above and without bidirectional controls. */
export function exportText(value: string, multiline = false): string {
  return cleanText(value, multiline).replace(BIDI_CONTROLS, '');
}

/** An http(s) address as a clean absolute URL, or undefined: keeps javascript: and friends out. */
export function safeWebUrl(raw: string): string | undefined {
  const value = raw.trim();
  if (value === '') return undefined;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value}`);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    if (!url.hostname.includes('.') || url.username || url.password) return undefined;
    return url.href;
  } catch {
    return undefined;
  }
}
