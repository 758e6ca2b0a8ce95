import type { AnswerOutcome, AnswerResponse, Confidence, FinishedAttempt } from '@mindshare/core';

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

/**
 * Detail of `mind-request-resource`: the seller wants to open a resource. Cancel the event
 * (`preventDefault()`) to open it the portal's own way; otherwise the link opens in a new tab.
 */
export interface MindRequestResourceDetail {
  readonly resourceId: string;
  readonly url: string;
  readonly title: string;
  readonly questionId: string | undefined;
}

export type MindAttemptStartEvent = CustomEvent<MindAttemptStartDetail>;
export type MindAnswerEvent = CustomEvent<MindAnswerDetail>;
export type MindCompleteEvent = CustomEvent<MindCompleteDetail>;
export type MindRequestResourceEvent = CustomEvent<MindRequestResourceDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'mind-attempt-start': MindAttemptStartEvent;
    'mind-answer': MindAnswerEvent;
    'mind-complete': MindCompleteEvent;
    'mind-request-resource': MindRequestResourceEvent;
  }
}
