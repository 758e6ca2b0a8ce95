// Shared test data for the challenge tests; no tests of its own. Not shipped: tsconfig.json and
// the package's `files` leave *.fixtures.ts out.
import { ChallengeSchema, type Challenge, type ChallengeInput } from './challenge.schema.js';
import type {
  MultipleChoiceQuestion,
  NumericQuestion,
  OrderingQuestion,
  Question,
  SingleChoiceQuestion,
  TrueFalseQuestion,
} from './question.schema.js';

export const EXPLANATION_SECRET = 'Because the Gold tier starts at 40 certified sellers';
export const NUMERIC_SECRET = 987654.321;

export const single: SingleChoiceQuestion = {
  id: 'q-single',
  kind: 'single',
  prompt: { en: 'Which tier needs 40 certified sellers?' },
  topics: ['tiers'],
  explanation: { en: EXPLANATION_SECRET },
  resources: ['res-tiers'],
  choices: [
    { id: 'silver', label: { en: 'Silver' } },
    { id: 'gold', label: { en: 'Gold' }, correct: true },
    { id: 'platinum', label: { en: 'Platinum' } },
  ],
};

export const multiple: MultipleChoiceQuestion = {
  id: 'q-multiple',
  kind: 'multiple',
  prompt: { en: 'Which are add-ons?' },
  topics: ['pricing', 'offer'],
  explanation: { en: 'Backup and SSO are add-ons.' },
  choices: [
    { id: 'backup', label: { en: 'Backup' }, correct: true },
    { id: 'sso', label: { en: 'SSO' }, correct: true },
    { id: 'core', label: { en: 'Core' } },
    { id: 'api', label: { en: 'API' } },
  ],
};

export const trueFalse: TrueFalseQuestion = {
  id: 'q-true-false',
  kind: 'true-false',
  prompt: { en: 'The trial lasts 30 days.' },
  topics: ['offer'],
  explanation: { en: 'It lasts 14 days.' },
  answer: false,
};

export const ordering: OrderingQuestion = {
  id: 'q-ordering',
  kind: 'ordering',
  prompt: { en: 'Order the sales stages.' },
  topics: ['process'],
  explanation: { en: 'Discover, qualify, propose, close.' },
  items: [
    { id: 'discover', label: { en: 'Discover' } },
    { id: 'qualify', label: { en: 'Qualify' } },
    { id: 'propose', label: { en: 'Propose' } },
    { id: 'close', label: { en: 'Close' } },
  ],
};

export const numeric: NumericQuestion = {
  id: 'q-numeric',
  kind: 'numeric',
  prompt: { en: 'List price per seat?' },
  topics: ['pricing'],
  explanation: { en: 'See the price list.' },
  answer: NUMERIC_SECRET,
  tolerance: 0.5,
  unit: { en: 'EUR' },
  timeLimitSeconds: 20,
};

/** One question of each kind, authored with distinctive answer keys. */
export const questions: Question[] = [single, multiple, trueFalse, ordering, numeric];

/** A challenge open in December 2026 in Paris (UTC+1), with the questions above. */
export function challengeInput(overrides: Partial<ChallengeInput> = {}): ChallengeInput {
  return {
    id: 'ch-winter',
    title: { en: 'Winter challenge' },
    description: { en: 'Know the offer.' },
    window: { opensAt: '2026-12-01T09:00', closesAt: '2026-12-15T18:00', timeZone: 'Europe/Paris' },
    attempts: { max: 2, counts: 'best' },
    questions,
    ...overrides,
  };
}

/** {@link challengeInput}, parsed (defaults applied). */
export function makeChallenge(overrides: Partial<ChallengeInput> = {}): Challenge {
  return ChallengeSchema.parse(challengeInput(overrides));
}

/** 2026-12-01T09:00 in Paris. */
export const OPENS_AT = Date.parse('2026-12-01T08:00:00Z');
/** 2026-12-15T18:00 in Paris. */
export const CLOSES_AT = Date.parse('2026-12-15T17:00:00Z');
