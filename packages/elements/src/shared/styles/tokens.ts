import { css } from 'lit';

/**
 * Design tokens with their defaults. Every element reads `--mind-*` custom properties, so one line
 * of CSS on the portal (`mind-quiz { --mind-color-accent: #c2410c }`) re-themes it. Defaults meet
 * WCAG 2.2 AA contrast in light and dark schemes; dark follows `prefers-color-scheme` unless the
 * portal sets the tokens itself. `--_gap` is the element's own gap: an element with a `…-gap`
 * component token sets it from that on its host. `--_target` is the least block size of a control
 * (44 px, a finger): every button's, and on a touch screen (`pointer: coarse`) every select's,
 * input's and checkbox or radio label's, so no element needs a number of its own.
 *
 * A select shrinks to its box (as wide as its longest option, it would widen a phone's page). The
 * visually hidden pattern is pinned to its positioned ancestor's start (the box's `base`), not left
 * where its text would flow: a hidden label in a wide table's last column cannot widen anything.
 */
export const tokens = css`
  :host {
    --_accent: var(--mind-color-accent, #0b5cad);
    --_on-accent: var(--mind-color-on-accent, #ffffff);
    --_surface: var(--mind-color-surface, #ffffff);
    --_surface-alt: var(--mind-color-surface-alt, #f3f5f8);
    --_text: var(--mind-color-text, #1b1f24);
    --_text-muted: var(--mind-color-text-muted, #4f5864);
    --_border: var(--mind-color-border, #8a94a3);
    --_success: var(--mind-color-success, #1b6e33);
    --_danger: var(--mind-color-danger, #b3261e);
    --_focus: var(--mind-color-focus, #0b5cad);
    --_font: var(--mind-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_font-size: var(--mind-font-size, 1rem);
    --_space: var(--mind-space, 0.75rem);
    --_radius: var(--mind-radius, 0.5rem);
    --_gap: var(--_space);
    --_target: 2.75rem;

    display: block;
    box-sizing: border-box;
    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.45;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_accent: var(--mind-color-accent, #8cc4ff);
      --_on-accent: var(--mind-color-on-accent, #0b1a2b);
      --_surface: var(--mind-color-surface, #161a1f);
      --_surface-alt: var(--mind-color-surface-alt, #20262e);
      --_text: var(--mind-color-text, #eef1f5);
      --_text-muted: var(--mind-color-text-muted, #b8c0cb);
      --_border: var(--mind-color-border, #6b7686);
      --_success: var(--mind-color-success, #7ddc95);
      --_danger: var(--mind-color-danger, #ffb4ab);
      --_focus: var(--mind-color-focus, #8cc4ff);
    }
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    cursor: pointer;
    min-block-size: var(--_target);
    padding-block: 0.5rem;
    padding-inline: 1rem;
    border-radius: var(--_radius);
    border: 1px solid var(--_border);
    background: var(--_surface);
    color: var(--_text);
  }
  button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  select {
    max-inline-size: 100%;
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .visually-hidden {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (pointer: coarse) {
    select,
    input:not([type='checkbox'], [type='radio']),
    label:has(> [type='checkbox'], > [type='radio']),
    [type='checkbox'] + label {
      min-block-size: var(--_target);
    }
    :where(label:has(> [type='checkbox'], > [type='radio']), [type='checkbox'] + label) {
      display: inline-flex;
      align-items: center;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      animation-duration: 0.01ms !important;
      transition-duration: 0.01ms !important;
    }
  }
`;
