/**
 * "Where it will be posted": the checkboxes write the draft's postedIn (in the order of the list,
 * so a link reads the same whoever made it) and show it whenever a whole draft is put in place.
 * The filter box hides the places whose name does not contain what is typed, and groups left empty.
 */
import type { Builder } from './context';

export function bindPostingPlaces(b: Builder): void {
  const boxes = b.$$<HTMLInputElement>('input[data-place]');
  const filter = b.$<HTMLInputElement>('[data-place-filter]');
  const groups = b.$$<HTMLFieldSetElement>('[data-place-group]');

  boxes.forEach((box) =>
    box.addEventListener('change', () => {
      // Ids the page no longer lists stay in the draft: a newer page may know them again.
      const listed = new Set(boxes.map((x) => x.value));
      const kept = b.state.postedIn.filter((id) => !listed.has(id));
      b.state.postedIn = [...kept, ...boxes.filter((x) => x.checked).map((x) => x.value)];
      b.edited();
    }),
  );

  filter.addEventListener('input', () => {
    const query = filter.value.trim().toLocaleLowerCase();
    let shown = 0;
    for (const group of groups) {
      let inGroup = 0;
      for (const item of group.querySelectorAll<HTMLElement>('li')) {
        const match = query === '' || (item.textContent ?? '').toLocaleLowerCase().includes(query);
        item.hidden = !match;
        if (match) inGroup++;
      }
      group.hidden = inGroup === 0;
      shown += inGroup;
    }
    b.$('[data-place-none]').hidden = shown > 0;
  });

  b.on('replace', () => {
    const picked = new Set(b.state.postedIn);
    for (const box of boxes) box.checked = picked.has(box.value);
  });
}
