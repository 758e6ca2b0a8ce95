import type { RedactedQuestion } from '@mindshare/core';
import { html, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { QuestionContext } from './question-context.js';

type OrderingQuestion = Extract<RedactedQuestion, { kind: 'ordering' }>;

/** The order shown: the draft's, else the attempt's (items arrive shuffled). */
export function orderOf(question: OrderingQuestion, itemIds: readonly string[] | undefined): string[] {
  return itemIds ? [...itemIds] : question.items.map((item) => item.id);
}

/**
 * An ordering question: a list whose items move with "move up/down" buttons or with Alt + Arrow
 * keys on the focused item; each move is announced. No drag needed.
 */
export function orderingQuestion(
  context: QuestionContext<OrderingQuestion> & { readonly updated: () => Promise<unknown> },
): TemplateResult {
  const { question, draft, localize, disabled } = context;
  const order = orderOf(question, draft?.kind === 'ordering' ? draft.itemIds : undefined);
  const labels = new Map(question.items.map((item) => [item.id, context.text(item.label)]));
  const hint = `${question.id}-hint`;

  const move = async (id: string, by: -1 | 1, list: Element | null, focus: 'item' | 'up' | 'down') => {
    const from = order.indexOf(id);
    const to = from + by;
    if (from < 0 || to < 0 || to >= order.length) return;
    const next = [...order];
    next.splice(from, 1);
    next.splice(to, 0, id);
    context.setDraft({ kind: 'ordering', itemIds: next });
    context.announce(localize.term('mindQuizMoved', labels.get(id) ?? id, to + 1, next.length));
    await context.updated();
    const item = list?.querySelector<HTMLElement>(`[data-item="${CSS.escape(id)}"]`);
    const button = focus === 'item' ? null : item?.querySelector<HTMLButtonElement>(`button[data-move="${focus}"]`);
    (button && !button.disabled ? button : item)?.focus();
  };

  const onKeydown = (event: KeyboardEvent, id: string) => {
    if (!event.altKey || disabled) return;
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    event.preventDefault();
    const list = (event.currentTarget as HTMLElement).closest('ol');
    void move(id, event.key === 'ArrowUp' ? -1 : 1, list, 'item');
  };

  return html`
    <div class="answers">
      <p class="hint" id=${hint}>${localize.term('mindQuizOrderHint')}</p>
      <ol class="ordering" aria-labelledby=${context.labelledBy} aria-describedby=${hint}>
        ${repeat(
          order,
          (id) => id,
          (id, index) => html`
            <li
              part="choice"
              class="ordering-item"
              data-item=${id}
              tabindex=${disabled ? -1 : 0}
              @keydown=${(event: KeyboardEvent) => onKeydown(event, id)}
            >
              <span class="position" aria-hidden="true">${localize.number(index + 1)}</span>
              <span class="item-label">${labels.get(id)}</span>
              <span class="moves">
                <button
                  type="button"
                  data-move="up"
                  aria-label=${localize.term('mindQuizMoveUp', labels.get(id) ?? id)}
                  ?disabled=${disabled || index === 0}
                  @click=${(event: Event) => move(id, -1, (event.currentTarget as HTMLElement).closest('ol'), 'up')}
                >
                  <span aria-hidden="true">↑</span>
                </button>
                <button
                  type="button"
                  data-move="down"
                  aria-label=${localize.term('mindQuizMoveDown', labels.get(id) ?? id)}
                  ?disabled=${disabled || index === order.length - 1}
                  @click=${(event: Event) => move(id, 1, (event.currentTarget as HTMLElement).closest('ol'), 'down')}
                >
                  <span aria-hidden="true">↓</span>
                </button>
              </span>
            </li>
          `,
        )}
      </ol>
    </div>
  `;
}
