import { css } from 'lit';

/**
 * Layout of `<mind-tier-report>` beyond its box, tables and load states; chart colours keep 3:1
 * against the surface in both schemes.
 */
export const tierReportStyles = css`
  :host {
    --_partners: var(--mind-tier-report-partners-color, var(--_accent));
    --_metric: var(--mind-tier-report-metric-color, #a34700);
    --_cell-gap: 0.5rem;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_metric: var(--mind-tier-report-metric-color, #ffb77a);
    }
  }
  h2 {
    font-size: 1.125em;
    margin-block: 0 calc(var(--_space) / 2);
  }
  section + section,
  section + .scroll,
  .scroll + section,
  .scroll + .scroll {
    margin-block-start: calc(var(--_space) * 2);
  }
  [part~='export'] {
    margin-block: calc(var(--_space) / 2) var(--_space);
  }
  [part~='chart'] {
    display: block;
    inline-size: 100%;
    max-inline-size: 40rem;
    block-size: auto;
  }
  [part~='chart'] text {
    fill: var(--_text);
    font-size: 13px;
    font-family: var(--_font);
  }
  [part~='chart'] .partners {
    fill: var(--_partners);
  }
  [part~='chart'] .metric {
    fill: var(--_metric);
  }
  [part~='figures'] {
    margin-block-start: calc(var(--_space) / 2);
  }
  summary {
    cursor: pointer;
    min-block-size: var(--_target);
    display: flex;
    align-items: center;
  }
  th,
  td {
    vertical-align: top;
  }
  .number {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  tfoot th,
  tfoot td {
    font-weight: 700;
  }
  .note {
    color: var(--_text-muted);
    font-size: 0.875em;
  }
`;
