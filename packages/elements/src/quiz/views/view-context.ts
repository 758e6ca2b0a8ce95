import type { LocalizedRichText, LocalizedText, Resource, Verdict } from '@mindshare/core';
import type { TemplateResult } from 'lit';
import type { MindLocalizeController } from '../../shared/i18n/localize.js';
import type { quizEn } from '../quiz.en.js';
import type { AttemptController } from '../attempt-controller.js';

/** What the quiz's views read and call: strings, authored text, the controller and actions. */
export interface QuizViewContext {
  readonly localize: MindLocalizeController<typeof quizEn>;
  readonly controller: AttemptController;
  /** Authored text in the element's language, with fallback. */
  readonly text: (value: LocalizedText) => string;
  readonly rich: (value: LocalizedRichText) => TemplateResult;
  /** A date-time in the viewer's time zone, with the zone named. */
  readonly dateTime: (epochMs: number) => string;
  readonly points: (points: number) => string;
  /** Resources the element can resolve (the others are not shown; see the API note in the report). */
  readonly resource: (id: string) => Resource | undefined;
  /** A topic's name in the element's language, else its id. */
  readonly topic: (id: string) => string;
  readonly openResource: (event: Event, resource: Resource, verdict: Verdict | undefined) => void;
}
