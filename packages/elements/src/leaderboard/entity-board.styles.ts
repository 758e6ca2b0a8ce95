import { css } from 'lit';

/** The partner and team boards' own cells and flag, beside `leaderboardStyles` (logical properties only). */
export const entityBoardStyles = css`
  [part~='participants'] {
    text-align: end;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  [part~='incomplete'] {
    display: block;
    color: var(--_text-muted);
    font-size: 0.875em;
    font-weight: 400;
  }
  [part~='aggregate'] {
    margin-block: calc(var(--_space) / 2) 0;
  }
`;
