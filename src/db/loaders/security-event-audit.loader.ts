import DataLoader from 'dataloader';
import type { Db } from '../client';
import type { AuditLogRow, SecurityEventRow } from '../schema';
import { auditRowsByIdsOrRequests } from '../queries/security.queries';

/** Audit rows linked to one event; more are left out (a request writes a handful, bursts cap theirs). */
export const MAX_AUDIT_ROWS_PER_EVENT = 100;
const MAX_BATCH = 50;

type EventLinks = Pick<SecurityEventRow, 'id' | 'auditIds' | 'requestId'>;

/**
 * The audit rows behind a page of security events in one statement: those named by id and those
 * written by the event's request. Newest first, bounded per event.
 */
export function createSecurityEventAuditLoader(db: Db) {
  return new DataLoader<EventLinks, AuditLogRow[], string>(
    async (events) => {
      const ids = [...new Set(events.flatMap((e) => e.auditIds))];
      const requestIds = [...new Set(events.flatMap((e) => (e.requestId ? [e.requestId] : [])))];
      const rows = await auditRowsByIdsOrRequests(db, ids, requestIds, MAX_AUDIT_ROWS_PER_EVENT * events.length);
      return events.map((e) => {
        const wanted = new Set(e.auditIds);
        return rows.filter((r) => wanted.has(r.id) || (e.requestId !== null && r.requestId === e.requestId)).slice(0, MAX_AUDIT_ROWS_PER_EVENT);
      });
    },
    { maxBatchSize: MAX_BATCH, cacheKeyFn: (e) => e.id },
  );
}
