import type { ControlPlaneClient, ReportRunFieldsFragment } from '../../../sdk';
import type { TestNode } from '../../fixtures/test-node';
import { eventually } from '../alerts/helpers';

let seq = 0;

/** A definition of the given sections over the last 24 hours (Europe/Berlin, hourly). */
export async function definition(owner: ControlPlaneClient, sections: string[], labels: Record<string, string> = {}) {
  const { createReportDefinition } = await owner.CreateReportDefinition({
    input: {
      name: `Runs ${++seq} ${Date.now()}`,
      template: 'DAILY_SUMMARY',
      parameters: { range: 'LAST_24_HOURS', timezone: 'Europe/Berlin', granularity: 'HOUR', labels },
      sections,
    },
  });
  return createReportDefinition;
}

const FINISHED = ['SUCCEEDED', 'FAILED', 'CANCELLED'];

/** Polls the run until it has ended. */
export async function finished(client: ControlPlaneClient, runId: string, timeoutMs = 15_000): Promise<ReportRunFieldsFragment> {
  return eventually('the run to end', async () => {
    const { reportRun } = await client.ReportRun({ id: runId });
    return FINISHED.includes(reportRun.status) ? reportRun : undefined;
  }, timeoutMs);
}

export async function download(node: TestNode, path: string, token?: string) {
  const res = await fetch(new URL(path, node.url), { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const body = Buffer.from(await res.arrayBuffer());
  return { status: res.status, headers: res.headers, body, json: () => JSON.parse(body.toString('utf8')) as ReportJson };
}

export interface ReportJson {
  report: { title: string; timezone: string; range: { from: string; to: string }; parameters: Array<{ label: string; value: string }> };
  sections: Array<{
    key: string;
    note: string | null;
    summary: Array<{ label: string; value: unknown }>;
    columns: Array<{ key: string; title: string; type: string }>;
    series: Array<{
      key: string;
      points: Array<{ t: string; value: number }>;
      trend: { movingAverage: Array<number | null>; slope: number | null; r2: number | null } | null;
      forecast: { available: true; method: string; points: unknown[]; mape: number | null } | { available: false; reason: string } | null;
    }>;
    rows: Array<Record<string, unknown>>;
  }>;
}
