/**
 * A bubbling, composed `mind-*` event with a typed detail, as every element dispatches them. Built
 * outside the element classes so the Custom Elements Manifest analyzer does not list a phantom
 * event named after the parameter: each element documents its own events.
 */
export function mindEvent<Name extends MindEventName>(
  ...args: MindEventArgs<Name, [options?: MindEventOptions]>
): CustomEvent<MindEventDetail<Name>> {
  const [type, detail, options] = args;
  return new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: options?.cancelable ?? false });
}

/**
 * The name of every `mind-*` event the elements dispatch: each element's events file adds its own
 * to `GlobalEventHandlersEventMap`, so dispatching a name no element declares does not compile.
 */
export type MindEventName = Extract<keyof GlobalEventHandlersEventMap, `mind-${string}`>;

/** The detail the `mind-*` event `Name` carries, as its declaration says. */
export type MindEventDetail<Name extends MindEventName> =
  GlobalEventHandlersEventMap[Name] extends CustomEvent<infer Detail> ? Detail : never;

/**
 * A `mind-*` event as an element dispatches it: a `CustomEvent` of that detail whose `type` is the
 * event's name. Each public event type is declared once with it, name and detail together, so
 * {@link MindEventMap} can add it to `GlobalEventHandlersEventMap` without a second list of names.
 */
export type MindEvent<Name extends `mind-${string}`, Detail> = CustomEvent<Detail> & { readonly type: Name };

/**
 * The `GlobalEventHandlersEventMap` entries of some events, keyed by their names:
 * `interface GlobalEventHandlersEventMap extends MindEventMap<MindAnswerEvent | MindCompleteEvent> {}`
 * lets `addEventListener('mind-answer', …)` hand a `MindAnswerEvent` to its listener.
 */
export type MindEventMap<Events extends MindEvent<`mind-${string}`, unknown>> = {
  [Event in Events as Event['type']]: Event;
};

/**
 * The arguments of a dispatch: an event's name and the detail that event declares, then `Rest`.
 * Written per name, so a name that may be either of two events cannot come with the detail of one.
 */
export type MindEventArgs<Name extends MindEventName, Rest extends unknown[] = []> = {
  [Each in Name]: [type: Each, detail: MindEventDetail<Each>, ...rest: Rest];
}[Name];

/** How a `mind-*` event is dispatched besides its name and detail. */
export interface MindEventOptions {
  /** Whether a listener may cancel it (`mind-request-*`: the page vetoes an intent). */
  readonly cancelable?: boolean;
}
