import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, parseAllDocuments, stringify } from 'yaml';
import { ROOT, configKeys, emittedPath, loadConfig, readRepoFile } from './deploy-fixtures';
import { HELM_VERSION, helm, helmBinary } from './helm-binary';

const CHART = path.join(ROOT, 'deploy/helm/control-plane');
const chartFile = (file: string) => readRepoFile(path.join('deploy/helm/control-plane', file));
const values = parse(chartFile('values.yaml')) as Record<string, any>;
const templates = readdirSync(path.join(CHART, 'templates')).map((f) => ({ file: f, text: chartFile(`templates/${f}`) }));

interface Manifest {
  apiVersion: string;
  kind: string;
  metadata: { name: string; annotations?: Record<string, string> };
  spec?: any;
  stringData?: Record<string, string>;
}
interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: { secretKeyRef: { name: string; key: string; optional?: boolean } };
}

const secrets = {
  authSecret: randomBytes(48).toString('base64'),
  encryptionKey: randomBytes(32).toString('base64'),
  databaseUrl: 'postgres://cp:pw@db.internal:5432/control_plane',
  redisUrl: 'redis://redis.internal:6379',
};
const tmp = mkdtempSync(path.join(os.tmpdir(), 'cp-helm-values-'));
let valuesFiles = 0;

/** `helm template` with these values (as a values file: secrets hold `+`, `/` and `=`). */
function render(overrides: Record<string, unknown>) {
  const file = path.join(tmp, `values-${valuesFiles++}.yaml`);
  writeFileSync(file, stringify(overrides));
  const run = helm(['template', 'rel', CHART, '--namespace', 'ops', '-f', file]);
  const manifests =
    run.status === 0
      ? parseAllDocuments(run.stdout)
          .map((d) => d.toJS() as Manifest | null)
          .filter((m): m is Manifest => m !== null)
      : [];
  return { ...run, manifests };
}
const byKind = (ms: Manifest[], kind: string) => ms.filter((m) => m.kind === kind);
const only = (ms: Manifest[], kind: string) => {
  const found = byKind(ms, kind);
  expect(found, kind).toHaveLength(1);
  return found[0]!;
};
const isHook = (m: Manifest) => !!m.metadata.annotations?.['helm.sh/hook'];
const container = (m: Manifest) => m.spec.template.spec.containers[0];

/** The environment a container would get, resolving secretKeyRefs against the rendered Secrets. */
function effectiveEnv(env: EnvVar[], rendered: Manifest[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of env) {
    if (e.value !== undefined) out[e.name] = e.value;
    else {
      const ref = e.valueFrom!.secretKeyRef;
      const secret = byKind(rendered, 'Secret').find((s) => s.metadata.name === ref.name);
      const value = secret?.stringData?.[ref.key];
      if (value === undefined && !ref.optional) throw new Error(`${e.name}: ${ref.name}/${ref.key} is not rendered`);
      if (value !== undefined) out[e.name] = value;
    }
  }
  return out;
}

