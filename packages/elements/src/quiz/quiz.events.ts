import type { AnswerOutcome, AnswerResponse, Confidence, FinishedAttempt } from '@mindshare/core';
import type { MindEvent, MindEventMap } from '../shared/base/mind-event.js';

/** Detail of `mind-attempt-start`: an attempt began, or a running one was resumed. */
export interface MindAttemptStartDetail {
  readonly challengeId: string;
  readonly attemptId: string;
  readonly resumed: boolean;
}

/** Detail of `mind-answer`: the seller answered a question; `outcome` is the verdict or `pending`. */
export interface MindAnswerDetail {
  readonly challengeId: string;
  readonly attemptId: string;
  readonly questionId: string;
  readonly response: AnswerResponse;
  readonly confidence: Confidence | undefined;
  readonly outcome: AnswerOutcome;
}

/** Detail of `mind-complete`: the attempt ended (finished, or expired at its deadline). */
export interface MindCompleteDetail {
  readonly challengeId: string;
  readonly attemptId: string;
  readonly result: FinishedAttempt;
}

/** `mind-attempt-start`, from `<mind-quiz>`: an attempt began or was resumed. */
export type MindAttemptStartEvent = MindEvent<'mind-attempt-start', MindAttemptStartDetail>;
/** `mind-answer`, from `<mind-quiz>`: the seller answered a question. */
export type MindAnswerEvent = MindEvent<'mind-answer', MindAnswerDetail>;
/** `mind-complete`, from `<mind-quiz>`: the attempt ended. */
export type MindCompleteEvent = MindEvent<'mind-complete', MindCompleteDetail>;

declare global {
  interface GlobalEventHandlersEventMap extends MindEventMap<
    MindAttemptStartEvent | MindAnswerEvent | MindCompleteEvent
  > {}
}

// Shared with the feed's verdicts; exported here too, where a quiz's events are looked for.
export type { MindRequestResourceDetail, MindRequestResourceEvent } from '../shared/questions/resource-request.js';
