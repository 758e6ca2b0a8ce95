import { css } from 'lit';

/** Styles of `reviewScores`: one line per criterion, ruled, and the feedback as written. */
export const reviewScoresStyles = css`
  [part='total'] {
    display: block;
    margin-block: var(--_gap);
    font-size: 1.0625em;
  }
  .scores {
    margin: 0 0 var(--_gap);
  }
  .scores > div {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    padding-block: 0.25rem;
    border-block-end: 1px solid var(--_border);
  }
  .scores dt {
    font-weight: 600;
  }
  .scores dd {
    margin: 0;
  }
  .scores .weight {
    color: var(--_text-muted);
  }
  .feedback {
    white-space: pre-wrap;
  }
`;
