// Seeds a store's `scores` collection in PostgreSQL with many counted scores in a few statements
// (INSERT … SELECT generate_series), as the engine would have stored them when attempts finished:
// finishing a million attempts through the server would take hours here. The rows are the storage
// adapter's (packages/adapters/src/postgres): `key bytea` in IndexedDB order (key-bytes.ts), the
// record as `jsonb`, one row per index entry in `scores$bySeller` and `scores$byChallenge`. The
// encoding below is checked first against the rows the server itself wrote during the load.

// A string key, as key-bytes.ts writes it: 0x30, each UTF-16 code unit as two bytes with a zero
// byte escaped as 00 FF, then 00 01. For ASCII text (all our ids) each character is 00 FF xx.
const KEY_FUNCTION = String.raw`
CREATE OR REPLACE FUNCTION pg_temp.mind_key(s text) RETURNS bytea LANGUAGE sql IMMUTABLE AS $$
  SELECT '\x30'::bytea || decode(regexp_replace(encode(convert_to(s, 'UTF8'), 'hex'), '(..)', '00ff\1', 'g'), 'hex') || '\x0001'::bytea
$$`;
// An array key [challengeId, sellerId]: 0x40, its elements, 0x00.
const pairKey = (challenge, seller) =>
  String.raw`'\x40'::bytea || pg_temp.mind_key(${challenge}) || pg_temp.mind_key(${seller}) || '\x00'::bytea`;

const ident = (name) => `"${name.replace(/"/g, '""')}"`;

/**
 * Adds `count` scores of sellers `<prefix>0…` to `challengeId` in `schema`, in one transaction;
 * whole-number scores 0–100 and completions over the day before `now`, from a fixed seed.
 * @returns the ms it took and the scores now stored for the challenge.
 */
export async function seedScores(pool, { schema, challengeId, count, prefix = 'lb-', now = Date.now() }) {
  const client = await pool.connect();
  const table = (name) => `${ident(schema)}.${ident(name)}`;
  try {
    const started = performance.now();
    await client.query(KEY_FUNCTION);
    // The encoding must give the keys the adapter gave the server's own rows.
    const { rows: check } = await client.query(
      `SELECT count(*)::int AS rows,
              count(*) FILTER (WHERE key <> ${pairKey("value->>'challengeId'", "value->>'sellerId'")})::int AS bad
         FROM ${table('scores')}`,
    );
    const { rows: checkIndex } = await client.query(
      `SELECT count(*)::int AS rows,
              count(*) FILTER (WHERE i.key <> pg_temp.mind_key(r.value->>'sellerId'))::int AS bad
         FROM ${table('scores$bySeller')} AS i JOIN ${table('scores')} AS r ON r.key = i.pk`,
    );
    if (check[0].rows === 0 || check[0].bad > 0 || checkIndex[0].bad > 0 || checkIndex[0].rows !== check[0].rows) {
      throw new Error(
        `The SQL key encoding does not match the adapter's: ${JSON.stringify({ check, checkIndex })} (no scores to check against, or keys differ).`,
      );
    }
    await client.query('BEGIN');
    await client.query('SELECT setseed(0.42)');
    await client.query(
      `INSERT INTO ${table('scores')} (key, value)
       SELECT ${pairKey('$1::text', 'id')},
              jsonb_build_object('challengeId', $1::text, 'sellerId', id, 'attemptId', $1::text || '.1.' || id,
                                 'score', floor(random() * 101)::int,
                                 'completedAt', $3::bigint - floor(random() * 86400000)::bigint)
         FROM (SELECT $2::text || i AS id FROM generate_series(0, $4::int - 1) AS i) AS s`,
      [challengeId, prefix, now, count],
    );
    const like = `${prefix.replace(/[\\%_]/g, '\\$&')}%`;
    await client.query(
      `INSERT INTO ${table('scores$bySeller')} (key, pk)
       SELECT pg_temp.mind_key(value->>'sellerId'), key FROM ${table('scores')} WHERE value->>'sellerId' LIKE $1`,
      [like],
    );
    await client.query(
      `INSERT INTO ${table('scores$byChallenge')} (key, pk)
       SELECT pg_temp.mind_key(value->>'challengeId'), key FROM ${table('scores')} WHERE value->>'sellerId' LIKE $1`,
      [like],
    );
    await client.query('COMMIT');
    await client.query(`ANALYZE ${table('scores')}, ${table('scores$bySeller')}, ${table('scores$byChallenge')}`);
    const { rows } = await client.query(
      `SELECT count(*)::int AS n FROM ${table('scores$byChallenge')} WHERE key = pg_temp.mind_key($1)`,
      [challengeId],
    );
    return { ms: performance.now() - started, stored: rows[0].n };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
