/**
 * The form's fields and the draft: each `[data-field]` element writes its value into the draft as
 * the reader types, and shows the draft's value whenever a whole draft is put in place. Fields are
 * found by their data-field name, so a field added to jd-fields.ts and the form needs nothing here.
 */
import { FIELDS } from '../jd-fields';
import { effectiveValidThrough } from '../jd-dates';
import type { TextField } from '../jd-state';
import type { Builder } from './context';
import { cleanValue, watchCuts } from './input-limits';

type FieldElement = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** The character count appears once a field is this full. */
const COUNT_FROM = 0.9;

export function bindForm(b: Builder): void {
  const fields = b.$$<FieldElement>('[data-field]');
  const nameOf = (el: FieldElement) => el.dataset['field'] as TextField;
  const draft = () => b.state as unknown as Record<TextField, string>;

  function showPlace() {
    const remote = b.state.workplace === 'remote';
    b.$('[data-for-place="office"]').hidden = remote;
    b.$('[data-for-place="remote"]').hidden = !remote;
  }

  /** "9,200 of 10,000 characters" under a long field near its limit, or a note of what was cut. */
  function showCount(el: HTMLInputElement | HTMLTextAreaElement, cut = 0) {
    const count = document.getElementById(`${el.id}-count`);
    if (!count) return;
    const max = el.maxLength;
    const near = el.value.length >= max * COUNT_FROM;
    count.hidden = !near && cut === 0;
    if (count.hidden) return;
    count.textContent = cut > 0 ? b.say('cut', { n: cut, max }) : b.say('count', { n: el.value.length, max });
  }

  function fillForm() {
    for (const el of fields) {
      const name = nameOf(el);
      if (el instanceof HTMLInputElement && el.type === 'radio') el.checked = el.value === b.state[name];
      else {
        const value = name === 'validThrough' ? effectiveValidThrough(b.state) : b.state[name];
        if (el.value !== value) el.value = value;
      }
      if (!(el instanceof HTMLSelectElement)) showCount(el);
    }
    showPlace();
  }

  for (const el of fields) {
    const name = nameOf(el);
    el.addEventListener('input', () => {
      if (el instanceof HTMLInputElement && el.type === 'radio' && !el.checked) return;
      draft()[name] =
        el instanceof HTMLSelectElement ? el.value : cleanValue(el, FIELDS[name].kind === 'paragraphs');
      if (name === 'workplace') showPlace();
      if (name === 'datePosted' && b.state.validThrough === '') {
        b.$<HTMLInputElement>('#jdb-validThrough').value = effectiveValidThrough(b.state);
      }
      if (!(el instanceof HTMLSelectElement)) showCount(el);
      b.edited();
    });
    // After the listener above, so a note of what was cut replaces the count it shows.
    if (!(el instanceof HTMLSelectElement)) {
      watchCuts(el, (cut, max) => {
        showCount(el, cut);
        b.announce(b.say('cut', { n: cut, max }));
      });
    }
  }

  b.on('replace', fillForm);
}
