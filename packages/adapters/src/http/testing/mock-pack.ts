import { contentPack, emptyPack, type ContentPackInput, type QuestionInput } from '@mindshare/core/testing';

/** When the mock world starts: inside every window of {@link mockPack}. */
export const MOCK_START = Date.parse('2027-03-26T07:00:00Z');

/**
 * A small content pack for the HTTP tests: `marathons` challenges (`marathon`, `marathon-2`…) of
 * `questions` true/false questions each (the answer is always `true`; ids `m-1…`, `m2-1…`) with no
 * time limit, a `sprint` challenge of three questions with a 60-second limit, an info nugget, an
 * open question, a poll and a pitch prompt.
 */
export function mockPack(questions = 10, marathons = 1): ContentPackInput {
  const trueFalse = (id: string): QuestionInput => ({
    id,
    kind: 'true-false',
    prompt: { en: `Statement ${id} is true.` },
    explanation: { en: 'It is.' },
    topics: ['offer'],
    answer: true,
  });
  const window = { opensAt: '2027-01-01T00:00', closesAt: '2027-12-31T00:00', timeZone: 'UTC' };
  return (
    contentPack(emptyPack())
      .with({ id: 'mock', title: { en: 'Mock vendor' } })
      .withTopic({ id: 'offer', name: { en: 'Offer' } })
      .withChallenge(
        ...Array.from({ length: marathons }, (_, number) => ({
          id: number === 0 ? 'marathon' : `marathon-${number + 1}`,
          title: { en: 'Marathon' },
          description: { en: 'Many questions.' },
          window,
          attempts: { max: 3, counts: 'best' as const },
          questions: Array.from({ length: questions }, (_, index) =>
            trueFalse(`m${number === 0 ? '' : number + 1}-${index + 1}`),
          ),
        })),
        {
          id: 'sprint',
          title: { en: 'Sprint' },
          description: { en: 'One minute.' },
          window,
          timeLimitSeconds: 60,
          questions: [trueFalse('s-1'), trueFalse('s-2'), trueFalse('s-3')],
        },
      )
      .withNugget(
        { id: 'n-hello', kind: 'info', title: { en: 'Hello' }, body: { en: 'Welcome.' } },
        {
          id: 'n-open',
          kind: 'open-question',
          title: { en: 'Objections' },
          owner: 'coach-camille',
          prompt: { en: 'Which objection did you hear?' },
          maxLength: 280,
        },
        {
          id: 'n-poll',
          kind: 'poll',
          title: { en: 'Pipeline' },
          question: { en: 'Which plan sells?' },
          options: [
            { id: 'basic', label: { en: 'Basic' } },
            { id: 'pro', label: { en: 'Pro' } },
          ],
          multiple: false,
        },
      )
      .withSchedule({
        id: 'line',
        segment: {},
        nuggets: ['n-hello', 'n-open', 'n-poll'],
        cadence: { start: '2027-03-01', time: '09:00', every: { days: 1 } },
        repetition: 'off',
      })
      // Engagement (issue 17): points per action and a badge, for the engagement reads.
      .with({
        engagement: {
          points: { nuggetRead: 1, pollVote: 2, openAnswer: 3, practiceAnswer: 1, pitchSent: 10, challengeFinished: 5 },
          badges: [{ id: 'first-pitch', title: { en: 'First pitch' }, rule: { kind: 'first-pitch' } }],
          board: { privacy: 'full-name', scopes: ['global'] },
        },
      })
      .withPitchPrompt({
        id: 'elevator',
        title: { en: 'Elevator pitch' },
        scenario: { en: 'One minute.' },
        maxDurationSeconds: 90,
        retakesAllowed: 1,
        retentionDays: 30,
        rubric: {
          criteria: [
            {
              id: 'clarity',
              label: { en: 'Clarity' },
              weight: 1,
              levels: [
                { score: 1, descriptor: { en: 'Hard to follow' } },
                { score: 5, descriptor: { en: 'Clear' } },
              ],
            },
          ],
        },
      })
      .build()
  );
}

/** One partner, two sellers and a coach. Tokens of the mock server are `token-<seller id>`. */
export function mockDirectory(): Record<string, unknown> {
  return {
    partners: [{ id: 'p-alpha', name: 'Alpha', metrics: { indirectRevenue: 1_000_000 } }],
    sellers: [
      { id: 's-anna', partnerId: 'p-alpha', displayName: 'Anna Martin', role: 'seller', timeZone: 'Europe/Paris' },
      { id: 's-bruno', partnerId: 'p-alpha', displayName: 'Bruno Leroy', role: 'seller', timeZone: 'Europe/Paris' },
      { id: 'coach-camille', displayName: 'Camille Coach', role: 'coach', timeZone: 'Europe/Paris' },
    ],
  };
}
