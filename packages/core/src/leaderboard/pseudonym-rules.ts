import { MindError } from '../errors/mind-error.js';

// What the host checks and shows of pseudonyms without computing any: kept apart from the keyed
// hash (pseudonym.ts), which loads with the leaderboards, so a page without a board never loads it.

/** The shortest secret `createPseudonyms` (pseudonym.ts) accepts, in characters. */
export const PSEUDONYM_SECRET_MIN_LENGTH = 32;

/**
 * Refuses a pseudonym secret that is not a string of at least {@link PSEUDONYM_SECRET_MIN_LENGTH}
 * characters, with `MIND_INVALID_INPUT` whose path is `pseudonymSecret`.
 */
export function assertPseudonymSecret(secret: unknown): asserts secret is string {
  if (typeof secret !== 'string' || secret.length < PSEUDONYM_SECRET_MIN_LENGTH) {
    throw new MindError(
      'MIND_INVALID_INPUT',
      `pseudonymSecret must be a string of at least ${PSEUDONYM_SECRET_MIN_LENGTH} characters (a random one: ` +
        `for example 32 random bytes as hex), got ${typeof secret === 'string' ? `${secret.length} characters` : typeof secret}.`,
      { path: ['pseudonymSecret'] },
    );
  }
}

/** The default label of a pseudonym code: "Seller 4F2A9C". Pass your own to localise it. */
export function defaultPseudonymLabel(code: string): string {
  return `Seller ${code}`;
}
