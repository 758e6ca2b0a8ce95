import { css } from 'lit';
import { tiles } from '../shared/styles/box.js';

const layout = css`
  :host {
    --_gap: var(--mind-pitch-gallery-gap, var(--_space));
    --_tile-bg: var(--mind-pitch-gallery-take-background, var(--_surface-alt));
  }
  [part='base'] {
    max-inline-size: var(--mind-pitch-gallery-max-inline-size, 64rem);
  }
  .count,
  .empty p {
    color: var(--_text-muted);
  }
  .takes {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 22rem), 1fr));
  }
  [part='take'] {
    block-size: 100%;
  }
  video {
    max-block-size: 50vh;
  }
  [part='score'] {
    font-weight: 600;
  }
  blockquote {
    margin: 0 0 var(--_gap);
    padding-inline-start: var(--_gap);
    border-inline-start: 4px solid var(--_accent);
    white-space: pre-wrap;
  }
`;

/**
 * Layout of `<mind-pitch-gallery>` beyond its box and what it shares with the review (headings,
 * video, comments, status views): its takes as tiles, as many columns as fit, logical properties
 * only, so it mirrors under `dir="rtl"`.
 */
export const pitchGalleryStyles = [tiles(css`.takes`, css`[part='take']`), layout];
