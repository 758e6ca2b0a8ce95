import type { MindEvent, MindEventMap } from '../shared/base/mind-event.js';

/** Detail of `mind-badge-earned`: a badge that appeared among the earned ones while the element was shown. */
export interface MindBadgeEarnedDetail {
  readonly badgeId: string;
  /** Epoch ms: when the badge's rule first held. */
  readonly earnedAt: number;
}

/** `mind-badge-earned`, from `<mind-badges>`: a badge was earned while the element was shown. */
export type MindBadgeEarnedEvent = MindEvent<'mind-badge-earned', MindBadgeEarnedDetail>;

declare global {
  interface GlobalEventHandlersEventMap extends MindEventMap<MindBadgeEarnedEvent> {}
}
