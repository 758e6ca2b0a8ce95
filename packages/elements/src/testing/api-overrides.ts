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

/** How {@link expectFullDeviceThenRetry} finds its way around one element. */
export interface FullDeviceStory {
  /** The element's error alert, or `null` once it is gone. */
  readonly alert: () => Element | null;
  /** Lets the next call succeed (the seller freed some space). */
  readonly heal: () => void;
  /** Whether the element shows its content again. */
  readonly loaded: () => unknown;
  /** What the element loads, for the failure message ("the map"). */
  readonly what: string;
}

/**
 * The story every element tells of a full device (issue 14, item 5), played on `el` mounted over
 * an API whose load fails with `MIND_STORAGE_FULL`: the alert says so and what to do, exactly one
 * `mind-error` is heard (none again on a re-render), and **Try again** loads once space is freed.
 */
export async function expectFullDeviceThenRetry(
  el: LitElement,
  heard: HeardMindErrors,
  story: FullDeviceStory,
): Promise<void> {
  const alert = story.alert();
  expect(alert, 'an error alert').not.to.equal(null);
  expect(alert!.textContent).to.contain('This device is out of space').and.contain('Free some space');
  el.requestUpdate();
  await el.updateComplete;
  expect(heard.codes()).to.deep.equal(['MIND_STORAGE_FULL']);
  story.heal();
  alert!.querySelector('button')!.click();
  await waitUntil(story.loaded, `retry did not load ${story.what}`);
  expect(story.alert()).to.equal(null);
  expect(heard.codes()).to.deep.equal(['MIND_STORAGE_FULL']);
}
