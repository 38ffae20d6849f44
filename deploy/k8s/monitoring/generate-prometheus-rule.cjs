// Writes prometheus-rule.yaml from deploy/prometheus/alerts.yml (the one source of the rules):
//   node deploy/k8s/monitoring/generate-prometheus-rule.cjs
const { readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { format } = require('prettier');
const { parse, stringify } = require('yaml');

const root = join(__dirname, '..', '..', '..');
const rules = parse(readFileSync(join(root, 'deploy/prometheus/alerts.yml'), 'utf8'));
const resource = {
  apiVersion: 'monitoring.coreos.com/v1',
  kind: 'PrometheusRule',
  metadata: {
    name: 'switchboard',
    namespace: 'switchboard',
    // kube-prometheus-stack selects rules by its release label; adapt to your Prometheus' ruleSelector.
    labels: { 'app.kubernetes.io/name': 'switchboard', release: 'prometheus' },
  },
  spec: { groups: rules.groups },
};
const header = [
  '# GENERATED from deploy/prometheus/alerts.yml by generate-prometheus-rule.cjs: do not edit by hand.',
  '# The same groups as a PrometheusRule for the Prometheus Operator; test/integration/deploy-manifests.int-spec.ts',
  '# fails when the two differ.',
  '',
].join('\n');
const target = join(__dirname, 'prometheus-rule.yaml');
format(header + stringify(resource, { lineWidth: 0 }), { parser: 'yaml', singleQuote: true, printWidth: 120 }).then(
  (text) => writeFileSync(target, text),
);
