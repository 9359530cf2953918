import type { ResourceRef } from '../../authz/grant.types';
import type { Selection } from '../../db/read/selection';
import {
  countReportDefinitions,
  deleteReportDefinition,
  findReportDefinition,
  insertReportDefinition,
  lockReportDefinition,
  postgresKnowsTimezone,
  readReportDefinitionPage,
  reportDefinitionNameTaken,
  updateReportDefinition,
  type LeanDefinitionRow,
  type ReportDefinitionRow,
} from '../../db/queries/report-definitions.queries';
import type { DbOrTx } from '../../db/client';
import { REPORT_TEMPLATES, type ReportTemplate } from '../../db/schema/reports';
import { AppError } from '../../errors/app-error';
import { AuditedService } from '../shared/audited-service';
import { decodeCursor, encodeCursor, isUuid, pageSize, toConnection, type Connection } from '../shared/connection';
import { newId } from '../shared/ids';
import { inTransaction, type UnitOfWork } from '../shared/unit-of-work';
import { assertGranularityFits, parseReportParameters, parseSections, storedParameters, TEMPLATES, type ReportParams } from './report-parameters';

export interface ReportDefinitionInput {
  name: string;
  description?: string | null;
  template: string;
  /** Missing fields take the template's defaults. */
  parameters?: Record<string, unknown> | null;
  /** Missing or empty: the template's sections. */
  sections?: string[] | null;
}

export interface ReportDefinitionPatch {
  name?: string | null;
  description?: string | null;
  parameters?: Record<string, unknown> | null;
  sections?: string[] | null;
}

const MAX_NAME = 200;
const TIMEZONE_FIELD = 'input.parameters.timezone';
const MAX_DESCRIPTION = 2_000;

export const definitionResource = (d: Pick<ReportDefinitionRow, 'id' | 'ownerId'>): ResourceRef => ({ type: 'reports', id: d.id, ownerId: d.ownerId });

function cleanName(name: unknown, field: string): string {
  if (typeof name !== 'string' || name.trim() === '') throw AppError.badInput(`${field} is required`, field);
  const trimmed = name.trim();
  if (trimmed.length > MAX_NAME || trimmed.includes('\u0000')) throw AppError.badInput(`${field} may be at most ${MAX_NAME} characters`, field);
  return trimmed;
}

function cleanDescription(text: unknown, field: string): string {
  if (text === null || text === undefined) return '';
  if (typeof text !== 'string' || text.length > MAX_DESCRIPTION || text.includes('\u0000')) {
    throw AppError.badInput(`${field} may be at most ${MAX_DESCRIPTION} characters`, field);
  }
  return text;
}

function parseTemplate(raw: unknown): ReportTemplate {
  if (!REPORT_TEMPLATES.includes(raw as ReportTemplate)) throw AppError.badInput(`input.template must be one of ${REPORT_TEMPLATES.join(', ')}`, 'input.template');
  return raw as ReportTemplate;
}

/** Given parameters over the template's defaults; from/to only survive with a CUSTOM range. */
function mergedParameters(template: ReportTemplate, base: Record<string, unknown> | null, given: Record<string, unknown> | null | undefined): ReportParams {
  const merged: Record<string, unknown> = { ...storedParameters(TEMPLATES[template].parameters), ...(base ?? {}) };
  for (const [k, v] of Object.entries(given ?? {})) if (v !== null && v !== undefined) merged[k] = v;
  if (given?.['range'] && given['range'] !== 'CUSTOM' && !given['from'] && !given['to']) {
    delete merged['from'];
    delete merged['to'];
  }
  const params = parseReportParameters(merged);
  assertGranularityFits(params);
  return params;
}

/**
 * The zone passed Intl (report-parameters), but runs bucket in SQL with `at time zone`: a name
 * PostgreSQL does not know (ICU keeps some the tz database dropped, such as US/Pacific-New) would
 * make every run fail with INTERNAL, so it is refused when the definition is saved.
 */
