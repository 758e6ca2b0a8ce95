// Shared test data for the nugget tests; no tests of its own. Not shipped: tsconfig.json and the
// package's `files` leave *.fixtures.ts out.
import type { Nugget, PollNugget } from './nugget.schema.js';

/** A single-choice poll with three options. */
export const singlePoll: PollNugget = {
  id: 'poll-channel',
  kind: 'poll',
  title: { en: 'Your channel', fr: 'Votre canal' },
  question: { en: 'Where do you sell most?' },
  options: [
    { id: 'web', label: { en: 'Web' } },
    { id: 'store', label: { en: 'Store' } },
    { id: 'phone', label: { en: 'Phone' } },
  ],
  multiple: false,
};

/** A multiple-choice poll taking at most two of four options. */
export const multiplePoll: PollNugget = {
  ...singlePoll,
  id: 'poll-objections',
  options: [...singlePoll.options, { id: 'field', label: { en: 'Field' } }],
  multiple: true,
  maxChoices: 2,
};

/** One nugget of each kind, valid. */
export const nuggets: Nugget[] = [
  {
    id: 'n-info',
    kind: 'info',
    title: { en: 'New pricing', fr: 'Nouveaux tarifs' },
    topics: ['pricing'],
    body: { en: 'Prices change on **1 April**.', fr: 'Les prix changent le 1er avril.' },
    image: { src: 'media/pricing.png', alt: { en: 'The price grid' } },
  },
  {
    id: 'n-video',
    kind: 'video',
    title: { en: 'Demo in two minutes' },
    src: 'https://cdn.example.com/demo.mp4',
    poster: 'media/demo.jpg',
    captions: [
      { locale: 'en', src: 'media/demo.en.vtt', label: 'English' },
      { locale: 'fr', src: 'media/demo.fr.vtt', label: 'Français' },
    ],
    durationSeconds: 120,
  },
  singlePoll,
  multiplePoll,
  {
    id: 'n-open',
    kind: 'open-question',
    title: { en: 'Tell us' },
    owner: 'channel-marketing',
    prompt: { en: 'What objection did you hear this week?' },
    maxLength: 500,
  },
  {
    id: 'n-quiz',
    kind: 'mini-quiz',
    title: { en: 'Check yourself' },
    questions: [
      {
        id: 'q1',
        kind: 'true-false',
        prompt: { en: 'The starter plan includes support.' },
        topics: ['pricing'],
        explanation: { en: 'Support starts with the Pro plan.' },
        answer: false,
      },
    ],
  },
];
