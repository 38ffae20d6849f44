import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { PATH_METADATA } from '@nestjs/common/constants';
import { parse, parseAllDocuments } from 'yaml';
import { configVariableNames } from 'src/config';
import { HealthController } from 'src/ops/health/health.controller';

/**
 * deploy/ must match the app: probes on the Terminus routes and the app's port, every configuration variable
 * in the ConfigMap or the Secret, Prometheus rules that promtool accepts and that use only metrics the app
 * exports, the same rules in the PrometheusRule, and a dashboard on those metrics.
 */

const ROOT = `${__dirname}/../..`;
const read = (file: string): string => readFileSync(`${ROOT}/${file}`, 'utf8');

/* eslint-disable @typescript-eslint/no-explicit-any -- manifests are untyped YAML */
type Manifest = {
  apiVersion: string;
  kind: string;
  metadata: { name: string; labels?: Record<string, string> };
} & Record<string, any>;

const K8S_DIR = 'deploy/k8s';
const manifests: Manifest[] = readdirSync(`${ROOT}/${K8S_DIR}`)
  .filter((file) => file.endsWith('.yaml') && file !== 'kustomization.yaml')
  .flatMap((file) => parseAllDocuments(read(`${K8S_DIR}/${file}`)).map((doc) => doc.toJS() as Manifest))
  .filter(Boolean);
const monitoring: Manifest[] = readdirSync(`${ROOT}/${K8S_DIR}/monitoring`)
  .filter((file) => file.endsWith('.yaml'))
  .flatMap((file) => parseAllDocuments(read(`${K8S_DIR}/monitoring/${file}`)).map((doc) => doc.toJS() as Manifest));
const find = (kind: string, name: string) => manifests.find((m) => m.kind === kind && m.metadata.name === name);

const configMap = find('ConfigMap', 'switchboard-config')!;
const secret = find('Secret', 'switchboard-secrets')!;
const appPort = Number(configMap?.data?.PORT ?? 3000);

/** Variables set per Deployment rather than in the ConfigMap or Secret. */
const PER_DEPLOYMENT = ['APP_ROLE'];
/** Variables the deployment may set although src/config does not read them. */
const EXTRA_ALLOWED = ['NODE_ENV'];
/** Names that carry credentials: they belong in the Secret. */
const SECRET_NAME = /SECRET|PASSWORD|_API_KEY$|_KEYS?$|TOKEN|^DATABASE_URL$|^REDIS_URL$|^SMTP_(URL|USER|PASS)$/;

