import type { AnswerResponse, Confidence } from '@mindshare/core';

/** An answer the engine could not take (the page was out of date), kept to send after a reload. */
export interface KeptAnswer {
  readonly response: AnswerResponse;
  readonly confidence?: Confidence;
}

const key = (attemptId: string, questionId: string) => `mindshare:kept-answer:${attemptId}:${questionId}`;

/**
 * Session storage of the tab, not the engine's store: the answer must outlive the reload of this
 * tab, and the store is what refused it. Keyed by attempt and question, so it goes only where it
 * was given. A browser that refuses session storage (private modes, a full quota) keeps nothing.
 */
function session(): Storage | undefined {
  try {
    return globalThis.sessionStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** Keeps an answer to send after the reload; `false` when the browser would not keep it. */
export function keepAnswer(attemptId: string, questionId: string, answer: KeptAnswer): boolean {
  const store = session();
  if (!store) return false;
  const value = JSON.stringify(answer);
  try {
    store.setItem(key(attemptId, questionId), value);
    return store.getItem(key(attemptId, questionId)) === value;
  } catch {
    return false;
  }
}

/**
 * The answer kept for this question, if any. What it holds is the seller's own input from this
 * tab; the engine validates it again when it is sent.
 */
export function keptAnswer(attemptId: string, questionId: string): KeptAnswer | undefined {
  try {
    const stored = session()?.getItem(key(attemptId, questionId));
    const parsed: unknown = stored ? JSON.parse(stored) : undefined;
    return typeof parsed === 'object' && parsed !== null && 'response' in parsed ? (parsed as KeptAnswer) : undefined;
  } catch {
    return undefined;
  }
}

/** Forgets a kept answer (sent, or its question answered another way). */
export function forgetAnswer(attemptId: string, questionId: string): void {
  try {
    session()?.removeItem(key(attemptId, questionId));
  } catch {
    // Nothing kept, nothing to forget.
  }
}
