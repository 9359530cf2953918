import { inArray } from 'drizzle-orm';
import {
  deleteTimeIntervalRow,
  findRoutingTree,
  findTimeInterval,
  insertTimeInterval,
  listTimeIntervals,
  lockRoutingTree,
  saveRoutingTree,
  timeIntervalNameTaken,
  updateTimeIntervalRow,
} from '../../../db/queries/alert-routes.queries';
import { notificationChannels, type AlertTimeIntervalRow, type StoredRoute, type StoredTimeRange } from '../../../db/schema';
import { AppError } from '../../../errors/app-error';
import { AuditedService } from '../../shared/audited-service';
import { isUuid } from '../../shared/connection';
import { newId } from '../../shared/ids';
import { inTransaction, type UnitOfWork } from '../../shared/unit-of-work';
import { defaultRoot } from './route-tree';
import { intervalNamesOf, validateTree, type RouteInput } from './route-tree.validation';
import { validateRanges } from './time-interval-ranges';

const ROUTING = { type: 'alerts', id: null } as const;
const INTERVAL_NAME = /^[A-Za-z0-9][A-Za-z0-9 _.-]{0,99}$/;

export interface RoutingTreeView {
  root: StoredRoute;
  version: number;
  updatedAt: Date | null;
}

export interface TimeIntervalInput {
  name: string;
  ranges: Array<{
    times?: Array<{ start: string; end: string }> | null;
    weekdays?: string[] | null;
    daysOfMonth?: string[] | null;
    months?: string[] | null;
    years?: string[] | null;
    location?: string | null;
  }>;
}

/**
 * The notification routing tree and its named time intervals: read with alerts:read, changed
 * with alerts:write (unscoped: the tree routes every team's alerts). Every change is validated
 * whole and audited in its transaction.
 */
export class RoutingService extends AuditedService {
  async tree(): Promise<RoutingTreeView> {
    this.ctx.authz.assertCan('alerts:read', ROUTING);
    const row = await findRoutingTree(this.deps.database.db);
    return row ? { root: row.root, version: row.version, updatedAt: row.updatedAt } : { root: defaultRoot(), version: 0, updatedAt: null };
  }

  /** Replaces the whole tree. Routes keep their groups when their id is passed back. */
  async setTree(input: RouteInput): Promise<RoutingTreeView> {
    this.ctx.authz.assertCan('alerts:write', ROUTING);
    const { root, refs } = validateTree(input);
    return inTransaction(this.deps, this.ctx.log, async (uow) => {
      await lockRoutingTree(uow.tx);
      await this.checkReferences(uow, refs.channelIds, refs.intervalNames);
      const before = await findRoutingTree(uow.tx);
      const row = await saveRoutingTree(uow.tx, root, this.ctx.authz.viewer?.userId ?? null);
      await this.audit.record(uow, {
        action: 'alert_routing_tree.updated',
        targetType: 'alert_routing_tree',
        targetId: 'root',
        changes: { tree: { before: before?.root ?? null, after: root } },
        metadata: { version: row.version },
      });
      return { root: row.root, version: row.version, updatedAt: row.updatedAt };
    });
  }

  async timeIntervals(): Promise<AlertTimeIntervalRow[]> {
    this.ctx.authz.assertCan('alerts:read', ROUTING);
    return listTimeIntervals(this.deps.database.db);
  }

  async createTimeInterval(input: TimeIntervalInput): Promise<AlertTimeIntervalRow> {
    this.ctx.authz.assertCan('alerts:write', ROUTING);
    const { name, ranges } = checkInterval(input);
    return inTransaction(this.deps, this.ctx.log, async (uow) => {
      if (await timeIntervalNameTaken(uow.tx, name)) throw AppError.conflict(`A time interval named ${name} exists`, 'input.name');
      const row = await insertTimeInterval(uow.tx, { id: newId(), name, ranges });
      await this.audit.record(uow, { action: 'alert_time_interval.created', targetType: 'alert_time_interval', targetId: row.id, changes: { interval: { after: { name, ranges } } } });
      return row;
    });
  }

