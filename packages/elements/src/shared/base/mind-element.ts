import { consume } from '@lit/context';
import type { MindshareApi, MindshareChange } from '@mindshare/core';
import { LitElement, type CSSResultGroup, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { mindshareContext } from './mindshare-context.js';
import type { ElementStrings } from '../i18n/element-strings.js';
import { MindLocalizeController } from '../i18n/localize.js';
import { mindErrorDetail, type MindErrorDetail } from './mind-error-detail.js';
import { mindEvent } from './mind-event.js';

/**
 * What every Mindshare element shares: localisation, the Mindshare API (its own `.api` wins over
 * the one a `<mind-provider>` gives through context), and a subscription to the API's change
 * events that follows the API when it is swapped (a portal switching users).
 */
export class MindElement extends LitElement {
  /** @internal Each element sets its own; theming goes through `--mind-*` tokens and parts. */
  declare static styles: CSSResultGroup;

  /**
   * @internal The element's UI strings: its English terms and a loader per other language, made
   * with `elementStrings`. Registered once, when the first instance is constructed (by its
   * localize controller), so importing an element registers nothing.
   */
  declare static strings: ElementStrings | undefined;

  /**
   * UI strings and `Intl` formatting in the element's language (nearest `lang`, else the
   * document's). An element narrows it to its own terms:
   * `protected declare readonly localize: MindLocalizeController<typeof quizEn>`.
   */
  protected readonly localize: MindLocalizeController = new MindLocalizeController(this);

  /** The Mindshare API to use; when unset, the one provided by the nearest `<mind-provider>`. */
  @property({ attribute: false }) api: MindshareApi | undefined;

  @consume({ context: mindshareContext, subscribe: true })
  @state()
  protected providedApi: MindshareApi | undefined;

  /** The errors shown after the last update, each announced once with `mind-error`. */
  #reported: ReadonlySet<unknown> = new Set();
  #subscribed: MindshareApi | undefined;
  #unsubscribe: (() => void) | undefined;

  /** The API in use: the element's own, else the provider's. */
  protected get mindshare(): MindshareApi | undefined {
    return this.api ?? this.providedApi;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Before the first update, wait for it: properties a page set on the tag before the element
    // was defined (a lazily loaded element, a framework) are applied only then, and the first load
    // must see them, not the defaults.
    if (this.hasUpdated) this.#follow();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#subscribed = undefined;
  }

  /** @internal The first render waits for the strings of the element's language (see `ready`). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const strings = this.hasUpdated ? undefined : this.localize.ready();
    return strings ? strings.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.hasUpdated || changed.has('api') || changed.has('providedApi' as keyof MindElement)) this.#follow();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // After the update, so a listener finds the error view in place (to focus or measure it).
    const shown = new Set(this.shownErrors());
    for (const error of shown) {
      if (!this.#reported.has(error)) this.emit<MindErrorDetail>('mind-error', mindErrorDetail(error));
    }
    this.#reported = shown;
  }

  /**
   * The errors the element's view shows now (a failed load, a refused action). Each fires one
   * `mind-error` in the update that first shows it; shown again after it went away, it fires again.
   */
  protected shownErrors(): readonly unknown[] {
    return [];
  }

  #follow(): void {
    const api = this.mindshare;
    if (api === this.#subscribed || !this.isConnected) return;
    this.#unsubscribe?.();
    this.#subscribed = api;
    this.#unsubscribe = api?.subscribe((change) => this.mindshareChanged(change));
    this.apiChanged(api);
  }

  /**
   * A moment (epoch ms) in the element's language and the viewer's time zone (the engine's, not
   * the browser's): a Paris challenge closing at 18:00 reads 12:00 PM EDT to a seller in New York.
   */
  protected viewerDate(epochMs: number, options: Intl.DateTimeFormatOptions): string {
    return this.localize.date(new Date(epochMs), { ...options, timeZone: this.mindshare?.viewer.timeZone });
  }

  /** Called when the API in use changes (also to `undefined`): reload everything. */
  protected apiChanged(_api: MindshareApi | undefined): void {}

  /** Called on each change event of the API in use: reload what the change concerns. */
  protected mindshareChanged(_change: MindshareChange): void {}

  /** Dispatches a bubbling, composed `mind-*` event; returns false when a listener cancelled it. */
  protected emit<T>(type: `mind-${string}`, detail: T, options: { cancelable?: boolean } = {}): boolean {
    return this.dispatchEvent(mindEvent(type, detail, options.cancelable));
  }
}

/** How elements say when something happens: "Monday, March 1 at 9:00 AM GMT+1". */
export const WHEN: Intl.DateTimeFormatOptions = {
  weekday: 'long',
  month: 'long',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  timeZoneName: 'short',
};
