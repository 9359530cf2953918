import { z } from 'zod';
import { holdsAnywhere } from '../../authz/engine';
import { findSetById } from '../../db/queries/permissions.queries';
import { countPolicies, deletePolicy, findPolicyById, insertPolicy, listPolicies, updatePolicy } from '../../db/queries/ratelimit.queries';
import { findUserById } from '../../db/queries/users.queries';
import type { DbOrTx } from '../../db/client';
import type { RateLimitPolicyRow } from '../../db/schema';
import { AppError } from '../../errors/app-error';
import type { RateLimitPolicyChangedMessage } from '../../pubsub/topics';
import { diffChanges } from '../audit/changes';
import { AuditedService } from '../shared/audited-service';
import { decodeCursor, encodeCursor, isUuid, pageSize, toConnection, type Connection } from '../shared/connection';
import { newId } from '../shared/ids';
import { parseInput } from '../shared/parse-input';
import { inTransaction } from '../shared/unit-of-work';
import { parseIpSubject } from './limit-plan';
import { MAX_STATS_WINDOW_MINUTES, type RefusalStat } from './refusal-stats';

const name = z.string().trim().min(1).max(100);
const requests = z.number().int().min(1).max(1_000_000);
const windowSeconds = z.number().int().min(1).max(86_400);
const cost = z.number().int().min(1).max(1_000_000_000);

const createSchema = z.object({
  name,
  subjectKind: z.enum(['USER', 'PERMISSION_SET', 'OPERATION', 'IP']),
  subjectValue: z.string().trim().min(1).max(100),
  requestsPerWindow: requests,
  windowSeconds,
  costPerMinute: cost.optional(),
  enabled: z.boolean().optional(),
});

const updateSchema = z.object({
  name: name.optional(),
  requestsPerWindow: requests.optional(),
  windowSeconds: windowSeconds.optional(),
  costPerMinute: cost.optional(),
  clearCostPerMinute: z.boolean().optional(),
  enabled: z.boolean().optional(),
});

const AUDITED_FIELDS = ['name', 'subjectKind', 'subjectValue', 'requestsPerWindow', 'windowSeconds', 'costPerMinute', 'enabled'] as const;

type PolicyCursor = { name: string; id: string };
const isPolicyCursor = (v: unknown): v is PolicyCursor =>
  typeof v === 'object' && v !== null && typeof (v as PolicyCursor).name === 'string' && isUuid((v as PolicyCursor).id);

export interface RateLimitStatView {
  limit: RefusalStat['limit'];
  policy: string;
  userId: string | null;
  ip: string | null;
  refusals: number;
  lastRefusedAt: Date;
}

function toMessage(id: string, row: RateLimitPolicyRow | null): RateLimitPolicyChangedMessage {
  return { policyId: id, policy: row && { ...row, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() } };
}

/** Rate-limit policies (ratelimit:read / ratelimit:write) and who is being refused. */
export class RateLimitPolicyService extends AuditedService {
  async list(first?: number | null, after?: string | null): Promise<Connection<RateLimitPolicyRow>> {
    this.ctx.authz.assertCan('ratelimit:read', { type: 'ratelimit' });
    const size = pageSize(first);
    const cursor = decodeCursor('rateLimitPolicies', after, isPolicyCursor);
    const db = this.deps.database.db;
    const rows = await listPolicies(db, { first: size, after: cursor });
    return toConnection(rows, size, (p) => encodeCursor('rateLimitPolicies', { name: p.name, id: p.id }), undefined, () => countPolicies(db));
  }

  async create(raw: unknown): Promise<RateLimitPolicyRow> {
    const input = parseInput(createSchema, raw);
    this.ctx.authz.assertCan('ratelimit:write', { type: 'ratelimit' });
    const subjectValue = await this.checkSubject(this.deps.database.db, input.subjectKind, input.subjectValue);
    return this.write(async (uow) => {
      const row = await insertPolicy(uow.tx, {
        id: newId(),
        name: input.name,
        subjectKind: input.subjectKind,
        subjectValue,
        requestsPerWindow: input.requestsPerWindow,
        windowSeconds: input.windowSeconds,
        costPerMinute: input.costPerMinute ?? null,
        enabled: input.enabled ?? true,
      });
      await this.audit.record(uow, {
        action: 'rate_limit_policy.created',
        targetType: 'rate_limit_policy',
        targetId: row.id,
        changes: diffChanges(null, row, AUDITED_FIELDS),
      });
      return row;
    });
  }

