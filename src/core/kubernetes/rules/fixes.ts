/**
 * Quick fixes shared by several checks. Each returns undefined when the YAML around the target is not
 * plain block style, because a fix that reformats someone's file is worse than none.
 */
import { isScalar } from 'yaml';
import type { Fix, TextEdit } from '../../types';
import type { KubeDocument, KubernetesModel } from '../model';
import type { Container, Workload } from './workloads';
import { groupOf } from './workloads';
import { appendToMap, editable, lineEnding, mapIndent, setPath } from './yamlEdits';
import { asMap, get, getIn, mapItems, pairOf, str, stringMap } from './yamlNodes';

function fix(title: string, edit: TextEdit | undefined, safe = false): Fix | undefined {
  return edit ? { title, edits: [edit], safe } : undefined;
}

/** Placeholder sizes; the comment tells the reader they are a starting point, not a measurement. */
export const RESOURCE_PLACEHOLDERS = { cpuRequest: '100m', memory: '128Mi' };

/** Adds a `resources` block, or the one missing value inside an existing one. */
export function resourcesFix(model: KubernetesModel, c: Container, missing: 'cpu-request' | 'memory-limit'): Fix | undefined {
  const resources = pairOf(c.node, 'resources');
  if (!resources) {
    return fix(
      `Add resources requests and limits to container "${c.name}"`,
      appendToMap(model, c.node, [
        'resources: # placeholders: size them from observed usage',
        '  requests:',
        `    cpu: ${RESOURCE_PLACEHOLDERS.cpuRequest}`,
        `    memory: ${RESOURCE_PLACEHOLDERS.memory}`,
        '  limits:',
        `    memory: ${RESOURCE_PLACEHOLDERS.memory}`,
      ]),
    );
  }
  return missing === 'cpu-request'
    ? fix(`Set a CPU request of ${RESOURCE_PLACEHOLDERS.cpuRequest}`, setPath(model, c.node, ['resources', 'requests', 'cpu'], RESOURCE_PLACEHOLDERS.cpuRequest))
    : fix(`Set a memory limit of ${RESOURCE_PLACEHOLDERS.memory}`, setPath(model, c.node, ['resources', 'limits', 'memory'], RESOURCE_PLACEHOLDERS.memory));
}

/** The hardened container securityContext, added whole, or one key of it set inside an existing one. */
export function securityContextFix(model: KubernetesModel, c: Container, key: 'runAsNonRoot' | 'readOnlyRootFilesystem' | 'allowPrivilegeEscalation', value: 'true' | 'false'): Fix | undefined {
  if (!pairOf(c.node, 'securityContext')) {
    return fix(
      `Add a restrictive securityContext to container "${c.name}"`,
      appendToMap(model, c.node, ['securityContext:', '  runAsNonRoot: true', '  readOnlyRootFilesystem: true', '  allowPrivilegeEscalation: false']),
    );
  }
  return fix(`Set securityContext.${key}: ${value}`, setPath(model, c.node, ['securityContext', key], value), true);
}

/** A probe skeleton aimed at the container's first port, with the path left for the user to confirm. */
export function probeFix(model: KubernetesModel, c: Container, probe: 'readinessProbe' | 'livenessProbe'): Fix | undefined {
  const first = mapItems(get(c.node, 'ports'))[0];
  const port = str(get(first, 'name')) ?? str(get(first, 'containerPort')) ?? '8080';
  const path = probe === 'readinessProbe' ? '/ready' : '/healthz';
  return fix(
    `Add a ${probe} skeleton to container "${c.name}"`,
    appendToMap(model, c.node, [
      `${probe}:`,
      '  httpGet:',
      `    path: ${path} # TODO: the endpoint that answers when the app ${probe === 'readinessProbe' ? 'can take traffic' : 'is alive'}`,
      `    port: ${port}`,
      '  periodSeconds: 10',
    ]),
  );
}

/** Lines of a `matchLabels` block equal to the pod template's labels. */
function labelLines(labels: Record<string, string>): string[] {
  return Object.entries(labels).map(([k, v]) => `  ${yamlScalar(k)}: ${yamlScalar(v)}`);
}