  /** A rename is refused while routes refer to the old name (they would silently lose it). */
  async updateTimeInterval(id: string, input: TimeIntervalInput): Promise<AlertTimeIntervalRow> {
    this.ctx.authz.assertCan('alerts:write', ROUTING);
    const { name, ranges } = checkInterval(input);
    return inTransaction(this.deps, this.ctx.log, async (uow) => {
      await lockRoutingTree(uow.tx);
      const before = await this.lockedInterval(uow, id);
      if (name !== before.name) {
        if (await timeIntervalNameTaken(uow.tx, name, id)) throw AppError.conflict(`A time interval named ${name} exists`, 'input.name');
        await this.refuseIfUsed(uow, before.name);
      }
      const row = await updateTimeIntervalRow(uow.tx, id, { name, ranges });
      await this.audit.record(uow, {
        action: 'alert_time_interval.updated',
        targetType: 'alert_time_interval',
        targetId: id,
        changes: { interval: { before: { name: before.name, ranges: before.ranges }, after: { name, ranges } } },
      });
      return row;
    });
  }

  async deleteTimeInterval(id: string): Promise<boolean> {
    this.ctx.authz.assertCan('alerts:write', ROUTING);
    return inTransaction(this.deps, this.ctx.log, async (uow) => {
      await lockRoutingTree(uow.tx);
      const before = await this.lockedInterval(uow, id);
      await this.refuseIfUsed(uow, before.name);
      await deleteTimeIntervalRow(uow.tx, id);
      await this.audit.record(uow, { action: 'alert_time_interval.deleted', targetType: 'alert_time_interval', targetId: id, changes: { interval: { before: { name: before.name, ranges: before.ranges } } } });
      return true;
    });
  }

  private async lockedInterval(uow: UnitOfWork, id: string): Promise<AlertTimeIntervalRow> {
    const row = isUuid(id) ? await findTimeInterval(uow.tx, id, true) : undefined;
    if (!row) throw AppError.notFound('Time interval');
    return row;
  }

  private async refuseIfUsed(uow: UnitOfWork, name: string): Promise<void> {
    const tree = await findRoutingTree(uow.tx);
    if (tree && intervalNamesOf(tree.root).has(name)) throw AppError.conflict(`Routes refer to the time interval ${name}; change the routing tree first`);
  }

  private async checkReferences(uow: UnitOfWork, channelIds: Set<string>, intervalNames: Set<string>): Promise<void> {
    const ids = [...channelIds];
    const bad = ids.find((id) => !isUuid(id));
    if (bad) throw AppError.badInput(`Receiver ${bad} is not a notification channel`, 'input.receivers');
    if (ids.length > 0) {
      const found = new Set((await uow.tx.select({ id: notificationChannels.id }).from(notificationChannels).where(inArray(notificationChannels.id, ids))).map((r) => r.id));
      const missing = ids.find((id) => !found.has(id));
      if (missing) throw AppError.badInput(`Receiver ${missing} is not a notification channel`, 'input.receivers');
    }
    const names = [...intervalNames];
    const known = new Set((await listTimeIntervals(uow.tx, names)).map((r) => r.name));
    const unknown = names.find((n) => !known.has(n));
    if (unknown) throw AppError.badInput(`Time interval ${unknown} does not exist`, 'input.muteTimeIntervals');
  }
}

function checkInterval(input: TimeIntervalInput): { name: string; ranges: StoredTimeRange[] } {
  const name = input.name?.trim() ?? '';
  if (!INTERVAL_NAME.test(name)) throw AppError.badInput('input.name must be 1 to 100 letters, digits, spaces, _ . or - (starting with a letter or digit)', 'input.name');
  const ranges = (input.ranges ?? []).map((r) => ({
    times: (r.times ?? []).map((t) => ({ start: t.start, end: t.end })),
    weekdays: r.weekdays ?? [],
    daysOfMonth: r.daysOfMonth ?? [],
    months: r.months ?? [],
    years: r.years ?? [],
    location: r.location ?? null,
  }));
  return { name, ranges: validateRanges(ranges) };
}
