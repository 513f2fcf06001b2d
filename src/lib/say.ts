import { localDigits, punctuation } from './locale';
import { fill } from './template';

/** The UI strings a tool hands its client script, with the language they are in. */
export interface ToolWords {
  ui: Readonly<Record<string, string>>;
  locale: string;
  /** Given, "listSep" says the language's list separator (locale.ts), which no JSON string can
   *  hold: JSON strings carry no edge spaces. */
  lang?: string;
}

/**
 * say(key, values): the tool's UI string, its {{placeholders}} filled and its numbers in the
 * reader's digits; the key itself when the string is missing, so a gap shows on the page.
 */
export function sayer(words: ToolWords) {
  return (key: string, values: Record<string, string | number> = {}): string =>
    key === 'listSep' && words.lang !== undefined
      ? punctuation(words.lang).list
      : fill(words.ui[key] ?? key, localDigits(values, words.locale));
}
