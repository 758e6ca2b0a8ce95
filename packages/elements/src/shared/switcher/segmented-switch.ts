import { html, type TemplateResult } from 'lit';
import { radioIndexFor } from '../keyboard/roving-keys.js';

/** What a segmented switch shows and does (the leaderboard's scopes, the mastery map's levels). */
export interface SegmentedSwitchOptions<T extends string> {
  /** The `part` of the group, e.g. `scope`. */
  readonly part: string;
  /** The group's accessible name. */
  readonly label: string;
  readonly options: readonly T[];
  /** The checked option; when it is not among `options`, the first button takes the tab stop. */
  readonly selected: T;
  /** An option's visible name. */
  readonly name: (option: T) => string;
  /** Whether the arrows run right to left (`dir="rtl"`). */
  readonly rtl: boolean;
  /**
   * Selects an option, by click or by key. Resolves once the element shows it (its
   * `updateComplete`), so the switch can move focus to the new option after a key.
   */
  readonly select: (option: T) => Promise<unknown> | void;
}

/**
 * A row of buttons acting as one radio group (the ARIA radio group pattern): one tab stop, arrows
 * move and select (swapped under right-to-left), Home and End jump to the ends, a click selects.
 * Style it with `switcherStyles`. Each button carries `data-option` with its value.
 */
export function segmentedSwitch<T extends string>(options: SegmentedSwitchOptions<T>): TemplateResult {
  const { part, label, selected, rtl, select } = options;
  const values = options.options;
  const onKey = async (event: KeyboardEvent) => {
    const next = radioIndexFor(event.key, Math.max(0, values.indexOf(selected)), values.length, rtl);
    if (next === undefined) return;
    event.preventDefault();
    const group = event.currentTarget as HTMLElement;
    const option = values[next]!;
    await select(option);
    // The checked option after the update: a host may have refused the choice (a vetoed request).
    const checked = group.querySelector<HTMLElement>('[aria-checked="true"]');
    (checked ?? group.querySelector<HTMLElement>(`[data-option="${CSS.escape(option)}"]`))?.focus();
  };
  return html`<div part=${part} role="radiogroup" aria-label=${label} @keydown=${onKey}>
    ${values.map((option, index) => {
      const checked = option === selected;
      return html`<button
        type="button"
        role="radio"
        data-option=${option}
        aria-checked=${checked ? 'true' : 'false'}
        tabindex=${checked || (index === 0 && !values.includes(selected)) ? '0' : '-1'}
        @click=${() => void select(option)}
      >
        ${options.name(option)}
      </button>`;
    })}
  </div>`;
}
