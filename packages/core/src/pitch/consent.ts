import { MindError } from '../errors/mind-error.js';
import type { Recording } from './recording.schema.js';

/**
 * Records the seller's decision to show (`true`) or not show (`false`) a take to peers, at `at`.
 * Every call is appended to `consent.history`, repeats included, so the record proves what the
 * seller agreed to and when. Withdrawing consent unpublishes the take at once: consent is the
 * condition of publication, not only of the act of publishing.
 *
 * @throws MindError `MIND_CONFLICT` for an aborted take (it can never be shown);
 *   `MIND_INVALID_INPUT` for a time that is not a finite number at or after the take's start.
 */
export function setConsent(recording: Recording, gallery: boolean, at: number): Recording {
  if (recording.status === 'aborted') {
    throw new MindError('MIND_CONFLICT', `Recording "${recording.id}" was aborted; there is nothing to consent to.`, {
      path: ['status'],
    });
  }
  if (!Number.isFinite(at) || at < recording.startedAt) {
    throw new MindError(
      'MIND_INVALID_INPUT',
      `Expected a time at or after the take's start (${recording.startedAt}), got ${at}.`,
      {
        path: ['at'],
      },
    );
  }
  const consent = { gallery, changedAt: at, history: [...recording.consent.history, { gallery, at }] };
  if (gallery) return { ...recording, consent };
  const { publishedAt: _publishedAt, ...rest } = recording;
  return { ...rest, consent, published: false };
}

/**
 * Shows a reviewed take to peers as a best practice, from `at`.
 *
 * @throws MindError `MIND_CONFLICT` unless the take is `reviewed` and not yet published (checked
 *   first: without a review there is nothing to publish); `MIND_FORBIDDEN` unless its seller
 *   currently consents.
 */
export function publish(recording: Recording, at: number): Recording {
  if (recording.status !== 'reviewed') {
    throw new MindError(
      'MIND_CONFLICT',
      `Recording "${recording.id}" is ${recording.status}; only a reviewed take can be published.`,
      {
        path: ['status'],
      },
    );
  }
  if (recording.published) {
    throw new MindError('MIND_CONFLICT', `Recording "${recording.id}" is already published.`, { path: ['published'] });
  }
  if (!recording.consent.gallery) {
    throw new MindError(
      'MIND_FORBIDDEN',
      `The seller of recording "${recording.id}" has not consented to show it to peers.`,
      {
        path: ['consent', 'gallery'],
      },
    );
  }
  return { ...recording, published: true, publishedAt: at };
}

/**
 * Takes a published take out of the gallery (a coach's or manager's decision; the seller
 * withdraws through {@link setConsent}). Consent is left as it is.
 *
 * @throws MindError `MIND_CONFLICT` when the take is not published.
 */
export function unpublish(recording: Recording): Recording {
  if (!recording.published) {
    throw new MindError('MIND_CONFLICT', `Recording "${recording.id}" is not published.`, { path: ['published'] });
  }
  const { publishedAt: _publishedAt, ...rest } = recording;
  return { ...rest, published: false };
}
