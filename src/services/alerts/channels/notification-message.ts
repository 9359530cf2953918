/**
 * What a channel sends, independent of the channel: the routing round builds one per alert (or per
 * group of alerts) and hands it to `enqueueDelivery`; each sender renders it in its own format.
 * Stored as JSON in `deliveries.message`, so every field is plain data.
 */
export const NOTIFICATION_EVENTS = ['FIRING', 'ACKNOWLEDGED', 'RESOLVED', 'ESCALATED', 'FLAPPING', 'TEST'] as const;
export type NotificationEvent = (typeof NOTIFICATION_EVENTS)[number];

export type NotificationSeverity = 'critical' | 'error' | 'warning' | 'info';

/** One alert of a grouped notification. */
export interface NotificationAlertItem {
  fingerprint: string;
  status: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  startsAt?: string;
  endsAt?: string | null;
  url?: string;
  /** Set on a firing alert that is flapping (the rule engine marked it): its changes are not notified one by one. */
  flapping?: boolean;
}

export interface AlertNotificationMessage {
  kind: 'alert';
  event: NotificationEvent;
  title: string;
  summary: string;
  severity: NotificationSeverity;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  /** The alert's (or group's) fingerprint: PagerDuty's dedup_key, so ack and resolve reach the same incident. */
  fingerprint: string;
  /** Link back to the alert in the product. */
  url?: string;
  /** Set when this notification stands for a group of alerts. */
  alerts?: NotificationAlertItem[];
  /**
   * A trigger for an incident that was acknowledged here and no longer is (unacknowledge, ack
   * timeout, a new alert in an acknowledged group). PagerDuty keeps an acknowledged incident
   * quiet whatever triggers follow, so its sender resolves the incident first: the trigger then
   * opens a new incident with the same dedup_key, and that one pages. Other channels ignore it.
   */
  reopen?: boolean;
  /**
   * A trigger whose every alert is acknowledged already (acknowledged before the group's first
   * notification): PagerDuty's sender follows the trigger with `acknowledge` in the same attempt,
   * so the incident opens acknowledged. Other channels ignore it.
   */
  acknowledged?: boolean;
}

/**
 * A file a message carries by reference: the delivery module reads its bytes from the source
 * registered under `source` at send time (see deliveries/attachments.ts), so a delivery row never
 * holds them and a retry reads them again.
 */
export interface AttachmentRef {
  source: string;
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
}

/** One file of a report run, as recipients see it. */
export interface ReportArtifactItem {
  id: string;
  format: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string | null;
  /** Download link (signed, or needing a bearer token, see the reports README section). */
  url: string;
}

/** A scheduled report's delivery (READY), or the notice that its schedule stopped (DISABLED). */
export interface ReportNotificationMessage {
  kind: 'report';
  event: 'READY' | 'DISABLED';
  title: string;
  summary: string;
  severity: NotificationSeverity;
  url?: string;
  /** Sent as email attachments; the webhook and Slack get the artifacts' links instead. */
  attachments?: AttachmentRef[];
  report: {
    scheduleId: string;
    definitionId: string | null;
    definitionName: string;
    runId?: string;
    status?: string;
    rowCount?: number;
    occurrenceAt?: string | null;
    /** The period the report covers, when its parameters name one. */
    period?: { from: string; to: string } | null;
    artifacts?: ReportArtifactItem[];
    /** Why the schedule was disabled (DISABLED). */
    reason?: string;
  };
}

/** Every kind of message the delivery module carries. */
export type NotificationMessage = AlertNotificationMessage | ReportNotificationMessage;

/** A channel test: a harmless message that exercises the whole path (SSRF guard, auth, signature). */
export function testMessage(channelName: string, url?: string): AlertNotificationMessage {
  return {
    kind: 'alert',
    event: 'TEST',
    title: `Test notification for ${channelName}`,
    summary: 'This is a test sent by testChannel; no alert is firing.',
    severity: 'info',
    labels: { alertname: 'ChannelTest' },
    annotations: {},
    fingerprint: `test-${Date.now().toString(36)}`,
    ...(url ? { url } : {}),
  };
}

/** A one-line description for the delivery log (no secrets: messages never carry any). */
export function summarize(message: NotificationMessage): string {
  if (message.kind === 'report') return `report ${message.event}: ${message.title}`.slice(0, 300);
  const group = message.alerts && message.alerts.length > 1 ? ` (${message.alerts.length} alerts)` : '';
  return `${message.event} ${message.severity}: ${message.title}${group}`.slice(0, 300);
}
