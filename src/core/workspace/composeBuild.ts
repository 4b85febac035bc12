/**
 * Compose `build:` → the Dockerfile it builds: the stage named by `target` must exist in that
 * Dockerfile, or `docker compose build` stops with "target stage could not be found".
 */
import { isMap, isScalar, type Node } from 'yaml';
import type { ComposeModel } from '../compose/model';
import { servicePorts } from '../compose/facts';
import type { Dockerfile } from '../dockerfile/model';
import { dirname, isAbsolutePath, joinPath } from '../paths';
import { defineRule } from '../rule';
import type { Range, RelatedLocation } from '../types';

export const COMPOSE_BUILD_TARGET = defineRule<never>(
  {
    id: 'compose-build-target',
    title: 'Compose build target names no stage of its Dockerfile',
    severity: 'error',
    appliesTo: 'compose',
    fixable: false,
    summary: 'A Compose `build.target` must name a stage (`FROM … AS name`) of the Dockerfile it builds, or `docker compose build` fails.',
  },
  () => undefined,
).meta;

export const COMPOSE_PORT_NOT_EXPOSED = defineRule<never>(
  {
    id: 'compose-port-not-exposed',
    title: 'Compose publishes a port its Dockerfile does not EXPOSE',
    severity: 'info',
    appliesTo: 'compose',
    fixable: false,
    summary: 'A port published for a service built from a Dockerfile that EXPOSEs other ports is usually a port the application does not listen on.',
  },
  () => undefined,
).meta;

export interface BuildTargetFact {
  service: string;
  /** Absolute path of the Dockerfile the service builds. */
  dockerfile: string;
  /** The Dockerfile as the Compose file names it (context and dockerfile joined), for messages. */
  shown: string;
  /** The stage built; absent: the last stage. */
  target?: string;
  /** Where `target` is written (findings about the stage point there). */
  range?: Range;
  /** Container ports published under `ports`, with their list items. */
  ports: { port: number; protocol: string; range: Range }[];
}

/** The services built from a Dockerfile whose path can be known without interpolation. */
export function buildTargets(fileName: string, model: ComposeModel): BuildTargetFact[] {
  const out: BuildTargetFact[] = [];
  for (const service of model.services) {
    const build = service.get('build')?.value;
    if (!build) continue;
    const map = isMap(build) ? build : undefined;
    const target = map && scalar(model.entry(map, 'target')?.value);
    const targetNode = map && model.entry(map, 'target')?.value;
    if (target?.includes('$')) continue;
    const context = (map ? scalar(model.entry(map, 'context')?.value) : scalar(build)) ?? '.';
    const dockerfile = (map && scalar(model.entry(map, 'dockerfile')?.value)) ?? 'Dockerfile';
    // Remote contexts (git URLs) and interpolated paths cannot be read from here.
    if (/^[a-z]+:\/\//i.test(context) || context.startsWith('git@') || context.includes('$') || dockerfile.includes('$')) continue;
    const folder = isAbsolutePath(context) ? context : joinPath(dirname(fileName), context);
    const ports = servicePorts(model, service, new Map()).flatMap((p) => {
      const port = p.target !== undefined && /^\d+$/.test(p.target) ? Number(p.target) : undefined;
      return port === undefined ? [] : [{ port, protocol: p.protocol.toLowerCase(), range: model.range(p.span) }];
    });
    out.push({
      service: service.name,
      dockerfile: isAbsolutePath(dockerfile) ? dockerfile : joinPath(folder, dockerfile),
      shown: isAbsolutePath(dockerfile) ? dockerfile : joinPath(context, dockerfile),
      ...(target && targetNode?.range ? { target, range: model.lines.range(targetNode.range[0], targetNode.range[1]) } : {}),
      ports,
    });
  }
  return out;
}

/**
 * Published container ports that the built stage (and the stages it builds on) does not EXPOSE.
 * A Dockerfile without any EXPOSE says nothing about its ports, so it is not judged.
 */
export function checkPorts(fact: BuildTargetFact, dockerfile: Dockerfile): BuildTargetFinding[] {
  let stage = fact.target ? dockerfile.stages.find((s) => s.name?.text.toLowerCase() === fact.target!.toLowerCase()) : dockerfile.stages[dockerfile.stages.length - 1];
  const exposed: { port: number; protocol: string }[] = [];
  const exposes: Range[] = [];
  const seen = new Set<number>();
  while (stage && !seen.has(stage.index)) {
    seen.add(stage.index);
    for (const ins of stage.instructions) {
      if (ins.keyword !== 'EXPOSE') continue;
      exposes.push(ins.range);
      for (const arg of ins.args) {
        const m = /^(\d+)(?:-(\d+))?(?:\/(tcp|udp|sctp))?$/i.exec(dockerfile.expand(arg.text, ins) ?? '');
        // A port that cannot be read (an unknown variable) could be anything: judge nothing.
        if (!m) return [];
        for (let p = Number(m[1]); p <= Number(m[2] ?? m[1]); p++) exposed.push({ port: p, protocol: (m[3] ?? 'tcp').toLowerCase() });
      }
    }
    const parent = dockerfile.stageByRef(stage.from.args[0]?.value ?? '');
    stage = parent && parent.index < stage.index ? parent : undefined;
  }
  if (exposes.length === 0) return [];
  const list = [...new Set(exposed.map((e) => `${e.port}/${e.protocol}`))].join(', ');
  return fact.ports
    .filter((p) => !exposed.some((e) => e.port === p.port && e.protocol === p.protocol))
    .map((p) => ({
      range: p.range,
      message: `Service "${fact.service}" publishes container port ${p.port}/${p.protocol}, but ${fact.shown}${fact.target ? ` (stage "${fact.target}")` : ''} EXPOSEs ${list}; check the port the application listens on.`,
      related: exposes.slice(0, 3).map((range) => ({ message: 'EXPOSE', range, path: fact.dockerfile })),
    }));
}

function scalar(node: Node | null | undefined): string | undefined {
  return isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number') ? String(node.value) : undefined;
}

export interface BuildTargetFinding {
  range: Range;
  message: string;
  related: RelatedLocation[];
}

export function checkBuildTarget(fact: BuildTargetFact, dockerfile: Dockerfile): BuildTargetFinding | undefined {
  const target = fact.target;
  if (!target || !fact.range) return undefined;
  const names = dockerfile.stages.filter((s) => s.name).map((s) => ({ name: s.name!.text, stage: s }));
  if (names.some((n) => n.name.toLowerCase() === target.toLowerCase())) return undefined;
  const list = names.length ? `its stages are ${names.map((n) => n.name).join(', ')}` : 'it names no stage (add `AS name` to a FROM line)';
  return {
    range: fact.range,
    message: `Service "${fact.service}" builds target "${fact.target}", but ${fact.shown} has no stage of that name; ${list}.`,
    related: names.slice(0, 5).map((n) => ({ message: `stage "${n.name}"`, range: n.stage.from.range, path: fact.dockerfile })),
  };
}
