import { consume } from '@lit/context';
import type { MindshareApi, MindshareChange } from '@mindshare/core';
import {
  html,
  LitElement,
  nothing,
  type CSSResultGroup,
  type PropertyValues,
  type ReactiveController,
  type TemplateResult,
} from 'lit';
import { property, state } from 'lit/decorators.js';
import { mindshareContext } from './mindshare-context.js';
import type { ElementStrings, Terms } from '../i18n/element-strings.js';
import { MindLocalizeController } from '../i18n/localize.js';
import { mindErrorDetail } from './mind-error-detail.js';
import { mindEvent, type MindEventArgs, type MindEventName, type MindEventOptions } from './mind-event.js';

/**
 * What a controller reads of its element: the API in use (read when called, so it follows a swap)
 * and the element's `mind-*` events. An element hands its controllers `this.link` (with what else
 * they read) rather than making `mindshare` and `emit` public.
 */
export interface MindLink {
  readonly api: () => MindshareApi | undefined;
  readonly emit: <Name extends MindEventName>(...args: MindEventArgs<Name>) => boolean;
}

/**
 * A controller that follows the API's change events as well: added to a `MindElement`, it is told
 * of each change event of the API in use, before the element's own `mindshareChanged`.
 */
export interface MindChangeController extends ReactiveController {
  mindshareChanged(change: MindshareChange): void;
}

const followsChanges = (controller: ReactiveController): controller is MindChangeController =>
  typeof (controller as Partial<MindChangeController>).mindshareChanged === 'function';

/**
 * What every Mindshare element shares: localisation, the Mindshare API (its own `.api` wins over
 * the one a `<mind-provider>` gives through context), a subscription to the API's change events
 * that follows the API when it is swapped (a portal switching users) and tells the element's
 * change controllers, and the `base` part every view is drawn in.
 */
export class MindElement<Strings extends Terms = Record<never, never>> extends LitElement {
  /**
   * Declared before `localize`, whose controller is added as that field is set. (A context
   * consumer is added earlier still, by the base constructor: it follows no change events, so this
   * is not read for it.)
   */
  readonly #changeControllers = new Set<MindChangeController>();

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
   * document's), typed by the element's English terms: `class MindQuiz extends MindElement<typeof quizEn>`.
   */
  protected readonly localize = new MindLocalizeController<Strings>(this);

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

  /** What the element's controllers read of it (see {@link MindLink}). */
  protected readonly link: MindLink = {
    api: () => this.mindshare,
    emit: (...args) => this.emit(...args),
  };

  override addController(controller: ReactiveController): void {
    super.addController(controller);
    if (followsChanges(controller)) this.#changeControllers.add(controller);
  }

  override removeController(controller: ReactiveController): void {
    super.removeController(controller);
    if (followsChanges(controller)) this.#changeControllers.delete(controller);
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
      if (!this.#reported.has(error)) this.emit('mind-error', mindErrorDetail(error));
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
    this.#unsubscribe = api?.subscribe((change) => {
      for (const controller of this.#changeControllers) controller.mindshareChanged(change);
      this.mindshareChanged(change);
    });
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

  /**
   * The `base` part around `view`, marked with the language and direction `localize` resolved for
   * the element, so screen readers and right-to-left layout follow the language its view is
   * written in, whatever the page around it says. With `announcement`, a visually hidden status
   * region follows the view: drawn from the first render, even empty, so a screen reader reads
   * each new text out.
   */
  protected renderBase(view: unknown, announcement?: string): TemplateResult {
    return html`<div part="base" class="base" dir=${this.localize.dir()} lang=${this.localize.lang()}>
      ${view}
      ${announcement === undefined ? nothing : html`<div class="visually-hidden" role="status">${announcement}</div>`}
    </div>`;
  }

  /**
   * Dispatches a bubbling, composed `mind-*` event, its detail checked against the event's
   * declaration; returns false when a listener cancelled it.
   */
  protected emit<Name extends MindEventName>(...args: MindEventArgs<Name, [options?: MindEventOptions]>): boolean {
    return this.dispatchEvent(mindEvent(...args));
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
