/**
 * "Explain this file" for Compose: what each service runs, the order Compose starts them in,
 * what is reachable from outside, where data lives, and what the checks found.
 */
import { isMap, isSeq, type Node } from 'yaml';
import type { LanguageContext } from '../language';
import { inlineCode, messageMarkdown } from '../text';
import type { LintDiagnostic } from '../types';
import { dependencyGraph, healthcheckOf, replicasOf, servicePorts, serviceVolumes } from './facts';
import type { ComposeModel, ComposeService } from './model';
import { scalarString } from './yamlNodes';
import type { Env } from './interpolation';

function source(model: ComposeModel, s: ComposeService, env: Env): string {
  const image = model.str(s.get('image')?.value, env);
  const build = s.get('build');
  if (build) {
    const context = scalarString(build.value) ?? scalarString(model.entry(build.value, 'context')?.value) ?? '.';
    return `built from ${inlineCode(context)}${image ? ` and tagged ${inlineCode(image)}` : ''}`;
  }
  if (image) return `runs image ${inlineCode(image)}`;
  if (s.get('extends')) return 'extends another service';
  return 'has no `image` or `build`';
}

function networksOf(model: ComposeModel, s: ComposeService): string[] {
  const e = s.get('networks');
  if (!e) return [];
  if (isSeq(e.value)) return (e.value.items as Node[]).map((i) => scalarString(model.resolve(i)) ?? '').filter(Boolean);
  if (isMap(e.value)) return model.entriesOf(e.value).map((x) => x.key);
  return [];
}

/** Services in an order Compose could start them (dependencies first); members of a cycle last. */
function startOrder(model: ComposeModel): { order: string[][]; cyclic: string[] } {
  const { out } = dependencyGraph(model);
  const remaining = new Set(model.services.map((s) => s.name));
  const order: string[][] = [];
  while (remaining.size) {
    const ready = [...remaining].filter((n) => (out.get(n) ?? []).every((d) => !remaining.has(d.name)));
    if (ready.length === 0) break;
    order.push(ready);
    ready.forEach((n) => remaining.delete(n));
  }
  return { order, cyclic: [...remaining] };
}

