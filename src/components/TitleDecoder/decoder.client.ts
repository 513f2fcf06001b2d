/**
 * Wires the decoder's form to its pure rules: answers in, placement and nearest titles out. The
 * answers live in the query string only, so a decoded job can be shared; a link's values are
 * checked one by one. Text reaches the page through textContent only.
 */
import { make } from '../../lib/dom';
import { fill } from '../../lib/template';
import { formatNumber } from '../../lib/locale';
import {
  answersFromParams,
  CHOICE_QUESTIONS,
  nearestTitles,
  parseYears,
  placeJob,
  withAnswers,
  type Answers,
} from './decoder-logic';
import { describePlacement, gradeText, relationText } from './decoder-text';
import type { DecoderData } from './decoder-data';

export function setUpTitleDecoder(root: HTMLElement): void {
  const q = <T extends Element>(selector: string) => root.querySelector<T>(selector);
  const blob = q<HTMLScriptElement>('script[data-decoder-data]');
  const form = q<HTMLElement>('[data-decoder-form]');
  const result = q<HTMLElement>('[data-decoder-result]');
  const answerEl = q<HTMLElement>('[data-decoder-answer]');
  const status = q<HTMLElement>('[data-decoder-status]');
  const years = q<HTMLInputElement>('[data-decoder-years]');
  const yearsError = q<HTMLElement>('[data-decoder-years-error]');
  const title = q<HTMLSelectElement>('[data-decoder-title]');
  const reset = q<HTMLButtonElement>('[data-decoder-reset]');
  if (!blob || !form || !result || !answerEl || !status || !years || !yearsError || !title || !reset) return;
  const data = JSON.parse(blob.textContent ?? '{}') as DecoderData;
  const { levels, entries, strings, form: text } = data;
  const selects = new Map(
    CHOICE_QUESTIONS.map((question) => [
      question,
      q<HTMLSelectElement>(`select[data-decoder-question="${question}"]`),
    ]),
  );
  const levelsAtRung = (rung: number) => levels.filter((l) => l.rung === rung).map((l) => l.id);
  let lastHeadline = '';

  function readForm(): Answers {
    const answers: Answers = {};
    for (const [question, select] of selects) {
      if (select?.value) (answers as Record<string, string>)[question] = select.value;
    }
    const parsed = parseYears(years!.value);
    const badYears = parsed !== null && Number.isNaN(parsed);
    years!.setAttribute('aria-invalid', String(badYears));
    yearsError!.textContent = badYears ? strings.yearsError : '';
    if (parsed !== null && !badYears) answers.years = parsed;
    if (title!.value) answers.title = title!.value;
    return answers;
  }

  function fillForm(answers: Answers) {
    for (const [question, select] of selects) if (select) select.value = answers[question] ?? '';
    years!.value = answers.years === undefined ? '' : formatNumber(answers.years, strings.locale);
    title!.value = answers.title ?? '';
  }

  function render(answers: Answers, announce: boolean) {
    const placement = placeJob(answers, levels);
    if (!placement) {
      answerEl!.replaceChildren(make('p', fill(strings.need, { count: formatNumber(2, strings.locale) })));
      lastHeadline = '';
      return;
    }
    const words = describePlacement(placement, answers, levelsAtRung, text, strings);
    const nodes: HTMLElement[] = [make('p', strings.resultLead), make('p', words.headline, 'td-headline')];
    if (words.kind) nodes.push(make('p', words.kind));
    if (words.title) nodes.push(make('p', words.title));
    nodes.push(make('p', words.agreement));
    for (const note of words.notes) nodes.push(make('p', note, 'td-note'));
    nodes.push(make('h4', strings.whyHeading));
    const reasons = make('ul');
    reasons.append(...words.reasons.map((reason) => make('li', reason)));
    nodes.push(reasons, make('h4', strings.nearestHeading));
    for (const framework of data.frameworks) {
      const own = entries.filter((e) => e.framework === framework.id);
      const matches = nearestTitles(own, placement.rung, placement.track);
      if (matches.length === 0) continue;
      const list = make('ul', undefined, 'td-matches');
      for (const match of matches) {
        const entry = own.find((e) => e.id === match.id);
        if (!entry) continue;
        const item = make('li');
        item.dataset['title'] = entry.id;
        const head = make('p');
        head.append(
          make('strong', entry.title),
          ` (${gradeText(entry.framework, entry.grade, strings)}): ${relationText(match.relation, match.steps, strings)}`,
        );
        item.append(head, make('p', entry.why, 'td-why'));
        list.append(item);
      }
      nodes.push(make('h5', framework.name), list);
    }
    answerEl!.replaceChildren(...nodes);
    if (announce && words.headline !== lastHeadline) {
      status!.textContent = fill(strings.placed, { level: words.headline });
    }
    lastHeadline = words.headline;
  }

  function update(announce: boolean) {
    const answers = readForm();
    const url = new URL(window.location.href);
    url.search = withAnswers(url.search, answers);
    if (url.href !== window.location.href) window.history.replaceState(window.history.state, '', url);
    render(answers, announce);
  }

  form.addEventListener('change', () => update(true));
  years.addEventListener('input', () => update(true));
  reset.addEventListener('click', () => {
    fillForm({});
    update(false);
    status.textContent = strings.cleared;
    selects.get('scope')?.focus();
  });

  const { answers, dropped } = answersFromParams(
    new URL(window.location.href).searchParams,
    levels.map((l) => l.id),
  );
  fillForm(answers);
  form.hidden = false;
  result.hidden = false;
  update(false);
  if (dropped > 0)
    status.textContent = fill(strings.dropped, { count: formatNumber(dropped, strings.locale) });
}
