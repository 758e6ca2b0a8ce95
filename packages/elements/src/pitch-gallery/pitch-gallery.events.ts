import type { MindEvent, MindEventMap } from '../shared/base/mind-event.js';
import type { MindTakeDetail } from '../shared/pitch/take-detail.js';

/** Detail of `mind-play`: a seller started watching a best practice. */
export interface MindPlayDetail extends MindTakeDetail {
  readonly sellerName: string;
}

/** `mind-play`, from `<mind-pitch-gallery>`: a best-practice pitch started playing. */
export type MindPlayEvent = MindEvent<'mind-play', MindPlayDetail>;

declare global {
  interface GlobalEventHandlersEventMap extends MindEventMap<MindPlayEvent> {}
}
