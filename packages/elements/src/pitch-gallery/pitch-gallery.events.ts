/** Detail of `mind-play`: a seller started watching a best practice. */
export interface MindPlayDetail {
  readonly recordingId: string;
  readonly promptId: string;
  readonly sellerName: string;
}

export type MindPlayEvent = CustomEvent<MindPlayDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'mind-play': MindPlayEvent;
  }
}