/** Metric names the app registers (`new Counter({ name: METRICS.x` or a literal name) found in src/. */
function exportedMetricNames(): Set<string> {
  const names = read('src/platform/metrics/metric-names.ts');
  const constants = new Map([...names.matchAll(/(\w+):\s*'(switchboard_\w+)'/g)].map((m) => [m[1], m[2]]));
  const found = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(`${ROOT}/${dir}`, { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (/\.ts$/.test(entry.name) && !/\.spec\.ts$/.test(entry.name)) {
        const text = read(path);
        for (const m of text.matchAll(
          /new (?:Counter|Gauge|Histogram|Summary)\(\{\s*name:\s*(?:METRICS\.(\w+)|'(\w+)')/g,
        )) {
          const name = m[1] ? constants.get(m[1]) : m[2];
          if (name) found.add(name);
        }
      }
    }
  };
  walk('src');
  return found;
}

/** `switchboard_*` metric names used in PromQL, with histogram suffixes stripped. */
function metricsIn(exprs: string[]): string[] {
  const used = exprs.flatMap((expr) => [...expr.matchAll(/\bswitchboard_\w+/g)].map((m) => m[0]));
  return [...new Set(used.map((name) => name.replace(/_(bucket|sum|count)$/, '')))];
}

const rulesFile = parse(read('deploy/prometheus/alerts.yml')) as {
  groups: { name: string; rules: { alert?: string; record?: string; expr: string; annotations?: any }[] }[];
};
const allRules = rulesFile.groups.flatMap((g) => g.rules);
const recorded = new Set(allRules.flatMap((r) => (r.record ? [r.record] : [])));

describe('deploy/k8s Deployments', () => {
  const health = Reflect.getMetadata(PATH_METADATA, HealthController) as string;
  const route = (method: 'live' | 'ready') =>
    `/${health}/${Reflect.getMetadata(PATH_METADATA, HealthController.prototype[method]) as string}`;

  it.each([
    ['switchboard-api', 'api'],
    ['switchboard-worker', 'worker'],
  ])('%s: role, port, Terminus probes, no unavailable pod, grace period', (name, role) => {
    const deployment = find('Deployment', name);
    expect(deployment).toBeDefined();
    const spec = deployment!.spec;
    const pod = spec.template.spec;
    const [container] = pod.containers;

    expect(container.env).toEqual(expect.arrayContaining([{ name: 'APP_ROLE', value: role }]));
    expect(container.envFrom).toEqual([
      { configMapRef: { name: 'switchboard-config' } },
      { secretRef: { name: 'switchboard-secrets' } },
    ]);
    expect(container.ports).toEqual([{ name: 'http', containerPort: appPort }]);

    expect(route('live')).toBe('/health/live');
    expect(route('ready')).toBe('/health/ready');
    expect(container.startupProbe.httpGet).toEqual({ path: route('live'), port: 'http' });
    expect(container.livenessProbe.httpGet).toEqual({ path: route('live'), port: 'http' });
    expect(container.readinessProbe.httpGet).toEqual({ path: route('ready'), port: 'http' });

    expect(spec.strategy).toEqual({ type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } });
    expect(spec.selector.matchLabels).toEqual(expect.objectContaining({ 'app.kubernetes.io/component': role }));
    const drainMs = Number(configMap.data.SHUTDOWN_DELAY_MS) + Number(configMap.data.SHUTDOWN_GRACE_MS);
    expect(pod.terminationGracePeriodSeconds * 1000).toBeGreaterThan(drainMs);

    const annotations = spec.template.metadata.annotations;
    expect(annotations).toEqual(
      expect.objectContaining({
        'prometheus.io/scrape': 'true',
        'prometheus.io/port': String(appPort),
        'prometheus.io/path': '/metrics',
      }),
    );
    expect(pod.securityContext.runAsNonRoot).toBe(true);
  });

  it.each(['switchboard-api', 'switchboard-worker'])('%s has a Service, an HPA and a PodDisruptionBudget', (name) => {
    const labels = find('Deployment', name)!.spec.template.metadata.labels;
    const matches = (selector: Record<string, string>) =>
      Object.entries(selector).every(([key, value]) => labels[key] === value);
    const service = find('Service', name);
    expect(service && matches(service.spec.selector)).toBe(true);
    expect(service!.spec.ports.map((p: any) => p.targetPort)).toEqual(['http']);

    const hpa = find('HorizontalPodAutoscaler', name);
    expect(hpa?.apiVersion).toBe('autoscaling/v2');
    expect(hpa!.spec.scaleTargetRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name });
    const pdb = find('PodDisruptionBudget', name);
    expect(pdb?.apiVersion).toBe('policy/v1');
    expect(matches(pdb!.spec.selector.matchLabels)).toBe(true);
    // A drain may take a pod away only while another one keeps serving.
    expect(hpa!.spec.minReplicas).toBeGreaterThan(pdb!.spec.minAvailable);
  });

  it('keeps /metrics and /health off the public ingress', () => {
    const ingresses = manifests.filter((m) => m.kind === 'Ingress');
    expect(ingresses.length).toBeGreaterThan(0);
    const paths = ingresses.flatMap((i) => i.spec.rules.flatMap((r: any) => r.http.paths));
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) {
      expect(path.path).not.toBe('/');
      expect(['/metrics', '/health/live', '/health/ready']).not.toContainEqual(
        expect.stringMatching(new RegExp(`^${path.path}(/|$)`)),
      );
      expect(find('Service', path.backend.service.name)).toBeDefined();
    }
    expect(paths.map((p: any) => p.path)).toEqual(expect.arrayContaining(['/api', '/mcp', '/admin']));
  });

  it('lists every manifest but the Secret in kustomization.yaml', () => {
    const kustomization = parse(read(`${K8S_DIR}/kustomization.yaml`)) as { resources: string[] };
    const files = readdirSync(`${ROOT}/${K8S_DIR}`).filter(
      (f) => f.endsWith('.yaml') && !['kustomization.yaml', 'secret.example.yaml'].includes(f),
    );
    expect([...kustomization.resources].sort()).toEqual(files.sort());
  });
});

