import type { Challenge } from '../challenge/challenge.schema.js';
import type { Question } from '../challenge/question.schema.js';
import type { ContentPack } from '../content/content-pack.schema.js';
import type { Nugget } from '../nugget/nugget.schema.js';
import type { PitchPrompt } from '../pitch/pitch-prompt.schema.js';
import type { RepetitionMode } from '../repetition/repetition-mode.js';

/** Where a question of the pack lives, and how spaced repetition treats it. */
export interface QuestionSource {
  readonly question: Question;
  /** The challenge or mini-quiz nugget that carries it. */
  readonly origin:
    | { readonly kind: 'challenge'; readonly challengeId: string }
    | { readonly kind: 'nugget'; readonly nuggetId: string };
  readonly repetition: RepetitionMode;
  /** Scoring rules for practice answers (the challenge's, or the defaults for nuggets). */
  readonly rules: Challenge['scoring'];
}

/** A validated content pack with the lookups every operation needs, built once per published pack. */
export interface PackState {
  readonly pack: ContentPack;
  readonly challenges: ReadonlyMap<string, Challenge>;
  readonly nuggets: ReadonlyMap<string, Nugget>;
  readonly prompts: ReadonlyMap<string, PitchPrompt>;
  /** Every live question of the pack (challenges and mini-quizzes), by id. */
  readonly questions: ReadonlyMap<string, QuestionSource>;
}

/** Builds the lookups of a validated pack. */
export function packState(pack: ContentPack): PackState {
  return {
    pack,
    challenges: new Map(pack.challenges.map((challenge) => [challenge.id, challenge])),
    nuggets: new Map(pack.nuggets.map((nugget) => [nugget.id, nugget])),
    prompts: new Map(pack.pitchPrompts.map((prompt) => [prompt.id, prompt])),
    questions: questionSources(pack),
  };
}

function questionSources(pack: ContentPack): Map<string, QuestionSource> {
  const sources = new Map<string, QuestionSource>();
  const defaults: Challenge['scoring'] = { points: 10, partialCredit: 'all-or-nothing', penaltyPerWrongPick: 0.25 };
  for (const challenge of pack.challenges) {
    for (const question of challenge.questions) {
      // Challenge questions come back only when missed: a seller who knew them is not re-asked.
      sources.set(question.id, {
        question,
        origin: { kind: 'challenge', challengeId: challenge.id },
        repetition: 'wrong-only',
        rules: challenge.scoring,
      });
    }
  }
  const scheduleOf = new Map<string, ContentPack['schedules'][number]>();
  for (const schedule of pack.schedules) {
    for (const nuggetId of schedule.nuggets) if (!scheduleOf.has(nuggetId)) scheduleOf.set(nuggetId, schedule);
  }
  for (const nugget of pack.nuggets) {
    if (nugget.kind !== 'mini-quiz') continue;
    const schedule = scheduleOf.get(nugget.id);
    for (const question of nugget.questions) {
      sources.set(question.id, {
        question,
        origin: { kind: 'nugget', nuggetId: nugget.id },
        repetition: schedule?.repetition ?? 'off',
        rules: defaults,
      });
    }
  }
  return sources;
}
