// The scenario of the engine's tests and the elements' tests: a small vendor (Northwind) with
// three partners in three tiers, six sellers, a coach and a manager, two schedules, one
// challenge and one pitch prompt. Functions, so each caller gets a fresh copy it may change.
import type { ContentPackInput } from '../content/content-pack.schema.js';

/** Instants the scenario is built around (UTC). Paris springs forward on 2027-03-28. */
export const SCENARIO_TIME = {
  /** A Friday; the challenge is open, the Platinum line has not started yet. */
  start: Date.parse('2027-03-26T07:00:00Z'),
  /** 09:00 in Paris (CET, UTC+1) on 2027-03-26: the first Platinum nugget. */
  firstPlatinumRelease: Date.parse('2027-03-26T08:00:00Z'),
  /** 09:00 in Paris (CEST, UTC+2) on 2027-03-28, the day clocks go forward: the second one. */
  secondPlatinumRelease: Date.parse('2027-03-28T07:00:00Z'),
} as const;

/** The content pack, as authored. For a variant of it, see `contentPack` (pack-builder.ts). */
export function scenarioPack(): ContentPackInput {
  return {
    id: 'northwind',
    version: '1.0.0',
    defaultLocale: 'en',
    locales: ['en', 'fr'],
    title: { en: 'Northwind partner enablement', fr: 'Animation des partenaires Northwind' },
    topics: [
      { id: 'pricing', name: { en: 'Pricing', fr: 'Tarifs' } },
      { id: 'security', name: { en: 'Security', fr: 'Sécurité' } },
    ],
    resources: [
      {
        id: 'price-list',
        title: { en: 'Price list', fr: 'Grille tarifaire' },
        url: 'https://northwind.example/prices',
        kind: 'document',
      },
    ],
    tierPolicy: {
      tiers: [
        {
          id: 'platinum',
          name: { en: 'Platinum', fr: 'Platinium' },
          rule: { all: [{ metric: 'indirectRevenue', op: '>=', value: 1_000_000 }] },
        },
        {
          id: 'gold',
          name: { en: 'Gold', fr: 'Gold' },
          rule: { all: [{ metric: 'indirectRevenue', op: '>=', value: 300_000 }] },
        },
        { id: 'silver', name: { en: 'Silver', fr: 'Silver' } },
      ],
      defaultTier: 'silver',
    },
    challenges: [
      {
        id: 'spring-launch',
        title: { en: 'Spring launch challenge', fr: 'Challenge de lancement de printemps' },
        description: { en: 'Three questions on the new offer.', fr: 'Trois questions sur la nouvelle offre.' },
        window: { opensAt: '2027-03-01T09:00', closesAt: '2027-04-30T18:00', timeZone: 'Europe/Paris' },
        targeting: { tiers: ['platinum', 'gold'] },
        attempts: { max: 2, counts: 'best' },
        timeLimitSeconds: 600,
        rewards: [
          { upToRank: 1, label: { en: 'A day at HQ', fr: 'Une journée au siège' } },
          { upToRank: 3, label: { en: 'Northwind hoodie', fr: 'Sweat Northwind' } },
        ],
        questions: [
          {
            id: 'q-support',
            kind: 'single',
            prompt: { en: 'Which plan includes 24/7 support?', fr: 'Quelle offre inclut le support 24/7 ?' },
            explanation: { en: 'Only Pro includes 24/7 support.', fr: 'Seule l’offre Pro inclut le support 24/7.' },
            topics: ['pricing'],
            resources: ['price-list'],
            choices: [
              { id: 'basic', label: { en: 'Basic' } },
              { id: 'pro', label: { en: 'Pro' }, correct: true },
            ],
          },
          {
            id: 'q-sso',
            kind: 'multiple',
            prompt: { en: 'Which plans include SSO?', fr: 'Quelles offres incluent le SSO ?' },
            explanation: { en: 'Pro and Enterprise.' },
            topics: ['security'],
            choices: [
              { id: 'basic', label: { en: 'Basic' } },
              { id: 'pro', label: { en: 'Pro' }, correct: true },
              { id: 'enterprise', label: { en: 'Enterprise' }, correct: true },
            ],
          },
          {
            id: 'q-trial',
            kind: 'true-false',
            prompt: { en: 'The trial lasts 30 days.', fr: 'L’essai dure 30 jours.' },
            explanation: { en: 'Yes, 30 days.' },
            topics: ['pricing'],
            answer: true,
          },
        ],
      },
    ],
    nuggets: [
      {
        id: 'n-platinum-pricing',
        kind: 'info',
        title: { en: 'Platinum pricing', fr: 'Tarifs Platinium' },
        topics: ['pricing'],
        body: {
          en: 'Platinum partners get 30 % margin on Pro.',
          fr: 'Les partenaires Platinium ont 30 % de marge sur Pro.',
        },
      },
      {
        id: 'n-platinum-poll',
        kind: 'poll',
        title: { en: 'Your pipeline', fr: 'Votre pipeline' },
        question: { en: 'Which plan do your customers ask for?', fr: 'Quelle offre vos clients demandent-ils ?' },
        options: [
          { id: 'basic', label: { en: 'Basic' } },
          { id: 'pro', label: { en: 'Pro' } },
        ],
        multiple: false,
      },
      {
        id: 'n-welcome',
        kind: 'info',
        title: { en: 'Welcome', fr: 'Bienvenue' },
        body: { en: 'The spring line starts today.', fr: 'La ligne éditoriale de printemps commence.' },
      },
      {
        id: 'n-objections',
        kind: 'open-question',
        title: { en: 'Objections', fr: 'Objections' },
        owner: 'mgr-marc',
        prompt: { en: 'Which objection did you hear this week?', fr: 'Quelle objection avez-vous entendue ?' },
        maxLength: 280,
      },
      {
        id: 'n-quiz',
        kind: 'mini-quiz',
        title: { en: 'Quick check', fr: 'QCM express' },
        questions: [
          {
            id: 'q-quiz-term',
            kind: 'numeric',
            prompt: { en: 'How many months is the minimum term?', fr: 'Durée minimale en mois ?' },
            explanation: { en: '12 months.' },
            topics: ['pricing'],
            answer: 12,
            tolerance: 0,
          },
        ],
      },
    ],
    schedules: [
      {
        id: 'platinum-line',
        segment: { tiers: ['platinum'] },
        nuggets: ['n-platinum-pricing', 'n-platinum-poll'],
        cadence: { start: '2027-03-26', time: '09:00', every: { days: 2 } },
        repetition: 'wrong-only',
      },
      {
        id: 'everyone-line',
        segment: {},
        nuggets: ['n-welcome', 'n-objections', 'n-quiz'],
        cadence: { start: '2027-03-22', time: '10:00', every: { weekdays: ['mon', 'thu'] } },
        repetition: 'all',
      },
    ],
    pitchPrompts: [
      {
        id: 'elevator',
        title: { en: 'Elevator pitch', fr: 'Pitch ascenseur' },
        scenario: { en: 'Pitch Pro to a CFO in one minute.', fr: 'Présentez Pro à un DAF en une minute.' },
        maxDurationSeconds: 90,
        retakesAllowed: 1,
        retentionDays: 30,
        rubric: {
          criteria: [
            {
              id: 'clarity',
              label: { en: 'Clarity', fr: 'Clarté' },
              weight: 2,
              levels: [
                { score: 1, descriptor: { en: 'Hard to follow' } },
                { score: 3, descriptor: { en: 'Clear' } },
                { score: 5, descriptor: { en: 'Crystal clear' } },
              ],
            },
            {
              id: 'value',
              label: { en: 'Customer value', fr: 'Valeur client' },
              weight: 1,
              levels: [
                { score: 1, descriptor: { en: 'Features only' } },
                { score: 5, descriptor: { en: 'Outcomes for the customer' } },
              ],
            },
          ],
        },
      },
    ],
  };
}

