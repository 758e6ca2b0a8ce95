import type { RecordingEntry } from '@mindshare/core';
import { html, type TemplateResult } from 'lit';
import { formatWaiting } from './waiting-time.js';
import type { QueueViewContext } from './queue-view-context.js';
import { columnHeads } from '../shared/styles/data-table.js';

/** The prompt filter and the partner filter: native selects, so every keyboard and reader knows them. */
function filtersView(context: QueueViewContext): TemplateResult {
  const { localize, queue } = context;
  const lang = localize.lang();
  const change = (by: 'prompt' | 'partner') => (event: Event) =>
    queue.filter(by, (event.target as HTMLSelectElement).value);
  return html`<div part="filters" role="group" aria-label=${localize.term('mindReviewQueueFilters')}>
    <label>
      <span>${localize.term('mindReviewQueuePrompt')}</span>
      <select name="prompt" .value=${queue.promptFilter} @change=${change('prompt')}>
        <option value="" ?selected=${queue.promptFilter === ''}>${localize.term('mindReviewQueueAll')}</option>
        ${queue.prompts.map(
          (prompt) =>
            html`<option value=${prompt.id} ?selected=${queue.promptFilter === prompt.id}>
              ${context.text(prompt.title)}
            </option>`,
        )}
      </select>
    </label>
    <label>
      <span>${localize.term('mindReviewQueuePartner')}</span>
      <select name="partner" .value=${queue.partnerFilter} @change=${change('partner')}>
        <option value="" ?selected=${queue.partnerFilter === ''}>${localize.term('mindReviewQueueAll')}</option>
        ${queue
          .partners(lang)
          .map((name) => html`<option value=${name} ?selected=${queue.partnerFilter === name}>${name}</option>`)}
      </select>
    </label>
  </div>`;
}

/** Who is on a take: nobody, the viewer, or another coach by name. */
function claimText(context: QueueViewContext, entry: RecordingEntry): string {
  const { localize } = context;
  if (!entry.claim) return localize.term('mindReviewQueueNobody');
  return entry.claim.coachId === context.viewerId
    ? localize.term('mindReviewQueueYou')
    : localize.term('mindReviewQueueHeldBy', entry.claim.coachName);
}

function rowView(context: QueueViewContext, entry: RecordingEntry): TemplateResult {
  const { localize } = context;
  const finishedAt = entry.finishedAt ?? entry.startedAt;
  const waited = formatWaiting(Math.max(0, context.now - finishedAt), localize.lang());
  const prompt = context.queue.prompt(entry.promptId);
  const title = prompt ? context.text(prompt.title) : entry.promptId;
  const claimed = entry.claim !== undefined;
  return html`<tr part="row" role="row" data-recording=${entry.id} class=${claimed ? 'claimed' : ''}>
    <th scope="row" role="rowheader" part="seller">${entry.sellerName}</th>
    <td role="cell" part="partner" data-label=${localize.term('mindReviewQueuePartner')}>${entry.partnerName}</td>
    <td role="cell" part="prompt" data-label=${localize.term('mindReviewQueuePrompt')}>${title}</td>
    <td role="cell" part="waiting" data-label=${localize.term('mindReviewQueueWaitingColumn')}>
      <time datetime=${new Date(finishedAt).toISOString()} title=${context.date(finishedAt)}>
        ${waited === undefined ? localize.term('mindReviewQueueJustNow') : localize.term('mindReviewQueueWaiting', waited)}
      </time>
    </td>
    <td role="cell" part="claim" data-label=${localize.term('mindReviewQueueClaimColumn')}>
      ${claimText(context, entry)}
    </td>
    <td role="cell">
      <button
        type="button"
        part="open"
        class=${claimed ? '' : 'primary'}
        aria-label=${localize.term('mindReviewQueueOpenLabel', entry.sellerName, title)}
        @click=${() => context.open(entry)}
      >
        ${localize.term('mindReviewQueueOpen')}
      </button>
    </td>
  </tr>`;
}

/** The queue: its title and count, the filters, and the waiting pitches oldest first (or why there are none). */
export function queueListView(context: QueueViewContext): TemplateResult {
  const { localize, queue } = context;
  const all = queue.entries;
  const shown = queue.shown;
  let body: TemplateResult;
  if (all.length === 0) {
    body = html`<div class="status empty" role="status">
      <h3>${localize.term('mindReviewQueueEmptyTitle')}</h3>
      <p>${localize.term('mindReviewQueueEmpty')}</p>
    </div>`;
  } else {
    body = html`${filtersView(context)}
      <p class="count" role="status">${localize.term('mindReviewQueueCount', shown.length, all.length)}</p>
      ${
        shown.length === 0
          ? html`<p class="status">${localize.term('mindReviewQueueNoMatch')}</p>`
          : html`<div class="scroll stack">
              <table role="table" aria-labelledby="queue-title">
                ${columnHeads([
                  localize.term('mindReviewQueueSeller'),
                  localize.term('mindReviewQueuePartner'),
                  localize.term('mindReviewQueuePrompt'),
                  localize.term('mindReviewQueueWaitingColumn'),
                  localize.term('mindReviewQueueClaimColumn'),
                  html`<span class="visually-hidden">${localize.term('mindReviewQueueActionColumn')}</span>`,
                ])}
                <tbody role="rowgroup">
                  ${shown.map((entry) => rowView(context, entry))}
                </tbody>
              </table>
            </div>`
      }`;
  }
  return html`<section aria-labelledby="queue-title">
    <h2 id="queue-title" tabindex="-1">${localize.term('mindReviewQueueTitle')}</h2>
    ${body}
  </section>`;
}
