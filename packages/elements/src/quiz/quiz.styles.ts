import { css } from 'lit';

/**
 * Styles of `<mind-quiz>` beyond its card and what it shares with the feed (answer controls,
 * verdict): logical properties only, so right-to-left pages lay it out mirrored.
 */
export const quizStyles = css`
  .base {
    --_gap: var(--mind-quiz-gap, var(--_space));
    --_max-inline-size: var(--mind-quiz-max-inline-size, 42rem);
    --_choice-bg: var(--mind-quiz-choice-background, var(--_surface-alt));
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
  form {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--_gap);
  }
  fieldset {
    inline-size: 100%;
  }
  legend {
    font-weight: 600;
  }
  .hint {
    color: var(--_text-muted);
  }
  [part~='question-timer'] {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: calc(var(--_space) / 2);
  }
  [part~='question-timer'] [role='timer'] {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
    color: var(--_text);
  }
  [part~='question-timer'].expired {
    color: var(--_danger);
    font-weight: 600;
  }
  .choice {
    padding-block: 0.5rem;
  }
  .choice input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    accent-color: var(--_accent);
    flex: none;
  }
  .confidence legend {
    inline-size: 100%;
  }
  .ordering {
    inline-size: 100%;
  }
  .ordering-item {
    padding-block: 0.25rem;
    background: var(--_choice-bg);
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
    min-block-size: var(--_target);
    inline-size: 10em;
    padding-inline: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
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
