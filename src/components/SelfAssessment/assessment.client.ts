import { make } from '../../lib/dom';
import { downloadFile } from '../../lib/download';
import { bindConfirm } from '../tools/confirm';
import { formatNumber } from '../../lib/locale';
import { fill } from '../../lib/template';
import { browserStorage } from '../../lib/tool-storage';
import {
  BAR_LEVELS,
  EXPORT_FILE_NAME,
  NEXT_BAR,
  compareWith,
  exportDocument,
  findGaps,
  isCurrentLevel,
  isRating,
  summarise,
  summaryText,
  type AssessedSkill,
  type BarLevel,
  type SummaryStrings,
} from './assessment-logic';
import { profileChart, type ChartStrings, type SvgNode } from './chart';
import { loadAssessment, saveAssessment, saveChange, watchAssessment, type Assessment } from './state';

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
    /** Each bar's level as a sentence names it, "lead PM". */
    barName: Record<BarLevel, string>;
    /** Each bar as a column and legend names it, "Lead PM bar". */
    barColumn: Record<BarLevel, string>;
    /** "Gap to the {{level}} bar". */
    gapTo: string;
    /** "Now comparing with the {{level}} bar." */
    levelChanged: string;
    /** "Your gaps to the {{level}} bar, largest first". */
    gapsHeading: string;
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
    !status
  ) {
    return;
  }
  const { skills, strings, locale, rtl } = JSON.parse(blob.textContent ?? '{}') as AssessmentData;
  const num = (value: number) => formatNumber(value, locale);
  const ids = skills.map((s) => s.id);
  const storage = browserStorage();
  const levelField = q<HTMLElement>('[data-assessment-level-field]');
  const levelSelect = q<HTMLSelectElement>('[data-assessment-level]');
  const gapColumn = q<HTMLElement>('[data-assessment-gap-column]');
  const gapsHeading = q<HTMLElement>('#sa-gaps-heading');
  let assessment: Assessment = loadAssessment(storage, ids);

  const radios = [...form.querySelectorAll<HTMLInputElement>('input[type="radio"][data-skill]')];

  function showInForm() {
    for (const radio of radios) {
      radio.checked = assessment.ratings.get(radio.dataset['skill'] ?? '') === Number(radio.value);
    }
    if (levelSelect) levelSelect.value = assessment.level;
  }

  function render() {
    const { ratings } = assessment;
    const next = NEXT_BAR[assessment.level];
    const compared = compareWith(skills, next);
    const level = strings.barName[next];
    const summary = summaryText(summarise(compared, ratings), strings.summary, locale, level);
    summaryEl!.textContent = summary;
    const chartStrings = {
      ...strings.chart,
      title: fill(strings.chart.title, { level }),
      bar: strings.barColumn[next],
      desc: summary,
    };
    chartHost!.replaceChildren(
      toSvg(profileChart(compared, ratings, chartStrings, undefined, { locale, rtl })),
    );

    if (gapColumn) gapColumn.textContent = fill(strings.gapTo, { level });
    tableBody!.replaceChildren(
      ...compared.map((skill) => {
        const rating = ratings.get(skill.id);
        const row = make('tr');
        const name = make('th', skill.name);
        name.scope = 'row';
        row.append(name, make('td', rating === undefined ? strings.notRated : num(rating)));
        for (const bar of BAR_LEVELS) {
          const cell = make('td', num(skill.bars[bar]));
          if (bar === next) cell.className = 'next';
          row.append(cell);
        }
        row.append(make('td', rating === undefined ? '–' : num(Math.max(0, skill.bar - rating))));
        return row;
      }),
    );

    const gaps = findGaps(compared, ratings);
    gapList!.replaceChildren(
      ...gaps.map(({ skill, rating, gap }) => {
        const item = make('li');
        const link = make('a', skill.name);
        link.href = skill.href;
        const step = make('p');
        step.append(make('strong', `${strings.nextStep}: `), skill.nextStep);
        const values = {
          rating: num(rating),
          level: strings.barColumn[next],
          bar: num(skill.bar),
          gap: num(gap),
        };
        item.append(link, make('p', fill(strings.gapLine, values)), step);
        return item;
      }),
    );
    gapList!.hidden = gaps.length === 0;
    noGaps!.hidden = gaps.length > 0;
    noGaps!.textContent = ratings.size === 0 ? strings.gapsEmpty : strings.noGaps;
    if (gapsHeading) gapsHeading.textContent = fill(strings.gapsHeading, { level });
  }

  function announce(message: string) {
    status!.textContent = message;
  }

  // One change at a time, saved on top of what storage holds now: a rating another tab made since
  // this page last read storage is kept, not saved over.
  form.addEventListener('change', (event) => {
    const target = event.target;
    if (!(target instanceof HTMLInputElement) || !target.checked) return;
    const skill = skills.find((s) => s.id === target.dataset['skill']);
    const rating = Number(target.value);
    if (!skill || !isRating(rating)) return;
    const result = saveChange(storage, ids, { skill: skill.id, rating }, assessment);
    assessment = result.assessment;
    showInForm();
    render();
    const next = NEXT_BAR[assessment.level];
    if (!result.saved) announce(strings.notSaved);
    else {
      const values = {
        skill: skill.name,
        rating: num(rating),
        level: strings.barColumn[next],
        bar: num(skill.bars[next]),
      };
      announce(fill(strings.saved, values));
    }
  });

  levelSelect?.addEventListener('change', () => {
    if (!isCurrentLevel(levelSelect.value)) return;
    const result = saveChange(storage, ids, { level: levelSelect.value }, assessment);
    assessment = result.assessment;
    showInForm();
    render();
    announce(
      result.saved
        ? fill(strings.levelChanged, { level: strings.barName[NEXT_BAR[assessment.level]] })
        : strings.notSaved,
    );
  });

  download.addEventListener('click', () => {
    const json = JSON.stringify(
      exportDocument(skills, assessment.ratings, new Date(), assessment.level),
      null,
      2,
    );
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

  bindConfirm(root, 'assessment', 'clear', () => {
    // Clearing removes the ratings; the level the reader chose stays.
    assessment = { ratings: new Map(), level: assessment.level };
    saveAssessment(storage, assessment);
    showInForm();
    render();
    announce(strings.cleared);
  });

  // Another tab saved or cleared ratings: show them here, so neither tab saves over the other.
  watchAssessment(storage, ids, (stored) => {
    assessment = stored;
    showInForm();
    render();
    announce(strings.otherTab);
  });

  showInForm();
  render();
  if (levelField) levelField.hidden = false;
  results.hidden = false;
}
