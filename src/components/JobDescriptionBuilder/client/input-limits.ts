/**
 * Limits where text is typed. Every field carries `maxlength` (from jd-fields.ts), so the browser
 * stops typing at the limit and cuts a longer paste; these helpers notice the cut so the reader is
 * told, and keep characters out that the draft would not store (control characters, and line
 * breaks in one-line fields).
 */
import { cleanText, needsCleaning } from '../../../lib/clean-text';

type TextInput = HTMLInputElement | HTMLTextAreaElement;

/**
 * Calls `onCut(cut, max)` after an input event in which the browser dropped `cut` characters of
 * pasted, dropped or inserted text because the field was full.
 */
export function watchCuts(el: TextInput, onCut: (cut: number, max: number) => void): void {
  let cut = 0;
  el.addEventListener('beforeinput', (e) => {
    const event = e as InputEvent;
    const max = el.maxLength;
    if (max <= 0) return;
    const inserted = event.data ?? event.dataTransfer?.getData('text/plain') ?? '';
    if (inserted.length < 2) return;
    const selected = (el.selectionEnd ?? el.value.length) - (el.selectionStart ?? el.value.length);
    const room = Math.max(0, max - (el.value.length - selected));
    cut = Math.max(0, inserted.length - room);
  });
  el.addEventListener('input', () => {
    if (cut > 0) onCut(cut, el.maxLength);
    cut = 0;
  });
}

/** The field's value as the draft keeps it, written back into the field when it had to change. */
export function cleanValue(el: TextInput, multiline: boolean): string {
  const value = el.value;
  if (!needsCleaning(value) && (multiline || !/[\n\t]/.test(value))) return value;
  const clean = cleanText(value, multiline);
  if (clean !== value) {
    const caret = Math.max(0, (el.selectionStart ?? clean.length) - (value.length - clean.length));
    el.value = clean;
    el.setSelectionRange(caret, caret);
  }
  return clean;
}
