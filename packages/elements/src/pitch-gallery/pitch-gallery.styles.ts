import { css } from 'lit';

/** Layout of `<mind-pitch-gallery>`: logical properties only, so it mirrors under `dir="rtl"`. */
export const pitchGalleryStyles = css`
  :host {
    --_gap: var(--mind-pitch-gallery-gap, var(--_space));
    --_take-bg: var(--mind-pitch-gallery-take-background, var(--_surface-alt));
  }
  [part='base'] {
    /* Restated here, not only on :host: a page rule such as "* { all: unset }" beats :host. */
    display: block;
    max-inline-size: var(--mind-pitch-gallery-max-inline-size, 64rem);
    font-family: var(--_font);
    line-height: 1.45;
    background: var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_gap);
  }
  h2,
  h3,
  h4 {
    margin-block: 0 calc(var(--_gap) / 2);
    line-height: 1.25;
  }
  h2 {
    font-size: 1.25em;
  }
  h3 {
    font-size: 1.0625em;
  }
  h4 {
    font-size: 1em;
  }
  p {
    margin-block: 0 calc(var(--_gap) / 2);
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
    display: block;
    inline-size: 100%;
    max-block-size: 50vh;
    background: #000;
    border-radius: var(--_radius);
    margin-block-end: var(--_gap);
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
  [part='comments'] {
    display: block;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  [part='comment'] {
    display: flex;
    margin-block-end: 0.25rem;
  }
  [part='comment'] .seek {
    display: flex;
    flex: 1;
    gap: 0.5rem;
    text-align: start;
  }
  [part='timestamp'] {
    font-variant-numeric: tabular-nums;
    font-weight: 700;
    color: var(--_accent);
  }
  .media-failed,
  .error {
    color: var(--_danger);
  }
  .status {
    padding-block: var(--_gap);
  }
`;
