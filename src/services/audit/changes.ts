import type { AuditChanges } from '../../db/schema';
import { REDACTED_FIELDS } from './audit-events';

const REDACTED = '[redacted]';

function normalise(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : value;
}

/** Before/after of the fields that differ, with secrets replaced by a marker. */
export function diffChanges(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
  fields: readonly string[],
): AuditChanges {
  const changes: AuditChanges = {};
  for (const field of fields) {
    const b = normalise(before?.[field]);
    const a = normalise(after?.[field]);
    if (JSON.stringify(b) === JSON.stringify(a)) continue;
    changes[field] = REDACTED_FIELDS.has(field)
      ? { before: before ? REDACTED : undefined, after: after ? REDACTED : undefined }
      : { before: b, after: a };
  }
  return changes;
}
