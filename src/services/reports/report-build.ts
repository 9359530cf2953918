import type { Authorizer } from '../../authz/authorizer';
import { holdsAnywhere } from '../../authz/engine';
import type { ReportTemplate } from '../../db/schema/reports';
import type { ServiceDeps } from '../deps';
import { analyseSeries } from './analytics';
import type { ReportDocument, ReportSection } from './report-document';
import { parseReportParameters, resolveRange, TEMPLATES } from './report-parameters';
import { rowEstimate, SECTION_SOURCES, withRowEstimate } from './sections';
import { leftOutSection } from './sections/more-section-helpers';
import type { SectionKey } from './sections/section-source';

/** What a run copies of its definition when it is queued (the definition may change or go later). */
export interface DefinitionSnapshot {
  id: string;
  name: string;
  description: string;
  template: ReportTemplate;
  parameters: Record<string, unknown>;
  sections: SectionKey[];
}

/** What a definition shows: its sections, or the template's when it names none. */
export const effectiveSections = (d: { template: unknown; sections?: unknown }): SectionKey[] =>
  Array.isArray(d.sections) && d.sections.length > 0 ? (d.sections as SectionKey[]) : (TEMPLATES[d.template as ReportTemplate]?.sections ?? []);

/** The copy a run keeps of its definition, whoever queues it (a caller or a schedule). */
export function definitionSnapshot(d: { id: string; name: string; description: string; template: ReportTemplate; parameters: Record<string, unknown>; sections: string[] }): DefinitionSnapshot {
  return { id: d.id, name: d.name, description: d.description, template: d.template, parameters: d.parameters, sections: effectiveSections(d) };
}

/** The range a run covers: its definition's parameters resolved at the run's start. */
export function reportPeriod(snapshot: Pick<DefinitionSnapshot, 'parameters'>, startedAt: Date): { from: Date; to: Date } {
  return resolveRange(parseReportParameters(snapshot.parameters, 'definition.parameters'), startedAt);
}

const leftOut = (key: SectionKey, title: string, note: string): ReportSection => leftOutSection({ key, title }, [], note);

const fmt = (d: Date, tz: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: tz, dateStyle: 'medium', timeStyle: 'short' }).format(d);

/**
 * The document of one run: the range resolved now in the definition's timezone, each section built
 * by its source with the requester's current rights. A section the requester may not read at all,
 * or one this server has no source for, is present with a note and no rows.
 */
export async function buildReportDocument(
  deps: ServiceDeps,
  snapshot: DefinitionSnapshot,
  authz: Authorizer,
  signal: AbortSignal,
  onSection: (done: number, total: number, title: string) => void,
  now = new Date(),
): Promise<ReportDocument> {
  const params = parseReportParameters(snapshot.parameters, 'definition.parameters');
  const range = resolveRange(params, now);
  const permissions = authz.requireViewer().permissions;
  const sections: ReportSection[] = [];
  for (const [i, key] of snapshot.sections.entries()) {
    signal.throwIfAborted();
    const source = SECTION_SOURCES[key];
    onSection(i, snapshot.sections.length, source?.title ?? key);
    if (!source) {
      sections.push(leftOut(key, key, 'Left out: this section is not available on this server yet.'));
    } else if (!source.requires.some((action) => holdsAnywhere(permissions, action))) {
      sections.push(leftOut(key, source.title, `Left out: reading it needs ${source.requires.join(' or ')}, which you do not hold.`));
    } else {
      const section = await source.build({ deps, authz, range, timezone: params.timezone, granularity: params.granularity, labels: params.labels, signal });
      // Every series carries its trend and forecast, computed in one place for every section.
      const analysed = { ...section, series: section.series.map((series) => analyseSeries(series, { timeZone: params.timezone })) };
      const estimate = rowEstimate(section);
      sections.push(estimate === null ? analysed : withRowEstimate(analysed, estimate));
    }
  }
  const labels = Object.entries(params.labels).map(([k, v]) => `${k}=${v}`).join(', ');
  return {
    title: snapshot.name,
    template: snapshot.template,
    definitionName: snapshot.name,
    parameters: [
      { label: 'Template', value: TEMPLATES[snapshot.template]?.title ?? snapshot.template },
      { label: 'Range', value: `${fmt(range.from, params.timezone)} – ${fmt(range.to, params.timezone)} (${params.range})` },
      { label: 'Time zone', value: params.timezone },
      { label: 'Granularity', value: params.granularity },
      ...(labels ? [{ label: 'Labels', value: labels }] : []),
    ],
    generatedAt: new Date(),
    timezone: params.timezone,
    range,
    sections,
  };
}