async function assertPostgresTimezone(db: DbOrTx, timezone: string, field: string, message?: string): Promise<void> {
  if (await postgresKnowsTimezone(db, timezone)) return;
  throw AppError.badInput(message ?? `${field} ${JSON.stringify(timezone)} is not a time zone the database knows; use a canonical IANA name such as America/Los_Angeles`, field);
}

/** Two writers racing for one name: the unique index decides, and the loser hears CONFLICT. */
function nameRace(field: string) {
  return (err: unknown): never => {
    const pg = ((err as { cause?: unknown } | null)?.cause ?? err) as { code?: string; constraint_name?: string } | null;
    if (pg?.code === '23505' && pg.constraint_name === 'report_definitions_name_key') throw AppError.conflict('A report definition with this name already exists', field);
    throw err;
  };
}

/** Saved reports: a template with typed parameters. reports:read reads them all; reports:write changes them. */
export class ReportDefinitionService extends AuditedService {
  private get db() {
    return this.deps.database.db;
  }

  templates() {
    return REPORT_TEMPLATES.map((key) => TEMPLATES[key]);
  }

  async get(id: string): Promise<ReportDefinitionRow> {
    this.ctx.authz.assertRule({ kind: 'can', action: 'reports:read' });
    const d = isUuid(id) ? await findReportDefinition(this.db, id) : undefined;
    if (!d || !this.ctx.authz.can('reports:read', definitionResource(d))) throw AppError.notFound('Report definition');
    return d;
  }

  /** Newest first, on the lean read path: only the selected columns. */
  async list(first?: number | null, after?: string | null, nodeFields: Selection = new Map()): Promise<Connection<LeanDefinitionRow>> {
    this.ctx.authz.assertCan('reports:read', { type: 'reports' });
    const size = pageSize(first);
    const afterId = decodeCursor('reportDefinitions', after, isUuid);
    const rows = await readReportDefinitionPage(this.db, { first: size, afterId }, nodeFields);
    return toConnection(rows, size, (r) => encodeCursor('reportDefinitions', r.id), undefined, () => countReportDefinitions(this.db));
  }

  async create(input: ReportDefinitionInput): Promise<ReportDefinitionRow> {
    const userId = this.ctx.authz.requireViewer().userId;
    this.ctx.authz.assertCan('reports:write', { type: 'reports' });
    const template = parseTemplate(input.template);
    const name = cleanName(input.name, 'input.name');
    const description = cleanDescription(input.description, 'input.description');
    const params = mergedParameters(template, null, input.parameters);
    const sections = input.sections ? parseSections(input.sections) : [];
    return inTransaction(this.deps, this.ctx.log, async (uow) => {
      await assertPostgresTimezone(uow.tx, params.timezone, TIMEZONE_FIELD);
      await this.assertNameFree(uow, name);
      const d = await insertReportDefinition(uow.tx, { id: newId(), name, description, template, parameters: storedParameters(params), sections, ownerId: userId });
      await this.audit.record(uow, {
        action: 'report_definition.created',
        targetType: 'report_definition',
        targetId: d.id,
        changes: { name: { after: name }, template: { after: template }, parameters: { after: d.parameters }, sections: { after: sections } },
      });
      return d;
    }).catch(nameRace('input.name'));
  }

