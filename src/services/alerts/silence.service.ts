import { reachesEverything, scopeFilter } from '../../authz/engine';
import type { ResourceRef } from '../../authz/grant.types';
import { lockAlertState } from '../../db/queries/alerts.queries';
import { labelledReachableSql } from '../../db/queries/scope-sql';
import { countSilences, findSilence, insertSilence, listSilences, lockSilence, updateSilence, type SilenceListFilter, type SilenceState } from '../../db/queries/silences.queries';
import { silences, type SilenceRow } from '../../db/schema';
import { AppError } from '../../errors/app-error';
import { cancelJob, enqueue } from '../jobs/enqueue';
import { AuditedService } from '../shared/audited-service';
import { decodeCursor, encodeCursor, isUuid, pageSize, toConnection, type Connection } from '../shared/connection';
import { newId } from '../shared/ids';
import { equalityLabels, matchesEmpty, validateMatchers, type LabelMatcher } from '../shared/label-matchers';
import { inTransaction, type UnitOfWork } from '../shared/unit-of-work';
import { silenceBoundaryTask, silenceEndJobKey, silenceStartJobKey } from './alert-jobs';
import { reconcileSuppression } from './alert-suppression';

export interface SilenceView extends SilenceRow {
  state: SilenceState;
}

export interface SilenceInput {
  matchers: LabelMatcher[];
  startsAt?: Date | null;
  endsAt: Date;
  comment: string;
}

const MAX_COMMENT = 2_000;

export function silenceState(s: Pick<SilenceRow, 'startsAt' | 'endsAt'>, now = Date.now()): SilenceState {
  if (s.endsAt.getTime() <= now) return 'EXPIRED';
  return s.startsAt.getTime() > now ? 'PENDING' : 'ACTIVE';
}

const view = (s: SilenceRow): SilenceView => ({ ...s, state: silenceState(s) });

/** Label-scoped grants reach a silence through the labels its `=` matchers pin (team="payments"). */
const silenceResource = (s: Pick<SilenceRow, 'id' | 'scopeLabels' | 'createdBy'>): ResourceRef => ({
  type: 'alerts',
  id: s.id,
  labels: s.scopeLabels,
  ownerId: s.createdBy,
});

function cleanComment(comment: unknown, field = 'comment'): string {
  if (typeof comment !== 'string' || comment.trim() === '') throw AppError.badInput(`${field} is required: say why`, field);
  if (comment.length > MAX_COMMENT || comment.includes('\u0000')) throw AppError.badInput(`${field} may be at most ${MAX_COMMENT} characters`, field);
  return comment;
}

/** Silences (Alertmanager's): alerts matching an active one carry its id in `silencedBy`. */
export class SilenceService extends AuditedService {
  private get db() {
    return this.deps.database.db;
  }

  async get(id: string): Promise<SilenceView> {
    const s = isUuid(id) ? await findSilence(this.db, id) : undefined;
    if (!s || !this.ctx.authz.can('alerts:read', silenceResource(s))) throw AppError.notFound('Silence');
    return view(s);
  }

  /** Expired silences stay listed (filter by state to hide them). */
  async list(filter: { states?: SilenceState[] | null }, first?: number | null, after?: string | null): Promise<Connection<SilenceView>> {
    const viewer = this.ctx.authz.requireViewer();
    const size = pageSize(first);
    const afterId = decodeCursor('silences', after, isUuid);
    const query: SilenceListFilter = { states: filter.states };
    const readable = scopeFilter(viewer.permissions, 'alerts:read');
    if (!reachesEverything(readable)) {
      query.reachable = labelledReachableSql(readable, { id: silences.id, labels: silences.scopeLabels, ownerId: silences.createdBy });
    }
    const now = new Date();
    const rows = await listSilences(this.db, query, { first: size, afterId }, now);
    return toConnection(rows, size, (r) => encodeCursor('silences', r.id), view, () => countSilences(this.db, query, now));
  }

  async create(input: SilenceInput): Promise<SilenceView> {
    const { matchers, startsAt, endsAt, comment } = this.validate(input, 'input');
    const scopeLabels = equalityLabels(matchers);
    const userId = this.ctx.authz.requireViewer().userId;
    // No owner yet: a grant on one's own records (SELF) edits one's silences, it does not make them.
    this.ctx.authz.assertCan('alerts:silence', { type: 'alerts', labels: scopeLabels });
    return inTransaction(this.deps, this.ctx.log, async (uow) => {
      await lockAlertState(uow.tx);
      const s = await insertSilence(uow.tx, { id: newId(), matchers, scopeLabels, startsAt, endsAt, comment, createdBy: userId, updatedBy: userId });
      await this.schedule(uow, s);
      await this.audit.record(uow, {
        action: 'silence.created',
        targetType: 'silence',
        targetId: s.id,
        changes: { matchers: { after: matchers }, startsAt: { after: startsAt.toISOString() }, endsAt: { after: endsAt.toISOString() } },
        metadata: { comment },
      });
      await reconcileSuppression(this.deps, uow, { type: 'USER', id: userId });
      return view(s);
    });
  }

