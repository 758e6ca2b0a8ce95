import type { SellerRole } from '../directory/directory.schema.js';
import { isInGallery } from './gallery.js';
import type { Recording } from './recording.schema.js';

/** Who is asking: a person of the directory and their role. */
export interface PitchViewer {
  readonly id: string;
  readonly role: SellerRole;
}

/** Whether the role scores pitches: coaches and managers (managers coach too in small vendors). */
export function canReview(role: SellerRole): boolean {
  return role === 'coach' || role === 'manager';
}

/**
 * Whether `viewer` may review this take: a reviewing role, and not their own take, so nobody
 * scores themselves.
 */
export function canReviewRecording(viewer: PitchViewer, recording: Recording): boolean {
  return canReview(viewer.role) && viewer.id !== recording.sellerId;
}

/** Whether the role may publish or unpublish reviewed takes: the same people who review them. */
export function canPublish(role: SellerRole): boolean {
  return canReview(role);
}

/** Whether `viewer` may give or withdraw consent for a take: only the seller who recorded it. */
export function canSetConsent(viewer: PitchViewer, recording: Recording): boolean {
  return viewer.id === recording.sellerId;
}

/**
 * Whether `viewer` may watch a take: the seller who recorded it, coaches and managers always;
 * anyone else only while it is in the gallery (see `isInGallery`).
 */
export function canSeeRecording(viewer: PitchViewer, recording: Recording): boolean {
  return viewer.id === recording.sellerId || canReview(viewer.role) || isInGallery(recording);
}
