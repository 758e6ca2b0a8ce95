import { html, type TemplateResult } from 'lit';
import type { MindLink } from '../shared/base/mind-element.js';
import { errorView } from '../shared/errors/error-view.js';
import type { MindLocalizeController } from '../shared/i18n/localize.js';
import type { leaderboardEn } from './strings/en.js';

/** Detail of `mind-board-visibility-change`: whether others now see the viewer on the boards. */
export interface MindBoardVisibilityChangeDetail {
  readonly visible: boolean;
}

/** What the switch needs of its leaderboard (it dispatches `mind-board-visibility-change` through the link). */
export interface VisibilityHost extends MindLink {
  requestUpdate(): void;
  readonly localize: MindLocalizeController<typeof leaderboardEn>;
}

/**
 * The viewer's "Show me on public boards" checkbox: their own choice, kept by the engine for every
 * board, so it is read back from each board load (`visible`), never kept here. While the choice
 * is saved the box is disabled; once saved, a status line says so and every board on the page
 * re-reads on the engine's `leaderboard` change; a failure (offline) is shown with a retry.
 */
export class VisibilitySwitch {
  readonly #host: VisibilityHost;
  #saving = false;
  /** The choice asked for, shown from the click until a board load reports it stored. */
  #asked: boolean | undefined;
  /** The failure of the last save, shown until the next try. */
  error: unknown;
  /** What the last save did, announced once it is done. */
  #said = '';

  constructor(host: VisibilityHost) {
    this.#host = host;
  }

  async #set(visible: boolean): Promise<void> {
    const api = this.#host.api();
    if (!api || this.#saving) return;
    this.#saving = true;
    this.#asked = visible;
    this.error = undefined;
    this.#said = '';
    this.#host.requestUpdate();
    try {
      await api.setBoardVisibility(visible);
      this.#said = this.#host.localize.term('mindLeaderboardVisibilitySaved', visible);
      this.#host.emit('mind-board-visibility-change', { visible });
    } catch (error) {
      this.error = error;
      this.#asked = undefined;
    } finally {
      this.#saving = false;
      this.#host.requestUpdate();
    }
  }

  render(visible: boolean): TemplateResult {
    const { localize } = this.#host;
    // From the click until a board load reports it, the box shows the choice asked for.
    if (this.#asked === visible && !this.#saving) this.#asked = undefined;
    const wanted = this.#asked ?? visible;
    // Compact markup: the template's whitespace ships in the seller page's bytes.
    return html`<div part="visibility">
      <label
        ><input
          type="checkbox"
          aria-describedby="visibility-note"
          .checked=${wanted}
          ?disabled=${this.#saving}
          @change=${(event: Event) => void this.#set((event.target as HTMLInputElement).checked)}
        />${localize.term('mindLeaderboardVisibility')}</label
      >
      <p id="visibility-note" class="note">${localize.term('mindLeaderboardVisibilityNote')}</p>
      ${
        this.error === undefined
          ? html`<p class="visually-hidden" role="status">${this.#said}</p>`
          : errorView(localize, this.error, {
              fallback: localize.term('mindLeaderboardVisibilityError'),
              retry: () => void this.#set(!visible),
              compact: true,
            })
      }
    </div>`;
  }
}
