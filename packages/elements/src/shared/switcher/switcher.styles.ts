import { css } from 'lit';

/** A row of buttons acting as radios (`role="radiogroup"`), the checked one filled with the accent. */
export const radioGroup = css`
  [role='radiogroup'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin-block-end: var(--_space);
  }
  [role='radio'][aria-checked='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
`;
