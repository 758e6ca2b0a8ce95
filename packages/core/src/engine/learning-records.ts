import type { Confidence } from '../challenge/scoring.schema.js';
import type { Question } from '../challenge/question.schema.js';
import { applyAnswer } from '../mastery/apply-answer.js';
import type { MasteryRecord } from '../mastery/mastery-record.schema.js';
import type * as RecordReview from '../repetition/record-review.js';
import type { RepetitionState } from '../repetition/repetition-state.schema.js';
import type { LearningStep } from './stored-records.schema.js';
import type { BatchOperation } from '../storage/storage-adapter.js';
import type { EngineContext } from './engine-context.js';
import { COLLECTIONS } from './engine-schema.js';

// Spaced repetition (our FSRS slice) loads with the first answer rather than with the page, once: a
// dynamic import per answer costs a module-map lookup each time (and far more under loaders).
let scheduler: Promise<typeof RecordReview> | undefined;
const loadScheduler = () => (scheduler ??= import('../repetition/record-review.js'));

/** One answered question, as mastery and spaced repetition see it. */
export interface LearningEvent {
  readonly sellerId: string;
  readonly question: Question;
  /** Share of the question earned, in [0, 1]. */
  readonly credit: number;
  readonly correct: boolean;
  readonly confidence: Confidence | undefined;
  readonly at: number;
}

/**
 * The derived writes of one answer: the mastery record of each of the question's topics, the
 * question's spaced-repetition state and the claim of the seller's next learning step. The caller puts them in the same batch as the answer, so a
 * crash never leaves an answer without its mastery or the other way round.
 */
export async function learningWrites(context: EngineContext, event: LearningEvent): Promise<BatchOperation[]> {
  const { storage } = context;
  const topics = [...new Set(event.question.topics)];
  // Read together, not one after the other: over IndexedDB each read is a transaction of its own,
  // and their round trips add up on every answer.
  const [steps, state, ...records] = await Promise.all([
    storage.query<LearningStep>(COLLECTIONS.learningSteps, { index: 'bySeller', range: { only: event.sellerId } }),
    storage.get<RepetitionState>(COLLECTIONS.repetition, [event.sellerId, event.question.id]),
    ...topics.map((topicId) => storage.get<MasteryRecord>(COLLECTIONS.mastery, [event.sellerId, topicId])),
  ]);
  // Claim the next step of these records: a tab or process that read them before another's
  // change (an announcement still on its way) then fails with MIND_CONFLICT and reads again,
  // rather than writing its older copy over that change. Only the latest step is kept.
  const latest = steps.reduce((max, step) => Math.max(max, step.step), 0);
  const operations: BatchOperation[] = [
    { type: 'add', collection: COLLECTIONS.learningSteps, value: { sellerId: event.sellerId, step: latest + 1 } },
    ...steps.map((step): BatchOperation => ({
      type: 'delete',
      collection: COLLECTIONS.learningSteps,
      key: [step.sellerId, step.step],
    })),
  ];
  operations.push(
    ...topics.map((topicId, i): BatchOperation => ({
      type: 'put',
      collection: COLLECTIONS.mastery,
      value: applyAnswer(records[i] as MasteryRecord | undefined, {
        sellerId: event.sellerId,
        topicId,
        at: event.at,
        credit: event.credit,
      }),
    })),
  );
  // FSRS cannot apply a review to the past: a late, older answer (offline sync) only feeds mastery.
  if (!state || state.lastReviewAt <= event.at) {
    const { recordReview } = await loadScheduler();
    const next = recordReview(state, {
      sellerId: event.sellerId,
      questionId: event.question.id,
      correct: event.correct,
      confidence: event.confidence,
      at: event.at,
    });
    operations.push({ type: 'put', collection: COLLECTIONS.repetition, value: next });
  }
  return operations;
}
