import type { Recording } from '@mindshare/core';
import type { MindEvent, MindEventMap } from '../shared/base/mind-event.js';
import type { MindTakeDetail } from '../shared/pitch/take-detail.js';

/** Detail of `mind-consent-change`: the seller's consent to the best-practice gallery was saved. */
export interface MindConsentChangeDetail extends MindTakeDetail {
  /** `true`: coaches may publish the take; `false`: it is not (or no longer) shown to peers. */
  readonly consent: boolean;
  /** The take as saved (a withdrawn take is unpublished in the same write). */
  readonly recording: Recording;
}

/** `mind-consent-change`, from `<mind-my-pitches>`: the seller changed their gallery consent for a take. */
export type MindConsentChangeEvent = MindEvent<'mind-consent-change', MindConsentChangeDetail>;

declare global {
  interface GlobalEventHandlersEventMap extends MindEventMap<MindConsentChangeEvent> {}
}
