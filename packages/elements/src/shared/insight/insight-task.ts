import { isMindError } from '@mindshare/core';
import type { ReactiveControllerHost } from 'lit';
import { ApiTask, type ApiTaskConfig } from '../loading/api-task.js';

/** How a manager view's load failed: refused to this viewer, or another failure. */
export type InsightFailure = 'forbidden' | 'error';

/**
 * Loads what a manager view shows (mastery, the tier report) from the Mindshare API (see
 * {@link ApiTask}). `MIND_FORBIDDEN` is a state of its own, not an error: a seller who lands on a
 * manager view is told whom it is for, without a retry button.
 */
export function insightTask<T, Args extends readonly unknown[]>(
  host: ReactiveControllerHost,
  config: Omit<ApiTaskConfig<T, Args, InsightFailure>, 'failed'>,
): ApiTask<T, Args, InsightFailure> {
  return new ApiTask(host, {
    ...config,
    failed: (error) => (isMindError(error, 'MIND_FORBIDDEN') ? 'forbidden' : 'error'),
  });
}