  async update(id: string, raw: unknown): Promise<RateLimitPolicyRow> {
    const input = parseInput(updateSchema, raw);
    this.ctx.authz.assertCan('ratelimit:write', { type: 'ratelimit' });
    if (input.clearCostPerMinute && input.costPerMinute !== undefined) {
      throw AppError.badInput('Give costPerMinute or clearCostPerMinute, not both', 'input.clearCostPerMinute');
    }
    return this.write(async (uow) => {
      const before = isUuid(id) ? await findPolicyById(uow.tx, id, { forUpdate: true }) : undefined;
      if (!before) throw AppError.notFound('Rate-limit policy');
      const after = await updatePolicy(uow.tx, id, {
        name: input.name,
        requestsPerWindow: input.requestsPerWindow,
        windowSeconds: input.windowSeconds,
        costPerMinute: input.clearCostPerMinute ? null : input.costPerMinute,
        enabled: input.enabled,
      });
      await this.audit.record(uow, {
        action: 'rate_limit_policy.updated',
        targetType: 'rate_limit_policy',
        targetId: id,
        changes: diffChanges(before, after!, AUDITED_FIELDS),
      });
      return after!;
    });
  }

  async delete(id: string): Promise<boolean> {
    this.ctx.authz.assertCan('ratelimit:write', { type: 'ratelimit' });
    await this.write(async (uow) => {
      const before = isUuid(id) ? await findPolicyById(uow.tx, id, { forUpdate: true }) : undefined;
      if (!before || !(await deletePolicy(uow.tx, id))) throw AppError.notFound('Rate-limit policy');
      await this.audit.record(uow, {
        action: 'rate_limit_policy.deleted',
        targetType: 'rate_limit_policy',
        targetId: id,
        changes: diffChanges(before, null, AUDITED_FIELDS),
      });
      return { ...before, deleted: true };
    });
    return true;
  }

  /** Who is refused most (security:read or ratelimit:read). */
  async stats(windowMinutes: number | null | undefined, first: number | null | undefined): Promise<RateLimitStatView[]> {
    const viewer = this.ctx.authz.requireViewer();
    if (!holdsAnywhere(viewer.permissions, 'security:read') && !holdsAnywhere(viewer.permissions, 'ratelimit:read')) {
      throw AppError.forbidden('Missing permission security:read or ratelimit:read');
    }
    const minutes = windowMinutes ?? 15;
    if (!Number.isInteger(minutes) || minutes < 1 || minutes > MAX_STATS_WINDOW_MINUTES) {
      throw AppError.badInput(`windowMinutes must be between 1 and ${MAX_STATS_WINDOW_MINUTES}`, 'windowMinutes');
    }
    const stats = await this.deps.rateLimits.stats.top(minutes, pageSize(first));
    return stats.map(({ key, ...s }) => ({
      ...s,
      userId: key.startsWith('u:') ? key.slice(2) : null,
      ip: key.startsWith('ip:') ? key.slice(3) : null,
    }));
  }

  /** The subject in canonical form; users and sets must exist (a typo would limit nobody). */
  private async checkSubject(db: DbOrTx, kind: RateLimitPolicyRow['subjectKind'], value: string): Promise<string> {
    const field = 'input.subjectValue';
    if (kind === 'USER' || kind === 'PERMISSION_SET') {
      const exists = isUuid(value) && (kind === 'USER' ? await findUserById(db, value) : await findSetById(db, value));
      if (!exists) throw AppError.badInput(`${kind === 'USER' ? 'No user' : 'No permission set'} with this id`, field);
      return value.toLowerCase();
    }
    if (kind === 'OPERATION') {
      if (!/^[_A-Za-z][_0-9A-Za-z]*$/.test(value)) throw AppError.badInput('subjectValue must be a root field name, e.g. createUser', field);
      return value;
    }
    const ip = parseIpSubject(value);
    if (!ip) throw AppError.badInput('subjectValue must be an IP address or a CIDR, e.g. 10.0.0.0/8', field);
    const max = ip.family === 'ipv4' ? 32 : 128;
    return ip.prefix === max ? ip.address : `${ip.address}/${ip.prefix}`;
  }

  /** One transaction; every node applies the change once it is committed. */
  private async write<T extends RateLimitPolicyRow & { deleted?: boolean }>(work: Parameters<typeof inTransaction<T>>[2]): Promise<T> {
    try {
      return await inTransaction(this.deps, this.ctx.log, async (uow) => {
        const row = await work(uow);
        const message = toMessage(row.id, row.deleted ? null : stripDeleted(row));
        // This node at once (the caller's next request may come straight back), the others from the event log.
        uow.afterCommit(() => this.deps.rateLimits.apply(message));
        uow.emit('ratelimit.policy.changed', message);
        return row;
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw AppError.conflict('A rate-limit policy with this name exists', 'input.name');
      throw err;
    }
  }
}

function stripDeleted({ deleted: _deleted, ...row }: RateLimitPolicyRow & { deleted?: boolean }): RateLimitPolicyRow {
  return row;
}

function isUniqueViolation(err: unknown): boolean {
  let current: unknown = err;
  for (let i = 0; i < 3 && current && typeof current === 'object'; i += 1) {
    if ((current as { code?: string }).code === '23505') return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
