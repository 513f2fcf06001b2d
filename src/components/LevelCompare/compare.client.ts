import {
  COMPARE_PARAM,
  compareParam,
  describeSelection,
  parseCompareParam,
  selectLevels,
  type CompareStrings,
} from './compare-logic';

/** Wires one server-rendered comparison: the selects narrow the table, the URL keeps the choice. */
export function setUpLevelCompare(root: HTMLElement): void {
  const stringsEl = root.querySelector('script[data-compare-strings]');
  const controls = root.querySelector<HTMLElement>('[data-compare-controls]');
  const [first, second] = root.querySelectorAll<HTMLSelectElement>('select[data-compare-select]');
  const reset = root.querySelector<HTMLButtonElement>('button[data-compare-reset]');
  const status = root.querySelector<HTMLElement>('[data-compare-status]');
  if (!stringsEl || !controls || !first || !second || !reset || !status) return;
  const strings = JSON.parse(stringsEl.textContent ?? '{}') as CompareStrings;
  const rows = [...root.querySelectorAll<HTMLTableRowElement>('tr[data-level]')];
  const ladder = rows.map((row) => row.dataset['level'] ?? '');
  const titles = Object.fromEntries(
    rows.map((row) => [row.dataset['level'] ?? '', row.dataset['title'] ?? '']),
  );

  function apply(announce: boolean) {
    const selection = selectLevels(ladder, first!.value, second!.value);
    for (const row of rows) row.hidden = !selection.visible.includes(row.dataset['level'] ?? '');
    root.dataset['mode'] = selection.pair ? 'pair' : 'all';
    reset!.hidden = !selection.pair;
    const url = new URL(window.location.href);
    const param = compareParam(selection);
    if (param) url.searchParams.set(COMPARE_PARAM, param);
    else url.searchParams.delete(COMPARE_PARAM);
    if (url.href !== window.location.href) window.history.replaceState(window.history.state, '', url);
    if (announce) {
      status!.textContent = describeSelection(selection, [first!.value, second!.value], titles, strings);
    }
  }

  const [fromUrl, withUrl] = parseCompareParam(
    new URL(window.location.href).searchParams.get(COMPARE_PARAM),
    ladder,
  );
  first.value = fromUrl;
  second.value = withUrl;
  first.addEventListener('change', () => apply(true));
  second.addEventListener('change', () => apply(true));
  reset.addEventListener('click', () => {
    first.value = '';
    second.value = '';
    apply(true);
    first.focus();
  });
  controls.hidden = false;
  apply(false);
}
