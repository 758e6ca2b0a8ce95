import { css } from 'lit';

/**
 * Layout of `<mind-pitch-review>` beyond its box and what it shares with the gallery (headings,
 * video, comments, status views): logical properties only, so it mirrors under `dir="rtl"`. A
 * criterion's legend is floated, a line inside its box rather than a gap in its border, so it may
 * wrap on a phone without crossing the border.
 */
export const pitchReviewStyles = css`
  :host {
    --_gap: var(--mind-pitch-review-gap, var(--_space));
    --_level-bg: var(--mind-pitch-review-level-background, var(--_surface-alt));
  }
  [part='base'] {
    max-inline-size: var(--mind-pitch-review-max-inline-size, 64rem);
  }
  .meta,
  .hint,
  .why,
  .reviewed-on,
  .empty,
  .weight,
  .unscored {
    color: var(--_text-muted);
  }
  .layout {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap);
    margin-block-start: var(--_gap);
  }
  .layout > * {
    flex: 1 1 20rem;
    min-inline-size: 0;
  }
  video {
    max-block-size: 60vh;
  }
  textarea {
    display: block;
    inline-size: 100%;
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5rem;
    margin-block: 0.25rem 0.5rem;
  }
  label {
    display: block;
  }
  .field {
    font-weight: 600;
    margin-block-start: var(--_gap);
  }
  [part='comment-box'] {
    display: block;
    margin-block-end: var(--_gap);
  }
  [part='comment'] {
    gap: 0.25rem;
  }
  [part='comment'] .seek {
    background: var(--_level-bg);
  }
  fieldset {
    display: block;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin: 0 0 var(--_gap);
    padding: calc(var(--_gap) / 2) var(--_gap) var(--_gap);
  }
  fieldset.missing {
    border-color: var(--_danger);
    border-width: 2px;
  }
  legend {
    float: inline-start;
    inline-size: 100%;
    padding: 0;
    margin-block-end: 0.5rem;
  }
  legend + * {
    clear: both;
  }
  legend .label {
    font-weight: 700;
    margin-inline-end: 0.5rem;
  }
  .weight {
    font-size: 0.875em;
  }
  .levels {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }
  [part='level'] {
    display: flex;
    align-items: baseline;
    gap: 0.5rem;
    padding: 0.5rem;
    border-radius: var(--_radius);
    background: var(--_level-bg);
    cursor: pointer;
  }
  [part='level']:has(input:checked) {
    outline: 2px solid var(--_accent);
  }
  [part='level'] input {
    accent-color: var(--_accent);
    margin: 0;
  }
  .score {
    font-weight: 600;
    white-space: nowrap;
  }
  [part='total'] {
    display: block;
    margin-block: var(--_gap);
    font-size: 1.0625em;
  }
  [part='total'] output {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: baseline;
  }
  .bar {
    display: block;
    block-size: 0.5rem;
    margin-block-start: 0.25rem;
    border-radius: 999px;
    background: var(--_surface-alt);
    overflow: hidden;
  }
  .bar > span {
    display: block;
    block-size: 100%;
    background: var(--_accent);
  }
  .actions,
  [part='publish'] {
    display: block;
    margin-block-start: var(--_gap);
  }
  .problem,
  .media-failed {
    color: var(--_danger);
    margin-block-start: 0.5rem;
  }
  .problem:empty {
    display: none;
  }
  .published {
    color: var(--_success);
    font-weight: 600;
  }
`;
