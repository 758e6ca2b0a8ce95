import type { ContentPackInput } from '../content/content-pack.schema.js';
import { contentPack } from './pack-builder.js';
import { scenarioPack } from './scenario-pack.js';

/**
 * The scenario with certifications (issue 17): `spring-expert` asks for the `spring-launch`
 * challenge passed with 80 %, valid 60 days with 10 days of grace and a reminder 20 days before;
 * `spring-pro` for one of `spring-launch` and `spring-encore` (a copy) with 50 %. Platinum also
 * needs one seller holding a certification, so Alpha (2.1 M) sits in Gold until one of its sellers
 * earns one.
 */
export function certifiedPack(): ContentPackInput {
  const base = scenarioPack();
  const spring = base.challenges[0]!;
  const [platinum, gold, silver] = base.tierPolicy.tiers;
  return contentPack(base)
    .withChallenge({
      ...spring,
      id: 'spring-encore',
      title: { en: 'Spring encore', fr: 'Rappel de printemps' },
      // The same questions under ids of their own (`e-q-support`…): question ids are unique in a pack.
      questions: spring.questions.map((question) => ({ ...question, id: `e-${question.id}` })),
    })
    .with({
      tierPolicy: {
        ...base.tierPolicy,
        tiers: [
          {
            ...platinum!,
            rule: { all: [{ metric: 'indirectRevenue', op: '>=', value: 1_000_000 }, { certifiedSellers: 1 }] },
          },
          gold!,
          silver!,
        ],
      },
      certifications: [
        {
          id: 'spring-expert',
          title: { en: 'Spring expert', fr: 'Expert printemps' },
          requires: { challenges: ['spring-launch'], minScore: 80 },
          validDays: 60,
          graceDays: 10,
          reminderDays: 20,
        },
        {
          id: 'spring-pro',
          title: { en: 'Spring pro', fr: 'Pro printemps' },
          requires: { challenges: ['spring-launch', 'spring-encore'], count: 1, minScore: 50 },
          validDays: 365,
        },
      ],
    })
    .build();
}
