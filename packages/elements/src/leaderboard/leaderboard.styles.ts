import { css } from 'lit';

/** Layout of `<mind-leaderboard>`: logical properties only, so it mirrors under `dir="rtl"`. */
export const leaderboardStyles = css`
  :host {
    --_row-gap: var(--mind-leaderboard-row-gap, 0.5rem);
    --_viewer-bg: var(--mind-leaderboard-viewer-background, var(--_surface-alt));
  }
  [part='base'] {
    /* Restated here, not only on :host: a page rule such as "* { all: unset }" beats :host. */
    display: block;
    font-family: var(--_font);
    line-height: 1.45;
    background: var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  [part='scope'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin-block-end: var(--_space);
  }
  [part='scope'] button[aria-checked='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
  }
  caption {
    text-align: start;
    font-weight: 700;
    font-size: 1.125em;
    padding-block-end: calc(var(--_space) / 2);
  }
  th,
  td {
    padding-block: var(--_row-gap);
    padding-inline: 0.5rem;
    text-align: start;
    border-block-end: 1px solid var(--_border);
  }
  th {
    color: var(--_text-muted);
    font-weight: 600;
    font-size: 0.875em;
  }
  [part~='score'],
  th.score {
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
  :host(:dir(rtl)) tr[aria-current] > :first-child {
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
    border-radius: 999px;
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
  .state {
    margin: 0;
    padding-block: var(--_space);
  }
  .error {
    color: var(--_danger);
  }
  .error button {
    margin-block-start: 0.5rem;
  }
`;
