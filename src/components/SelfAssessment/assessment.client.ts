import { downloadFile } from '../../lib/download';
import { formatNumber } from '../../lib/locale';
import { fill } from '../../lib/template';
import { browserStorage } from '../../lib/tool-storage';
import {
  EXPORT_FILE_NAME,
  exportDocument,
  findGaps,
  ratingsFromEntries,
  summarise,
  summaryText,
  type AssessedSkill,
  type Rating,
  type SummaryStrings,
} from './assessment-logic';
import { profileChart, type ChartStrings, type SvgNode } from './chart';
import { clearRatings, loadRatings, saveRatings, watchRatings } from './state';

/** What SelfAssessment.astro renders into its JSON blob. */
export interface AssessmentData {
  skills: AssessedSkill[];
  /** Intl locale of every number shown, e.g. "fa-IR" for Persian digits. */
  locale: string;
  /** The page reads right to left: the chart is mirrored. */
  rtl: boolean;
  strings: {
    chart: ChartStrings;
    summary: SummaryStrings;
    notRated: string;
    noGaps: string;
    gapsEmpty: string;
    gapLine: string;
    nextStep: string;
    saved: string;
    notSaved: string;
    cleared: string;
    downloaded: string;
    otherTab: string;
  };
}

const SVG_NS = 'http://www.w3.org/2000/svg';

function toSvg(node: SvgNode): SVGElement {
  const element = document.createElementNS(SVG_NS, node.tag);
  for (const [name, value] of Object.entries(node.attrs)) element.setAttribute(name, String(value));
  if (node.text !== undefined) element.textContent = node.text;
  for (const child of node.children ?? []) element.append(toSvg(child));
  return element;
}

function make<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (text !== undefined) element.textContent = text;
  return element;
}

