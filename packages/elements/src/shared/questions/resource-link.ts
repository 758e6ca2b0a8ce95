import type { LocalizedText, Resource } from '@mindshare/core';
import { html, type TemplateResult } from 'lit';

/** What a resource link needs from the view: authored text, and how to open a resource. */
export interface ResourceLinkContext<V> {
  readonly text: (value: LocalizedText) => string;
  readonly openResource: (event: Event, resource: Resource, verdict: V) => void;
}

/** A list item linking to a resource, opened through `mind-request-resource` (quiz and feed verdicts). */
export function resourceLink<V>(context: ResourceLinkContext<V>, resource: Resource, verdict: V): TemplateResult {
  return html`<li>
    <a
      href=${resource.url}
      target="_blank"
      rel="noopener noreferrer"
      data-resource=${resource.id}
      @click=${(event: Event) => context.openResource(event, resource, verdict)}
      >${context.text(resource.title)}</a
    >
  </li>`;
}
