import type { MindshareApi } from '@mindshare/core';
import type { MindErrorDetail } from '../internal/mind-error-detail.js';

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
