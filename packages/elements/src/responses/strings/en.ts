import { termFormats } from '../../shared/i18n/term-formats.js';

const percent = (share: number) =>
  new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 }).format(share);
const { number, plural } = termFormats('en');

/** English UI strings of <mind-responses> (term keys start with `mindResponses`). */
export const responsesEn = {
  mindResponsesTitle: 'Answers to open questions',
  mindResponsesQuestion: 'Question',
  mindResponsesAllQuestions: 'All questions',
  mindResponsesShowHandled: 'Show handled answers',
  mindResponsesCount: (count: number) => `${number(count)} ${plural(count, 'answer', 'answers')}`,
  mindResponsesDate: 'Date',
  mindResponsesSeller: 'Seller',
  mindResponsesPartner: 'Partner',
  mindResponsesTier: 'Tier',
  mindResponsesPrompt: 'Question text',
  mindResponsesAnswer: 'Answer',
  mindResponsesStatus: 'Status',
  mindResponsesHandled: 'Handled',
  mindResponsesHandledBy: 'Handled by',
  mindResponsesHandledAt: 'Handled on',
  mindResponsesYes: 'Yes',
  mindResponsesNo: 'No',
  mindResponsesOpen: 'Open',
  mindResponsesHandledByName: (name: string, date: string) => `Handled by ${name}, ${date}`,
  mindResponsesMark: 'Mark as handled',
  mindResponsesReopen: 'Reopen',
  mindResponsesMarkLabel: (seller: string, question: string) => `Mark as handled: ${seller}, ${question}`,
  mindResponsesReopenLabel: (seller: string, question: string) => `Reopen: ${seller}, ${question}`,
  mindResponsesMarked: (seller: string) => `${seller}’s answer is marked as handled.`,
  mindResponsesReopened: (seller: string) => `${seller}’s answer is open again.`,
  mindResponsesMarkFailed: 'The answer could not be updated.',
  mindResponsesExport: 'Download the answers (CSV)',
  mindResponsesEmpty: 'No answers yet: they appear here as sellers answer your open questions.',
  mindResponsesAllHandled: 'Every answer here is handled. Show handled answers to see them.',
  mindResponsesMore: 'Show more (older answers)',
  mindResponsesForbidden:
    'Answers to open questions are for channel managers and the owner of each question; no open question names you as its owner.',
  mindResponsesError: 'The answers could not be loaded.',
  mindResponsesPollsTitle: 'Poll results',
  mindResponsesVoters: (count: number) => `${number(count)} ${plural(count, 'voter', 'voters')}`,
  mindResponsesVotes: (count: number, share: number) =>
    `${number(count)} ${plural(count, 'vote', 'votes')} (${percent(share)})`,
  mindResponsesPollsError: 'The poll results could not be loaded.',
} satisfies Record<`mindResponses${string}`, unknown>;
