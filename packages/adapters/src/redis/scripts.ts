/*
 * The Lua scripts of the Redis leaderboard store. A script runs atomically on the server, so a
 * batch is all-or-nothing for other clients and a read sees one state of the board (a page's
 * ranks agree with its rows), each in one round trip. Numbers from Redis stay strings here:
 * Lua's tostring keeps 14 digits, and a score must go back to ZCOUNT exactly as Redis wrote it.
 *
 * Layout (see row-encoding.ts): the listing is a sorted set of `<timeKey><sellerKey>` members
 * scored −score; the sellers hash maps sellerKey → `<timeKey> <score> <completedAt>`, so the
 * first 16 characters of a seller's row and their sellerKey make their member.
 */

/** A script and the name its errors are reported under. */
export interface Script {
  readonly name: string;
  readonly source: string;
}

/**
 * Applies a batch in order. KEYS: the listing and sellers keys of each board the batch touches,
 * in pairs. ARGV: four per operation: the board's pair number (from 1), the sellerKey, then the
 * sorted-set score and the stored row for an upsert, or two empty strings for a removal.
 * Every key's type is checked first, so a foreign key under the prefix stops the batch before
 * its first change rather than halfway (Redis does not roll a script back). An upsert to the
 * seller's current score and time (equal as numbers: the same time key, scores equal by Lua's
 * exact strtod) keeps the row as stored, as the memory store does; only -0 versus 0 can tell.
 */
export const WRITE: Script = {
  name: 'write',
  source: `
for i = 1, #KEYS, 2 do
  local listing, sellers = redis.call('TYPE', KEYS[i]).ok, redis.call('TYPE', KEYS[i + 1]).ok
  if (listing ~= 'zset' and listing ~= 'none') or (sellers ~= 'hash' and sellers ~= 'none') then
    return redis.error_reply('WRONGTYPE ' .. KEYS[i] .. ' or ' .. KEYS[i + 1] .. ' is not a leaderboard key')
  end
end
for i = 1, #ARGV, 4 do
  local pair = tonumber(ARGV[i]) * 2
  local listing, sellers = KEYS[pair - 1], KEYS[pair]
  local seller, score, row = ARGV[i + 1], ARGV[i + 2], ARGV[i + 3]
  local old = redis.call('HGET', sellers, seller)
  if row == '' then
    if old then
      redis.call('ZREM', listing, string.sub(old, 1, 16) .. seller)
      redis.call('HDEL', sellers, seller)
    end
  elseif not (old and string.sub(old, 1, 16) == string.sub(row, 1, 16)
      and tonumber(string.match(old, ' (%S+) ')) == tonumber(string.match(row, ' (%S+) '))) then
    if old then redis.call('ZREM', listing, string.sub(old, 1, 16) .. seller) end
    redis.call('ZADD', listing, score, string.sub(row, 1, 16) .. seller)
    redis.call('HSET', sellers, seller, row)
  end
end
return #ARGV / 4
`,
};

/** A seller's shared rank: 1 + the members with a strictly lower sorted-set score. KEYS: listing, sellers. ARGV: sellerKey. */
export const RANK: Script = {
  name: 'rank',
  source: `
local row = redis.call('HGET', KEYS[2], ARGV[1])
if not row then return false end
local score = redis.call('ZSCORE', KEYS[1], string.sub(row, 1, 16) .. ARGV[1])
return redis.call('ZCOUNT', KEYS[1], '-inf', '(' .. score) + 1
`,
};

/**
 * Rows of the listing with their ranks. KEYS: listing, sellers. ARGV: `page`, start, stop (0-based,
 * inclusive) or `around`, sellerKey, radius. Replies `{ start, sellerKey, row, rank, … }`, or
 * `{}` around a seller not on the board. One ZCOUNT per distinct score in the window: the rows of
 * a tie share it.
 */
export const LISTING: Script = {
  name: 'listing',
  source: `
local start, stop
if ARGV[1] == 'around' then
  local row = redis.call('HGET', KEYS[2], ARGV[2])
  if not row then return {} end
  local position = redis.call('ZRANK', KEYS[1], string.sub(row, 1, 16) .. ARGV[2])
  local radius = tonumber(ARGV[3])
  start = math.max(0, position - radius)
  stop = position + radius
else
  start, stop = tonumber(ARGV[2]), tonumber(ARGV[3])
end
local members = redis.call('ZRANGE', KEYS[1], start, stop, 'WITHSCORES')
local reply = { start }
local score, rank
for i = 1, #members, 2 do
  local seller = string.sub(members[i], 17)
  if members[i + 1] ~= score then
    score = members[i + 1]
    rank = redis.call('ZCOUNT', KEYS[1], '-inf', '(' .. score) + 1
  end
  reply[#reply + 1] = seller
  reply[#reply + 1] = redis.call('HGET', KEYS[2], seller)
  reply[#reply + 1] = rank
end
return reply
`,
};

/**
 * Swaps a board built under rebuild keys in for the board. KEYS: listing, sellers, built
 * listing, built sellers. ARGV: the number of rows built. Refuses, changing nothing, when the
 * built keys do not hold that many rows (they expired during a stalled rebuild). The old board
 * is UNLINKed (freed in the background); the built keys lose the expiry they were built with.
 */
export const SWAP: Script = {
  name: 'replace',
  source: `
local rows = tonumber(ARGV[1])
if redis.call('ZCARD', KEYS[3]) ~= rows or redis.call('HLEN', KEYS[4]) ~= rows then
  return redis.error_reply('ERR the rebuilt board is incomplete (did its keys expire?); the board is unchanged')
end
redis.call('UNLINK', KEYS[1], KEYS[2])
if rows > 0 then
  redis.call('RENAME', KEYS[3], KEYS[1])
  redis.call('PERSIST', KEYS[1])
  redis.call('RENAME', KEYS[4], KEYS[2])
  redis.call('PERSIST', KEYS[2])
end
return rows
`,
};
