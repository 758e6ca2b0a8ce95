import { schemaNameOf } from '@mindshare/adapters/postgres';

/**
 * A store name PostgreSQL and Redis both keep as it is: `mindshare_<name>` stays within
 * PostgreSQL's 63-character identifiers and needs no quoting to be the same schema in SQL.
 */
const STORE_NAME = /^[a-z0-9_]{1,53}$/;

/**
 * What to tell an operator whose store name PostgreSQL changes (lower-cased, other characters
 * made `_`) while Redis keeps it as given, so two names may share one schema but not one set of
 * boards; `undefined` for a name both keep. A warning, not a refusal: deployments started with
 * such a name before keep starting, and renaming one is a step of its own (docs/server.md, "Store
 * names").
 */
export function storeNameWarning(name: string | undefined): string | undefined {
  if (name === undefined || STORE_NAME.test(name)) return undefined;
  return (
    `--store-name (MINDSHARE_STORE) "${name}" is stored in the PostgreSQL schema ${schemaNameOf(name)} but keeps ` +
    `its Redis keys as mindshare:${name}:…; a name of 1 to 53 lower-case letters, digits or "_" is the same in both ` +
    `(see "Store names" in docs/server.md before renaming a running store).`
  );
}
