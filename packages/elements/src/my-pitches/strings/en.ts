import { termFormats } from '../../shared/i18n/term-formats.js';

const { number, plural } = termFormats('en');

/** English UI strings of <mind-my-pitches> (term keys start with `mindMyPitches`). */
export const myPitchesEn = {
  mindMyPitchesTitle: 'My pitches',
  mindMyPitchesMeta: (take: number, date: string, length: string) =>
    `Take ${number(take)} · sent on ${date} · length ${length}`,
  mindMyPitchesStateSent: 'Sent: waiting for a coach',
  mindMyPitchesStateInReview: (coach: string) => `In review by ${coach}`,
  mindMyPitchesStateReviewed: 'Reviewed',
  mindMyPitchesStatePublished: 'Published as a best practice',
  mindMyPitchesScore: (total: number, max: number) => `Score: ${number(total)} / ${number(max)}`,
  mindMyPitchesShow: 'Watch and read the review',
  mindMyPitchesShowSent: 'Watch my pitch',
  mindMyPitchesVideoLabel: (prompt: string) => `Your pitch: ${prompt}`,
  mindMyPitchesMediaFailed: 'The video could not be loaded.',
  mindMyPitchesWaiting: 'No coach has reviewed this pitch yet. Their scores and comments will appear here.',
  mindMyPitchesReviewing: (coach: string) => `${coach} is reviewing this pitch now.`,
  mindMyPitchesReviewTitle: 'Your coach’s review',
  mindMyPitchesReviewedOn: (date: string) => `Reviewed on ${date}.`,
  mindMyPitchesTotal: 'Weighted total',
  mindMyPitchesOutOf: (total: number, max: number) => `${number(total)} / ${number(max)}`,
  mindMyPitchesLevel: (score: number) => `${number(score)} ${plural(score, 'point', 'points')}`,
  mindMyPitchesWeight: (weight: number, share: number) =>
    `weight ${number(weight)} (${new Intl.NumberFormat('en', { style: 'percent' }).format(share)})`,
  mindMyPitchesFeedback: 'Overall feedback',
  mindMyPitchesNoFeedback: 'No overall feedback.',
  mindMyPitchesComments: 'Time-stamped comments',
  mindMyPitchesNoComments: 'No time-stamped comments.',
  mindMyPitchesSeek: 'Go to',
  mindMyPitchesConsent: 'Show in the best-practice gallery',
  mindMyPitchesConsentHint:
    'Coaches may then publish this pitch for other sellers to learn from. Untick to take it out at once.',
  mindMyPitchesPublishedOn: (date: string) => `Published on ${date}.`,
  /** The hint under the gallery switch once a coach has published the take (the consent hint says what coaches may do before). */
  mindMyPitchesPublishedHint: 'Other sellers can watch it in the best-practice gallery. Untick to take it out at once.',
  mindMyPitchesConsentSaving: 'Saving your choice…',
  mindMyPitchesConsentFailed: 'Your choice could not be saved. Try again.',
  mindMyPitchesEmptyTitle: 'No pitch sent yet',
  mindMyPitchesEmpty: 'When you send a pitch, it appears here with what your coach says about it.',
  mindMyPitchesError: 'Your pitches could not be loaded.',
} satisfies Record<`mindMyPitches${string}`, unknown>;
