/**
 * "Explain this file" for Kubernetes manifests: which objects the file declares, how they connect
 * (selectors, references), how each workload runs and updates, and what is reachable from outside.
 */
import type { LanguageContext } from '../language';
import { escapeMarkdown, inlineCode } from '../text';
import type { LintDiagnostic } from '../types';
import { KIND_CONCEPTS } from './concepts';
import { formatSelector, isWorkloadKind, selectedObjects, selectorOf } from './labels';
import type { KubeDocument, KubernetesModel } from './model';
import { POD_SPEC_PATHS } from './rules/workloads';

type Obj = Record<string, unknown>;

function obj(v: unknown): Obj | undefined {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined;
}

function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

function at(v: unknown, ...path: string[]): unknown {
  let cur = v;
  for (const key of path) cur = obj(cur)?.[key];
  return cur;
}

function text(v: unknown): string | undefined {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;
}

function label(doc: KubeDocument): string {
  return `${escapeMarkdown(doc.kind ?? '?')} ${inlineCode(doc.name ?? '(unnamed)')}`;
}

function line(model: KubernetesModel, doc: KubeDocument): number {
  return model.lines.positionAt(doc.start).line + 1;
}

export function explainKubernetes(model: KubernetesModel, diagnostics: LintDiagnostic[], _context: LanguageContext): string {
  const objects = model.documents.filter((d) => d.isKubernetesObject && !d.skipped);
  const helm = model.documents.filter((d) => d.skipped === 'helm').length;
  const out: string[] = [];
  out.push(`# Kubernetes manifest: ${objects.length} object${objects.length === 1 ? '' : 's'}`, '');
  if (helm > 0) out.push(`${helm} document${helm === 1 ? ' is a Helm template' : 's are Helm templates'} (\`{{ … }}\`): Helm renders them into manifests at install time, so they are not checked here. Run \`helm template\` to lint the rendered output.`, '');
  const other = model.documents.filter((d) => !d.isKubernetesObject && !d.skipped);
  if (other.length > 0) out.push(`${other.length} document${other.length === 1 ? ' is' : 's are'} tool configuration (${[...new Set(other.map((d) => d.kind ?? '?'))].map(escapeMarkdown).join(', ')}), not objects sent to the cluster.`, '');
  if (objects.length === 0) return out.join('\n');

  out.push('## Objects', '');
  for (const doc of objects) {
    const concept = doc.kind ? KIND_CONCEPTS[doc.kind] : undefined;
    const ns = doc.namespace ? ` in namespace ${inlineCode(doc.namespace)}` : '';
    out.push(`- ${label(doc)}${ns} (${escapeMarkdown(doc.apiVersion ?? '')}, line ${line(model, doc)})${concept ? ` — ${escapeMarkdown(concept.title.split(': ').slice(1).join(': ') || concept.title)}` : ''}`);
  }
  out.push('');

  const workloads = objects.filter((d) => isWorkloadKind(d.kind));
  if (workloads.length > 0) {
    out.push('## Workloads', '');
    for (const doc of workloads) out.push(...describeWorkload(model, doc, objects), '');
  }

  const exposure = describeExposure(model, objects);
  if (exposure.length > 0) out.push('## What is exposed', '', ...exposure, '');

  const links = describeLinks(model, objects);
  if (links.length > 0) out.push('## How the objects connect', '', ...links, '');

  const counts = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const d of diagnostics) counts[d.severity]++;
  out.push('## Findings', '');
  if (diagnostics.length === 0) out.push('No problems found.');
  else {
    out.push(`${counts.error} error(s), ${counts.warning} warning(s), ${counts.info + counts.hint} suggestion(s).`);
    const byRule = new Map<string, number>();
    for (const d of diagnostics) byRule.set(d.rule, (byRule.get(d.rule) ?? 0) + 1);
    const top = [...byRule.entries()].sort((a, b) => b[1] - a[1]).slice(0, 8);
    out.push('', ...top.map(([rule, n]) => `- ${inlineCode(rule)}: ${n}`));
  }
  return out.join('\n').trimEnd() + '\n';
}