  /** Edits a silence that has not expired (matchers, window, comment). */
  async update(id: string, input: SilenceInput): Promise<SilenceView> {
    const next = this.validate(input, 'input');
    const scopeLabels = equalityLabels(next.matchers);
    const userId = this.ctx.authz.requireViewer().userId;
    return inTransaction(this.deps, this.ctx.log, async (uow) => {
      await lockAlertState(uow.tx);
      const before = await this.lockForWrite(uow, id);
      if (silenceState(before) === 'EXPIRED') throw AppError.conflict('This silence has expired; create a new one');
      this.ctx.authz.assertCan('alerts:silence', { type: 'alerts', id, labels: scopeLabels, ownerId: before.createdBy });
      const after = await updateSilence(uow.tx, id, { ...next, scopeLabels, updatedBy: userId });
      await this.schedule(uow, after);
      await this.audit.record(uow, {
        action: 'silence.updated',
        targetType: 'silence',
        targetId: id,
        changes: {
          matchers: { before: before.matchers, after: after.matchers },
          startsAt: { before: before.startsAt.toISOString(), after: after.startsAt.toISOString() },
          endsAt: { before: before.endsAt.toISOString(), after: after.endsAt.toISOString() },
        },
        metadata: { comment: next.comment },
      });
      await reconcileSuppression(this.deps, uow, { type: 'USER', id: userId });
      return view(after);
    });
  }

  /** Ends a silence now; it stays queryable as EXPIRED. */
  async expire(id: string, rawComment: string | null | undefined): Promise<SilenceView> {
    const comment = cleanComment(rawComment);
    const userId = this.ctx.authz.requireViewer().userId;
    return inTransaction(this.deps, this.ctx.log, async (uow) => {
      await lockAlertState(uow.tx);
      const before = await this.lockForWrite(uow, id);
      if (silenceState(before) === 'EXPIRED') throw AppError.conflict('This silence has already expired');
      const now = new Date();
      const after = await updateSilence(uow.tx, id, {
        endsAt: now,
        startsAt: before.startsAt.getTime() > now.getTime() ? now : before.startsAt,
        expiredBy: userId,
        updatedBy: userId,
      });
      await cancelJob(uow, silenceStartJobKey(id));
      await cancelJob(uow, silenceEndJobKey(id));
      await this.audit.record(uow, {
        action: 'silence.expired',
        targetType: 'silence',
        targetId: id,
        changes: { endsAt: { before: before.endsAt.toISOString(), after: now.toISOString() } },
        metadata: { comment },
      });
      await reconcileSuppression(this.deps, uow, { type: 'USER', id: userId });
      return view(after);
    });
  }

  private async lockForWrite(uow: UnitOfWork, id: string): Promise<SilenceRow> {
    const s = isUuid(id) ? await lockSilence(uow.tx, id) : undefined;
    if (!s || !this.ctx.authz.can('alerts:read', silenceResource(s))) throw AppError.notFound('Silence');
    this.ctx.authz.assertCan('alerts:silence', silenceResource(s));
    return s;
  }

  /** Durable jobs at its start (when ahead) and end: alerts' silencedBy follows without a request. */
  private async schedule(uow: UnitOfWork, s: SilenceRow): Promise<void> {
    if (s.startsAt.getTime() > Date.now()) {
      await enqueue(uow, silenceBoundaryTask, { silenceId: s.id }, { jobKey: silenceStartJobKey(s.id), runAt: s.startsAt });
    } else await cancelJob(uow, silenceStartJobKey(s.id));
    await enqueue(uow, silenceBoundaryTask, { silenceId: s.id }, { jobKey: silenceEndJobKey(s.id), runAt: s.endsAt });
  }

  private validate(input: SilenceInput, root: string) {
    const matchers = validateMatchers(input.matchers, `${root}.matchers`, { min: 1 });
    if (matchesEmpty(matchers)) {
      throw AppError.badInput(`${root}.matchers: at least one matcher must not match the empty string (a silence may not match every alert)`, `${root}.matchers`);
    }
    const now = new Date();
    const startsAt = input.startsAt ?? now;
    const endsAt = input.endsAt;
    if (endsAt.getTime() <= startsAt.getTime()) throw AppError.badInput(`${root}.endsAt must be after startsAt`, `${root}.endsAt`);
    if (endsAt.getTime() <= now.getTime()) throw AppError.badInput(`${root}.endsAt must be in the future`, `${root}.endsAt`);
    return { matchers, startsAt, endsAt, comment: cleanComment(input.comment, `${root}.comment`) };
  }
}
