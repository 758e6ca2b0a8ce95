/**
 * What is delivered: webhook events to the vendor's endpoints, xAPI statements to a Learning
 * Record Store. Each kind has its tables, `server$<kind>_events` (one row per event or statement,
 * its body kept as sent so every attempt sends the same bytes) and `server$<kind>_deliveries` (one
 * row per event and destination, the unit that is leased, retried and replayed), made by server
 * migrations 3 (webhook) and 4 (xapi), times in epoch ms of the server's clock.
 */
export type DeliveryKind = 'webhook' | 'xapi';
