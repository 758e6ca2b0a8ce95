import { css } from 'lit';

/** Styles of `segmentedSwitch`: a row of buttons acting as radios, the checked one filled with the accent. */
export const switcherStyles = css`
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
