import { termFormats } from '../../shared/i18n/term-formats.js';

const { number, plural } = termFormats('en');

type NuggetKind = 'info' | 'video' | 'poll' | 'open-question' | 'mini-quiz';
const kinds: Record<NuggetKind, string> = {
  info: 'Info',
  video: 'Video',
  poll: 'Poll',
  'open-question': 'Open question',
  'mini-quiz': 'Quiz',
};

/** English UI strings of <mind-nugget-feed> (term keys start with `mindNuggetFeed`). */
export const nuggetFeedEn = {
  mindNuggetFeedTitle: 'Your feed',
  mindNuggetFeedUnread: (count: number) =>
    plural(count, `${number(count)} unread item`, `${number(count)} unread items`),
  mindNuggetFeedKind: (kind: NuggetKind) => kinds[kind] ?? kind,
  mindNuggetFeedNew: 'New',
  mindNuggetFeedReleased: (date: string) => `Published ${date}`,
  mindNuggetFeedCaughtUp: 'You are all caught up.',
  mindNuggetFeedNextRelease: (date: string) => `The next item arrives on ${date}.`,
  mindNuggetFeedNoMore: 'No more items are planned for now.',
  mindNuggetFeedEmptyTitle: 'Nothing here yet',
  mindNuggetFeedEmpty: 'News, videos, polls and quick quizzes from your vendor will appear here.',
  mindNuggetFeedError: 'Your feed could not be loaded.',
  mindNuggetFeedPending: (count: number) =>
    plural(
      count,
      'One answer is saved on this device and will be sent when you are back online.',
      `${number(count)} answers are saved on this device and will be sent when you are back online.`,
    ),
  mindNuggetFeedDueTitle: 'Asked again',
  mindNuggetFeedDueHint: 'Questions you answered before come back at the right time, so they stick.',
  mindNuggetFeedRemindersTitle: 'Certifications to renew',
  mindNuggetFeedReminderExpiring: (title: string, date: string) => `Your certification “${title}” expires on ${date}.`,
  mindNuggetFeedReminderGrace: (title: string, date: string) =>
    `Your certification “${title}” expired on ${date}; it still counts for a short while.`,
  mindNuggetFeedReminderRenew: (challenges: string, minScore: number) =>
    `To renew it, pass ${challenges} with at least ${new Intl.NumberFormat('en', { maximumFractionDigits: 1 }).format(minScore)}%.`,
  mindNuggetFeedVideo: (duration: string) => `Video, ${duration}, with captions.`,
  mindNuggetFeedVoters: (count: number) =>
    plural(count, `${number(count)} vote in total`, `${number(count)} votes in total`),
  mindNuggetFeedVotes: (count: number, percent: string) =>
    `${plural(count, `${number(count)} vote`, `${number(count)} votes`)} (${percent})`,
  mindNuggetFeedMyVote: 'your vote',
  mindNuggetFeedChooseUpTo: (max: number) => `Choose up to ${number(max)} answers.`,
  mindNuggetFeedVote: 'Vote',
  mindNuggetFeedVotePending: 'Vote saved. The results appear when you are back online.',
  mindNuggetFeedFailed: 'This could not be sent. Please try again.',
  mindNuggetFeedYourAnswer: 'Your answer',
  mindNuggetFeedCounter: (length: number, max: number) => `${number(length)} of ${number(max)} characters`,
  mindNuggetFeedCharactersLeft: (left: number) =>
    plural(left, `${number(left)} character left`, `${number(left)} characters left`),
  mindNuggetFeedSend: 'Send',
  mindNuggetFeedResponded: 'Thank you: your answer was sent.',
  mindNuggetFeedRespondPending: 'Answer saved. It will be sent when you are back online.',
  mindNuggetFeedAnswerPending: 'Answer saved. It will be checked when you are back online.',
  mindNuggetFeedQuizDone: 'You have answered this quiz.',
} satisfies Record<`mindNuggetFeed${string}`, unknown>;
