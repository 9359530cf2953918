import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import type { ChannelType, DeliveryStatus } from '../schema';

/** One delivery about an alert, as `Alert.notifications` shows it (no message content). */
export interface AlertNotificationRow {
  alertId: string;
  id: string;
  channelId: string | null;
  channelType: ChannelType;
  originKind: string;
  originId: string;
  /** What the delivery told about this alert (for a group: this alert's part in it). */
  event: string;
  status: DeliveryStatus;
  attempts: number;
  lastStatusCode: number | null;
  createdAt: Date;
  completedAt: Date | null;
}

// Selected alike by both branches, so the union lines up.
const COLUMNS = sql`d.id, d.channel_id, d.channel_type, d.origin_kind, d.origin_id, d.status, d.attempts, d.last_status_code, d.created_at, d.completed_at`;

/**
 * The newest `limit` deliveries about each of `alertIds`, in one statement: the alert's own
 * (escalation pages and their follow-ups: origin `alert`, id = the alert) and the routing-group
 * notifications that carried it (origin `alert-group`, matched as alertStats matches them: the
 * message names the alert by fingerprint and start, at millisecond precision). A group delivery is
 * looked for only from shortly before the alert was recorded (clock skew between nodes), which
 * bounds the scan to group notifications of the alert's lifetime.
 */
export async function notificationsOfAlerts(db: DbOrTx, alertIds: readonly string[], limit: number): Promise<AlertNotificationRow[]> {
  if (alertIds.length === 0) return [];
  const ids = sql.join(
    alertIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const rows = await db.execute<Record<string, unknown>>(sql`
    select a.id::text as alert_id, n.*
    from alerts a
    cross join lateral (
      select * from (
        (select ${COLUMNS}, coalesce(d.message->>'event', 'FIRING') as event
         from deliveries d
         where d.origin_kind = 'alert' and d.origin_id = a.id::text
         order by d.created_at desc, d.id desc limit ${limit})
        union all
        (select ${COLUMNS},
                case when d.message->>'event' = 'ACKNOWLEDGED' then 'ACKNOWLEDGED'
                     when x.item->>'status' = 'resolved' then 'RESOLVED'
                     when x.item->>'flapping' = 'true' then 'FLAPPING'
                     else 'FIRING' end as event
         from deliveries d
         cross join lateral (
           select e as item from jsonb_array_elements(d.message->'alerts') e
           where e->>'fingerprint' = a.fingerprint and (e->>'startsAt')::timestamptz = date_trunc('milliseconds', a.starts_at)
           limit 1) x
         where d.origin_kind = 'alert-group' and d.created_at >= least(a.created_at, a.starts_at) - interval '5 minutes'
         order by d.created_at desc, d.id desc limit ${limit})
      ) both_kinds
      order by created_at desc, id desc limit ${limit}
    ) n
    where a.id in (${ids})
    order by a.id, n.created_at desc, n.id desc`);
  return (rows as unknown as Array<Record<string, unknown>>).map((r) => ({
    alertId: r.alert_id as string,
    id: r.id as string,
    channelId: (r.channel_id as string | null) ?? null,
    channelType: r.channel_type as ChannelType,
    originKind: r.origin_kind as string,
    originId: r.origin_id as string,
    event: r.event as string,
    status: r.status as DeliveryStatus,
    attempts: Number(r.attempts),
    lastStatusCode: r.last_status_code == null ? null : Number(r.last_status_code),
    createdAt: new Date(r.created_at as string),
    completedAt: r.completed_at == null ? null : new Date(r.completed_at as string),
  }));
}
