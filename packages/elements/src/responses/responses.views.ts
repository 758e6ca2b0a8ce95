import { pickLocalized, plainText, type PollResult, type ResponseEntry } from '@mindshare/core';
import { html, type TemplateResult } from 'lit';
import type { MindLocalizeController } from '../shared/i18n/localize.js';
import { columnHeads } from '../shared/styles/data-table.js';
import type { responsesEn } from './strings/en.js';

/** What the views of `<mind-responses>` read from the element. */
export interface ResponsesView {
  readonly localize: MindLocalizeController<typeof responsesEn>;
  readonly lang: string;
  readonly busy: ReadonlySet<string>;
  /** A moment in the element's language and the viewer's time zone. */
  date(at: number): string;
  /** The question's title in the element's language (its id once it left the pack). */
  question(entry: ResponseEntry): string;
  tier(entry: ResponseEntry): string;
  /** Marks `entry` handled or reopens it; `focusNext` moves focus on when its row leaves the list. */
  mark(entry: ResponseEntry, handled: boolean, focusNext?: () => void): void;
  download(): void;
}

/** The prompt of an answer's question as plain text, in the element's language. */
export const promptText = (view: ResponsesView, entry: ResponseEntry): string =>
  entry.prompt ? plainText(pickLocalized(entry.prompt, view.lang)) : '';

/** The table of answers, newest first; every authored or typed text goes in as text, never HTML. */
export function renderTable(view: ResponsesView, entries: readonly ResponseEntry[]): TemplateResult {
  const { localize } = view;
  const head = ['Date', 'Seller', 'Partner', 'Tier', 'Question', 'Answer', 'Status'] as const;
  const names = head.map((name) => localize.term(`mindResponses${name}`));
  return html`<div class="scroll stack">
    <table part="table" role="table">
      <caption>
        ${localize.term('mindResponsesCount', entries.length)}
      </caption>
      ${columnHeads(names)}
      <tbody role="rowgroup">
        ${entries.map((entry, index) => renderRow(view, names, entry, entries[index + 1]))}
      </tbody>
    </table>
  </div>`;
}

/** One answer's row; `names` are the column headings, which its cells carry for a narrow layout. */
function renderRow(
  view: ResponsesView,
  [date, , partner, tier, questionName, answer, status]: readonly string[],
  entry: ResponseEntry,
  next: ResponseEntry | undefined,
): TemplateResult {
  const { localize } = view;
  const question = view.question(entry);
  const busy = view.busy.has(entry.id);
  const label = localize.term(
    entry.handled ? 'mindResponsesReopenLabel' : 'mindResponsesMarkLabel',
    entry.sellerName,
    question,
  );
  // Focus goes to the next row's button, else back to the filter, once this row leaves the list.
  const focusNext = (button: HTMLElement) => () => {
    const root = button.getRootNode() as ShadowRoot;
    const target = next
      ? root.querySelector<HTMLElement>(`tr[data-response="${CSS.escape(next.id)}"] [part~="handle"]`)
      : root.querySelector<HTMLElement>('select');
    void Promise.resolve().then(() => target?.focus());
  };
  return html`<tr part="row" role="row" data-response=${entry.id} class=${entry.handled ? 'handled' : ''}>
    <td role="cell" data-label=${date}>${view.date(entry.at)}</td>
    <th scope="row" role="rowheader">${entry.sellerName}</th>
    <td role="cell" data-label=${partner}>${entry.partnerName}</td>
    <td role="cell" data-label=${tier}>${view.tier(entry)}</td>
    <td role="cell" data-label=${questionName}>${promptText(view, entry) || question}</td>
    <td role="cell" part="text" class="text" data-label=${answer}>${entry.text}</td>
    <td role="cell" data-label=${status}>
      ${
        entry.handled
          ? html`<p class="status">
              ${localize.term(
                'mindResponsesHandledByName',
                entry.handledByName ?? '',
                view.date(entry.handledAt ?? entry.at),
              )}
            </p>`
          : html`<p class="status">${localize.term('mindResponsesOpen')}</p>`
      }
      <button
        type="button"
        part="handle"
        aria-label=${label}
        aria-disabled=${busy ? 'true' : 'false'}
        aria-busy=${busy ? 'true' : 'false'}
        @click=${(event: Event) => view.mark(entry, !entry.handled, focusNext(event.currentTarget as HTMLElement))}
      >
        ${localize.term(entry.handled ? 'mindResponsesReopen' : 'mindResponsesMark')}
      </button>
    </td>
  </tr>`;
}

/**
 * Each released poll, titled as the feed titles it (its question may be no more than "Pick up to
 * two."), with its options as bars with their counts and shares of voters, in text too. The bars
 * are SVG rectangles sized by attribute, which a strict Content-Security-Policy allows (a style would not).
 */
export function renderPolls(view: ResponsesView, polls: readonly PollResult[]): TemplateResult {
  const { localize, lang } = view;
  return html`<section part="polls" aria-labelledby="polls-title">
    <h2 id="polls-title">${localize.term('mindResponsesPollsTitle')}</h2>
    ${polls.map(
      (poll) =>
        html`<section part="poll" data-poll=${poll.nuggetId}>
          <h3>${pickLocalized(poll.title, lang)}</h3>
          <p class="question">${pickLocalized(poll.question, lang)}</p>
          <p class="voters">${localize.term('mindResponsesVoters', poll.voters)}</p>
          <ul>
            ${poll.options.map((option) => {
              const share = poll.voters === 0 ? 0 : option.count / poll.voters;
              return html`<li data-option=${option.optionId}>
                <span class="label">${pickLocalized(option.label, lang)}</span>
                <svg class="track" aria-hidden="true">
                  <rect part="bar" height="100%" width=${`${share * 100}%`}></rect>
                </svg>
                <span class="value">${localize.term('mindResponsesVotes', option.count, share)}</span>
              </li>`;
            })}
          </ul>
        </section>`,
    )}
  </section>`;
}
