import { termFormats } from '../../shared/i18n/term-formats.js';

const { number, plural } = termFormats('en');

/** English UI strings of <mind-pitch-review> (term keys start with `mindPitchReview`). */
export const pitchReviewEn = {
  mindPitchReviewTitle: (prompt: string) => `Review: ${prompt}`,
  mindPitchReviewBy: (seller: string, take: number, duration: string) =>
    `${seller} · take ${number(take)} · ${duration}`,
  mindPitchReviewVideoLabel: (seller: string) => `Pitch by ${seller}`,
  mindPitchReviewMediaFailed: 'The video could not be loaded. You can still score the pitch.',
  mindPitchReviewComments: 'Time-stamped comments',
  mindPitchReviewNoComments: 'No comments yet. Pause the video where you want to comment.',
  mindPitchReviewCommentLabel: 'Comment at the video’s current time',
  mindPitchReviewAddComment: 'Add comment',
  mindPitchReviewRemoveComment: (time: string) => `Remove the comment at ${time}`,
  mindPitchReviewCommentAdded: (time: string) => `Comment added at ${time}.`,
  mindPitchReviewSeek: 'Go to',
  mindPitchReviewRubric: 'Rubric',
  mindPitchReviewWeight: (weight: number, share: number) =>
    `Weight ${number(weight)} · ${new Intl.NumberFormat('en', { style: 'percent' }).format(share)} of the total`,
  mindPitchReviewLevel: (score: number) => `${number(score)} ${plural(score, 'point', 'points')}`,
  mindPitchReviewFeedback: 'Overall feedback',
  mindPitchReviewFeedbackHint: 'What the seller should keep doing, and the one thing to change first.',
  mindPitchReviewTotal: 'Weighted total',
  mindPitchReviewOutOf: (total: number, max: number) => `${number(total)} / ${number(max)}`,
  mindPitchReviewUnscored: (count: number) =>
    `${number(count)} ${plural(count, 'criterion', 'criteria')} not scored yet`,
  mindPitchReviewSubmit: 'Submit review',
  mindPitchReviewSubmitting: 'Saving your review…',
  mindPitchReviewIncomplete: 'Score every criterion before you submit the review.',
  mindPitchReviewSubmitFailed: 'Your review could not be saved. Your scores and comments are kept: try again.',
  mindPitchReviewConflict: 'This pitch was reviewed in the meantime; here is that review.',
  mindPitchReviewHeld: (coach: string) =>
    `${coach} is reviewing this pitch, so your review was not saved. Your scores and comments are kept.`,
  mindPitchReviewClaimedBy: (coach: string) => `${coach} is reviewing this pitch.`,
  mindPitchReviewReviewedTitle: 'Review',
  mindPitchReviewReviewedOn: (date: string) => `Reviewed on ${date}.`,
  mindPitchReviewNoFeedback: 'No overall feedback.',
  mindPitchReviewPublish: 'Publish as best practice',
  mindPitchReviewPublishing: 'Publishing…',
  mindPitchReviewPublished: (date: string) => `Published as a best practice on ${date}.`,
  mindPitchReviewNeedsConsent: (seller: string) =>
    `${seller} has not agreed to share this pitch with other sellers. You can publish it once they give their consent.`,
  mindPitchReviewCanPublish: (seller: string) => `${seller} agreed to share this pitch with other sellers.`,
  mindPitchReviewPublishFailed: 'The pitch could not be published. Try again.',
  mindPitchReviewConsentWithdrawn: 'The seller withdrew their consent, so the pitch cannot be published.',
  mindPitchReviewForbiddenTitle: 'This page is for coaches',
  mindPitchReviewForbidden:
    'Pitch reviews are written by coaches. Your coach’s feedback on your own pitches appears with your recordings.',
  mindPitchReviewNotFoundTitle: 'Pitch not found',
  mindPitchReviewNotFound: (id: string) => `No pitch has the id “${id}”. Check the link that led here.`,
  mindPitchReviewNoneTitle: 'No pitch selected',
  mindPitchReviewNone: 'Choose a pitch to review: this view shows one pitch at a time.',
  mindPitchReviewNotSubmittedTitle: 'Not submitted yet',
  mindPitchReviewNotSubmitted: 'The seller is still recording this pitch. It can be reviewed once they submit it.',
  mindPitchReviewError: 'The pitch could not be loaded.',
} satisfies Record<`mindPitchReview${string}`, unknown>;