/** The directory: three partners, six sellers (one opted out), a coach and a manager. */
export function scenarioDirectory(): Record<string, unknown> {
  return {
    partners: [
      { id: 'p-alpha', name: 'Alpha Distribution', metrics: { indirectRevenue: 2_100_000, certifiedSellers: 12 } },
      { id: 'p-beta', name: 'Beta Solutions', metrics: { indirectRevenue: 600_000, certifiedSellers: 4 } },
      { id: 'p-gamma', name: 'Gamma IT', metrics: { indirectRevenue: 90_000, certifiedSellers: 1 } },
    ],
    sellers: [
      {
        id: 's-anna',
        partnerId: 'p-alpha',
        displayName: 'Anna Martin',
        role: 'seller',
        region: 'emea',
        team: 'north',
        locale: 'fr',
        timeZone: 'Europe/Paris',
      },
      {
        id: 's-bruno',
        partnerId: 'p-alpha',
        displayName: 'Bruno Leroy',
        role: 'seller',
        region: 'emea',
        team: 'north',
        timeZone: 'Europe/Paris',
      },
      {
        id: 's-chloe',
        partnerId: 'p-beta',
        displayName: 'Chloe Park',
        role: 'seller',
        region: 'amer',
        timeZone: 'America/New_York',
      },
      {
        id: 's-david',
        partnerId: 'p-beta',
        displayName: 'David Stone',
        role: 'seller',
        region: 'amer',
        privacy: 'opted-out',
        timeZone: 'America/New_York',
      },
      {
        id: 's-emma',
        partnerId: 'p-gamma',
        displayName: 'Emma Roux',
        role: 'seller',
        region: 'emea',
        timeZone: 'Europe/Paris',
      },
      {
        id: 's-farid',
        partnerId: 'p-gamma',
        displayName: 'Farid Benali',
        role: 'seller',
        region: 'emea',
        timeZone: 'Europe/Paris',
      },
      { id: 'coach-camille', displayName: 'Camille Coach', role: 'coach', timeZone: 'Europe/Paris' },
      { id: 'mgr-marc', displayName: 'Marc Manager', role: 'manager', timeZone: 'Europe/Paris' },
    ],
  };
}
