import { scoreReview, type ReviewComment, type ReviewInput, type Rubric, type RubricCriterion } from '@mindshare/core';
import { sortComments } from '../shared/comments/comment-list.js';

/**
 * A coach's review being written: the level picked per criterion, time-stamped comments (kept in
 * time order) and the overall feedback. Plain data: the element re-renders after each change.
 */
export class ReviewDraft {
  readonly scores = new Map<string, number>();
  comments: ReviewComment[] = [];
  feedback = '';

  /** Forgets everything (another recording). */
  reset(): void {
    this.scores.clear();
    this.comments = [];
    this.feedback = '';
  }

  score(criterionId: string, score: number): void {
    this.scores.set(criterionId, score);
  }

  /** Adds a comment at `atMs`, clamped to the media; blank text is ignored. Returns the comment added. */
  addComment(text: string, atMs: number, durationMs: number): ReviewComment | undefined {
    const trimmed = text.trim();
    if (trimmed === '') return undefined;
    const comment = { atMs: Math.round(Math.min(Math.max(0, atMs), durationMs)), text: trimmed };
    this.comments = sortComments([...this.comments, comment]);
    return comment;
  }

  removeComment(index: number): void {
    this.comments = this.comments.filter((_, i) => i !== index);
  }

  /** Criteria not scored yet, in rubric order. */
  missing(rubric: Rubric): RubricCriterion[] {
    return rubric.criteria.filter((criterion) => !this.scores.has(criterion.id));
  }

  /**
   * The weighted total so far, with core's `scoreReview` (0..100): a criterion not scored yet
   * counts as its lowest level, so the total only grows as the coach scores and equals the
   * stored total once every criterion is scored.
   */
  total(rubric: Rubric): number {
    const scores = rubric.criteria.map((criterion) => ({
      criterionId: criterion.id,
      score: this.scores.get(criterion.id) ?? criterion.levels[0]!.score,
    }));
    return scoreReview(rubric, { scores, comments: [], feedback: '' }, 0).weightedTotal;
  }

  /** What `api.review` takes. */
  input(rubric: Rubric): ReviewInput {
    return {
      scores: rubric.criteria
        .filter((criterion) => this.scores.has(criterion.id))
        .map((criterion) => ({ criterionId: criterion.id, score: this.scores.get(criterion.id)! })),
      comments: this.comments.map((comment) => ({ ...comment })),
      feedback: this.feedback.trim(),
    };
  }
}