function describeWorkload(model: KubernetesModel, doc: KubeDocument, objects: KubeDocument[]): string[] {
  const v = model.valueOf(doc);
  const lines = [`### ${label(doc)}`, ''];
  const hpa = objects.find((o) => o.kind === 'HorizontalPodAutoscaler' && text(at(model.valueOf(o), 'spec', 'scaleTargetRef', 'name')) === doc.name && text(at(model.valueOf(o), 'spec', 'scaleTargetRef', 'kind')) === doc.kind);
  const replicas = text(at(v, 'spec', 'replicas'));
  if (doc.kind === 'DaemonSet') lines.push('- Runs one Pod on every eligible node.');
  else if (doc.kind === 'Pod') lines.push('- A single Pod: nothing replaces it if it dies or its node fails.');
  else if (doc.kind === 'Job' || doc.kind === 'CronJob') {
    const spec = doc.kind === 'CronJob' ? at(v, 'spec', 'jobTemplate', 'spec') : at(v, 'spec');
    if (doc.kind === 'CronJob') lines.push(`- Runs on schedule ${inlineCode(text(at(v, 'spec', 'schedule')) ?? '?')}${text(at(v, 'spec', 'timeZone')) ? ` (${escapeMarkdown(text(at(v, 'spec', 'timeZone')) ?? '')})` : ''}.`);
    lines.push(`- Each run needs ${text(at(spec, 'completions')) ?? '1'} successful Pod(s), ${text(at(spec, 'parallelism')) ?? '1'} at a time, retrying up to ${text(at(spec, 'backoffLimit')) ?? '6'} times.`);
  } else if (hpa) {
    const h = model.valueOf(hpa);
    lines.push(`- Scaled by HorizontalPodAutoscaler ${inlineCode(hpa.name ?? '')} between ${text(at(h, 'spec', 'minReplicas')) ?? '1'} and ${text(at(h, 'spec', 'maxReplicas')) ?? '?'} replicas${replicas ? ` (the \`replicas: ${escapeMarkdown(replicas)}\` here is reset on every apply)` : ''}.`);
  } else lines.push(`- Keeps ${replicas ?? '1 (the default)'} replica${replicas === '1' || !replicas ? '' : 's'} running.`);

  if (doc.kind === 'Deployment') {
    const type = text(at(v, 'spec', 'strategy', 'type')) ?? 'RollingUpdate';
    if (type === 'Recreate') lines.push('- Updates by stopping every old Pod before starting new ones (`Recreate`): expect a short outage on each rollout.');
    else {
      const surge = text(at(v, 'spec', 'strategy', 'rollingUpdate', 'maxSurge')) ?? '25%';
      const unavailable = text(at(v, 'spec', 'strategy', 'rollingUpdate', 'maxUnavailable')) ?? '25%';
      lines.push(`- Updates gradually (RollingUpdate): up to ${escapeMarkdown(surge)} extra Pods may start and up to ${escapeMarkdown(unavailable)} may be unavailable at a time.`);
    }
  } else if (doc.kind === 'StatefulSet' || doc.kind === 'DaemonSet') {
    const type = text(at(v, 'spec', 'updateStrategy', 'type')) ?? 'RollingUpdate';
    lines.push(type === 'OnDelete' ? '- Updates only when you delete each Pod yourself (`OnDelete`).' : `- Updates Pods one at a time (${escapeMarkdown(type)}).`);
  }

  const podSpec = doc.kind ? at(v, ...POD_SPEC_PATHS[doc.kind]) : undefined;
  const account = text(at(podSpec, 'serviceAccountName'));
  if (account) lines.push(`- Runs as ServiceAccount ${inlineCode(account)}.`);
  for (const c of list(at(podSpec, 'initContainers'))) lines.push(`- Init container ${inlineCode(text(at(c, 'name')) ?? '?')} runs ${inlineCode(text(at(c, 'image')) ?? '(no image)')} to completion first.`);
  for (const c of list(at(podSpec, 'containers'))) lines.push(containerLine(c));
  return lines;
}

function containerLine(c: unknown): string {
  const ports = list(at(c, 'ports'))
    .map((p) => text(at(p, 'containerPort')))
    .filter(Boolean);
  const probes = ['readinessProbe', 'livenessProbe', 'startupProbe'].filter((p) => at(c, p) !== undefined).map((p) => p.replace('Probe', ''));
  const requests = obj(at(c, 'resources', 'requests'));
  const limits = obj(at(c, 'resources', 'limits'));
  const res = requests || limits ? `requests ${fmt(requests)}, limits ${fmt(limits)}` : 'no resource requests or limits';
  const parts = [
    `- Container ${inlineCode(text(at(c, 'name')) ?? '?')} runs ${inlineCode(text(at(c, 'image')) ?? '(no image)')}`,
    ports.length > 0 ? `, listens on ${ports.map((p) => escapeMarkdown(p ?? '')).join(', ')}` : '',
    `; ${res}`,
    probes.length > 0 ? `; probes: ${probes.join(', ')}` : '; no health probes',
    '.',
  ];
  return parts.join('');
}

function fmt(o: Obj | undefined): string {
  if (!o) return 'none';
  return Object.entries(o)
    .map(([k, v]) => `${escapeMarkdown(k)} ${escapeMarkdown(text(v) ?? '?')}`)
    .join(', ');
}

function describeExposure(model: KubernetesModel, objects: KubeDocument[]): string[] {
  const out: string[] = [];
  for (const doc of objects) {
    const v = model.valueOf(doc);
    if (doc.kind === 'Service') {
      const type = text(at(v, 'spec', 'type')) ?? 'ClusterIP';
      const ports = list(at(v, 'spec', 'ports')).map((p) => {
        const port = text(at(p, 'port')) ?? '?';
        const target = text(at(p, 'targetPort')) ?? port;
        const node = text(at(p, 'nodePort'));
        return `${escapeMarkdown(port)}→${escapeMarkdown(target)}${node ? ` (node port ${escapeMarkdown(node)})` : ''}`;
      });
      const reach =
        type === 'LoadBalancer'
          ? 'reachable from outside through a cloud load balancer'
          : type === 'NodePort'
            ? 'reachable on every node\'s IP'
            : type === 'ExternalName'
              ? `a DNS alias for ${inlineCode(text(at(v, 'spec', 'externalName')) ?? '?')}`
              : at(v, 'spec', 'clusterIP') === 'None'
                ? 'headless: DNS returns the Pod IPs directly'
                : 'reachable inside the cluster only';
      out.push(`- ${label(doc)} (${escapeMarkdown(type)}) is ${reach}${ports.length > 0 ? `; ports ${ports.join(', ')}` : ''}.`);
    } else if (doc.kind === 'Ingress') {
      const tlsHosts = new Set(list(at(v, 'spec', 'tls')).flatMap((t) => list(at(t, 'hosts')).map(String)));
      for (const rule of list(at(v, 'spec', 'rules'))) {
        const host = text(at(rule, 'host')) ?? '*';
        for (const p of list(at(rule, 'http', 'paths'))) {
          const svc = text(at(p, 'backend', 'service', 'name')) ?? text(at(p, 'backend', 'serviceName')) ?? '?';
          const port = text(at(p, 'backend', 'service', 'port', 'number')) ?? text(at(p, 'backend', 'service', 'port', 'name')) ?? text(at(p, 'backend', 'servicePort')) ?? '?';
          const scheme = tlsHosts.has(host) ? 'https' : 'http';
          out.push(`- ${label(doc)} routes ${inlineCode(`${scheme}://${host}${text(at(p, 'path')) ?? '/'}`)} to Service ${inlineCode(svc)} port ${escapeMarkdown(port)}.`);
        }
      }
      if (tlsHosts.size === 0) out.push(`- ${label(doc)} has no \`tls\` section: its hosts are served over plain HTTP.`);
    }
  }
  return out;
}

