import { waitUntil } from '@open-wc/testing';
import type { MindshareApi, MindshareChange } from '@mindshare/core';
import { html, type LitElement } from 'lit';
import { find, isLoading, render } from './harness.js';

/** Options of {@link stubInsightApi}. */
interface StubInsightOptions {
  /** Never answers (a loading state that stays); otherwise every call rejects. */
  readonly pending?: boolean;
}

/**
 * A hand-written Mindshare API for the manager views' loading and error states: `mastery`,
 * `catalog` and `tierReport` never answer, or always fail; everything else is absent.
 */
function stubInsightApi(options: StubInsightOptions): { api: MindshareApi; options: StubInsightOptions } {
  const answer = async (): Promise<never> => {
    if (options.pending) return new Promise(() => {});
    await Promise.resolve();
    throw new Error('stub: the insight service is unavailable');
  };
  const api = {
    viewer: {
      id: 'mgr-stub',
      displayName: 'Stub Manager',
      role: 'manager',
      partnerId: undefined,
      tierId: undefined,
      region: undefined,
      team: undefined,
      locale: 'en',
      timeZone: 'UTC',
    },
    now: () => 0,
    mastery: answer,
    catalog: answer,
    tierReport: answer,
    subscribe: (_listener: (change: MindshareChange) => void) => () => {},
  };
  return { api: api as unknown as MindshareApi, options };
}

/**
 * `<tag>` over a {@link stubInsightApi}: `loading` never answers, and resolves once the element
 * shows "Loading…"; `failed` fails every call, and resolves once it shows its error alert.
 */
export async function renderOverStub<E extends LitElement>(
  tag: 'mind-mastery-map' | 'mind-tier-report',
  state: 'loading' | 'failed',
): Promise<E> {
  const el = document.createElement(tag) as unknown as E & { api: MindshareApi };
  el.api = stubInsightApi({ pending: state === 'loading' }).api;
  await render(html`${el}`);
  await waitUntil(() => (state === 'loading' ? isLoading(el) : find(el, '[role="alert"]')), `<${tag}> is not ${state}`);
  return el;
}
