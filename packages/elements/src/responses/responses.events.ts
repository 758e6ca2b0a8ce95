import type { MindEvent, MindEventMap } from '../shared/base/mind-event.js';

/** Detail of `mind-response-handled`: an answer was marked handled, or reopened, and the engine has it. */
export interface MindResponseHandledDetail {
  readonly responseId: string;
  readonly nuggetId: string;
  readonly sellerId: string;
  /** `true` once handled, `false` once reopened. */
  readonly handled: boolean;
}

/** `mind-response-handled`, from `<mind-responses>`: an answer was marked handled, or not. */
export type MindResponseHandledEvent = MindEvent<'mind-response-handled', MindResponseHandledDetail>;

declare global {
  interface GlobalEventHandlersEventMap extends MindEventMap<MindResponseHandledEvent> {}
}
