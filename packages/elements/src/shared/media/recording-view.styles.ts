import { css } from 'lit';

/**
 * What `<mind-pitch-gallery>` and `<mind-pitch-review>` share: headings and paragraphs spaced by the
 * element's `--_gap`, a recording's video (each element caps its height), its time-stamped comments
 * (`commentList`), and the status views.
 */
export const recordingView = css`
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
  video {
    display: block;
    inline-size: 100%;
    background: #000;
    border-radius: var(--_radius);
    margin-block-end: var(--_gap);
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
  .status {
    padding-block: var(--_gap);
  }
  .media-failed,
  .error {
    color: var(--_danger);
  }
`;
