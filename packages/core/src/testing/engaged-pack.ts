// The scenario with engagement (issue 17): activity points per action and one badge of each rule.
import { contentPack } from './pack-builder.js';

/**
 * The scenario pack with an `engagement` section: 1 point per nugget read, 2 per poll vote, 3 per
 * open answer, 1 per practice answer, 10 per pitch sent, 5 per challenge finished; badges
 * `regular` (two weeks in a row), `first-pitch`, `reader` (every nugget of a month read) and
 * `podium` (first on `spring-launch`); the board shown as `board` says (full names, global and
 * partner scopes by default).
 */
export function engagedPack(board: Record<string, unknown> = { privacy: 'full-name', scopes: ['global', 'partner'] }) {
  return contentPack()
    .with({
      engagement: {
        points: { nuggetRead: 1, pollVote: 2, openAnswer: 3, practiceAnswer: 1, pitchSent: 10, challengeFinished: 5 },
        badges: [
          { id: 'regular', title: { en: 'Regular', fr: 'Assidu' }, rule: { kind: 'streak', weeks: 2 } },
          {
            id: 'first-pitch',
            title: { en: 'First pitch', fr: 'Premier pitch' },
            description: { en: 'Send a pitch for review.', fr: 'Envoyez un pitch à votre coach.' },
            rule: { kind: 'first-pitch' },
          },
          { id: 'reader', title: { en: 'Reader', fr: 'Lecteur' }, rule: { kind: 'month-read' } },
          {
            id: 'podium',
            title: { en: 'Podium', fr: 'Podium' },
            rule: { kind: 'challenge-top', rank: 1, challengeId: 'spring-launch' },
          },
        ],
        board: board as never,
      },
    })
    .build();
}