/** Quotes a key or value only when plain YAML would read it as something else. */
export function yamlScalar(s: string): string {
  if (/^[A-Za-z0-9_][A-Za-z0-9_./-]*$/.test(s) && !/^(?:true|false|yes|no|on|off|null|~|y|n|[-+]?\d[\d._]*(?:e[-+]?\d+)?)$/i.test(s)) return s;
  return JSON.stringify(s);
}

/**
 * Rewrites the workload's selector to select exactly its pod template's labels (or adds one when missing).
 * Not safe: a Deployment's selector is immutable once created, so the user must decide.
 */
export function alignSelectorFix(model: KubernetesModel, w: Workload): Fix | undefined {
  const spec = w.spec;
  if (!spec || Object.keys(w.podLabels).length === 0 || !editable(model, spec)) return undefined;
  const selectorPair = pairOf(spec, 'selector');
  const title = 'Set the selector to the pod template labels';
  if (!selectorPair) return fix(title, appendToMap(model, spec, ['selector:', '  matchLabels:', ...labelLines(w.podLabels).map((l) => '  ' + l)]));
  const selector = asMap(selectorPair.value);
  const matchLabels = pairOf(selector, 'matchLabels');
  if (!selector || get(selector, 'matchExpressions')) return undefined;
  if (!matchLabels) return fix(title, appendToMap(model, selector, ['matchLabels:', ...labelLines(w.podLabels)]));
  const value = asMap(matchLabels.value);
  const indent = value ? mapIndent(model, value) : undefined;
  if (!value || indent === undefined || !value.range) return undefined;
  const eol = lineEnding(model.text);
  const pad = ' '.repeat(indent);
  const text = Object.entries(w.podLabels).map(([k, v]) => `${pad}${yamlScalar(k)}: ${yamlScalar(v)}`).join(eol);
  // Replace from the first key's line start to the end of the last entry, so comments after it survive.
  const start = model.lines.lineStart(model.lines.positionAt(value.range[0]).line);
  const lastValue = value.items[value.items.length - 1].value;
  const endOffset = isScalar(lastValue) && lastValue.range ? lastValue.range[1] : value.range[1];
  return fix(title, { range: model.lines.range(start, endOffset), newText: text });
}

/** The replacement for an API version the API server no longer serves, by kind. */
const MIGRATIONS: Record<string, { from: RegExp; to: string }> = {
  Deployment: { from: /^(?:extensions\/v1beta1|apps\/v1beta[12])$/, to: 'apps/v1' },
  DaemonSet: { from: /^(?:extensions\/v1beta1|apps\/v1beta2)$/, to: 'apps/v1' },
  ReplicaSet: { from: /^(?:extensions\/v1beta1|apps\/v1beta2)$/, to: 'apps/v1' },
  StatefulSet: { from: /^apps\/v1beta[12]$/, to: 'apps/v1' },
  NetworkPolicy: { from: /^extensions\/v1beta1$/, to: 'networking.k8s.io/v1' },
};

/**
 * Fix builder for removed workload API versions (also used by schema validation): rewrites
 * `apiVersion` and, since `apps/v1` requires an explicit selector where the beta versions derived one
 * from the template labels, adds that selector. Undefined for kinds whose schema changed in ways a
 * text edit cannot migrate (e.g. `extensions/v1beta1` Ingress backends).
 */
export function migrateApiVersionFix(model: KubernetesModel, doc: KubeDocument): Fix | undefined {
  const root = doc.root;
  const kind = doc.kind ?? '';
  const migration = MIGRATIONS[kind];
  const apiVersionPair = pairOf(root, 'apiVersion');
  const value = apiVersionPair?.value;
  if (!root || !migration || !doc.apiVersion || !migration.from.test(doc.apiVersion) || !isScalar(value) || !value.range) return undefined;
  const edits: TextEdit[] = [{ range: model.lines.range(value.range[0], value.range[1]), newText: migration.to }];
  if (groupOf(migration.to) === 'apps') {
    const spec = asMap(get(root, 'spec'));
    const labels = stringMap(getIn(spec, ['template', 'metadata', 'labels']));
    if (spec && !get(spec, 'selector')) {
      if (Object.keys(labels).length === 0) return undefined;
      const edit = appendToMap(model, spec, ['selector:', '  matchLabels:', ...labelLines(labels).map((l) => '  ' + l)]);
      if (!edit) return undefined;
      edits.push(edit);
    }
  }
  return { title: `Migrate ${kind} to ${migration.to}`, edits, safe: true };
}

