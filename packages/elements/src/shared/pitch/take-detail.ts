/**
 * How the detail of every event about one take names it, in the same words in each element that
 * fires one (`mind-recording-start`, `mind-play`, `mind-review-open`, `mind-review-submit`,
 * `mind-publish`, `mind-consent-change`…): the recording, and the pitch prompt it answers.
 */
export interface MindTakeDetail {
  /** The take's recording (`Recording.id`). */
  readonly recordingId: string;
  /** The pitch prompt the take answers (`Recording.promptId`). */
  readonly promptId: string;
}
