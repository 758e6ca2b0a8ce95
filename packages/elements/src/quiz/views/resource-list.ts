import type { LocalizedText, Resource, Verdict } from '@mindshare/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { QuizViewContext } from './view-context.js';

/** What a resource link needs from the view: authored text, and how to open a resource. */
interface ResourceLinkContext<V> {
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

/** Links to the resources the verdicts point to, each opened through `mind-request-resource`. */
export function resourceList(
  context: QuizViewContext,
  entries: readonly { readonly id: string; readonly verdict: Verdict | undefined }[],
  headingLevel: 3 | 4 = 3,
): TemplateResult | typeof nothing {
  const seen = new Set<string>();
  const resolved = entries.flatMap(({ id, verdict }) => {
    const resource = context.resource(id);
    if (!resource || seen.has(id)) return [];
    seen.add(id);
    return [{ resource, verdict }];
  });
  if (resolved.length === 0) return nothing;
  const title = context.localize.term('mindQuizResources');
  return html`
    <div class="resources">
      ${headingLevel === 3 ? html`<h3>${title}</h3>` : html`<h4>${title}</h4>`}
      <ul>
        ${resolved.map(({ resource, verdict }) => resourceLink(context, resource, verdict))}
      </ul>
    </div>
  `;
}
