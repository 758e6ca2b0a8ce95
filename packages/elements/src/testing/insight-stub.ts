import type { MindshareApi, MindshareChange } from '@mindshare/core';

/** Options of {@link stubInsightApi}. */
export interface StubInsightOptions {
  /** Never answers (a loading state that stays); otherwise every call rejects. */
  readonly pending?: boolean;
}

/**
 * A hand-written Mindshare API for the manager views' loading and error states: `mastery`,
 * `catalog` and `tierReport` never answer, or always fail; everything else is absent.
 */
export function stubInsightApi(options: StubInsightOptions): { api: MindshareApi; options: StubInsightOptions } {
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
