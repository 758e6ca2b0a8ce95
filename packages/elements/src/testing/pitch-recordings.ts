// Test helpers for the pitch elements: takes recorded through the scenario's engines.
import type { MindshareApi, ReviewInput } from '@mindshare/core';
import type { ScenarioWorld } from '@mindshare/core/testing';

/** Options of {@link recordPitch}. */
export interface PitchTakeOptions {
  readonly seller?: string;
  /** The prompt (`elevator` by default; the pack must have it). */
  readonly prompt?: string;
  readonly durationMs?: number;
  /** Media to store: bytes (not playable, enough to test intentions) or a real video Blob. */
  readonly media?: Uint8Array | Blob;
  readonly mimeType?: string;
  /** Whether the seller consents to the gallery when recording. */
  readonly consent?: boolean;
}

/** A finished take of a prompt (`elevator`) by a seller (Anna by default); resolves to its id. */
export async function recordPitch(world: ScenarioWorld, options: PitchTakeOptions = {}): Promise<string> {
  const seller = await world.as(options.seller ?? 's-anna');
  const session = await seller.startRecording(options.prompt ?? 'elevator', {
    mimeType: options.mimeType ?? 'video/webm',
    consent: options.consent ?? false,
  });
  await session.append(options.media ?? new Uint8Array([0x1a, 0x45, 0xdf, 0xa3]));
  world.clock.advance(60_000);
  await session.finish({ durationMs: options.durationMs ?? 58_000 });
  return session.recordingId;
}

/** A complete review of an `elevator` take: clarity 5 (weight 2), value 1 (weight 1) → 66.7 / 100. */
export const ELEVATOR_REVIEW: ReviewInput = {
  scores: [
    { criterionId: 'clarity', score: 5 },
    { criterionId: 'value', score: 1 },
  ],
  comments: [
    { atMs: 42_000, text: 'Name the outcome here.' },
    { atMs: 12_000, text: 'Great opening.' },
  ],
  feedback: 'Lead with the outcome for the CFO.',
};

/** Records, reviews (Camille) and, with `publish`, publishes a take with the seller's consent. */
export async function reviewedPitch(
  world: ScenarioWorld,
  options: PitchTakeOptions & { readonly publish?: boolean; readonly review?: ReviewInput } = {},
): Promise<{ recordingId: string; coach: MindshareApi }> {
  const recordingId = await recordPitch(world, { ...options, consent: options.consent ?? options.publish ?? false });
  const coach = await world.as('coach-camille');
  await coach.review(recordingId, options.review ?? ELEVATOR_REVIEW);
  if (options.publish) await coach.publish(recordingId);
  return { recordingId, coach };
}

/**
 * A real, playable WebM of about `durationMs`, recorded from a canvas with `MediaRecorder` (no
 * camera needed), for tests that need the player to load metadata and seek for real.
 */
export async function recordCanvasWebm(durationMs = 1_500): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = 64;
  canvas.height = 48;
  const context = canvas.getContext('2d')!;
  const stream = canvas.captureStream(15);
  const recorder = new MediaRecorder(stream, { mimeType: 'video/webm' });
  const chunks: Blob[] = [];
  recorder.ondataavailable = (event) => chunks.push(event.data);
  const stopped = new Promise((resolve) => (recorder.onstop = resolve));
  let frame = 0;
  const paint = setInterval(() => {
    context.fillStyle = `hsl(${(frame++ * 30) % 360} 80% 50%)`;
    context.fillRect(0, 0, canvas.width, canvas.height);
  }, 50);
  recorder.start(250);
  await new Promise((resolve) => setTimeout(resolve, durationMs));
  recorder.stop();
  await stopped;
  clearInterval(paint);
  stream.getTracks().forEach((track) => track.stop());
  return new Blob(chunks, { type: 'video/webm' });
}
