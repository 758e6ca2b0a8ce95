// What the server benchmark serves: one challenge of 10 single-choice questions, open from a day
// before the run to a day after (the server runs on the real clock), and a directory of 1 000
// sellers in 50 partners, 8 regions and 100 teams. Plain JSON, written to files for --pack and
// --directory; the server validates both when it starts.

export const CHALLENGE_ID = 'server-bench';
export const QUESTION_COUNT = 10;
export const SELLER_COUNT = 1_000;
const PARTNERS = 50;
const TEAMS = 100;
const REGIONS = ['emea', 'amer', 'apac', 'latam', 'dach', 'nordics', 'benelux', 'iberia'];
const TOPICS = ['pricing', 'security', 'support', 'licensing', 'migration'];
const PLANS = ['Basic', 'Pro', 'Team', 'Enterprise'];
const DAY_MS = 86_400_000;

/** The choice each question counts as correct; the load answers every question right. */
export const correctChoice = (index) => `c${(index * 7) % 4}`;
export const questionId = (index) => `q-${index + 1}`;
export const sellerId = (index) => `s-${index}`;

/** `2026-12-05T09:30` in UTC: a challenge window's local date-time. */
const localUtc = (epochMs) => new Date(epochMs).toISOString().slice(0, 16);

/**
 * The pack: one challenge open now (±1 day), targeting everyone, `attempts` attempts each (the
 * best counts), no time limit, full-name leaderboard in every scope.
 */
export function benchPack({ now = Date.now(), attempts = 1 } = {}) {
  return {
    id: 'server-bench',
    version: '1.0.0',
    defaultLocale: 'en',
    locales: ['en'],
    title: { en: 'Server benchmark' },
    topics: TOPICS.map((id) => ({ id, name: { en: id[0].toUpperCase() + id.slice(1) } })),
    resources: [],
    tierPolicy: {
      tiers: [
        { id: 'gold', name: { en: 'Gold' }, rule: { all: [{ metric: 'indirectRevenue', op: '>=', value: 500_000 }] } },
        { id: 'standard', name: { en: 'Standard' } },
      ],
      defaultTier: 'standard',
    },
    challenges: [
      {
        id: CHALLENGE_ID,
        title: { en: 'Ten questions' },
        description: { en: 'Ten questions on the offer, four choices each.' },
        window: { opensAt: localUtc(now - DAY_MS), closesAt: localUtc(now + DAY_MS), timeZone: 'UTC' },
        attempts: { max: attempts, counts: 'best' },
        rewards: [{ upToRank: 3, label: { en: 'A hoodie' } }],
        questions: Array.from({ length: QUESTION_COUNT }, (_, q) => ({
          id: questionId(q),
          kind: 'single',
          prompt: { en: `Question ${q + 1}: which plan includes feature ${q + 1}?` },
          explanation: { en: `The ${PLANS[(q * 7) % 4]} plan does.` },
          topics: [TOPICS[q % TOPICS.length]],
          choices: PLANS.map((plan, c) => ({
            id: `c${c}`,
            label: { en: `${plan} plan` },
            ...(`c${c}` === correctChoice(q) ? { correct: true } : {}),
          })),
        })),
      },
    ],
  };
}

/** 1 000 sellers (deterministic: seller i is in partner i mod 50, region i mod 8, team i mod 100). */
export function benchDirectory(count = SELLER_COUNT) {
  return {
    partners: Array.from({ length: PARTNERS }, (_, p) => ({
      id: `p-${p}`,
      name: `Partner ${p}`,
      region: REGIONS[p % REGIONS.length],
      metrics: { indirectRevenue: (p % 10) * 100_000 },
    })),
    sellers: Array.from({ length: count }, (_, i) => ({
      id: sellerId(i),
      partnerId: `p-${i % PARTNERS}`,
      displayName: `Seller ${i}`,
      role: 'seller',
      region: REGIONS[i % REGIONS.length],
      team: `team-${i % TEAMS}`,
      locale: 'en',
      timeZone: 'UTC',
    })),
  };
}
