import type { CollectionSchema, IndexSchema } from '@mindshare/core';

/** A quoted SQL identifier. */
export const ident = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/** The table of a collection's index: `<collection>$<index>`, rows (index key, primary key). */
export const indexTable = (collection: string, index: string): string => `${collection}$${index}`;

export const META = '$meta';
export const CHUNKS = '$chunks';
export const BATCH = '$batch';

/** The statements that create a collection's table. */
export const createCollection = (schema: string, collection: CollectionSchema): string[] => [
  `CREATE TABLE ${ident(schema)}.${ident(collection.name)} (key bytea PRIMARY KEY, value jsonb NOT NULL)`,
];

/** The statements that create an index table; its rows go with their record (`ON DELETE CASCADE`). */
export const createIndex = (schema: string, collection: string, index: IndexSchema): string[] => {
  const table = `${ident(schema)}.${ident(indexTable(collection, index.name))}`;
  return [
    `CREATE TABLE ${table} (key bytea NOT NULL, pk bytea NOT NULL REFERENCES ${ident(schema)}.${ident(collection)} (key) ON DELETE CASCADE, PRIMARY KEY (key, pk)${index.unique ? ', UNIQUE (key)' : ''})`,
    `CREATE INDEX ON ${table} (pk)`,
  ];
};

/** The tables every store has: its stored schema and the chunks of its blobs. */
export const createBase = (schema: string): string[] => [
  `CREATE TABLE IF NOT EXISTS ${ident(schema)}.${ident(META)} (id int PRIMARY KEY CHECK (id = 1), version int NOT NULL, collections jsonb NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS ${ident(schema)}.${ident(CHUNKS)} (blob text NOT NULL, seq int NOT NULL, bytes bytea NOT NULL, PRIMARY KEY (blob, seq))`,
];

/**
 * The function that applies a whole batch in one statement — one round trip, one transaction:
 * `ops` is a JSON array of `{t: 'put'|'add', c, k, v, i: [{t, k: [hex…]}]}`, `{t: 'delete', c, k}`,
 * `{t: 'append', b, d}` and `{t: 'delete-blob', b}`, keys and bytes in hexadecimal, index keys
 * computed by the adapter. Appends take a transaction-scoped advisory lock per blob, so two
 * concurrent appends never compute the same next chunk number.
 */
export const createBatchFunction = (schema: string): string => `
CREATE OR REPLACE FUNCTION ${ident(schema)}.${ident(BATCH)}(ops jsonb) RETURNS void
LANGUAGE plpgsql SET search_path = ${ident(schema)} AS $fn$
DECLARE
  op jsonb;
  entry jsonb;
  k bytea;
BEGIN
  FOR op IN SELECT e FROM jsonb_array_elements(ops) AS e LOOP
    CASE op->>'t'
    WHEN 'put', 'add' THEN
      k := decode(op->>'k', 'hex');
      IF op->>'t' = 'put' THEN
        -- An upsert, not DELETE then INSERT: two transactions putting one key at once (every
        -- seller's first attempt writes the same challenge snapshot) take turns on the row lock
        -- instead of one failing on the primary key.
        EXECUTE format('INSERT INTO %I (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value', op->>'c')
          USING k, op->'v';
        FOR entry IN SELECT e FROM jsonb_array_elements(op->'i') AS e LOOP
          EXECUTE format('DELETE FROM %I WHERE pk = $1', entry->>'t') USING k;
        END LOOP;
      ELSE
        EXECUTE format('INSERT INTO %I (key, value) VALUES ($1, $2)', op->>'c') USING k, op->'v';
      END IF;
      FOR entry IN SELECT e FROM jsonb_array_elements(op->'i') AS e LOOP
        EXECUTE format('INSERT INTO %I (key, pk) SELECT decode(h, ''hex''), $1 FROM jsonb_array_elements_text($2) AS h', entry->>'t')
          USING k, entry->'k';
      END LOOP;
    WHEN 'delete' THEN
      EXECUTE format('DELETE FROM %I WHERE key = $1', op->>'c') USING decode(op->>'k', 'hex');
    WHEN 'append' THEN
      PERFORM pg_advisory_xact_lock(hashtextextended(current_schema() || ':' || (op->>'b'), 0));
      INSERT INTO ${ident(CHUNKS)} (blob, seq, bytes)
        SELECT op->>'b', coalesce(max(c.seq) + 1, 0), decode(op->>'d', 'hex') FROM ${ident(CHUNKS)} AS c WHERE c.blob = op->>'b';
    WHEN 'delete-blob' THEN
      DELETE FROM ${ident(CHUNKS)} AS c WHERE c.blob = op->>'b';
    END CASE;
  END LOOP;
END
$fn$`;
