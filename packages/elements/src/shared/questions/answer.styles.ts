import { css } from 'lit';

/**
 * What the quiz and the feed share of the answer controls (`answerView`), the "sure / not sure"
 * toggle and the verdict. Each element sets `--_gap` and `--_choice-bg`, the background of a choice.
 */
export const answerStyles = css`
  fieldset {
    border: 0;
    padding: 0;
    min-inline-size: 0;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_gap) / 2);
  }
  legend {
    padding: 0;
    margin-block-end: calc(var(--_gap) / 2);
  }
  .choice {
    display: flex;
    align-items: center;
    gap: 0.75em;
    min-block-size: var(--_target);
    padding-inline: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_choice-bg);
    cursor: pointer;
  }
  /* A marked choice: its words say right or wrong; the colour and the border only repeat them. */
  [part~='right'] {
    border-color: var(--_success);
    border-inline-start-width: 4px;
  }
  [part~='wrong'] {
    border-color: var(--_danger);
    border-inline-start-width: 4px;
  }
  .choice .mark {
    margin-inline-start: auto;
    font-weight: 600;
  }
  [part~='right'] .mark {
    color: var(--_success);
  }
  [part~='wrong'] .mark {
    color: var(--_danger);
  }
  .confidence {
    flex-direction: row;
    flex-wrap: wrap;
  }
  .ordering {
    list-style: none;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_gap) / 2);
  }
  .ordering-item {
    display: flex;
    align-items: center;
    gap: 0.75em;
    padding-inline: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .ordering-item .item-label {
    flex: 1;
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
`;
