import type { Database } from '../../db/client';
import { readHead } from '../../db/queries/events.queries';
import { AppError } from '../../errors/app-error';
import { decodeCursor, encodeCursor } from '../shared/connection';

const KIND = 'events';
const isPosition = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;

/** The cursor a delivered event carries: its position in the event log, opaque to clients. */
export function eventCursor(position: number): string {
  return encodeCursor(KIND, position);
}

/**
 * Where a subscription given `after` resumes. A cursor older than retention is CURSOR_EXPIRED:
 * what followed it is gone, so the client must refetch its state rather than trust a replay.
 */
export async function resumePosition(database: Database, after: string): Promise<number> {
  let position: number | null;
  try {
    position = decodeCursor(KIND, after, isPosition);
  } catch {
    throw AppError.badInput('after is not a valid event cursor', 'after');
  }
  const head = await readHead(database.db);
  if (position! > head.position) throw AppError.badInput('after is not a valid event cursor', 'after');
  if (position! < head.purgedThrough) {
    throw new AppError('CURSOR_EXPIRED', 'The events after this cursor are past retention: refetch, then subscribe without after');
  }
  return position!;
}
