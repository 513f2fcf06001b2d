/**
 * The planner's page parts drawn from a plan: the coverage matrix, the timeline and the packet
 * preview. Text goes in through textContent only; the guide's data and the reader's loop name are
 * never parsed as markup.
 */
import { make } from '../../lib/dom';
import type { KitLabels } from '../InterviewKit/kit-documents';
import type { Coverage, LoopPlan, Assignment } from './loop-logic';
import type { LoopQuestion, LoopStage } from './loop-data';
import type { Packet, PacketWords } from './loop-packets';

type Say = (key: string, values?: Record<string, string | number>) => string;

/** The competency × interview table: one checkbox a cell, and a status column. */
export function buildMatrix(
  host: HTMLElement,
  focus: readonly string[],
  stages: readonly LoopStage[],
  names: ReadonlyMap<string, string>,
  say: Say,
): void {
  const table = make('table', undefined, 'loop-matrix');
  table.append(make('caption', say('matrixCaption')));
  const head = make('tr');
  head.append(Object.assign(make('th', say('competency')), { scope: 'col' }));
  for (const s of stages) head.append(Object.assign(make('th', s.name), { scope: 'col' }));
  head.append(Object.assign(make('th', say('status')), { scope: 'col' }));
  const thead = make('thead');
  thead.append(head);
  table.append(thead, make('tbody'));
  for (const skill of focus) {
    const row = make('tr');
    row.dataset['skill'] = skill;
    row.append(Object.assign(make('th', names.get(skill) ?? skill), { scope: 'row' }));
    for (const s of stages) {
      const cell = make('td');
      const box = make('input');
      box.type = 'checkbox';
      box.dataset['cell'] = `${skill}|${s.id}`;
      box.setAttribute('aria-label', say('cellLabel', { skill: names.get(skill) ?? skill, stage: s.name }));
      cell.append(box);
      row.append(cell);
    }
    row.append(make('td', '', 'loop-cell-status'));
    table.tBodies[0]!.append(row);
  }
  host.replaceChildren(table);
}

/** Ticks the matrix's cells and words each row's status and the summary under the table. */
export function updateMatrix(
  host: HTMLElement,
  summary: HTMLElement,
  assignment: Assignment,
  result: Coverage,
  stageName: (id: string) => string,
  names: ReadonlyMap<string, string>,
  say: Say,
): void {
  for (const box of host.querySelectorAll<HTMLInputElement>('input[data-cell]')) {
    const [skill, stage] = box.dataset['cell']!.split('|') as [string, string];
    box.checked = assignment[skill]?.includes(stage) ?? false;
  }
  for (const row of host.querySelectorAll<HTMLTableRowElement>('tr[data-skill]')) {
    const skill = row.dataset['skill']!;
    const status = row.querySelector<HTMLElement>('.loop-cell-status')!;
    const double = result.doubles.find((d) => d.skill === skill);
    const gap = result.gaps.includes(skill);
    status.textContent = double ? say('rowTwice') : gap ? say('rowGap') : say('rowOnce');
    row.classList.toggle('loop-row-warn', Boolean(double) || gap);
  }
  const lines: string[] = [];
  for (const d of result.doubles) {
    lines.push(
      say('double', {
        skill: names.get(d.skill) ?? d.skill,
        stages: d.stages.map(stageName).join(say('listSep')),
      }),
    );
  }
  for (const g of result.gaps) lines.push(say('gap', { skill: names.get(g) ?? g }));
  if (lines.length === 0) lines.push(say('covered'));
  for (const id of result.idle) lines.push(say('idle', { stage: stageName(id) }));
  summary.replaceChildren(...lines.map((line) => make('p', line)));
  summary.classList.toggle('loop-warn', result.doubles.length + result.gaps.length > 0);
}

export function renderTimeline(
  list: HTMLElement,
  total: HTMLElement,
  plan: LoopPlan<LoopStage, LoopQuestion>,
  names: ReadonlyMap<string, string>,
  say: Say,
): void {
  list.replaceChildren(
    ...plan.stages.map(({ stage, startsAt, competencies }) => {
      const item = make('li');
      item.dataset['stage'] = stage.id;
      item.append(
        make('strong', stage.name),
        ' ',
        make('span', say('timelineMeta', { start: startsAt, minutes: stage.minutes }), 'loop-meta'),
        make('br'),
        make('span', competencies.map((c) => names.get(c.skill) ?? c.skill).join(say('listSep'))),
      );
      return item;
    }),
  );
  total.textContent = say('total', { minutes: plan.totalMinutes, count: plan.stages.length });
}

/** The packet as the page shows and prints it. */
export function renderPacket(
  host: HTMLElement,
  packet: Packet | undefined,
  l: KitLabels,
  w: PacketWords,
): void {
  if (!packet) {
    host.replaceChildren();
    return;
  }
  const meta = make('ul', undefined, 'loop-packet-meta');
  const add = (label: string, value: string) => {
    const item = make('li');
    item.append(make('strong', `${label}: `), value);
    meta.append(item);
  };
  if (packet.loopName) add(w.loop, packet.loopName);
  add(w.length, w.minutes(packet.stage.minutes));
  add(w.interviewers, packet.stage.interviewers);
  add(w.purpose, packet.stage.purpose);
  const parts: Node[] = [make('h3', w.title(packet.stage.name)), meta];
  for (const c of packet.competencies) {
    const section = make('section', undefined, 'loop-packet-competency');
    section.append(make('h4', c.name), make('p', l.leadBar(c.leadBar), 'loop-meta'));
    const list = make('ol');
    for (const q of c.interview) {
      const item = make('li');
      const details = make('dl');
      const pair = (term: string, value: string | Node) => {
        const dd = make('dd');
        dd.append(value);
        details.append(make('dt', term), dd);
      };
      pair(l.probes, q.probes);
      pair(l.strong, q.strong);
      if (q.covers) {
        const points = make('ul');
        points.append(...q.covers.map((p) => make('li', p)));
        pair(l.strongCovers, points);
      }
      pair(l.weak, q.weak);
      item.append(make('p', q.question, 'loop-q'), make('p', l.questionMeta(q), 'loop-meta'), details);
      list.append(item);
    }
    const anchors = make('ul', undefined, 'loop-anchors');
    for (const [n, value] of [
      [1, c.anchors.one],
      [3, c.anchors.three],
      [5, c.anchors.five],
    ] as const) {
      const item = make('li');
      item.append(make('strong', `${l.rated(n)}: `), value);
      anchors.append(item);
    }
    section.append(list, anchors);
    parts.push(section);
  }
  parts.push(make('p', w.scoreOnline));
  host.replaceChildren(...parts);
}
