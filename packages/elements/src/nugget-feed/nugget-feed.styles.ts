import { css } from 'lit';

/**
 * Styles of `<mind-nugget-feed>` beyond what it shares with the quiz (answer controls, verdict):
 * logical properties only, so right-to-left pages lay it out mirrored.
 */
export const nuggetFeedStyles = css`
  .base {
    --_gap: var(--mind-nugget-feed-gap, var(--_space));
    --_choice-bg: var(--_surface-alt);
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
    max-inline-size: var(--mind-nugget-feed-max-inline-size, 42rem);
    font-family: var(--_font);
    line-height: 1.45;
    color: var(--_text);
  }
  h2,
  h3,
  p,
  ul,
  fieldset {
    margin: 0;
  }
  .header {
    display: flex;
    align-items: center;
    gap: 0.5em;
    font-size: 1.35em;
  }
  .badge {
    min-inline-size: 1.75em;
    padding-inline: 0.5em;
    border-radius: 1em;
    background: var(--_accent);
    color: var(--_on-accent);
    font-size: 0.75em;
    text-align: center;
  }
  .feed,
  .due,
  form,
  .practice {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
  }
  .item,
  .due,
  .status {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_gap) / 1.5);
    padding: var(--_gap);
    background: var(--mind-nugget-feed-item-background, var(--_surface));
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .item[data-unread] {
    border-inline-start: 0.375rem solid var(--_accent);
  }
  .item h3 {
    font-size: 1.1em;
  }
  .meta,
  .note {
    color: var(--_text-muted);
    font-size: 0.9em;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
  }
  .new {
    color: var(--_accent);
    font-weight: 600;
  }
  .error,
  .error p {
    color: var(--_danger);
  }
  button {
    align-self: flex-start;
  }
  img,
  video {
    max-inline-size: 100%;
    block-size: auto;
    border-radius: var(--_radius);
  }
  input {
    accent-color: var(--_accent);
  }
  textarea,
  .numeric input {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  textarea {
    inline-size: 100%;
    resize: vertical;
  }
  .tally ul {
    list-style: none;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_gap) / 2);
  }
  .tally li {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0.25rem 0.75em;
  }
  .bar {
    grid-column: 1 / -1;
    block-size: 0.5rem;
    border-radius: 0.25rem;
    background: var(--_surface-alt);
    overflow: hidden;
  }
  .bar span {
    display: block;
    block-size: 100%;
    background: var(--mind-nugget-feed-bar-color, var(--_accent));
  }
  .verdict-title {
    font-weight: 600;
  }
  a {
    color: var(--_accent);
  }
`;
