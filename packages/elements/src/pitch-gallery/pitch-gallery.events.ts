/** Detail of `mind-play`: a seller started watching a best practice. */
export interface MindPlayDetail {
  readonly recordingId: string;
  readonly promptId: string;
  readonly sellerName: string;
}

/** `mind-play`, from `<mind-pitch-gallery>`: a best-practice pitch started playing. */
export type MindPlayEvent = CustomEvent<MindPlayDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'mind-play': MindPlayEvent;
  }
}
