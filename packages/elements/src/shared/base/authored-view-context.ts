import type { LocalizedRichText, LocalizedText } from '@mindshare/core';
import type { TemplateResult } from 'lit';
import type { Terms } from '../i18n/element-strings.js';
import type { MindLocalizeController } from '../i18n/localize.js';

/**
 * What an element's views read to show its strings, authored text and moments, in the element's
 * language: the part of the quiz's and the feed's view contexts that is the same.
 */
export interface AuthoredViewContext<T extends Terms, Controller> {
  readonly localize: MindLocalizeController<T>;
  /** The element's controller, whose state the views show and whose actions they call. */
  readonly controller: Controller;
  /** Authored text in the element's language, with fallback. */
  readonly text: (value: LocalizedText) => string;
  readonly rich: (value: LocalizedRichText) => TemplateResult;
  /** A date-time in the viewer's time zone, with the zone named. */
  readonly dateTime: (epochMs: number) => string;
}
