import type { InputPath, InputProblem } from './input-problem.js';
import { checkReference, uniqueIds, type IdEntry } from './unique-ids.js';

/**
 * Checks what a schema cannot see: ids unique where they must be (topics, resources, challenges,
 * nuggets, schedules, pitch prompts, questions across the whole pack — challenges and mini-quizzes —,
 * choices and items within a question) and every reference resolving (question and nugget topics,
 * question resources, challenge and schedule tiers, schedule nuggets).
 *
 * It reads the input defensively rather than the parsed pack, so a pack with a wrong type in one
 * place still gets its broken references reported in the same run; anything malformed is skipped
 * here because the schema already reports it.
 *
 * @param tierIds - the ids of the pack's tiers (the tier policy checks its own uniqueness).
 */
export function checkPackReferences(input: unknown, tierIds: ReadonlySet<string>, problems: InputProblem[]): void {
  const topicIds = uniqueIds(idEntries(field(input, 'topics'), ['topics']), 'topic', problems);
  const resourceIds = uniqueIds(idEntries(field(input, 'resources'), ['resources']), 'resource', problems);
  const challenges = list(field(input, 'challenges'));
  uniqueIds(idEntries(challenges, ['challenges']), 'challenge', problems);

  const questionEntries: IdEntry[] = [];
  const checkQuestions = (questions: unknown, base: InputPath) =>
    list(questions).forEach((question, q) => {
      const at: InputPath = [...base, q];
      const id = field(question, 'id');
      if (typeof id === 'string') questionEntries.push({ id, path: [...at, 'id'] });
      uniqueIds(idEntries(field(question, 'choices'), [...at, 'choices']), 'choice', problems);
      uniqueIds(idEntries(field(question, 'items'), [...at, 'items']), 'item', problems);
      strings(field(question, 'topics')).forEach(([topic, t]) =>
        checkReference(topic, topicIds, 'topic', [...at, 'topics', t], problems),
      );
      strings(field(question, 'resources')).forEach(([resource, r]) =>
        checkReference(resource, resourceIds, 'resource', [...at, 'resources', r], problems),
      );
    });

  challenges.forEach((challenge, c) => {
    const base: InputPath = ['challenges', c];
    strings(field(field(challenge, 'targeting'), 'tiers')).forEach(([tier, t]) =>
      checkReference(tier, tierIds, 'tier', [...base, 'targeting', 'tiers', t], problems),
    );
    checkQuestions(field(challenge, 'questions'), [...base, 'questions']);
  });

  const nuggets = list(field(input, 'nuggets'));
  const nuggetIds = uniqueIds(idEntries(nuggets, ['nuggets']), 'nugget', problems);
  nuggets.forEach((nugget, n) => {
    strings(field(nugget, 'topics')).forEach(([topic, t]) =>
      checkReference(topic, topicIds, 'topic', ['nuggets', n, 'topics', t], problems),
    );
    uniqueIds(idEntries(field(nugget, 'options'), ['nuggets', n, 'options']), 'option', problems);
    checkQuestions(field(nugget, 'questions'), ['nuggets', n, 'questions']);
  });

  const schedules = list(field(input, 'schedules'));
  uniqueIds(idEntries(schedules, ['schedules']), 'schedule', problems);
  schedules.forEach((schedule, s) => {
    strings(field(schedule, 'nuggets')).forEach(([nugget, n]) =>
      checkReference(nugget, nuggetIds, 'nugget', ['schedules', s, 'nuggets', n], problems),
    );
    strings(field(field(schedule, 'segment'), 'tiers')).forEach(([tier, t]) =>
      checkReference(tier, tierIds, 'tier', ['schedules', s, 'segment', 'tiers', t], problems),
    );
  });

  uniqueIds(idEntries(field(input, 'pitchPrompts'), ['pitchPrompts']), 'pitch prompt', problems);
  uniqueIds(questionEntries, 'question', problems);
}

/** The ids of the tiers in the input's tier policy, for reference checks. */
export function tierIdsOf(input: unknown): Set<string> {
  return new Set(idEntries(field(field(input, 'tierPolicy'), 'tiers'), []).map((entry) => entry.id));
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.hasOwn(value, key)
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function strings(value: unknown): [string, number][] {
  const found: [string, number][] = [];
  list(value).forEach((item, index) => {
    if (typeof item === 'string') found.push([item, index]);
  });
  return found;
}

function idEntries(value: unknown, path: InputPath): IdEntry[] {
  const entries: IdEntry[] = [];
  list(value).forEach((item, index) => {
    const id = field(item, 'id');
    if (typeof id === 'string') entries.push({ id, path: [...path, index, 'id'] });
  });
  return entries;
}
