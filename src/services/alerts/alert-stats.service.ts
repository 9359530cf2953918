import { reachesEverything, scopeFilter } from '../../authz/engine';
import { alertStatsBetween, type AlertStatsGroupBy, type AlertStatsRow } from '../../db/queries/alert-stats.queries';
import { labelledReachableSql } from '../../db/queries/scope-sql';
import { alerts } from '../../db/schema';
import { AppError } from '../../errors/app-error';
import type { ServiceDeps } from '../deps';
import type { ServiceContext } from '../shared/service-context';

/** Longest window one alertStats call aggregates (bounds the scan; ask twice for more). */
export const MAX_STATS_WINDOW_DAYS = 90;
const DEFAULT_TOP = 10;
const MAX_TOP = 50;
// A Prometheus label name (the key of `labels`).
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]{0,127}$/;

export interface AlertStatsView extends AlertStatsRow {
  from: Date;
  to: Date;
  groupBy: AlertStatsGroupBy;
  label: string | null;
}

/** Counts, MTTA/MTTR, noisiest sources, flapping alerts and notifications over a window of alerts. */
export class AlertStatsService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly ctx: ServiceContext,
  ) {}

  async stats(from: Date, to: Date, groupBy: AlertStatsGroupBy, label?: string | null, top?: number | null): Promise<AlertStatsView> {
    const viewer = this.ctx.authz.requireViewer();
    if (!(from < to)) throw AppError.badInput('from must be before to', 'from');
    if (to.getTime() - from.getTime() > MAX_STATS_WINDOW_DAYS * 86_400_000) {
      throw AppError.badInput(`The window may span at most ${MAX_STATS_WINDOW_DAYS} days`, 'to');
    }
    if (groupBy === 'LABEL' && !(label && LABEL_NAME.test(label))) throw AppError.badInput('groupBy LABEL needs a label name', 'label');
    if (groupBy !== 'LABEL' && label != null) throw AppError.badInput('label applies only to groupBy LABEL', 'label');
    const limit = top ?? DEFAULT_TOP;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_TOP) throw AppError.badInput(`top must be between 1 and ${MAX_TOP}`, 'top');
    // Label-scoped readers count only the alerts they may read: the same condition the alerts list uses.
    const readable = scopeFilter(viewer.permissions, 'alerts:read');
    // The shield rule already refused callers holding alerts:read nowhere; kept here for direct service callers.
    if (readable.allow.length === 0 && readable.delegated.length === 0) throw new AppError('FORBIDDEN', 'Missing permission alerts:read');
    const reachable = reachesEverything(readable) ? null : labelledReachableSql(readable, { id: alerts.id, labels: alerts.labels });
    const row = await alertStatsBetween(this.deps.database.db, { from, to, groupBy, label, top: limit, reachable });
    return { from, to, groupBy, label: label ?? null, ...row };
  }
}
