// The secret of a host's pseudonyms: configured, or made once and kept in the store.
import { isMindError, MindError } from '../errors/mind-error.js';
import { createPseudonyms, type Pseudonyms } from '../leaderboard/pseudonym.js';
import { webCrypto } from '../leaderboard/web-crypto.js';
import type { StorageAdapter } from '../storage/storage-adapter.js';
import { COLLECTIONS } from './engine-schema.js';
import type { PseudonymSecretRecord } from './stored-records.schema.js';

const NAME = 'pseudonymSecret';

/** The host's pseudonyms, keyed by `configured` or, without it, by the secret kept in `storage`. */
export async function openPseudonyms(storage: StorageAdapter, configured: string | undefined): Promise<Pseudonyms> {
  return createPseudonyms(configured ?? (await storedSecret(storage)));
}

/**
 * The secret in the store, made now if it has none. Made with `add`: of two tabs or processes
 * making it at once one fails with `MIND_CONFLICT` and reads the winner's, so every host over the
 * store keys codes alike.
 */
async function storedSecret(storage: StorageAdapter): Promise<string> {
  for (let tries = 0; tries < 3; tries++) {
    const stored = await storage.get<PseudonymSecretRecord>(COLLECTIONS.hostRecords, NAME);
    if (stored) return stored.secret;
    // From Web Crypto, not the host's `random`: that may be Math.random or seeded, and a secret
    // anyone can regenerate is no secret.
    const bytes = webCrypto().getRandomValues(new Uint8Array(32));
    const record: PseudonymSecretRecord = { name: NAME, secret: [...bytes].map(hexByte).join('') };
    try {
      await storage.batch([{ type: 'add', collection: COLLECTIONS.hostRecords, value: record }]);
      return record.secret;
    } catch (error) {
      if (!isMindError(error, 'MIND_CONFLICT')) throw error;
    }
  }
  // Only a store that refuses the add yet never shows the record it conflicts with gets here.
  throw new MindError('MIND_CONFLICT', 'The secret of pseudonyms could not be read or made; storage is inconsistent.');
}

const hexByte = (byte: number) => byte.toString(16).padStart(2, '0');
