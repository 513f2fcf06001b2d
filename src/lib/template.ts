/**
 * Replaces {{name}} placeholders, as Starlight's i18next strings use them; unknown ones stay
 * visible. Dependency-free so client scripts can import it.
 */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (match, key: string) =>
    Object.hasOwn(values, key) ? String(values[key]) : match,
  );
}
