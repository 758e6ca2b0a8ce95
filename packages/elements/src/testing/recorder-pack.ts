// A variant of the scenario's pack for the pitch recorder's tests: a `quick` prompt with the
// schema's shortest maximum (10 s) and one retake, so auto-stop is reached by moving the clock.
import { scenarioPack } from './scenario.js';

/** The id of the variant's short prompt. */
export const QUICK_PROMPT = 'quick';

/** The scenario's pack plus the `quick` prompt (10 s maximum, one retake). */
export function recorderPack(): Record<string, unknown> {
  const pack = scenarioPack();
  const [elevator] = pack.pitchPrompts as Record<string, unknown>[];
  return {
    ...pack,
    pitchPrompts: [
      ...(pack.pitchPrompts as unknown[]),
      {
        ...elevator,
        id: QUICK_PROMPT,
        title: { en: 'Quick intro', fr: 'Présentation éclair' },
        scenario: {
          en: [
            {
              type: 'paragraph',
              children: [
                { type: 'text', text: 'Introduce ' },
                { type: 'strong', children: [{ type: 'text', text: 'yourself' }] },
                { type: 'text', text: ' in ten seconds.' },
              ],
            },
          ],
          fr: 'Présentez-vous en dix secondes.',
        },
        maxDurationSeconds: 10,
      },
    ],
  };
}
