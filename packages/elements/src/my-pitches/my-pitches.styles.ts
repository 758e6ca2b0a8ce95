import { css } from 'lit';
import { tiles } from '../shared/styles/box.js';

const layout = css`
  :host {
    --_gap: var(--mind-my-pitches-gap, var(--_space));
    --_tile-bg: var(--mind-my-pitches-pitch-background, var(--_surface-alt));
  }
  [part='base'] {
    max-inline-size: var(--mind-my-pitches-max-inline-size, 48rem);
  }
  .meta,
  .muted,
  .hint,
  .empty p {
    color: var(--_text-muted);
  }
  [part='state'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: baseline;
  }
  .badge {
    font-weight: 600;
  }
  .published .badge,
  .reviewed .badge {
    color: var(--_success);
  }
  [part='consent'] {
    display: block;
    margin-block: var(--_gap);
  }
  [part='consent'] input {
    accent-color: var(--_accent);
    margin-inline-end: 0.5rem;
  }
  .hint {
    font-size: 0.875em;
    margin-block: 0.25rem 0;
  }
  .saving:empty,
  .problem:empty {
    display: none;
  }
  .problem {
    color: var(--_danger);
  }
  .detail:not([hidden]) {
    display: block;
    margin-block-start: var(--_gap);
  }
  video {
    max-block-size: 50vh;
  }
`;

/**
 * Layout of `<mind-my-pitches>` beyond its box and what it shares with the review and the gallery
 * (headings, video, comments, the review's scores): its takes as tiles, logical properties only,
 * so it mirrors under `dir="rtl"`.
 */
export const myPitchesStyles = [tiles(css`.pitches`, css`[part='pitch']`), layout];
