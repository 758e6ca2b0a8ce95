import { css } from 'lit';

/**
 * Layout of `<mind-pitch-gallery>` beyond its box and what it shares with the review (headings,
 * video, comments, status views): logical properties only, so it mirrors under `dir="rtl"`.
 */
export const pitchGalleryStyles = css`
  :host {
    --_gap: var(--mind-pitch-gallery-gap, var(--_space));
    --_take-bg: var(--mind-pitch-gallery-take-background, var(--_surface-alt));
  }
  [part='base'] {
    max-inline-size: var(--mind-pitch-gallery-max-inline-size, 64rem);
  }
  .count,
  .empty p {
    color: var(--_text-muted);
  }
  .takes {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 22rem), 1fr));
    gap: var(--_gap);
    list-style: none;
    margin: 0;
    padding: 0;
  }
  [part='take'] {
    display: block;
    block-size: 100%;
    padding: var(--_gap);
    border-radius: var(--_radius);
    background: var(--_take-bg);
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