describe('deploy/k8s ConfigMap and Secret', () => {
  const inConfigMap = Object.keys(configMap?.data ?? {});
  const inSecret = Object.keys(secret?.stringData ?? secret?.data ?? {});

  it('hold every configuration variable in exactly one of them (APP_ROLE per Deployment), and no unknown one', () => {
    const expected = configVariableNames().filter((name) => !PER_DEPLOYMENT.includes(name));
    const both = [...inConfigMap, ...inSecret];
    expect({
      missing: expected.filter((name) => !both.includes(name)),
      twice: both.filter((name, i) => both.indexOf(name) !== i),
      unknown: both.filter((name) => !expected.includes(name) && !EXTRA_ALLOWED.includes(name)),
    }).toEqual({ missing: [], twice: [], unknown: [] });
  });

  it('keep credentials in the Secret only', () => {
    expect(inConfigMap.filter((name) => SECRET_NAME.test(name))).toEqual([]);
    expect(inSecret).toEqual(
      expect.arrayContaining([
        'APP_ENCRYPTION_KEYS',
        'JWT_SECRET',
        'ADMIN_PASSWORD',
        'DATABASE_URL',
        'STRIPE_SECRET_KEY',
      ]),
    );
    expect(inSecret.filter((name) => !SECRET_NAME.test(name))).toEqual([]);
  });

  it('holds string values only, and placeholders instead of secrets', () => {
    expect(Object.values(configMap.data).filter((v) => typeof v !== 'string')).toEqual([]);
    for (const value of Object.values(secret.stringData) as string[]) expect(value).toMatch(/^$|CHANGE_ME/);
  });
});

describe('docker-compose.yml (full stack)', () => {
  const compose = parse(read('docker-compose.yml'), { merge: true }) as { services: Record<string, any> };
  const { app, worker, prometheus, grafana } = compose.services;

  it('runs the api, a worker with the same configuration, Prometheus and Grafana', () => {
    expect(app.environment.APP_ROLE).toMatch(/^\$\{APP_ROLE:-api\}$/);
    expect(worker.image).toBe(app.image);
    expect({ ...worker.environment, APP_ROLE: undefined }).toEqual({ ...app.environment, APP_ROLE: undefined });
    expect(worker.environment.APP_ROLE).toBe('worker');
    expect(worker.ports).toBeUndefined();
    expect(worker.stop_grace_period).toBe(app.stop_grace_period);
  });

  it('points Prometheus at both /metrics and loads the alert rules', () => {
    const mounts: string[] = prometheus.volumes;
    expect(mounts).toEqual(
      expect.arrayContaining([
        './deploy/prometheus/prometheus.yml:/etc/prometheus/prometheus.yml:ro',
        './deploy/prometheus/alerts.yml:/etc/prometheus/alerts.yml:ro',
      ]),
    );
    const config = parse(read('deploy/prometheus/prometheus.yml')) as any;
    expect(config.rule_files).toEqual(['/etc/prometheus/alerts.yml']);
    const targets = config.scrape_configs.filter((c: any) => c.job_name.startsWith('switchboard'));
    expect(targets.map((c: any) => [c.metrics_path, c.static_configs[0].targets])).toEqual([
      ['/metrics', [`app:${appPort}`]],
      ['/metrics', [`worker:${appPort}`]],
    ]);
  });

  it('provisions Grafana with the Prometheus datasource and the Switchboard dashboard', () => {
    expect(grafana.volumes).toEqual(
      expect.arrayContaining([
        './deploy/grafana/provisioning:/etc/grafana/provisioning:ro',
        './deploy/grafana/switchboard.json:/var/lib/grafana/dashboards/switchboard.json:ro',
      ]),
    );
    const datasources = parse(read('deploy/grafana/provisioning/datasources/prometheus.yml')) as any;
    expect(datasources.datasources[0]).toEqual(
      expect.objectContaining({ type: 'prometheus', url: 'http://prometheus:9090' }),
    );
    const providers = parse(read('deploy/grafana/provisioning/dashboards/switchboard.yml')) as any;
    expect(providers.providers[0].options.path).toBe('/var/lib/grafana/dashboards');
  });
});

