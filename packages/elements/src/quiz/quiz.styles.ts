import { css } from 'lit';

/** Styles of `<mind-quiz>`: logical properties only, so right-to-left pages lay it out mirrored. */
export const quizStyles = css`
  .base {
    --_gap: var(--mind-quiz-gap, var(--_space));
    --_choice-bg: var(--mind-quiz-choice-background, var(--_surface-alt));
    position: relative;
    max-inline-size: var(--mind-quiz-max-inline-size, 42rem);
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
  section + section {
    margin-block-start: calc(var(--_gap) * 1.5);
  }
  h2,
  h3,
  h4,
  p,
  ul,
  ol,
  fieldset {
    margin: 0;
  }
  h2 {
    font-size: 1.35em;
    line-height: 1.25;
  }
  h3 {
    font-size: 1.1em;
  }
  h4 {
    font-size: 1em;
  }
  ul,
  ol {
    padding-inline-start: 1.25em;
  }
  .prompt p + p,
  .description p + p,
  .explanation p + p {
    margin-block-start: 0.5em;
  }
  .timer {
    display: flex;
    justify-content: flex-end;
    gap: 0.5em;
    font-variant-numeric: tabular-nums;
    color: var(--_text-muted);
    margin-block-end: var(--_gap);
  }
  .timer [role='timer'] {
    color: var(--_text);
    font-weight: 600;
  }
  form {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--_gap);
  }
  fieldset {
    border: 0;
    padding: 0;
    min-inline-size: 0;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_gap) / 2);
    inline-size: 100%;
  }
  legend {
    padding: 0;
    margin-block-end: calc(var(--_gap) / 2);
    font-weight: 600;
  }
  .hint {
    color: var(--_text-muted);
  }
  .choice {
    display: flex;
    align-items: center;
    gap: 0.75em;
    min-block-size: 2.75rem;
    padding-block: 0.5rem;
    padding-inline: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_choice-bg);
    cursor: pointer;
  }
  .choice input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    accent-color: var(--_accent);
    flex: none;
  }
  .confidence {
    flex-direction: row;
    flex-wrap: wrap;
  }
  .confidence legend {
    inline-size: 100%;
  }
  .ordering {
    list-style: none;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_gap) / 2);
    inline-size: 100%;
  }
  .ordering-item {
    display: flex;
    align-items: center;
    gap: 0.75em;
    padding-block: 0.25rem;
    padding-inline: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_choice-bg);
  }
  .ordering-item .item-label {
    flex: 1;
  }
  .ordering-item .position {
    font-weight: 600;
    min-inline-size: 1.5em;
  }
  .moves {
    display: flex;
    gap: 0.25rem;
  }
  .moves button {
    padding-inline: 0.75rem;
  }
  .numeric {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }
  .number-row {
    display: flex;
    align-items: center;
    gap: 0.5em;
  }
  .numeric input {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    min-block-size: 2.75rem;
    inline-size: 10em;
    padding-inline: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .verdict {
    padding: var(--_gap);
    border-radius: var(--_radius);
    border-inline-start: 0.375rem solid var(--_border);
    background: var(--_surface-alt);
  }
  .verdict.correct {
    border-inline-start-color: var(--_success);
  }
  .verdict.incorrect {
    border-inline-start-color: var(--_danger);
  }
  .verdict.correct h3 {
    color: var(--_success);
  }
  .verdict.incorrect h3 {
    color: var(--_danger);
  }
  .verdict button,
  .results button,
  .start button,
  .status button {
    align-self: flex-start;
  }
  .score {
    font-size: 1.25em;
    font-weight: 600;
  }
  a {
    color: var(--_accent);
    text-decoration: underline;
  }
  .resources ul {
    margin-block-start: 0.25em;
  }
  .challenge-name {
    color: var(--_text-muted);
    margin-block-end: calc(var(--_gap) / 2);
  }
  .notice {
    color: var(--_text-muted);
  }
  img {
    max-inline-size: 100%;
    block-size: auto;
  }
`;
