// Packs the engine's tests republish, written once.
import { contentPack } from '../testing/pack-builder.js';

/**
 * The scenario pack republished as 1.1.0 with `q-trial`'s key flipped (true → false): an answer
 * `true` is right under the pack an attempt began with and wrong under this one.
 */
export function republishedTrialPack() {
  return contentPack()
    .with({ version: '1.1.0' })
    .withQuestion('spring-launch', {
      id: 'q-trial',
      kind: 'true-false',
      prompt: { en: 'The trial lasts 30 days.', fr: 'L’essai dure 30 jours.' },
      explanation: { en: 'No: 14 days now.' },
      topics: ['pricing'],
      answer: false,
    })
    .build();
}
