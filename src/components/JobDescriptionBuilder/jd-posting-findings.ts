/**
 * The pay-posting warnings: where the draft breaks a rule of a place it will be posted in
 * (src/data/posting-rules.yaml). Advice, never a block on export: the page words each finding
 * (guide.jdb.rules.finding.<code>), links the rule on /hiring/pay-posting-rules/ and says it is
 * not legal advice. Pure and unit-tested; the client loads it the first time a place is picked.
 */
import { isPayAmount, parseAmount } from './jd-checks';
import { LIST_KINDS, type JdState } from './jd-state';

/** What the client gets of each place: the fields the checks need and its name in the page's language. */
export interface PlaceRule {
  id: string;
  group: 'us' | 'eu' | 'uk' | 'ir' | 'other';
  name: string;
  payInAd: string;
  mustPost: readonly string[];
  salaryHistoryBan: 'yes' | 'no' | 'unknown';
}

/** A place's rule cut down to what the warnings read, as the page sends it to the client. */
export function placeRule(rule: PlaceRule): PlaceRule {
  const { id, group, name, payInAd, mustPost, salaryHistoryBan } = rule;
  return { id, group, name, payInAd, mustPost, salaryHistoryBan };
}

export const FINDING_CODES = [
  /** A range (or one figure) must be in the ad, and the draft has none. */
  'payRange',
  /** At least the lowest pay must be in the ad. */
  'payMinimum',
  /** Benefits (and bonus or other pay) must be described, and the Benefits field is empty. */
  'benefits',
  /** The job description must be in the ad, and the draft has no responsibilities or intro. */
  'jobDescription',
  /** The place bans salary-history questions, and the ad asks for current or past pay. */
  'payHistory',
  /** The EU Directive bars pay-history questions once a state has transposed it. */
  'payHistoryDirective',
  /** Pay must reach the applicant before the interview, or before an offer: the ad is the simple way. */
  'payBeforeInterview',
  'payBeforeOffer',
  /** We could not verify the rules there. */
  'notVerified',
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];

export interface Finding {
  code: FindingCode;
  /** The place's id, which is also its anchor on the rules page. */
  place: string;
  /** `warn`: the draft breaks a rule; `info`: something to do or check there. */
  level: 'warn' | 'info';
}

/** Words that ask for what an applicant earns now or earned before, in English and Persian. */
const PAY_HISTORY =
  /\b(?:salary|pay|compensation|wage|earnings)\s+history\b|\b(?:current|previous|prior|past|last)\s+(?:salary|pay|compensation|wages?|earnings)\b|سابقه‌?ی?\s*(?:حقوق|دستمزد)|(?:حقوق|دستمزد)\s*(?:فعلی|قبلی|کنونی|پیشین)/iu;

/** Whether the draft asks for pay history: said so in the form, or written into the ad's text. */
export function asksForPayHistory(state: JdState): boolean {
  if (state.asksPayHistory === 'yes') return true;
  const texts = [
    state.about,
    state.roleIntro,
    state.benefits,
    ...LIST_KINDS.flatMap((k) => state[k].map((l) => l.text)),
  ];
  return texts.some((text) => PAY_HISTORY.test(text));
}

function payShown(state: JdState) {
  const min = parseAmount(state.salaryMin);
  const max = parseAmount(state.salaryMax);
  const minOk = isPayAmount(min);
  const maxOk = isPayAmount(max);
  return { min: minOk, range: minOk && maxOk && min <= max };
}

/**
 * The findings for the places picked in the draft, place by place in the order of `rules` and in
 * FINDING_CODES order within a place. Ids the rules do not have are skipped.
 */
export function postingFindings(state: JdState, rules: readonly PlaceRule[]): Finding[] {
  const picked = new Set(state.postedIn);
  const pay = payShown(state);
  const noBenefits = state.benefits.trim() === '';
  const noDescription = state.responsibility.length === 0 && state.roleIntro.trim() === '';
  const asksHistory = asksForPayHistory(state);
  const findings: Finding[] = [];
  for (const rule of rules) {
    if (!picked.has(rule.id)) continue;
    const add = (code: FindingCode, level: Finding['level']) =>
      findings.push({ code, place: rule.id, level });
    if (rule.payInAd === 'required' && !pay.range) add('payRange', 'warn');
    if (rule.payInAd === 'minimum' && !pay.min) add('payMinimum', 'warn');
    const wantsBenefits = rule.mustPost.includes('benefits') || rule.mustPost.includes('other-compensation');
    if (wantsBenefits && noBenefits) add('benefits', 'warn');
    if (rule.mustPost.includes('job-description') && noDescription) add('jobDescription', 'warn');
    if (asksHistory && rule.salaryHistoryBan === 'yes') add('payHistory', 'warn');
    if (asksHistory && rule.group === 'eu' && rule.salaryHistoryBan !== 'yes')
      add('payHistoryDirective', 'info');
    if (rule.payInAd === 'before-interview' && !pay.range) add('payBeforeInterview', 'info');
    if (rule.payInAd === 'before-offer' && !pay.range) add('payBeforeOffer', 'info');
    if (rule.payInAd === 'not-verified') add('notVerified', 'info');
  }
  return findings;
}
