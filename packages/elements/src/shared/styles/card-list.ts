import { css } from 'lit';

/**
 * A list of cards (a seller's pitches, the gallery's takes, the certifications): a plain grid list,
 * `.cards`, whose `.card` items are panels padded by `--_gap` on `--_card-bg`, which the element
 * sets from its own component token.
 */
export const cardList = css`
  .cards {
    display: grid;
    gap: var(--_gap);
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .card {
    display: block;
    padding: var(--_gap);
    border-radius: var(--_radius);
    background: var(--_card-bg);
  }
`;
