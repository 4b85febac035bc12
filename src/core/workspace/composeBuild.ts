/**
 * Compose `build:` → the Dockerfile it builds: the stage named by `target` must exist in that
 * Dockerfile, or `docker compose build` stops with "target stage could not be found".
 */
import { isMap, isScalar, type Node } from 'yaml';
import type { ComposeModel } from '../compose/model';
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

export interface BuildTargetFact {
  service: string;
  /** Absolute path of the Dockerfile the service builds. */
  dockerfile: string;
  /** The Dockerfile as the Compose file names it (context and dockerfile joined), for messages. */
  shown: string;
  target: string;
  range: Range;
}

/** The `build` entries with a literal target whose Dockerfile path can be known without interpolation. */
export function buildTargets(fileName: string, model: ComposeModel): BuildTargetFact[] {
  const out: BuildTargetFact[] = [];
  for (const service of model.services) {
    const build = service.get('build')?.value;
    if (!isMap(build)) continue;
    const target = scalar(model.entry(build, 'target')?.value);
    const targetNode = model.entry(build, 'target')?.value;
    if (!target || !targetNode?.range || target.includes('$')) continue;
    const context = scalar(model.entry(build, 'context')?.value) ?? '.';
    const dockerfile = scalar(model.entry(build, 'dockerfile')?.value) ?? 'Dockerfile';
    // Remote contexts (git URLs) and interpolated paths cannot be read from here.
    if (/^[a-z]+:\/\//i.test(context) || context.startsWith('git@') || context.includes('$') || dockerfile.includes('$')) continue;
    const folder = isAbsolutePath(context) ? context : joinPath(dirname(fileName), context);
    out.push({ service: service.name, dockerfile: isAbsolutePath(dockerfile) ? dockerfile : joinPath(folder, dockerfile), shown: isAbsolutePath(dockerfile) ? dockerfile : joinPath(context, dockerfile), target, range: model.lines.range(targetNode.range[0], targetNode.range[1]) });
  }
  return out;
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
  const names = dockerfile.stages.filter((s) => s.name).map((s) => ({ name: s.name!.text, stage: s }));
  if (names.some((n) => n.name.toLowerCase() === fact.target.toLowerCase())) return undefined;
  const list = names.length ? `its stages are ${names.map((n) => n.name).join(', ')}` : 'it names no stage (add `AS name` to a FROM line)';
  return {
    range: fact.range,
    message: `Service "${fact.service}" builds target "${fact.target}", but ${fact.shown} has no stage of that name; ${list}.`,
    related: names.slice(0, 5).map((n) => ({ message: `stage "${n.name}"`, range: n.stage.from.range, path: fact.dockerfile })),
  };
}
