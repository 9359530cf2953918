import { Readable } from 'node:stream';
import type { Database } from '../../db/client';
import type { AttachmentRef } from '../alerts/channels/notification-message';

/** Streams the bytes of one attachment: called at send time, once per attempt. */
export type AttachmentSource = (database: Database, ref: AttachmentRef) => AsyncIterable<Buffer>;

const sources = new Map<string, AttachmentSource>();

/**
 * Domains whose messages carry files register where the bytes come from (reports: the artifact
 * chunks in PostgreSQL). A message stores only references, so a delivery row stays small, and a
 * retry reads the file again instead of keeping it anywhere.
 */
export function registerAttachmentSource(name: string, source: AttachmentSource): void {
  sources.set(name, source);
}

/** A readable stream of the attachment's bytes; fails (and so the attempt, retryably) on an unknown source. */
export function openAttachment(database: Database, ref: AttachmentRef): Readable {
  const source = sources.get(ref.source);
  if (!source) throw new Error(`no attachment source named ${ref.source} on this node`);
  return Readable.from(source(database, ref), { objectMode: false });
}
