import type { AnswerResponse, RedactedQuestion, Verdict } from '@mindshare/core';
import type { MindLocalizeController } from '../i18n/localize.js';

/** What a question view needs: the question, the draft answer, and how to change it. */
export interface QuestionContext<Q extends RedactedQuestion = RedactedQuestion> {
  readonly question: Q;
  /** The draft so far; `undefined` until the seller picks something (ordering starts from the shown order). */
  readonly draft: AnswerResponse | undefined;
  readonly setDraft: (draft: AnswerResponse | undefined) => void;
  /** Authored text in the viewer's language. */
  readonly text: (value: Readonly<Record<string, string>>) => string;
  readonly localize: MindLocalizeController;
  /** Ids of the question heading and prompt, which name the answer group. */
  readonly labelledBy: string;
  /** Answered: the controls stay visible but cannot change. */
  readonly disabled: boolean;
  /** Speaks a short message in the polite live region (ordering moves). */
  readonly announce: (message: string) => void;
  /** Once answered and marked: the verdict, whose right choices the answer view marks. */
  readonly verdict?: Verdict | undefined;
}

/** Whether a draft is complete enough to submit. */
export function isComplete(draft: AnswerResponse | undefined): draft is AnswerResponse {
  if (!draft) return false;
  switch (draft.kind) {
    case 'multiple':
      return draft.choiceIds.length > 0;
    case 'numeric':
      return Number.isFinite(draft.value);
    default:
      return true;
  }
}
