import type { AlertRow } from '../../db/schema';
import type { AlertSnapshot } from '../../pubsub/topics';
import type { ResourceRef } from '../../authz/grant.types';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** An alert as GraphQL and the live stream see it (JSON values only: it crosses Redis as is). */
export function toAlertSnapshot(row: AlertRow): AlertSnapshot {
  return {
    id: row.id,
    fingerprint: row.fingerprint,
    source: { kind: row.sourceKind, ruleId: row.ruleId, name: row.sourceName },
    status: row.status,
    severity: row.severity,
    labels: row.labels,
    annotations: row.annotations,
    generatorUrl: row.generatorUrl,
    startsAt: row.startsAt.toISOString(),
    endsAt: iso(row.endsAt),
    lastReceivedAt: row.lastReceivedAt.toISOString(),
    acknowledgedBy: row.acknowledgedBy,
    acknowledgedAt: iso(row.acknowledgedAt),
    resolvedBy: row.resolvedBy,
    resolvedAt: iso(row.resolvedAt),
    snoozedUntil: iso(row.snoozedUntil),
    escalationLevel: row.escalationLevel,
    silencedBy: row.silencedBy,
    inhibitedBy: row.inhibitedBy,
    flapping: row.flapping,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** What label-scoped grants on alerts are checked against: the alert's id and labels. */
export const alertResource = (alert: { id: string; labels: Record<string, string> }): ResourceRef => ({
  type: 'alerts',
  id: alert.id,
  labels: alert.labels,
});
