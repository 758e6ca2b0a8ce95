import { expect, waitUntil } from '@open-wc/testing';
import type { MindshareApi } from '@mindshare/core';
import type { LitElement } from 'lit';
import type { MindErrorDetail } from '../shared/base/mind-error-detail.js';

/**
 * The real engine `api` with some of its operations replaced: the rest is the engine's own, so a
 * test fails one call (`challenges: () => Promise.reject(…)`) and everything else still works.
 */
export function withOverrides(api: MindshareApi, overrides: Partial<MindshareApi>): MindshareApi {
  const descriptors = Object.fromEntries(Object.entries(overrides).map(([key, value]) => [key, { value }]));
  return Object.create(api, descriptors) as MindshareApi;
}

/** `api` with `operation` always failing, as offline: the load it serves shows the element's error. */
export function offline(api: MindshareApi, operation: keyof MindshareApi): MindshareApi {
  return withOverrides(api, { [operation]: () => Promise.reject(new Error('offline')) });
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
 * the first `times`. `withOverrides(real, { feed: () => full.or(() => real.feed()) })`.
 */
export interface Outage {
  /** Lets every later call through (the seller freed some space, the network came back). */
  heal(): void;
  /** Rejects with the outage's error while it lasts; otherwise makes the real `call`. */
  or<T>(call: () => Promise<T>): Promise<T>;
}

/** An {@link Outage} failing with `error`, for its first `times` calls or until healed. */
export function outage(error: unknown, times = Infinity): Outage {
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

/** How {@link expectFullDeviceThenRetry} finds its way around one element. */
export interface FullDeviceStory<E extends LitElement> {
  /** Renders the element over an API whose load fails with `MIND_STORAGE_FULL`. */
  readonly render: () => Promise<E>;
  /** The element's error alert, or `null` once it is gone; its `[role="alert"]` by default. */
  readonly alert?: (el: E) => Element | null;
  /** Lets the next call succeed (the seller freed some space). */
  readonly heal: () => void;
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
  const heard = listenForMindErrors();
  try {
    const el = await story.render();
    const shown = alert(el);
    expect(shown, 'an error alert').not.to.equal(null);
    expect(shown!.textContent).to.contain('This device is out of space').and.contain('Free some space');
    el.requestUpdate();
    await el.updateComplete;
    expect(heard.codes()).to.deep.equal(['MIND_STORAGE_FULL']);
    story.heal();
    shown!.querySelector('button')!.click();
    await waitUntil(() => story.loaded(el), `retry did not load ${story.what}`);
    expect(alert(el)).to.equal(null);
    expect(heard.codes()).to.deep.equal(['MIND_STORAGE_FULL']);
    return el;
  } finally {
    heard.stop();
  }
}
