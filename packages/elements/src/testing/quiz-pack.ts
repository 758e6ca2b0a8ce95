// A variant of the scenario's pack for the quiz element's tests: a second challenge with the
// ordering and numeric kinds and confidence-based marking, open to every seller.
import { scenarioPack } from './scenario.js';

/** The id of the variant's challenge. */
export const PRODUCT_CHECK = 'product-check';

/** The scenario's pack plus the `product-check` challenge (ordering, numeric, confidence). */
export function quizPack(): Record<string, unknown> {
  const pack = scenarioPack();
  return {
    ...pack,
    resources: [
      ...(pack.resources as unknown[]),
      {
        id: 'onboarding-guide',
        title: { en: 'Onboarding guide', fr: 'Guide de mise en route' },
        url: 'https://northwind.example/onboarding',
        kind: 'article',
      },
    ],
    challenges: [
      ...(pack.challenges as unknown[]),
      {
        id: PRODUCT_CHECK,
        title: { en: 'Product check', fr: 'Contrôle produit' },
        description: {
          en: [
            {
              type: 'paragraph',
              children: [
                { type: 'text', text: 'Two questions. Read the ' },
                { type: 'link', href: 'https://northwind.example/guide', children: [{ type: 'text', text: 'guide' }] },
                { type: 'text', text: ' first.' },
              ],
            },
          ],
          fr: 'Deux questions.',
        },
        window: { opensAt: '2027-03-01T09:00', closesAt: '2027-04-30T18:00', timeZone: 'Europe/Paris' },
        attempts: { max: 1, counts: 'best' },
        timeLimitSeconds: 300,
        scoring: {
          points: 10,
          confidence: { sure: { correct: 1.5, wrong: 0.5 }, unsure: { correct: 1, wrong: 0 } },
        },
        questions: [
          {
            id: 'q-onboarding',
            kind: 'ordering',
            prompt: { en: 'Put the onboarding steps in order.', fr: 'Remettez les étapes dans l’ordre.' },
            explanation: { en: 'Sign, provision, train.' },
            topics: ['pricing'],
            resources: ['onboarding-guide'],
            items: [
              { id: 'sign', label: { en: 'Sign the contract', fr: 'Signer le contrat' } },
              { id: 'provision', label: { en: 'Provision the tenant', fr: 'Créer l’espace client' } },
              { id: 'train', label: { en: 'Train the users', fr: 'Former les utilisateurs' } },
            ],
          },
          {
            id: 'q-term',
            kind: 'numeric',
            prompt: { en: 'What is the minimum term?', fr: 'Quelle est la durée minimale ?' },
            explanation: { en: '12 months.' },
            topics: ['pricing'],
            answer: 12,
            tolerance: 0,
            unit: { en: 'months', fr: 'mois' },
          },
        ],
      },
    ],
  };
}
