import type { MindEvent, MindEventMap } from '../shared/base/mind-event.js';
import type { DrillStep, MasteryBy } from './mastery-matrix.js';

/** Detail of `mind-drill`: the level now shown and the drill-down path that led there. */
export interface MindDrillDetail {
  /** The level now shown. */
  readonly by: MasteryBy;
  /** The tiers and partners drilled into, outermost first; empty at the top. */
  readonly trail: readonly DrillStep[];
}

/** `mind-drill`, from `<mind-mastery-map>`: the viewer drilled into a tier or partner, or went back up. */
export type MindDrillEvent = MindEvent<'mind-drill', MindDrillDetail>;

declare global {
  interface GlobalEventHandlersEventMap extends MindEventMap<MindDrillEvent> {}
}
