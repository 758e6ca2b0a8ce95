/** What is delivered: webhook events to the vendor's endpoints, xAPI statements to a Learning Record Store. */
export type DeliveryKind = 'webhook' | 'xapi';

/**
 * The durable queue of one kind of delivery, times in epoch ms of the server's clock:
 * - events: one row per event (or statement), its body kept as sent so every attempt sends the same bytes;
 * - deliveries: one row per event and destination, the unit that is leased, retried and replayed.
 */
export function deliveryTables(s: string, kind: DeliveryKind): string[] {
  const events = `"server$${kind}_events"`;
  const deliveries = `server$${kind}_deliveries`;
  return [
    `CREATE TABLE ${s}.${events} (id text PRIMARY KEY, type text NOT NULL, at bigint NOT NULL, body text NOT NULL, queued_at bigint NOT NULL)`,
    `CREATE TABLE ${s}."${deliveries}" (endpoint text NOT NULL, event_id text NOT NULL REFERENCES ${s}.${events} (id) ON DELETE CASCADE, event_at bigint NOT NULL, status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')), attempts int NOT NULL DEFAULT 0, first_at bigint NOT NULL, next_at bigint NOT NULL, lease_id text, lease_until bigint, last_at bigint, last_status int, last_error text, delivered_at bigint, PRIMARY KEY (endpoint, event_id))`,
    `CREATE INDEX "${deliveries}_due" ON ${s}."${deliveries}" (endpoint, status, event_at, event_id)`,
    `CREATE INDEX "${deliveries}_recent" ON ${s}."${deliveries}" (endpoint, last_at)`,
  ];
}

/** The webhook queue (server migration 3), and the cursor up to which the scheduler has looked for time-driven events. */
export function webhookTables(s: string): string[] {
  return [
    ...deliveryTables(s, 'webhook'),
    `CREATE TABLE ${s}."server$webhook_cursor" (name text PRIMARY KEY, until bigint NOT NULL)`,
  ];
}
