/**
 * Text from places a reader or a link controls (form fields, addresses, stored drafts), made safe
 * to keep: control characters go, broken UTF-16 is repaired, line ends become "\n". Never shortens
 * text otherwise; length limits are the caller's, shown to the reader rather than applied by cutting.
 */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function cleanText(value: string, multiline = false): string {
  const text = value.replace(LONE_SURROGATE, '\uFFFD').replace(CONTROL, '').replace(/\r\n?/g, '\n');
  return multiline ? text : text.replace(/[\n\t]+/g, ' ');
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
