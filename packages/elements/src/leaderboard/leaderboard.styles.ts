import { css } from 'lit';

/**
 * Layout of `<mind-leaderboard>` beyond its box, scope switcher, table and load states: logical
 * properties only, so it mirrors under `dir="rtl"`. A reward's corners are half a line round: a
 * pill on one line, and a box its text stays inside when a long prize wraps on a phone.
 */
export const leaderboardStyles = css`
  :host {
    --_cell-gap: var(--mind-leaderboard-row-gap, 0.5rem);
    --_viewer-bg: var(--mind-leaderboard-viewer-background, var(--_surface-alt));
  }
  table {
    inline-size: 100%;
  }
  caption {
    font-size: 1.125em;
  }
  [part~='score'],
  th.score,
  th.number {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  [part~='rank'] {
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  tr[aria-current] {
    background: var(--_viewer-bg);
    font-weight: 700;
  }
  tr[aria-current] > :first-child {
    box-shadow: inset 4px 0 0 var(--_accent);
  }
  tr[aria-current] > :first-child:dir(rtl) {
    box-shadow: inset -4px 0 0 var(--_accent);
  }
  [part~='gap'] td {
    text-align: center;
    color: var(--_text-muted);
    letter-spacing: 0.2em;
  }
  .you {
    color: var(--_text-muted);
    font-weight: 400;
    margin-inline-start: 0.25rem;
  }
  [part~='reward'] {
    display: inline-block;
    margin-inline-start: 0.5rem;
    padding-inline: 0.5rem;
    border-radius: 0.75em;
    border: 1px solid var(--_accent);
    color: var(--_text);
    font-size: 0.875em;
    font-weight: 400;
  }
  [part~='movement'] {
    display: inline-block;
    margin-inline-start: 0.25rem;
    font-size: 0.8125em;
  }
  .up {
    color: var(--_success);
  }
  .down {
    color: var(--_danger);
  }
  @media (prefers-reduced-motion: no-preference) {
    [part~='movement'] {
      animation: mind-leaderboard-move 600ms ease-out;
    }
  }
  @keyframes mind-leaderboard-move {
    from {
      opacity: 0;
      transform: translateY(0.5em);
    }
  }
  .summary {
    margin-block: var(--_space) 0;
    color: var(--_text-muted);
  }
  .pages {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block-start: var(--_space);
  }
  [part~='visibility'] {
    margin-block-start: var(--_space);
  }
  .note {
    margin: 0;
    color: var(--_text-muted);
    font-size: 0.875em;
  }
  .error button {
    margin-block-start: 0.5rem;
  }
`;
