import { errorStatsBetween, type ErrorStatsRow } from '../../db/queries/errors.queries';
import { AppError } from '../../errors/app-error';
import type { ServiceDeps } from '../deps';
import type { ServiceContext } from '../shared/service-context';

/** Longest window one errorStats call may aggregate (retention is longer; ask twice). */
export const MAX_WINDOW_DAYS = 31;
const DEFAULT_TOP = 10;
const MAX_TOP = 50;

export interface ErrorStatsView extends ErrorStatsRow {
  from: Date;
  to: Date;
}

/** Reads what ErrorRecorder stored: counts of classified errors in a window, top messages. */
export class ErrorStatsService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly ctx: ServiceContext,
  ) {}

  async stats(from: Date, to: Date, top?: number | null): Promise<ErrorStatsView> {
    this.ctx.authz.assertCan('errors:read', { type: 'errors' });
    if (!(from < to)) throw AppError.badInput('from must be before to', 'from');
    if (to.getTime() - from.getTime() > MAX_WINDOW_DAYS * 86_400_000) {
      throw AppError.badInput(`The window may span at most ${MAX_WINDOW_DAYS} days`, 'to');
    }
    const limit = top ?? DEFAULT_TOP;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_TOP) throw AppError.badInput(`top must be between 1 and ${MAX_TOP}`, 'top');
    return { from, to, ...(await errorStatsBetween(this.deps.database.db, from, to, limit)) };
  }
}
