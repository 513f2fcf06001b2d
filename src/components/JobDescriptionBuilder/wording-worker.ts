/**
 * The inclusive-wording check in a worker of its own. Its word lists compile into large Unicode
 * patterns on first use, which took a phone's main thread for most of a second (a Persian page
 * runs both languages' lists); here that work never blocks the page. Each message is the page's
 * language and a draft; the reply carries the message's id and the draft's findings.
 */
import { draftWordingChecker, type DraftWording } from './jd-wording';
import type { JdState } from './jd-state';

export interface WordingRequest {
  id: number;
  lang: string;
  state: JdState;
}
export interface WordingReply {
  id: number;
  wording: DraftWording;
}

let checker: ((state: JdState) => DraftWording) | undefined;

self.addEventListener('message', (event: MessageEvent<WordingRequest>) => {
  const { id, lang, state } = event.data;
  checker ??= draftWordingChecker(lang);
  self.postMessage({ id, wording: checker(state) } satisfies WordingReply);
});
