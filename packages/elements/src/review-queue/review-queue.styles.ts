import { css } from 'lit';

/**
 * Layout of `<mind-review-queue>` beyond its box and its table: logical properties only, so it
 * mirrors under `dir="rtl"`.
 */
export const reviewQueueStyles = css`
  :host {
    --_gap: var(--mind-review-queue-gap, var(--_space));
    --_cell-gap: calc(var(--_gap) / 2);
    --_claimed: var(--mind-review-queue-claimed-color, var(--_text-muted));
  }
  [part='base'] {
    max-inline-size: var(--mind-review-queue-max-inline-size, 64rem);
  }
  h2 {
    margin-block: 0 var(--_gap);
  }
  [part='filters'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap);
    margin-block-end: var(--_gap);
  }
  [part='filters'] label {
    display: grid;
    min-inline-size: 0;
    gap: 0.25rem;
    font-weight: 600;
  }
  select {
    font: inherit;
    min-block-size: var(--_target);
    padding-inline: 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  .count,
  .empty p,
  [part='waiting'] {
    color: var(--_text-muted);
  }
  table {
    inline-size: 100%;
  }
  tr.claimed [part='claim'] {
    color: var(--_claimed);
    font-style: italic;
  }
  .open-bar,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap);
    margin-block-end: var(--_gap);
  }
  .lost {
    color: var(--_danger);
    font-weight: 600;
  }
  .held h2,
  .status h2 {
    font-size: 1.15em;
  }
  mind-pitch-review {
    display: block;
  }
  /* The arrow points back, to the inline start: left, or right under right-to-left. */
  .back-arrow {
    display: inline-block;
  }
  .back-arrow:dir(rtl) {
    transform: scaleX(-1);
  }
`;