function describeLinks(model: KubernetesModel, objects: KubeDocument[]): string[] {
  const out: string[] = [];
  for (const doc of objects) {
    const selector = selectorOf(model, doc);
    if (!selector || isWorkloadKind(doc.kind)) continue;
    const matched = selectedObjects(model, doc, selector);
    const shown = formatSelector(selector) || 'every Pod';
    out.push(
      matched.length > 0
        ? `- ${label(doc)} selects ${inlineCode(shown)}: ${matched.map((m) => label(m.doc)).join(', ')}.`
        : `- ${label(doc)} selects ${inlineCode(shown)}, which matches nothing in this file.`,
    );
  }
  for (const doc of objects) {
    const v = model.valueOf(doc);
    if (doc.kind === 'HorizontalPodAutoscaler') {
      const ref = at(v, 'spec', 'scaleTargetRef');
      out.push(`- ${label(doc)} scales ${escapeMarkdown(text(at(ref, 'kind')) ?? '?')} ${inlineCode(text(at(ref, 'name')) ?? '?')}.`);
    }
    if (!isWorkloadKind(doc.kind) || !doc.kind) continue;
    const podSpec = at(v, ...POD_SPEC_PATHS[doc.kind]);
    const refs = new Set<string>();
    for (const vol of list(at(podSpec, 'volumes'))) {
      const cm = text(at(vol, 'configMap', 'name'));
      const secret = text(at(vol, 'secret', 'secretName'));
      const pvc = text(at(vol, 'persistentVolumeClaim', 'claimName'));
      if (cm) refs.add(`ConfigMap ${inlineCode(cm)} (volume)`);
      if (secret) refs.add(`Secret ${inlineCode(secret)} (volume)`);
      if (pvc) refs.add(`PersistentVolumeClaim ${inlineCode(pvc)}`);
    }
    for (const c of [...list(at(podSpec, 'containers')), ...list(at(podSpec, 'initContainers'))]) {
      for (const e of list(at(c, 'envFrom'))) {
        const cm = text(at(e, 'configMapRef', 'name'));
        const secret = text(at(e, 'secretRef', 'name'));
        if (cm) refs.add(`ConfigMap ${inlineCode(cm)} (environment)`);
        if (secret) refs.add(`Secret ${inlineCode(secret)} (environment)`);
      }
      for (const e of list(at(c, 'env'))) {
        const cm = text(at(e, 'valueFrom', 'configMapKeyRef', 'name'));
        const secret = text(at(e, 'valueFrom', 'secretKeyRef', 'name'));
        if (cm) refs.add(`ConfigMap ${inlineCode(cm)} (environment)`);
        if (secret) refs.add(`Secret ${inlineCode(secret)} (environment)`);
      }
    }
    if (refs.size > 0) out.push(`- ${label(doc)} reads ${[...refs].join(', ')}.`);
  }
  return out;
}
