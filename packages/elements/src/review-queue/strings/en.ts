import { termFormats } from '../../shared/i18n/term-formats.js';

const { number, plural } = termFormats('en');

/** English UI strings of <mind-review-queue> (term keys start with `mindReviewQueue`). */
export const reviewQueueEn = {
  mindReviewQueueTitle: 'Pitches waiting for review',
  mindReviewQueueCount: (shown: number, total: number) =>
    shown === total
      ? `${number(total)} ${plural(total, 'pitch', 'pitches')} waiting, the longest first`
      : `${number(shown)} of ${number(total)} waiting pitches shown, the longest first`,
  mindReviewQueueFilters: 'Filter the queue',
  mindReviewQueuePrompt: 'Exercise',
  mindReviewQueuePartner: 'Partner',
  mindReviewQueueAll: 'All',
  mindReviewQueueSeller: 'Seller',
  mindReviewQueueWaitingColumn: 'Waiting',
  mindReviewQueueClaimColumn: 'Coach',
  mindReviewQueueActionColumn: 'Review',
  mindReviewQueueWaiting: (duration: string) => `waiting ${duration}`,
  mindReviewQueueJustNow: 'just arrived',
  mindReviewQueueNobody: 'Nobody yet',
  mindReviewQueueYou: 'You are reviewing',
  mindReviewQueueHeldBy: (coach: string) => `${coach} is reviewing`,
  mindReviewQueueOpen: 'Open',
  mindReviewQueueOpenLabel: (seller: string, prompt: string) => `Open ${seller}’s pitch: ${prompt}`,
  mindReviewQueueEmptyTitle: 'No pitch is waiting',
  mindReviewQueueEmpty: 'When a seller submits a pitch, it appears here.',
  mindReviewQueueNoMatch: 'No waiting pitch matches these filters.',
  mindReviewQueueForbidden: 'The review queue is for coaches and managers.',
  mindReviewQueueError: 'The review queue could not be loaded.',
  mindReviewQueueClaiming: 'Opening the pitch…',
  mindReviewQueueBack: 'Back to queue',
  mindReviewQueueHeldTitle: (coach: string) => `${coach} is reviewing this pitch`,
  mindReviewQueueHeld: (coach: string) =>
    `${coach} opened it first. Take it over only if you agreed it with ${coach}, or choose another pitch.`,
  mindReviewQueueTakeOver: (coach: string) => `Take over from ${coach}`,
  mindReviewQueueGoneTitle: 'This pitch is no longer waiting',
  mindReviewQueueGone: 'It was reviewed or withdrawn meanwhile. Choose another pitch.',
  mindReviewQueueClaimFailed: 'The pitch could not be opened.',
  mindReviewQueueLost: (coach: string) =>
    `${coach} took this pitch over. If you send your review, it will be refused: agree with ${coach} first.`,
  mindReviewQueueOpened: (seller: string) => `Reviewing ${seller}’s pitch. Other coaches see that you are on it.`,
} satisfies Record<`mindReviewQueue${string}`, unknown>;
