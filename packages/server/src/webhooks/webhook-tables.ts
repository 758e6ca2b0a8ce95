/**
 * The durable webhook queue (server migration 3), times in epoch ms of the server's clock:
 * - events: one row per event, its body kept as sent so every attempt signs the same bytes;
 * - deliveries: one row per event and endpoint, the unit that is leased, retried and replayed;
 * - cursor: up to when the scheduler has looked for time-driven events.
 */
export function webhookTables(s: string): string[] {
  return [
    `CREATE TABLE ${s}."server$webhook_events" (id text PRIMARY KEY, type text NOT NULL, at bigint NOT NULL, body text NOT NULL, queued_at bigint NOT NULL)`,
    `CREATE TABLE ${s}."server$webhook_deliveries" (endpoint text NOT NULL, event_id text NOT NULL REFERENCES ${s}."server$webhook_events" (id) ON DELETE CASCADE, event_at bigint NOT NULL, status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')), attempts int NOT NULL DEFAULT 0, first_at bigint NOT NULL, next_at bigint NOT NULL, lease_id text, lease_until bigint, last_at bigint, last_status int, last_error text, delivered_at bigint, PRIMARY KEY (endpoint, event_id))`,
    `CREATE INDEX "server$webhook_deliveries_due" ON ${s}."server$webhook_deliveries" (endpoint, status, event_at, event_id)`,
    `CREATE INDEX "server$webhook_deliveries_recent" ON ${s}."server$webhook_deliveries" (endpoint, last_at)`,
    `CREATE TABLE ${s}."server$webhook_cursor" (name text PRIMARY KEY, until bigint NOT NULL)`,
  ];
}
