import { css } from 'lit';

/**
 * Styles of `<mind-pitch-recorder>` beyond its card: logical properties only, so right-to-left pages
 * lay it out mirrored.
 */
export const pitchRecorderStyles = css`
  .base {
    --_gap: var(--mind-pitch-recorder-gap, var(--_space));
    --_max-inline-size: var(--mind-pitch-recorder-max-inline-size, 42rem);
  }
  .prompt {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
  }
  .prompt + section {
    margin-block-start: calc(var(--_gap) * 1.5);
  }
  h2,
  h3,
  p,
  ul {
    margin: 0;
  }
  .scenario p + p {
    margin-block-start: 0.5em;
  }
  .facts {
    padding-inline-start: 1.25em;
    color: var(--_text-muted);
  }
  .stage {
    position: relative;
  }
  video {
    display: block;
    inline-size: 100%;
    aspect-ratio: 16 / 9;
    background: var(--mind-pitch-recorder-video-background, #000);
    border-radius: var(--_radius);
  }
  .countdown {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    font-size: 4rem;
    font-weight: 700;
    color: #fff;
    text-shadow: 0 0 0.5rem #000;
  }
  .timer {
    display: flex;
    align-items: center;
    gap: 0.5em;
    font-variant-numeric: tabular-nums;
    color: var(--_text-muted);
  }
  .recording-dot {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    margin-inline-end: auto;
    color: var(--_text);
    font-weight: 600;
  }
  .recording-dot::before {
    content: '';
    inline-size: 0.75em;
    block-size: 0.75em;
    border-radius: 50%;
    background: var(--mind-pitch-recorder-recording-color, var(--_danger));
  }
  .devices {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    flex: 1 1 12rem;
  }
  select {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    min-block-size: var(--_target);
    padding-inline: 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .consent {
    display: flex;
    align-items: flex-start;
    gap: 0.75em;
  }
  .consent input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    accent-color: var(--_accent);
    flex: none;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap);
  }
  .upload {
    display: flex;
    align-items: center;
    gap: var(--_gap);
    color: var(--_text-muted);
  }
  progress {
    flex: 1;
    accent-color: var(--_accent);
  }
  .status.problem,
  .status.error {
    padding: var(--_gap);
    border-inline-start: 0.375rem solid var(--_danger);
    background: var(--_surface-alt);
    border-radius: var(--_radius);
  }
  .status button {
    align-self: flex-start;
  }
`;
