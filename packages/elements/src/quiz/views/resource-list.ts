import type { Verdict } from '@mindshare/core';
import { html, nothing, type TemplateResult } from 'lit';
import { resourceLink } from '../../shared/questions/resource-link.js';
import type { QuizViewContext } from './view-context.js';

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
