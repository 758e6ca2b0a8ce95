import { createHash } from 'node:crypto';

/** The namespace of statement ids (RFC 9562 name-based UUIDs); fixed forever, or every id changes. */
const NAMESPACE = Buffer.from('adf0d2cc6e02451faaf5c3e49b64acfc', 'hex');

/**
 * A UUID (version 5: SHA-1 of a namespace and a name) derived from `name`, what a statement is
 * about: the same name always gives the same id, so a retried or replayed statement is recorded
 * once by the LRS. The activity base IRI is part of the name, so two programs sharing an LRS
 * never give one id to two statements.
 */
export function statementId(name: string): string {
  const hash = createHash('sha1').update(NAMESPACE).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50; // version 5
  hash[8] = (hash[8]! & 0x3f) | 0x80; // RFC variant
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
