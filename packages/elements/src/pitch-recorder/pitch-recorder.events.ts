import type { Recording } from '@mindshare/core';
import type { MindEvent, MindEventMap } from '../shared/base/mind-event.js';
import type { MindTakeDetail } from '../shared/pitch/take-detail.js';

/** Detail of `mind-recording-start`: a take began (after the countdown); its chunks are being stored. */
export interface MindRecordingStartDetail extends MindTakeDetail {
  /** The take's number at this prompt, from 1. */
  readonly take: number;
  readonly mimeType: string;
}

/** Detail of `mind-recording-stop`: the take ended, by the seller or at the prompt's maximum duration. */
export interface MindRecordingStopDetail extends MindTakeDetail {
  readonly durationMs: number;
  readonly reason: 'stopped' | 'max-duration';
}

/** Detail of `mind-recording-submit`: the take was submitted for review. */
export interface MindRecordingSubmitDetail {
  readonly promptId: string;
  readonly recording: Recording;
}

/** `mind-recording-start`, from `<mind-pitch-recorder>`: a take began. */
export type MindRecordingStartEvent = MindEvent<'mind-recording-start', MindRecordingStartDetail>;
/** `mind-recording-stop`, from `<mind-pitch-recorder>`: the take ended. */
export type MindRecordingStopEvent = MindEvent<'mind-recording-stop', MindRecordingStopDetail>;
/** `mind-recording-submit`, from `<mind-pitch-recorder>`: the take was submitted for review. */
export type MindRecordingSubmitEvent = MindEvent<'mind-recording-submit', MindRecordingSubmitDetail>;

declare global {
  interface GlobalEventHandlersEventMap extends MindEventMap<
    MindRecordingStartEvent | MindRecordingStopEvent | MindRecordingSubmitEvent
  > {}
}