beforeAll(() => {
  const version = helm(['version', '--short']);
  expect(version.status, `${helmBinary()}: ${version.stderr}`).toBe(0);
  expect(version.stdout.trim()).toMatch(new RegExp(`^${HELM_VERSION.replace(/\./g, '\\.')}`));
}, 180_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('Helm chart, read as files', () => {
  it('is a v2 chart whose appVersion is the package version', () => {
    const chart = parse(chartFile('Chart.yaml')) as Record<string, string>;
    expect(chart.apiVersion).toBe('v2');
    expect(chart.name).toBe('control-plane');
    expect(chart.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(chart.appVersion).toBe((JSON.parse(readRepoFile('package.json')) as { version: string }).version);
  });

  it('references only values that values.yaml declares', () => {
    const refs = new Set(templates.flatMap((t) => [...t.text.matchAll(/\.Values((?:\.[A-Za-z_][A-Za-z0-9_]*)+)/g)].map((m) => m[1]!.slice(1))));
    expect(refs.size).toBeGreaterThan(30);
    for (const ref of refs) {
      let node: any = values;
      for (const key of ref.split('.')) {
        expect(node !== null && typeof node === 'object' && key in node, `.Values.${ref} is not in values.yaml`).toBe(true);
        node = node[key];
      }
    }
  });

  it('passes only settings of src/config.ts as plain environment', () => {
    const keys = configKeys();
    for (const k of Object.keys(values.config)) expect(keys.has(k), k).toBe(true);
  });
});

describe(`Helm chart, rendered by helm ${HELM_VERSION}`, () => {
  it('lints clean (strict) with the required values', () => {
    const file = path.join(tmp, 'lint.yaml');
    writeFileSync(file, stringify({ secrets }));
    const lint = helm(['lint', CHART, '--strict', '-f', file]);
    expect(lint.stdout + lint.stderr).toMatch(/1 chart\(s\) linted, 0 chart\(s\) failed/);
    expect(lint.status).toBe(0);
  });

  it('renders a Deployment with probes, resources, a non-root read-only container and AUTH_SECRET from a Secret', () => {
    const { status, stderr, manifests } = render({ secrets });
    expect(status, stderr).toBe(0);
    const plain = manifests.filter((m) => !isHook(m)).map((m) => m.kind).sort();
    expect(plain).toEqual(['Deployment', 'Secret', 'Service', 'ServiceAccount']);
    expect(manifests.filter(isHook).map((m) => m.kind).sort()).toEqual(['Job', 'Secret']);

    const deployment = only(manifests, 'Deployment');
    expect(deployment.spec.replicas).toBe(2);
    const pod = deployment.spec.template.spec;
    const api = container(deployment);
    expect(api.image).toBe(`control-plane:${values.image.tag || '0.1.0'}`);
    expect(api.ports).toEqual([{ name: 'http', containerPort: 4000, protocol: 'TCP' }]);
    expect(api.livenessProbe.httpGet).toEqual({ path: '/healthz', port: 'http' });
    expect(api.readinessProbe.httpGet).toEqual({ path: '/readyz', port: 'http' });
    expect(api.startupProbe.httpGet).toEqual({ path: '/healthz', port: 'http' });
    expect(api.resources.requests).toMatchObject({ cpu: expect.any(String), memory: expect.any(String) });
    expect(api.resources.limits.memory).toEqual(expect.any(String));

    // The Dockerfile's USER, so runAsNonRoot holds for the image as built.
    const dockerUser = /^USER (\d+)/m.exec(readRepoFile('Dockerfile'))![1];
    expect(pod.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: Number(dockerUser) });
    expect(api.securityContext).toMatchObject({ readOnlyRootFilesystem: true, allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } });
    expect(api.volumeMounts).toEqual([{ name: 'tmp', mountPath: '/tmp' }]);
    expect(pod.automountServiceAccountToken).toBe(false);

    const env = api.env as EnvVar[];
    const secret = manifests.find((m) => m.kind === 'Secret' && !isHook(m))!;
    for (const key of ['AUTH_SECRET', 'ENCRYPTION_KEY', 'DATABASE_URL']) {
      const entry = env.find((e) => e.name === key)!;
      expect(entry.value, `${key} must not be a plain value`).toBeUndefined();
      expect(entry.valueFrom!.secretKeyRef).toEqual({ name: secret.metadata.name, key });
    }
    expect(secret.stringData!.AUTH_SECRET).toBe(secrets.authSecret);
    expect(Object.keys(secret.stringData!).sort()).toEqual(['AUTH_SECRET', 'DATABASE_URL', 'ENCRYPTION_KEY', 'REDIS_URL']);

    // Every variable set is a setting, and together they form a valid production configuration.
    const keys = configKeys();
    for (const e of env) expect(keys.has(e.name), e.name).toBe(true);
    const config = loadConfig(effectiveEnv(env, manifests));
    expect(config).toMatchObject({ isProduction: true, PORT: 4000, HOST: '0.0.0.0', TRUST_PROXY: 1, REDIS_URL: secrets.redisUrl });
    expect(config.AUTH_SECRET).toBe(secrets.authSecret);

    const service = only(manifests, 'Service');
    expect(service.spec.ports[0]).toMatchObject({ targetPort: 'http', port: values.service.port });
    expect(service.spec.selector).toEqual(deployment.spec.selector.matchLabels);
  });

  it('runs migrations in a pre-install/pre-upgrade Job with the compiled migration CLI', () => {
    const { manifests } = render({ secrets });
    const job = only(manifests, 'Job');
    expect(job.metadata.annotations).toMatchObject({ 'helm.sh/hook': 'pre-install,pre-upgrade' });
    const migrate = container(job);
    expect(migrate.command).toEqual(['node', emittedPath('src/db/migrate.cli.ts')]);
    expect(job.spec.template.spec.restartPolicy).toBe('Never');
    // The release's own resources do not exist yet at pre-install: the Job uses only hook resources.
    expect(job.spec.template.spec.serviceAccountName).toBeUndefined();
    const ref = (migrate.env as EnvVar[]).find((e) => e.name === 'DATABASE_URL')!.valueFrom!.secretKeyRef;
    const hookSecret = manifests.find((m) => m.kind === 'Secret' && m.metadata.name === ref.name)!;
    expect(isHook(hookSecret)).toBe(true);
    expect(Number(hookSecret.metadata.annotations!['helm.sh/hook-weight'])).toBeLessThan(Number(job.metadata.annotations!['helm.sh/hook-weight']));
    expect(hookSecret.stringData).toEqual({ DATABASE_URL: secrets.databaseUrl });
    expect(loadConfig(effectiveEnv(migrate.env, manifests)).DATABASE_URL).toBe(secrets.databaseUrl);
    expect(migrate.securityContext.readOnlyRootFilesystem).toBe(true);

    const off = render({ secrets, migrations: { enabled: false } });
    expect(byKind(off.manifests, 'Job')).toHaveLength(0);
    expect(off.manifests.filter(isHook)).toHaveLength(0);
  });

  it('reads everything from an existing Secret when one is named, and creates none', () => {
    const { status, stderr, manifests } = render({ secrets: { existingSecret: 'cp-credentials' } });
    expect(status, stderr).toBe(0);
    expect(byKind(manifests, 'Secret')).toHaveLength(0);
    const refs = [container(only(manifests, 'Deployment')), container(only(manifests, 'Job'))]
      .flatMap((c) => c.env as EnvVar[])
      .filter((e) => e.valueFrom)
      .map((e) => e.valueFrom!.secretKeyRef.name);
    expect(refs.length).toBeGreaterThanOrEqual(4);
    expect(new Set(refs)).toEqual(new Set(['cp-credentials']));
  });

  it('refuses to render without the required secrets, naming the value to set', () => {
    const { redisUrl: _redis, ...withoutRedis } = secrets;
    const cases: Array<[Record<string, unknown>, RegExp]> = [
      [{}, /secrets\.authSecret/],
      [{ secrets: { ...secrets, authSecret: 'too-short' } }, /secrets\.authSecret \(AUTH_SECRET\) must be at least 32/],
      [{ secrets: { ...secrets, encryptionKey: undefined } }, /secrets\.encryptionKey/],
      [{ secrets: { ...secrets, encryptionKey: 'not-a-key' } }, /secrets\.encryptionKey \(ENCRYPTION_KEY\) must be 32 bytes/],
      [{ secrets: { ...secrets, databaseUrl: undefined } }, /secrets\.databaseUrl/],
      [{ secrets: withoutRedis }, /secrets\.redisUrl \(REDIS_URL\) is required when more than one replica/],
      [{ secrets: withoutRedis, replicaCount: 1, autoscaling: { enabled: true } }, /secrets\.redisUrl/],
      // Secrets never travel as plain environment, and the chart's own settings are not overridden.
      [{ secrets, config: { AUTH_SECRET: secrets.authSecret } }, /config\.AUTH_SECRET is a secret/],
      [{ secrets, config: { PORT: '8080' } }, /config\.PORT is set by the chart/],
    ];
    for (const [overrides, message] of cases) {
      const run = render(overrides);
      expect(run.status, JSON.stringify(overrides)).not.toBe(0);
      expect(run.stderr).toMatch(message);
    }
    // One replica may run without Redis.
    const single = render({ secrets: withoutRedis, replicaCount: 1 });
    expect(single.status, single.stderr).toBe(0);
    const env = effectiveEnv(container(only(single.manifests, 'Deployment')).env, single.manifests);
    expect(env.REDIS_URL).toBeUndefined();
  });

  it('adds an Ingress for /graphql, an autoscaler and a disruption budget when asked', () => {
    const plain = render({ secrets });
    for (const kind of ['Ingress', 'HorizontalPodAutoscaler', 'PodDisruptionBudget']) expect(byKind(plain.manifests, kind)).toHaveLength(0);

    const { status, stderr, manifests } = render({
      secrets,
      ingress: { enabled: true, className: 'nginx', tls: [{ secretName: 'cp-tls', hosts: ['cp.example.com'] }], hosts: [{ host: 'cp.example.com', paths: [{ path: '/graphql', pathType: 'Prefix' }] }] },
      autoscaling: { enabled: true, minReplicas: 2, maxReplicas: 5 },
      podDisruptionBudget: { enabled: true },
    });
    expect(status, stderr).toBe(0);
    const deployment = only(manifests, 'Deployment');
    const ingress = only(manifests, 'Ingress');
    expect(ingress.spec.ingressClassName).toBe('nginx');
    expect(ingress.spec.tls).toEqual([{ hosts: ['cp.example.com'], secretName: 'cp-tls' }]);
    expect(ingress.spec.rules[0].http.paths[0]).toEqual({
      path: '/graphql',
      pathType: 'Prefix',
      backend: { service: { name: only(manifests, 'Service').metadata.name, port: { name: 'http' } } },
    });
    const hpa = only(manifests, 'HorizontalPodAutoscaler');
    expect(hpa.spec.scaleTargetRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name: deployment.metadata.name });
    expect(hpa.spec).toMatchObject({ minReplicas: 2, maxReplicas: 5 });
    // The autoscaler owns the replica count.
    expect(deployment.spec.replicas).toBeUndefined();
    expect(only(manifests, 'PodDisruptionBudget').spec.selector.matchLabels).toEqual(deployment.spec.selector.matchLabels);
  });
});
