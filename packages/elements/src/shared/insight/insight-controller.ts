import { isMindError } from '@mindshare/core';
import type { ReactiveControllerHost } from 'lit';
import { LoadController } from '../loading/load-controller.js';

/** Where a manager view stands: waiting, showing data, refused to this viewer, or failed. */
export type InsightStatus = 'loading' | 'ready' | 'forbidden' | 'error';

/**
 * Loads what a manager view shows (mastery, the tier report) from the Mindshare API and keeps its
 * status (see {@link LoadController}). `MIND_FORBIDDEN` is a state of its own, not an error: a
 * seller who lands on a manager view is told whom it is for, without a retry button.
 */
export class InsightController<T> extends LoadController<T, 'forbidden' | 'error'> {
  constructor(host: ReactiveControllerHost) {
    super(host, (error) => (isMindError(error, 'MIND_FORBIDDEN') ? 'forbidden' : 'error'));
  }
}