describe('deploy/prometheus/alerts.yml', () => {
  const exported = exportedMetricNames();

  it('uses only metrics the app exports (or its own recording rules)', () => {
    expect(exported.size).toBeGreaterThanOrEqual(6);
    const used = metricsIn(allRules.map((r) => r.expr));
    expect(used.filter((name) => !exported.has(name))).toEqual([]);
    const records = allRules.flatMap((r) => [...r.expr.matchAll(/\bswitchboard:[\w:]+/g)].map((m) => m[0]));
    expect(records.filter((name) => !recorded.has(name))).toEqual([]);
  });

  it('covers the voice SLO with multi-window burn-rate alerts (success: ok and cache_hit, invalid input excluded)', () => {
    for (const window of ['5m', '30m', '1h', '2h', '6h', '1d', '3d']) {
      const rule = allRules.find((r) => r.record === `switchboard:voice_tool_error_ratio:rate${window}`);
      expect(rule?.expr).toContain('outcome!~"ok|cache_hit|invalid_input"');
      expect(rule?.expr).toContain('outcome!="invalid_input"');
    }
    const alerts = allRules.filter((r) => r.alert?.startsWith('SwitchboardVoiceSLO'));
    expect(alerts.map((r) => r.alert)).toEqual(['SwitchboardVoiceSLOFastBurn', 'SwitchboardVoiceSLOSlowBurn']);
    expect(alerts[0].expr).toContain('14.4 * 0.005');
  });

  it('has a runbook section in docs/operations.md for every alert', () => {
    const docs = read('docs/operations.md');
    const headings = [...docs.matchAll(/^#{2,4} (.+)$/gm)].map((m) => m[1].trim());
    for (const rule of allRules.filter((r) => r.alert)) {
      expect(headings).toContain(rule.alert);
      expect(rule.annotations.runbook_url).toBe(`docs/operations.md#${rule.alert!.toLowerCase()}`);
    }
  });

  it('is the same rule set as the PrometheusRule in deploy/k8s/monitoring', () => {
    const crd = monitoring.find((m) => m.kind === 'PrometheusRule');
    expect(crd?.spec.groups).toEqual(rulesFile.groups);
  });

  const promtool = spawnSync('promtool', ['--version']).status === 0;
  // CI installs Debian's `prometheus` package (.ci/run); elsewhere the check runs where promtool exists.
  const withPromtool = promtool || process.env.CI ? it : it.skip;

  withPromtool('passes promtool check rules and the rule unit tests', () => {
    const run = (args: string[]) =>
      execFileSync('promtool', args, { cwd: `${ROOT}/deploy/prometheus`, encoding: 'utf8', stdio: 'pipe' });
    expect(run(['check', 'rules', 'alerts.yml'])).toContain('SUCCESS');
    expect(run(['test', 'rules', 'alerts.test.yml'])).toContain('SUCCESS');
  });
});

describe('deploy/grafana/switchboard.json', () => {
  const dashboard = JSON.parse(read('deploy/grafana/switchboard.json')) as any;
  const panels: any[] = dashboard.panels.filter((p: any) => p.type !== 'row');
  const exprs = panels.flatMap((p) => p.targets.map((t: any) => t.expr as string));

  it('is a dashboard with unique panel ids, each panel querying the selectable datasource', () => {
    expect(dashboard.uid).toBe('switchboard');
    const ids = dashboard.panels.map((p: any) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const panel of panels) {
      expect(panel.datasource).toEqual({ type: 'prometheus', uid: '${datasource}' });
      expect(panel.targets.length).toBeGreaterThan(0);
    }
  });

  it('uses only exported metrics and recording rules, and shows every Switchboard metric', () => {
    const exported = exportedMetricNames();
    expect(metricsIn(exprs).filter((name) => !exported.has(name))).toEqual([]);
    const records = exprs.flatMap((e) => [...e.matchAll(/\bswitchboard:[\w:]+/g)].map((m) => m[0]));
    expect(records.filter((name) => !recorded.has(name))).toEqual([]);
    expect([...exported].filter((name) => !metricsIn(exprs).includes(name))).toEqual([]);
  });

  it('has the tool-call, error, latency percentile, cache, circuit and webhook panels', () => {
    const text = exprs.join('\n');
    for (const q of ['0.5', '0.95', '0.99']) expect(text).toContain(`histogram_quantile(${q},`);
    for (const needle of [
      'switchboard_tool_calls_total',
      'switchboard_cache_requests_total{',
      'switchboard_circuit_state',
    ]) {
      expect(text).toContain(needle);
    }
  });
});

describe('docs/operations.md', () => {
  it('describes every exported metric', () => {
    const docs = existsSync(`${ROOT}/docs/operations.md`) ? read('docs/operations.md') : '';
    expect([...exportedMetricNames()].filter((name) => !docs.includes(name))).toEqual([]);
  });
});
