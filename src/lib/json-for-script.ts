/**
 * JSON that is safe inside a <script> element: "<", ">" and "&" are escaped so no value can close
 * the tag or open a comment, and U+2028/U+2029 so older parsers read it as JSON text.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
