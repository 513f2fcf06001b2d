/**
 * Words as a file name's ASCII slug: accents dropped, anything else that is not a-z or 0-9
 * becomes one hyphen, at most 60 characters, no hyphen at either end. Persian text leaves ''; each
 * caller names its file without a slug then.
 */
export function asciiSlug(words: string): string {
  return words
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}
