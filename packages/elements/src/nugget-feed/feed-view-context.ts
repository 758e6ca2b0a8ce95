import type { AnswerResponse, Confidence, RedactedQuestion, Resource, Verdict } from '@mindshare/core';
import type { TemplateResult } from 'lit';
import type { AuthoredViewContext } from '../shared/base/authored-view-context.js';
import type { nuggetFeedEn } from './strings/en.js';
import type { FeedController } from './feed-controller.js';

/** What the feed's views read and call: strings, authored text, the controller and the seller's drafts. */
export interface FeedViewContext extends AuthoredViewContext<typeof nuggetFeedEn, FeedController> {
  /** The viewer's language, for caption tracks. */
  readonly lang: string;
  /** Drafts by key (`poll:<id>`, `text:<id>`, `question:<id>`, `confidence:<id>`), kept across renders. */
  readonly draft: <T>(key: string) => T | undefined;
  readonly setDraft: (key: string, value: unknown) => void;
  readonly announce: (message: string) => void;
  readonly updated: () => Promise<unknown>;
  readonly resource: (id: string) => Resource | undefined;
  readonly openResource: (event: Event, resource: Resource, verdict: Verdict) => void;
  readonly vote: (nuggetId: string, optionIds: readonly string[]) => void;
  readonly respond: (nuggetId: string, text: string) => void;
  /** A practice question inline (its views load with the first one; a placeholder until then). */
  readonly question: (question: RedactedQuestion, nuggetId: string | undefined) => TemplateResult;
  readonly practice: (
    questionId: string,
    response: AnswerResponse,
    confidence: Confidence | undefined,
    nuggetId: string | undefined,
  ) => void;
}
