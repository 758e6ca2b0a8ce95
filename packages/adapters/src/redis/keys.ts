/** The two keys of one board: its sorted set (the listing) and its hash (each seller's row). */
export interface BoardKeys {
  readonly listing: string;
  readonly sellers: string;
}

/** The store's key prefix when the options give none. */
export const DEFAULT_PREFIX = 'mindshare:leaderboard:';

const LONE_SURROGATE = /\p{Cs}/u;

/**
 * The keys of `board` under `prefix`: `<prefix>board:<name>` and `<prefix>sellers:<name>`, the
 * name as it is (ioredis sends it as UTF-8). A name with a lone surrogate has no UTF-8 form (it
 * would be sent as U+FFFD, and two names would share a board), so such names take keys of their
 * own, `board16:`/`sellers16:` and 4 hex digits per UTF-16 code unit, which no other name can.
 */
export function boardKeys(prefix: string, board: string): BoardKeys {
  if (LONE_SURROGATE.test(board)) {
    let units = '';
    for (let i = 0; i < board.length; i++) units += board.charCodeAt(i).toString(16).padStart(4, '0');
    return { listing: `${prefix}board16:${units}`, sellers: `${prefix}sellers16:${units}` };
  }
  return { listing: `${prefix}board:${board}`, sellers: `${prefix}sellers:${board}` };
}

/**
 * Keys to build a replacement board under before swapping it in: `<prefix>rebuild:<random>:…`.
 * Random, so concurrent rebuilds (of one board, from two processes) never mix their rows.
 */
export function rebuildKeys(prefix: string): BoardKeys {
  const id = Array.from(crypto.getRandomValues(new Uint8Array(8)), (byte) => byte.toString(16).padStart(2, '0')).join(
    '',
  );
  return { listing: `${prefix}rebuild:${id}:board`, sellers: `${prefix}rebuild:${id}:sellers` };
}
