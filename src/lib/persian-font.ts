/**
 * The Persian web font: Vazirmatn's variable file (@fontsource-variable/vazirmatn), cut down at
 * build time by src/integrations/persian-font.ts to the letters, marks, digits and punctuation
 * Persian is written with and to weights 400-700, so a Persian page loads one file of about 21 KB
 * instead of two of 21 KB each. English pages never load it.
 */
export const FONT_FOLDER = 'fonts';
export const FONT_FILE = 'vazirmatn-persian.woff2';
/** The weights the pages use: body text 400, headings 600, bold 700. */
export const FONT_WEIGHT_RANGE = [400, 700] as const;

/**
 * The code points kept, as [first, last] ranges: Persian and Arabic punctuation (، ؛ ؟), the
 * Arabic letters Persian uses plus ة ي ك ى that Arabic keyboards type, vowel marks and hamza
 * forms, Arabic-Indic digits and the percent and decimal signs, superscript alef, the Persian
 * letters پ چ ژ ک گ ۀ ی, Persian digits, and the zero-width joiners and direction marks.
 * Anything else keeps the system font.
 */
export const PERSIAN_RANGES: readonly (readonly [number, number])[] = [
  [0x060c, 0x060c],
  [0x061b, 0x061b],
  [0x061f, 0x061f],
  [0x0621, 0x063a],
  [0x0640, 0x0655],
  [0x0660, 0x066c],
  [0x0670, 0x0670],
  [0x067e, 0x067e],
  [0x0686, 0x0686],
  [0x0698, 0x0698],
  [0x06a9, 0x06a9],
  [0x06af, 0x06af],
  [0x06c0, 0x06c0],
  [0x06cc, 0x06cc],
  [0x06f0, 0x06f9],
  [0x200c, 0x200f],
];

/** Every kept character, for the subsetter. */
export function persianCharacters(): string {
  return PERSIAN_RANGES.flatMap(([first, last]) =>
    Array.from({ length: last - first + 1 }, (_, i) => String.fromCodePoint(first + i)),
  ).join('');
}

const hex = (code: number) => code.toString(16).toUpperCase().padStart(4, '0');

/** The CSS unicode-range of the kept characters: "U+060C, U+0621-063A, ...". */
export function persianUnicodeRange(): string {
  return PERSIAN_RANGES.map(([first, last]) =>
    first === last ? `U+${hex(first)}` : `U+${hex(first)}-${hex(last)}`,
  ).join(', ');
}

/** The @font-face rule, with the file under the deploy base. */
export function persianFontFace(base: string): string {
  const url = `${base.replace(/\/?$/, '/')}${FONT_FOLDER}/${FONT_FILE}`;
  const [light, bold] = FONT_WEIGHT_RANGE;
  return `@font-face{font-family:'Vazirmatn';font-style:normal;font-weight:${light} ${bold};font-display:swap;src:url(${url}) format('woff2');unicode-range:${persianUnicodeRange()}}`;
}

/**
 * The <head> entries that load the font, for Persian pages only (see src/route-middleware.ts):
 * the @font-face inline (a stylesheet file would be one more request before the text can paint)
 * and a preload, since every Persian page shows Persian text at once.
 */
export function persianFontHead(base: string) {
  const href = `${base.replace(/\/?$/, '/')}${FONT_FOLDER}/${FONT_FILE}`;
  return [
    {
      tag: 'link' as const,
      attrs: { rel: 'preload', href, as: 'font', type: 'font/woff2', crossorigin: 'anonymous' },
    },
    { tag: 'style' as const, content: persianFontFace(base) },
  ];
}
