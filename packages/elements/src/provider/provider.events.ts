import type { MindshareApi } from '@mindshare/core';
import type { MindEvent, MindEventMap } from '../shared/base/mind-event.js';

/** Detail of `mind-ready`: the engine a declarative provider built. */
export interface MindReadyDetail {
  readonly api: MindshareApi;
}

/** `mind-ready`, from `<mind-provider>`: a declarative provider built its engine. */
export type MindReadyEvent = MindEvent<'mind-ready', MindReadyDetail>;

declare global {
  interface GlobalEventHandlersEventMap extends MindEventMap<MindReadyEvent> {}
}
