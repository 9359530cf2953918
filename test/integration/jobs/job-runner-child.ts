// Child-process entry for job-runner.test.ts: a job runner that takes the `test.hang` job and holds
// it until the parent kills this process with SIGKILL.
import 'reflect-metadata';
import { connectDatabase } from '../../../src/db/client';
import { createLogger } from '../../../src/logger';
import { JobRunner } from '../../../src/services/jobs/job-runner';
import type { ServiceDeps } from '../../../src/services/deps';
import { hangTask } from './probe-tasks';

const url = process.argv[2]!;
const log = createLogger('warn');
const database = connectDatabase(url, { max: 2 });
const runner = new JobRunner({ database, log } as unknown as ServiceDeps, database, [hangTask('child')], [], { url, concurrency: 1, pollIntervalMs: 200, staleAfterSeconds: 10 }, log);
void runner.start().then(() => process.stdout.write('READY\n'));
