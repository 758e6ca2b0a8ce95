import type { Resource, Verdict } from '@mindshare/core';
import type { AuthoredViewContext } from '../../shared/base/authored-view-context.js';
import type { quizEn } from '../strings/en.js';
import type { AttemptController } from '../attempt-controller.js';

/** What the quiz's views read and call: strings, authored text, the controller and actions. */
export interface QuizViewContext extends AuthoredViewContext<typeof quizEn, AttemptController> {
  readonly points: (points: number) => string;
  /** Resources the element can resolve (the others are not shown; see the API note in the report). */
  readonly resource: (id: string) => Resource | undefined;
  /** A topic's name in the element's language, else its id. */
  readonly topic: (id: string) => string;
  readonly openResource: (event: Event, resource: Resource, verdict: Verdict | undefined) => void;
}
