/** Dates of the draft, in the reader's local time, written as YYYY-MM-DD. Pure. */
import type { JdState } from './jd-state';

/** How long a posting stays open unless the reader says otherwise. */
export const DEFAULT_OPEN_DAYS = 60;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function localIsoDate(date: Date): string {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Parses YYYY-MM-DD as a real calendar date (no 2026-02-31), or undefined. */
export function parseIsoDate(value: string): { y: number; m: number; d: number } | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(y, m - 1, d);
  if (probe.getFullYear() !== y || probe.getMonth() !== m - 1 || probe.getDate() !== d) return undefined;
  return { y, m, d };
}

export function addDays(iso: string, days: number): string {
  const parts = parseIsoDate(iso);
  if (!parts) return '';
  return localIsoDate(new Date(parts.y, parts.m - 1, parts.d + days));
}

/** The closing date the documents use: the one given, or the default after datePosted. */
export function effectiveValidThrough(state: Pick<JdState, 'datePosted' | 'validThrough'>): string {
  return state.validThrough || addDays(state.datePosted, DEFAULT_OPEN_DAYS);
}
