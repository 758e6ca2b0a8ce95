import type { ChallengeInput } from '../challenge/challenge.schema.js';
import type { ContentPackInput } from '../content/content-pack.schema.js';
import { scenarioPack } from './scenario-pack.js';

// The shapes the builder takes: a content pack's entries as authored, read off the pack's own
// input type so they cannot drift from the schemas.

/** A topic as authored. */
export type TopicInput = ContentPackInput['topics'][number];
/** A resource as authored. */
export type ResourceInput = ContentPackInput['resources'][number];
/** A tier as authored. */
export type TierInput = ContentPackInput['tierPolicy']['tiers'][number];
/** A question as authored, in a challenge or a mini-quiz nugget. */
export type QuestionInput = ChallengeInput['questions'][number];
/** A nugget of the editorial line as authored. */
export type NuggetInput = NonNullable<ContentPackInput['nuggets']>[number];
/** A schedule of the editorial line as authored. */
export type ScheduleInput = NonNullable<ContentPackInput['schedules']>[number];
/** A pitch prompt as authored. */
export type PitchPromptInput = NonNullable<ContentPackInput['pitchPrompts']>[number];
export type { ChallengeInput, ContentPackInput };

/**
 * Builds a content pack for a test (see {@link contentPack}). Each `with…` call returns a new
 * builder and leaves this one as it was, so one base can be extended several ways. Entries are
 * matched by id: an entry whose id is already there takes its place (same position), a new one
 * goes after the others of its kind.
 */
export interface PackBuilder {
  /** Replaces top-level fields as given (`version`, `title`, `tierPolicy`, or a whole list). */
  with(fields: Partial<ContentPackInput>): PackBuilder;
  /** Topics, which questions and nuggets are tagged with and mastery is measured on. */
  withTopic(...topics: TopicInput[]): PackBuilder;
  /** Resources (articles, videos, courses…) that explanations and nuggets link to. */
  withResource(...resources: ResourceInput[]): PackBuilder;
  /** Tiers run from highest to lowest with the default tier last: a new tier goes just above the default. */
  withTier(...tiers: TierInput[]): PackBuilder;
  /** Challenges, with their window, questions, scoring and leaderboard. */
  withChallenge(...challenges: ChallengeInput[]): PackBuilder;
  /**
   * Questions of the challenge, or of the mini-quiz nugget, whose id is `ownerId`.
   * @throws Error when the pack has no such challenge or mini-quiz.
   */
  withQuestion(ownerId: string, ...questions: QuestionInput[]): PackBuilder;
  /** Nuggets of the editorial line (texts, polls, open questions, videos, mini-quizzes). */
  withNugget(...nuggets: NuggetInput[]): PackBuilder;
  /** Release schedules: which nuggets reach which segment, and when. */
  withSchedule(...schedules: ScheduleInput[]): PackBuilder;
  /** Pitch prompts, with their rubric and takes allowed. */
  withPitchPrompt(...prompts: PitchPromptInput[]): PackBuilder;
  /** The pack as plain JSON, a fresh copy on every call: pass it as `content`, or change it freely. */
  build(): ContentPackInput;
}

/**
 * A content pack for a test: the scenario's ({@link scenarioPack}), or `base`, with the entries the
 * test adds or replaces. Typed with the pack's input types, so a misspelt key or a wrong kind fails
 * to compile; references between entries (topics, tiers, nugget ids) are checked when the engine
 * parses the pack, as for any author's pack.
 *
 * @example
 * ```ts
 * const content = contentPack()
 *   .withResource({ id: 'guide', title: { en: 'Guide' }, url: 'https://northwind.example/guide', kind: 'article' })
 *   .withQuestion('spring-launch', {
 *     id: 'q-term', kind: 'numeric', prompt: { en: 'Minimum term, in months?' },
 *     explanation: { en: '12 months.' }, topics: ['pricing'], resources: ['guide'], answer: 12, tolerance: 0,
 *   })
 *   .with({ version: '1.1.0' })
 *   .build();
 * const anna = await createMindshare({ content, directory: scenarioDirectory(), viewer: { id: 's-anna' }, … });
 * ```
 */
export function contentPack(base: ContentPackInput = scenarioPack()): PackBuilder {
  return builder(copy(base));
}

/** The smallest valid pack: English only, one tier (`standard`, the default), no content. */
export function emptyPack(): ContentPackInput {
  return {
    id: 'test-pack',
    version: '1.0.0',
    defaultLocale: 'en',
    locales: ['en'],
    title: { en: 'Test pack' },
    topics: [],
    resources: [],
    tierPolicy: { tiers: [{ id: 'standard', name: { en: 'Standard' } }], defaultTier: 'standard' },
    challenges: [],
  };
}

// The pack a builder holds is never changed: every call makes new objects along the path it edits.
function builder(pack: ContentPackInput): PackBuilder {
  const next = (fields: Partial<ContentPackInput>) => builder({ ...pack, ...fields });
  return {
    with: next,
    withTopic: (...topics) => next({ topics: put(pack.topics, topics) }),
    withResource: (...resources) => next({ resources: put(pack.resources, resources) }),
    withTier: (...tiers) => {
      const { tiers: current, defaultTier } = pack.tierPolicy;
      const at = current.findIndex((tier) => tier.id === defaultTier);
      return next({ tierPolicy: { ...pack.tierPolicy, tiers: put(current, tiers, at < 0 ? current.length : at) } });
    },
    withChallenge: (...challenges) => next({ challenges: put(pack.challenges, challenges) }),
    withQuestion: (ownerId, ...questions) => {
      const challenge = pack.challenges.find((candidate) => candidate.id === ownerId);
      if (challenge) {
        return next({
          challenges: put(pack.challenges, [{ ...challenge, questions: put(challenge.questions, questions) }]),
        });
      }
      const quiz = pack.nuggets?.find((candidate) => candidate.id === ownerId);
      if (quiz?.kind === 'mini-quiz') {
        return next({ nuggets: put(pack.nuggets, [{ ...quiz, questions: put(quiz.questions, questions) }]) });
      }
      throw new Error(
        `withQuestion: the pack has no challenge or mini-quiz nugget "${ownerId}"; add it first with withChallenge or withNugget`,
      );
    },
    withNugget: (...nuggets) => next({ nuggets: put(pack.nuggets, nuggets) }),
    withSchedule: (...schedules) => next({ schedules: put(pack.schedules, schedules) }),
    withPitchPrompt: (...prompts) => next({ pitchPrompts: put(pack.pitchPrompts, prompts) }),
    build: () => copy(pack),
  };
}

/**
 * `list` with each of `entries` in place of the entry with its id, or, when its id is new,
 * inserted at `at` (default: the end), new entries keeping their given order.
 */
function put<T extends { readonly id: string }>(list: readonly T[] = [], entries: readonly T[], at = list.length): T[] {
  const result = [...list];
  let insertAt = at;
  for (const entry of entries) {
    const index = result.findIndex((existing) => existing.id === entry.id);
    if (index >= 0) result[index] = entry;
    else result.splice(insertAt++, 0, entry);
  }
  return result;
}

// A pack is plain JSON, so a JSON round trip is a faithful deep copy (the core has no structuredClone).
function copy(pack: ContentPackInput): ContentPackInput {
  return JSON.parse(JSON.stringify(pack)) as ContentPackInput;
}
