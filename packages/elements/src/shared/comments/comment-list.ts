import type { ReviewComment } from '@mindshare/core';
import { html, nothing, type TemplateResult } from 'lit';
import { formatTimestamp } from '../timing/duration-format.js';

/** Comments in time order, stable for equal times (as the core stores them). */
export function sortComments(comments: readonly ReviewComment[]): ReviewComment[] {
  return [...comments].sort((a, b) => a.atMs - b.atMs);
}

/** Moves a player to a comment's time. Works before the media is loaded too (it starts there). */
export function seekVideo(video: HTMLVideoElement | null | undefined, atMs: number): void {
  if (!video) return;
  video.currentTime = atMs / 1000;
}

/** What the comment list needs from its element. */
export interface CommentListOptions {
  readonly comments: readonly ReviewComment[];
  /** The list's accessible name ("Comments"). */
  readonly label: string;
  /** Hidden words before each time, so a button reads "Go to 0:12, Great opening". */
  readonly seekPrefix: string;
  readonly seek: (atMs: number) => void;
  /** Per comment: an extra control after the seek button (the coach's "Remove"). */
  readonly extra?: ((comment: ReviewComment, index: number) => TemplateResult | typeof nothing) | undefined;
}

/** Time-stamped comments, each a button that seeks the video to its time. */
export function commentList(options: CommentListOptions): TemplateResult {
  return html`<ol part="comments" aria-label=${options.label}>
    ${sortComments(options.comments).map(
      (comment, index) =>
        html`<li part="comment">
          <button type="button" class="seek" data-at=${comment.atMs} @click=${() => options.seek(comment.atMs)}>
            <span class="visually-hidden">${options.seekPrefix} </span
            ><span part="timestamp">${formatTimestamp(comment.atMs)}</span><span class="visually-hidden">,</span>
            <span class="text">${comment.text}</span>
          </button>
          ${options.extra ? options.extra(comment, index) : nothing}
        </li>`,
    )}
  </ol>`;
}