export function setUpSelfAssessment(root: HTMLElement): void {
  const q = <T extends Element>(selector: string) => root.querySelector<T>(selector);
  const blob = q<HTMLScriptElement>('script[data-assessment-data]');
  const form = q<HTMLElement>('[data-assessment-form]');
  const results = q<HTMLElement>('[data-assessment-results]');
  const summaryEl = q<HTMLElement>('[data-assessment-summary]');
  const chartHost = q<HTMLElement>('[data-assessment-chart]');
  const details = q<HTMLDetailsElement>('[data-assessment-details]');
  const tableBody = q<HTMLTableSectionElement>('[data-assessment-table]');
  const gapList = q<HTMLOListElement>('[data-assessment-gaps]');
  const noGaps = q<HTMLElement>('[data-assessment-no-gaps]');
  const download = q<HTMLButtonElement>('[data-assessment-download]');
  const print = q<HTMLButtonElement>('[data-assessment-print]');
  const clear = q<HTMLButtonElement>('[data-assessment-clear]');
  const confirm = q<HTMLElement>('[data-assessment-confirm]');
  const clearYes = q<HTMLButtonElement>('[data-assessment-clear-yes]');
  const clearNo = q<HTMLButtonElement>('[data-assessment-clear-no]');
  const status = q<HTMLElement>('[data-assessment-status]');
  if (
    !blob ||
    !form ||
    !results ||
    !summaryEl ||
    !chartHost ||
    !details ||
    !tableBody ||
    !gapList ||
    !noGaps ||
    !download ||
    !print ||
    !clear ||
    !confirm ||
    !clearYes ||
    !clearNo ||
    !status
  ) {
    return;
  }
  const { skills, strings, locale, rtl } = JSON.parse(blob.textContent ?? '{}') as AssessmentData;
  const num = (value: number) => formatNumber(value, locale);
  const ids = skills.map((s) => s.id);
  const storage = browserStorage();
  let ratings: Map<string, Rating> = loadRatings(storage, ids);

  const radios = [...form.querySelectorAll<HTMLInputElement>('input[type="radio"][data-skill]')];

  function showInForm() {
    for (const radio of radios) {
      radio.checked = ratings.get(radio.dataset['skill'] ?? '') === Number(radio.value);
    }
  }

  function readForm() {
    return ratingsFromEntries(
      radios.filter((r) => r.checked).map((r) => [r.dataset['skill'] ?? '', r.value] as const),
      ids,
    );
  }

  function render() {
    const summary = summaryText(summarise(skills, ratings), strings.summary, locale);
    summaryEl!.textContent = summary;
    chartHost!.replaceChildren(
      toSvg(profileChart(skills, ratings, { ...strings.chart, desc: summary }, undefined, { locale, rtl })),
    );

    tableBody!.replaceChildren(
      ...skills.map((skill) => {
        const rating = ratings.get(skill.id);
        const row = make('tr');
        const name = make('th', skill.name);
        name.scope = 'row';
        row.append(
          name,
          make('td', rating === undefined ? strings.notRated : num(rating)),
          make('td', num(skill.leadBar)),
          make('td', rating === undefined ? '–' : num(Math.max(0, skill.leadBar - rating))),
        );
        return row;
      }),
    );

    const gaps = findGaps(skills, ratings);
    gapList!.replaceChildren(
      ...gaps.map(({ skill, rating, gap }) => {
        const item = make('li');
        const link = make('a', skill.name);
        link.href = skill.href;
        const step = make('p');
        step.append(make('strong', `${strings.nextStep}: `), skill.nextStep);
        item.append(
          link,
          make('p', fill(strings.gapLine, { rating: num(rating), bar: num(skill.leadBar), gap: num(gap) })),
          step,
        );
        return item;
      }),
    );
    gapList!.hidden = gaps.length === 0;
    noGaps!.hidden = gaps.length > 0;
    noGaps!.textContent = ratings.size === 0 ? strings.gapsEmpty : strings.noGaps;
  }

  function announce(message: string) {
    status!.textContent = message;
  }

  form.addEventListener('change', (event) => {
    ratings = readForm();
    const saved = saveRatings(storage, ratings);
    render();
    const target = event.target;
    const skill =
      target instanceof HTMLInputElement ? skills.find((s) => s.id === target.dataset['skill']) : undefined;
    const rating = skill ? ratings.get(skill.id) : undefined;
    if (!saved) announce(strings.notSaved);
    else if (skill && rating !== undefined) {
      announce(fill(strings.saved, { skill: skill.name, rating: num(rating), bar: num(skill.leadBar) }));
    }
  });

  download.addEventListener('click', () => {
    const json = JSON.stringify(exportDocument(skills, ratings, new Date()), null, 2);
    downloadFile(EXPORT_FILE_NAME, json, 'application/json');
    announce(fill(strings.downloaded, { file: EXPORT_FILE_NAME }));
  });

  print.addEventListener('click', () => window.print());
  // The table prints too, even when its <details> is closed on screen.
  let wasOpen = false;
  window.addEventListener('beforeprint', () => {
    wasOpen = details.open;
    details.open = true;
  });
  window.addEventListener('afterprint', () => {
    details.open = wasOpen;
  });

  function closeConfirm() {
    confirm!.hidden = true;
    clear!.setAttribute('aria-expanded', 'false');
    clear!.focus();
  }
  clear.addEventListener('click', () => {
    confirm.hidden = false;
    clear.setAttribute('aria-expanded', 'true');
    clearYes.focus();
  });
  clearNo.addEventListener('click', closeConfirm);
  clearYes.addEventListener('click', () => {
    clearRatings(storage);
    ratings = new Map();
    showInForm();
    render();
    closeConfirm();
    announce(strings.cleared);
  });
  confirm.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') closeConfirm();
  });

  // Another tab saved or cleared ratings: show them here, so neither tab saves over the other.
  watchRatings(storage, ids, (stored) => {
    ratings = stored;
    showInForm();
    render();
    announce(strings.otherTab);
  });

  showInForm();
  render();
  results.hidden = false;
}
