// The id of an answer to an open question, shared by the engine and the HTTP server (which finds
// the answer a write changed from the id in its path): one spelling of the separator.

/** Between the nugget id and the seller id of a response id: a character ids never hold. */
const ID_SEPARATOR = '~';

/** The id of the answer of `sellerId` to `nuggetId`: its storage key, readable in a URL. */
export const responseId = (nuggetId: string, sellerId: string): string => `${nuggetId}${ID_SEPARATOR}${sellerId}`;

/** The nugget and seller an answer's id names, or `undefined` when it names none. */
export function parseResponseId(id: string): { nuggetId: string; sellerId: string } | undefined {
  const separator = id.lastIndexOf(ID_SEPARATOR);
  if (separator <= 0 || separator === id.length - 1) return undefined;
  return { nuggetId: id.slice(0, separator), sellerId: id.slice(separator + 1) };
}
