import { css } from 'lit';

/**
 * The card of a seller's task view (the quiz, the pitch recorder): its `.base` box, sections laid
 * out as columns, headings, and the countdown's figures. The element sets `--_gap` and
 * `--_max-inline-size` on `.base` from its component tokens.
 */
export const card = css`
  .base {
    position: relative;
    max-inline-size: var(--_max-inline-size);
    padding: calc(var(--_gap) * 1.5);
    background: var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  section {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
  }
  h2 {
    font-size: 1.35em;
    line-height: 1.25;
  }
  h3 {
    font-size: 1.1em;
  }
  .timer [role='timer'] {
    color: var(--_text);
    font-weight: 600;
  }
`;
