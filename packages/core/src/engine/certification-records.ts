import { recordPass, type ChallengePass } from '../certification/certification-record.js';
import type { CertificationRecord } from '../certification/certification-record.schema.js';
import type { BatchOperation } from '../storage/storage-adapter.js';
import { changeClaim } from './challenge-operations.js';
import type { EngineContext } from './engine-context.js';
import { COLLECTIONS } from './engine-schema.js';

/** What a finished attempt changes in the seller's certifications, written in the attempt's batch. */
export interface CertificationWrites {
  readonly operations: BatchOperation[];
  /** Whether a certification was awarded or renewed: the certified-seller counts may change. */
  readonly certified: boolean;
}

/**
 * The records of the certifications that ask for `pass.challengeId`, as the pass leaves them. Each
 * change claims the record's next step in `attemptSteps` (`cert-<certificationId>~<sellerId>`,
 * step n), written with `add` beside it: two processes finishing attempts of one seller at once
 * both read step n − 1 and write step n, so the second batch fails with `MIND_CONFLICT` and its
 * retry reads the first one's pass instead of overwriting it. A pass that changes nothing (a
 * finish delivered twice) writes nothing.
 */
export async function certificationWrites(
  context: EngineContext,
  sellerId: string,
  pass: ChallengePass,
): Promise<CertificationWrites> {
  const operations: BatchOperation[] = [];
  let certified = false;
  for (const certification of context.pack.certifications) {
    if (!certification.requires.challenges.includes(pass.challengeId)) continue;
    const previous = await context.storage.get<CertificationRecord>(COLLECTIONS.certifications, [
      certification.id,
      sellerId,
    ]);
    const next = recordPass(previous, certification, sellerId, pass);
    if (next === undefined || next === previous) continue;
    operations.push(changeClaim(`cert-${certification.id}~${sellerId}`, sellerId, String(next.step)), {
      type: 'put',
      collection: COLLECTIONS.certifications,
      value: next,
    });
    if (next.expiresAt !== previous?.expiresAt) certified = true;
  }
  return { operations, certified };
}