  /** Optimistic: `version` must be the one the caller read, or CONFLICT. */
  async update(id: string, version: number, patch: ReportDefinitionPatch): Promise<ReportDefinitionRow> {
    this.ctx.authz.requireViewer();
    if (!Number.isInteger(version) || version < 1) throw AppError.badInput('version must be a positive integer', 'version');
    return inTransaction(this.deps, this.ctx.log, async (uow) => {
      const before = await this.lockForWrite(uow, id);
      if (before.version !== version) throw AppError.conflict(`The definition changed since version ${version} (now ${before.version}); reload and retry`, 'version');
      const next: Parameters<typeof updateReportDefinition>[3] = {};
      if (patch.name !== undefined && patch.name !== null) next.name = cleanName(patch.name, 'input.name');
      if (patch.description !== undefined && patch.description !== null) next.description = cleanDescription(patch.description, 'input.description');
      if (patch.parameters) {
        const params = mergedParameters(before.template, before.parameters, patch.parameters);
        await assertPostgresTimezone(uow.tx, params.timezone, TIMEZONE_FIELD);
        next.parameters = storedParameters(params);
      }
      if (patch.sections) next.sections = parseSections(patch.sections);
      if (next.name && next.name !== before.name) await this.assertNameFree(uow, next.name, id);
      const after = await updateReportDefinition(uow.tx, id, version, next);
      if (!after) throw AppError.conflict('The definition changed meanwhile; reload and retry', 'version');
      const changes: Record<string, { before: unknown; after: unknown }> = {};
      for (const key of ['name', 'description', 'parameters', 'sections'] as const) {
        if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) changes[key] = { before: before[key], after: after[key] };
      }
      await this.audit.record(uow, { action: 'report_definition.updated', targetType: 'report_definition', targetId: id, changes, metadata: { version: after.version } });
      return after;
    }).catch(nameRace('input.name'));
  }

  /** Deletes the definition; its runs stay (they carry a snapshot of it) with no definition link. */
  async delete(id: string): Promise<ReportDefinitionRow> {
    return inTransaction(this.deps, this.ctx.log, async (uow) => {
      const before = await this.lockForWrite(uow, id);
      await deleteReportDefinition(uow.tx, id);
      await this.audit.record(uow, { action: 'report_definition.deleted', targetType: 'report_definition', targetId: id, changes: { name: { before: before.name } } });
      return before;
    });
  }

  /** A copy under a new name, owned by the caller. */
  async clone(id: string, rawName: string): Promise<ReportDefinitionRow> {
    const userId = this.ctx.authz.requireViewer().userId;
    const name = cleanName(rawName, 'name');
    const source = await this.get(id);
    this.ctx.authz.assertCan('reports:write', { type: 'reports' });
    return inTransaction(this.deps, this.ctx.log, async (uow) => {
      // A definition saved before this check may carry such a zone: its copy would fail the same way.
      const timezone = String(source.parameters?.['timezone'] ?? '');
      await assertPostgresTimezone(uow.tx, timezone, 'id', `The definition's parameters.timezone ${JSON.stringify(timezone)} is not a time zone the database knows; update it before cloning`);
      await this.assertNameFree(uow, name, undefined, 'name');
      const d = await insertReportDefinition(uow.tx, {
        id: newId(),
        name,
        description: source.description,
        template: source.template,
        parameters: source.parameters,
        sections: source.sections,
        ownerId: userId,
      });
      await this.audit.record(uow, {
        action: 'report_definition.cloned',
        targetType: 'report_definition',
        targetId: d.id,
        changes: { name: { after: name } },
        metadata: { sourceId: source.id, sourceName: source.name },
      });
      return d;
    }).catch(nameRace('name'));
  }

  private async assertNameFree(uow: UnitOfWork, name: string, exceptId?: string, field = 'input.name'): Promise<void> {
    if (await reportDefinitionNameTaken(uow.tx, name, exceptId)) throw AppError.conflict('A report definition with this name already exists', field);
  }

  private async lockForWrite(uow: UnitOfWork, id: string): Promise<ReportDefinitionRow> {
    const d = isUuid(id) ? await lockReportDefinition(uow.tx, id) : undefined;
    if (!d || !this.ctx.authz.can('reports:read', definitionResource(d))) throw AppError.notFound('Report definition');
    this.ctx.authz.assertCan('reports:write', definitionResource(d));
    return d;
  }
}
