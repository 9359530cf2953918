import { createHash, type Hash } from 'node:crypto';
import { Writable } from 'node:stream';
import type { Database } from '../../db/client';
import { completeReportArtifact, insertArtifactChunk } from '../../db/queries/report-artifacts.queries';

/** Bytes per stored chunk: big enough for few rows, small enough that a download holds one at a time. */
export const ARTIFACT_CHUNK_BYTES = 1024 * 1024;

/**
 * A Writable that stores what a format writer produces as ~1 MB chunks of one artifact, hashing
 * and counting as it goes. At most one chunk is buffered: a write waits while a chunk is stored,
 * so a slow database slows the writer instead of growing memory.
 */
export class ArtifactSink extends Writable {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private seq = 0;
  private readonly hash: Hash = createHash('sha256');
  sizeBytes = 0;
  sha256: string | null = null;

  constructor(
    private readonly database: Database,
    private readonly artifactId: string,
  ) {
    super({ highWaterMark: 64 * 1024 });
  }

  override _write(chunk: Buffer | string, encoding: BufferEncoding, done: (err?: Error | null) => void): void {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk;
    this.hash.update(buf);
    this.sizeBytes += buf.length;
    this.pending.push(buf);
    this.pendingBytes += buf.length;
    if (this.pendingBytes < ARTIFACT_CHUNK_BYTES) return done();
    this.flush().then(() => done(), done);
  }

  override _final(done: (err?: Error | null) => void): void {
    this.flush()
      .then(async () => {
        this.sha256 = this.hash.digest('hex');
        await completeReportArtifact(this.database.db, this.artifactId, this.sizeBytes, this.sha256);
      })
      .then(() => done(), done);
  }

  private async flush(): Promise<void> {
    if (this.pendingBytes === 0) return;
    const data = Buffer.concat(this.pending, this.pendingBytes);
    this.pending = [];
    this.pendingBytes = 0;
    await insertArtifactChunk(this.database.db, this.artifactId, this.seq++, data);
  }
}
