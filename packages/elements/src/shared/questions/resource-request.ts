import { pickLocalized, type Resource } from '@mindshare/core';
import { mindEvent } from '../internal/mind-event.js';
import type { MindRequestResourceDetail } from './quiz.events.js';

/**
 * A click on a resource link: asks the page first with the cancelable `mind-request-resource`
 * from `host`. A page that cancels it opens the resource its own way, so the link does not open.
 */
export function requestResource(
  host: HTMLElement,
  click: Event,
  resource: Resource,
  questionId: string | undefined,
  lang: string,
): void {
  const detail: MindRequestResourceDetail = {
    resourceId: resource.id,
    url: resource.url,
    title: pickLocalized(resource.title, lang),
    questionId,
  };
  if (!host.dispatchEvent(mindEvent('mind-request-resource', detail, true))) click.preventDefault();
}
