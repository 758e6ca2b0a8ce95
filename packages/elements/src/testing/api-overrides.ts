import { expect, waitUntil } from '@open-wc/testing';
import { MindError, type MindshareApi } from '@mindshare/core';
import type { LitElement } from 'lit';
import type { MindErrorDetail } from '../shared/base/mind-error-detail.js';
import { WAIT_MS } from './harness.js';

/**
 * The real engine `api` with some of its operations replaced: the rest is the engine's own, so a
 * test fails one call (`challenges: () => Promise.reject(…)`) and everything else still works.
 */
export function withOverrides(api: MindshareApi, overrides: Partial<MindshareApi>): MindshareApi {
  const descriptors = Object.fromEntries(Object.entries(overrides).map(([key, value]) => [key, { value }]));
  return Object.create(api, descriptors) as MindshareApi;
}

/** What {@link listenForMindErrors} heard. */
export interface HeardMindErrors {
  /** The details of every `mind-error` so far, in order. */
  readonly details: MindErrorDetail[];
  /** Their codes, in order. */
  codes(): string[];
  /** Stops listening. */
  stop(): void;
}

/**
 * Listens for `mind-error` on `document` until `stop()`. Started before an element is mounted, it
 * hears a first load's failure too, which can fire before `fixture()` resolves.
 */
export function listenForMindErrors(): HeardMindErrors {
  const details: MindErrorDetail[] = [];
  const listener = (event: CustomEvent<MindErrorDetail>) => details.push(event.detail);
  document.addEventListener('mind-error', listener);
  return {
    details,
    codes: () => details.map((detail) => detail.code),
    stop: () => document.removeEventListener('mind-error', listener),
  };
}

/**
 * A failure that calls routed through {@link Outage.or} meet: all of them until `heal()`, or only
 * the first `times`; {@link withOutage} routes an operation through it.
 */
export interface Outage {
  /** Lets every later call through (the seller freed some space, the network came back). */
  heal(): void;
  /** Rejects with the outage's error while it lasts; otherwise makes the real `call`. */
  or<T>(call: () => Promise<T>): Promise<T>;
}

/** An {@link Outage} failing with `error`, for its first `times` calls or until healed. */
function outage(error: unknown, times = Infinity): Outage {
  let left = times;
  return {
    heal: () => {
      left = 0;
    },
    or: (call) => {
      if (left <= 0) return call();
      left--;
      return Promise.reject(error);
    },
  };
}

/** A network outage of one call: the first load fails offline (`MIND_NETWORK`), the retry goes through. */
export const offlineOnce = (): Outage => outage(new MindError('MIND_NETWORK', 'offline'), 1);

/** The operations of the API that return a promise: those an {@link Outage} can stand in front of. */
export type AsyncOperation = {
  [K in keyof MindshareApi]: MindshareApi[K] extends (...args: never[]) => Promise<unknown> ? K : never;
}[keyof MindshareApi];

/**
 * `api` with `operation` routed through `outage`: it fails with the outage's error while that
 * lasts, then makes the engine's own call with the same arguments; every other operation is the
 * engine's own. `withOutage(anna, 'feed', offlineOnce())`.
 */
export function withOutage(api: MindshareApi, operation: AsyncOperation, outage: Outage): MindshareApi {
  const call = api[operation] as (...args: unknown[]) => Promise<unknown>;
  return withOverrides(api, { [operation]: (...args: unknown[]) => outage.or(() => call.apply(api, args)) });
}

/** `api` with `operation` always failing, as offline: the load it serves shows the element's error. */
export function offline(api: MindshareApi, operation: AsyncOperation): MindshareApi {
  return withOutage(api, operation, outage(new Error('offline')));
}

/** How {@link expectFullDeviceThenRetry} finds its way around one element. */
export interface FullDeviceStory<E extends LitElement> {
  /**
   * Renders the element over an API whose load meets `full`, which fails with `MIND_STORAGE_FULL`
   * until the seller frees some space: `(full) => map(withOutage(manager, 'mastery', full))`. The
   * story waits for the alert itself.
   */
  readonly render: (full: Outage) => Promise<E>;
  /** The element's error alert, or `null` once it is gone; its `[role="alert"]` by default. */
  readonly alert?: (el: E) => Element | null;
  /** Whether the element shows its content again. */
  readonly loaded: (el: E) => unknown;
  /** What the element loads, for the failure message ("the map"). */
  readonly what: string;
}

/**
 * The story every element tells of a full device (issue 14, item 5): the element, rendered while
 * `mind-error` is listened for, shows an alert that says so and what to do, exactly one
 * `mind-error` is heard (none again on a re-render), and **Try again** loads once space is freed.
 * Resolves to the element, for what the test checks next.
 */
export async function expectFullDeviceThenRetry<E extends LitElement>(story: FullDeviceStory<E>): Promise<E> {
  const alert = (el: E) => (story.alert ? story.alert(el) : el.shadowRoot!.querySelector('[role="alert"]'));
  const full = outage(new MindError('MIND_STORAGE_FULL', 'quota exceeded'));
  const heard = listenForMindErrors();
  try {
    const el = await story.render(full);
    await waitUntil(() => alert(el), `<${el.localName}> showed no error alert`, { timeout: WAIT_MS });
    const shown = alert(el)!;
    expect(shown.textContent).to.contain('This device is out of space').and.contain('Free some space');
    el.requestUpdate();
    await el.updateComplete;
    expect(heard.codes()).to.deep.equal(['MIND_STORAGE_FULL']);
    full.heal();
    shown.querySelector('button')!.click();
    await waitUntil(() => story.loaded(el), `retry did not load ${story.what}`);
    expect(alert(el)).to.equal(null);
    expect(heard.codes()).to.deep.equal(['MIND_STORAGE_FULL']);
    return el;
  } finally {
    heard.stop();
  }
}