export function explainCompose(model: ComposeModel, diagnostics: LintDiagnostic[], context: LanguageContext): string {
  const env = model.env(context.host);
  const out: string[] = [];
  const name = model.str(model.top('name')?.value, env);
  out.push(`# Compose project${name ? ` ${inlineCode(name)}` : ''}`);
  if (!model.doc || model.syntaxErrors.some((d) => d.severity === 'error')) {
    out.push('The file is not valid YAML yet, so Compose cannot read it. Fix the syntax errors first; the explanation below covers what could be read.');
  }
  const services = model.services;
  out.push(
    services.length === 0
      ? 'This file defines no services yet. A Compose file describes an application as **services** (each a set of identical containers from one image), plus the networks and volumes they share; `docker compose up` starts them all.'
      : `This file describes an application of ${services.length} service${services.length === 1 ? '' : 's'}. \`docker compose up\` creates a private network for the project, starts each service as one or more containers, and lets them reach each other by service name.${name ? '' : ' With no `name`, the project is named after its folder.'}`,
  );

  if (services.length) {
    out.push('## Services');
    const { out: deps } = dependencyGraph(model);
    for (const s of services) {
      const details: string[] = [source(model, s, env)];
      const replicas = replicasOf(model, s, env).count;
      if (replicas > 1) details.push(`${replicas} containers`);
      const d = deps.get(s.name) ?? [];
      if (d.length) details.push(`starts after ${d.map((x) => `${inlineCode(x.name)}${x.condition === 'service_started' ? '' : ` (${x.condition.replace('service_', '').replace(/_/g, ' ')})`}`).join(', ')}`);
      const health = healthcheckOf(model, s);
      if (health === 'defined') details.push('has a healthcheck');
      const restart = model.str(s.get('restart')?.value, env);
      if (restart) details.push(`restart: ${inlineCode(restart)}`);
      const profiles = s.get('profiles');
      if (isSeq(profiles?.value)) details.push(`only with profile ${(profiles?.value.items as Node[]).map((p) => inlineCode(scalarString(p) ?? '')).join(' or ')}`);
      out.push(`- **${inlineCode(s.name)}** ${details.join('; ')}.`);
    }

    const { order, cyclic } = startOrder(model);
    if (order.length > 1 || cyclic.length) {
      out.push('## Start order');
      out.push('Compose starts dependencies first. `depends_on` waits only for a container to start unless it says `condition: service_healthy`, which waits for the healthcheck to pass.');
      order.forEach((step, i) => out.push(`${i + 1}. ${step.map(inlineCode).join(', ')}`));
      if (cyclic.length) out.push(`These services depend on each other in a cycle, so Compose refuses to start them: ${cyclic.map(inlineCode).join(', ')}.`);
    }

    const ports = services.flatMap((s) => servicePorts(model, s, env).map((p) => ({ s, p })));
    out.push('## Reachable from outside');
    if (ports.length === 0) out.push('No service publishes a port, so nothing is reachable from the host or the network; services still reach each other inside the project network.');
    else {
      const rows = ['| Service | Host address | Host port | Container port | |', '|---|---|---|---|---|'];
      for (const { s, p } of ports) {
        const everywhere = !p.hostIp || p.hostIp === '0.0.0.0' || p.hostIp === '::';
        rows.push(`| ${inlineCode(s.name)} | ${everywhere ? 'all interfaces' : inlineCode(p.hostIp as string)} | ${p.published ? inlineCode(p.published) : 'random'} | ${inlineCode(`${p.target ?? ''}/${p.protocol}`)} | ${everywhere ? 'reachable by any machine that can reach this host' : 'local to that address'} |`);
      }
      out.push(rows.join('\n'));
    }
    const hostNet = services.filter((s) => model.str(s.get('network_mode')?.value, env) === 'host');
    if (hostNet.length) out.push(`${hostNet.map((s) => inlineCode(s.name)).join(', ')} ${hostNet.length === 1 ? 'uses' : 'use'} the host's network directly: every port ${hostNet.length === 1 ? 'it opens' : 'they open'} is open on the host.`);

    const mounts = services.flatMap((s) => serviceVolumes(model, s, env).map((v) => ({ s, v })));
    out.push('## Data');
    out.push('Containers are ephemeral: what they write inside themselves is lost when they are removed. Only volumes and bind mounts keep data.');
    if (mounts.length === 0) out.push('No service mounts a volume, so every service loses its data when its container is re-created.');
    else {
      for (const { s, v } of mounts) {
        const what = v.type === 'bind' ? `host folder ${inlineCode(v.source ?? '')}` : v.type === 'volume' ? (v.source ? `named volume ${inlineCode(v.source)}` : 'an anonymous volume (a new one per container)') : `a ${v.type} mount${v.source ? ` of ${inlineCode(v.source)}` : ''}`;
        out.push(`- ${inlineCode(s.name)} keeps ${inlineCode(v.target ?? '?')} in ${what}`);
      }
    }
    const networks = [...model.declared('networks').keys()];
    if (networks.length) {
      out.push('## Networks');
      for (const n of networks) {
        const members = services.filter((s) => networksOf(model, s).includes(n)).map((s) => inlineCode(s.name));
        out.push(`- ${inlineCode(n)}: ${members.length ? members.join(', ') : 'no service joins it'}`);
      }
      const onDefault = services.filter((s) => networksOf(model, s).length === 0 && !s.get('network_mode')).map((s) => inlineCode(s.name));
      if (onDefault.length) out.push(`- \`default\`: ${onDefault.join(', ')}`);
    }
  }

  out.push('## Findings');
  if (diagnostics.length === 0) out.push('No problems found.');
  else {
    const bySeverity = ['error', 'warning', 'info', 'hint'].map((sev) => [sev, diagnostics.filter((d) => d.severity === sev).length] as const).filter(([, n]) => n > 0);
    out.push(bySeverity.map(([sev, n]) => `${n} ${sev}${n === 1 ? '' : sev === 'info' || sev === 'hint' ? '' : 's'}`).join(', ') + '.');
    for (const d of diagnostics.slice(0, 20)) out.push(`- Line ${d.range.start.line + 1}: ${messageMarkdown(d.message)} (${inlineCode(d.rule)})`);
    if (diagnostics.length > 20) out.push(`- … and ${diagnostics.length - 20} more.`);
  }
  return out.join('\n\n') + '\n';
}
