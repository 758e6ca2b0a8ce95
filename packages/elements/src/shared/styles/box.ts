// The boxes elements draw: the bordered box of their `base` part, and the tiles of a list in it.
import { css, type CSSResult } from 'lit';

/**
 * The bordered box of an element's `base` part, padded by the element's `--_gap` (the `--_space`
 * token unless the element sets its own from a component token). Font, colour and display are
 * restated here, not only on `:host`, because a page rule such as `* { all: unset }` beats `:host`.
 * Positioned, so what is visually hidden in it sits at its start.
 */
export const box = css`
  [part='base'] {
    display: block;
    position: relative;
    font-family: var(--_font);
    line-height: 1.45;
    background: var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_gap);
  }
`;

/**
 * A list of tiles, as a seller's pitches, the gallery's best practices and the certifications show
 * them: `list` a grid without markers, its tiles `--_gap` apart; each `tile` padded and rounded on
 * `--_tile-bg`, which the element sets from its own component token. The selectors are the
 * element's own (its list's class, its tile's part), so its markup needs nothing added for this.
 * Beside `box` because every element with tiles has a box: they load as one file.
 */
export function tiles(list: CSSResult, tile: CSSResult): CSSResult {
  return css`
    ${list} {
      display: grid;
      gap: var(--_gap);
      list-style: none;
      margin: 0;
      padding: 0;
    }
    ${tile} {
      display: block;
      padding: var(--_gap);
      border-radius: var(--_radius);
      background: var(--_tile-bg);
    }
  `;
}
