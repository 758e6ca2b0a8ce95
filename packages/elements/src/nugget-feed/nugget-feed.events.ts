import type { AnswerResponse, Confidence, PollTally, Verdict } from '@mindshare/core';
import type { MindEvent, MindEventMap } from '../shared/base/mind-event.js';

/** Detail of `mind-nugget-seen`: an item counts as seen (half visible for a second, or used). */
export interface MindNuggetSeenDetail {
  readonly nuggetId: string;
  readonly trigger: 'visible' | 'interaction';
}

/** Detail of `mind-vote`: the seller voted in a poll; `tally` is `undefined` while the vote waits to sync. */
export interface MindVoteDetail {
  readonly nuggetId: string;
  readonly optionIds: readonly string[];
  readonly tally: PollTally | undefined;
}

/** Detail of `mind-respond`: the seller answered an open question (the text goes to its owner). */
export interface MindRespondDetail {
  readonly nuggetId: string;
  readonly text: string;
}

/**
 * Detail of `mind-practice`: the seller answered a mini-quiz question (`nuggetId` set) or a
 * question asked again by spaced repetition (`due: true`); `verdict` is `undefined` while it waits to sync.
 */
export interface MindPracticeDetail {
  readonly questionId: string;
  readonly nuggetId: string | undefined;
  readonly due: boolean;
  readonly response: AnswerResponse;
  readonly confidence: Confidence | undefined;
  readonly verdict: Verdict | undefined;
}

/** `mind-nugget-seen`, from `<mind-nugget-feed>`: an item counts as seen. */
export type MindNuggetSeenEvent = MindEvent<'mind-nugget-seen', MindNuggetSeenDetail>;
/** `mind-vote`, from `<mind-nugget-feed>`: the seller voted in a poll. */
export type MindVoteEvent = MindEvent<'mind-vote', MindVoteDetail>;
/** `mind-respond`, from `<mind-nugget-feed>`: the seller answered an open question. */
export type MindRespondEvent = MindEvent<'mind-respond', MindRespondDetail>;
/** `mind-practice`, from `<mind-nugget-feed>`: the seller answered a practice question. */
export type MindPracticeEvent = MindEvent<'mind-practice', MindPracticeDetail>;

declare global {
  interface GlobalEventHandlersEventMap extends MindEventMap<
    MindNuggetSeenEvent | MindVoteEvent | MindRespondEvent | MindPracticeEvent
  > {}
}
