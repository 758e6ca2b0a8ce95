import { termFormats } from '../../shared/i18n/term-formats.js';

const { plural } = termFormats('en');

/** English UI strings of the quiz element (term keys start with `mindQuiz`). */
export const quizEn = {
  mindQuizLabel: 'Challenge',
  mindQuizStart: 'Start the challenge',
  mindQuizResume: 'Resume my attempt',
  mindQuizRules: 'Rules',
  mindQuizQuestionCount: (count: number) => plural(count, `${count} question`, `${count} questions`),
  mindQuizTimeLimit: (duration: string) => `Time limit: ${duration}`,
  mindQuizNoTimeLimit: 'No time limit',
  mindQuizAttemptsLeft: (left: number, max: number) =>
    `${plural(left, `${left} attempt`, `${left} attempts`)} left of ${max}`,
  mindQuizAttemptsCount: (counts: 'best' | 'last'): string =>
    counts === 'best' ? 'Your best attempt counts.' : 'Your last attempt counts.',
  mindQuizNoAttemptsLeft: 'You have used all your attempts.',
  mindQuizRewards: 'Rewards',
  mindQuizReward: (upToRank: number, label: string) =>
    upToRank === 1 ? `Rank 1: ${label}` : `Top ${upToRank}: ${label}`,
  mindQuizClosesAt: (date: string) => `Open until ${date}`,
  mindQuizQuestionOf: (index: number, count: number) => `Question ${index} of ${count}`,
  mindQuizQuestionTimeLeft: (duration: string) => `${duration} left for this question`,
  mindQuizQuestionTimeUp: 'Time is up for this question: an answer now earns no points.',
  mindQuizQuestionTimeLimit: (duration: string) => `Answer within ${duration}; a later answer earns no points.`,
  mindQuizNext: 'Next question',
  mindQuizSeeResults: 'See my results',
  mindQuizTimedOut: 'Time was up for this question',
  mindQuizPointsEarned: (points: number, formatted: string) =>
    plural(points, `${formatted} point`, `${formatted} points`),
  mindQuizSaved: 'Answer saved. It will be scored when you are back online.',
  mindQuizTimer: 'Time left',
  mindQuizTimeLeft: (duration: string) => `Time left: ${duration}`,
  mindQuizResults: 'Your results',
  mindQuizScore: (score: string, max: string) => `Score: ${score} out of ${max}`,
  mindQuizCorrectCount: (correct: number, count: number) => `${correct} of ${count} answers correct`,
  mindQuizRank: (rank: number) => `Rank: ${rank}`,
  mindQuizRankUp: (places: number) => `Up ${plural(places, `${places} place`, `${places} places`)} since last time`,
  mindQuizRankDown: (places: number) => `Down ${plural(places, `${places} place`, `${places} places`)} since last time`,
  mindQuizRankSame: 'Same rank as last time',
  mindQuizRankNew: 'You are now on the leaderboard',
  mindQuizNotCounted: 'An earlier attempt still counts: it scored higher.',
  mindQuizWeakTopics: 'Topics to strengthen',
  mindQuizTopicTally: (topic: string, correct: number, count: number) => `${topic}: ${correct} of ${count} correct`,
  mindQuizRetry: 'Try again',
  mindQuizUpcomingTitle: 'Not open yet',
  mindQuizUpcoming: (date: string) => `This challenge opens on ${date}.`,
  mindQuizClosedTitle: 'Challenge closed',
  mindQuizClosed: (date: string) => `This challenge closed on ${date}. Thank you for your interest.`,
  mindQuizNotTargetedTitle: 'Not available to you',
  mindQuizNotTargeted:
    'This challenge is reserved for other partner programmes. Your own challenges appear here as soon as they open.',
  mindQuizDeadlineTitle: 'Time is up',
  mindQuizDeadline: 'The time for this attempt has run out. The answers you gave in time still count.',
  mindQuizPendingTitle: 'Saved, waiting to sync',
  mindQuizPending:
    'Your answers are saved on this device and will be sent when the connection is back. Your score will appear then.',
  mindQuizRefusedTitle: 'Attempt not accepted',
  mindQuizRefused:
    'Your answers reached the server after the challenge had closed, so they could not be counted. We are sorry.',
  mindQuizExpired: 'Time is up.',
  mindQuizStaleAnswerKept: 'Mindshare was updated in another tab. Reload this page: your answer will be sent then.',
};
