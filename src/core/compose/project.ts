/**
 * What the rest of the project defines. An override file (`compose.prod.yaml`,
 * `docker-compose.override.yml`) is used together with the base file beside it
 * (`docker compose -f compose.yaml -f compose.prod.yaml`), so a service it depends on may live
 * there. The base file is read through the file host; when it cannot be read, checks that need
 * the whole project stay quiet rather than guess.
 */
import type { FileHost } from '../config';
import { baseName } from '../fileKind';
import { healthcheckOf } from './facts';
import { parseCompose, type ComposeModel, type TopLevelSection } from './model';

const OVERRIDE = /^(?:docker-)?compose[.-][^/\\]*\.ya?ml$/i;
const BASE_FILES = ['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml'];

export interface ProjectView {
  /** False when part of the project is out of sight (an `include`, or an override whose base file cannot be read). */
  complete: boolean;
  services: Set<string>;
  /** Services with a healthcheck in this file or the base file. */
  healthy: Set<string>;
  declared: Record<TopLevelSection, Set<string>>;
}

export function isOverrideFile(fileName: string): boolean {
  return OVERRIDE.test(baseName(fileName));
}

function collect(view: ProjectView, model: ComposeModel): void {
  for (const s of model.services) {
    view.services.add(s.name);
    if (healthcheckOf(model, s) === 'defined') view.healthy.add(s.name);
  }
  for (const section of Object.keys(view.declared) as TopLevelSection[]) for (const name of model.declared(section).keys()) view.declared[section].add(name);
}

export function projectView(model: ComposeModel, host: FileHost | undefined): ProjectView {
  const override = isOverrideFile(model.fileName);
  const folder = model.fileName.slice(0, Math.max(model.fileName.lastIndexOf('/'), model.fileName.lastIndexOf('\\')) + 1);
  const bases = override ? BASE_FILES.map((name) => ({ path: folder + name, text: host?.readFile(folder + name) })) : [];
  // Several rules ask in one lint; the base files are re-read each time but parsed only when they changed.
  const key = bases.map((b) => b.text ?? '\0').join('\0\0');
  const cached = model.memo.get('project') as { key: string; view: ProjectView } | undefined;
  if (cached && cached.key === key) return cached.view;
  const view = build(model, override, bases);
  model.memo.set('project', { key, view });
  return view;
}

function build(model: ComposeModel, override: boolean, bases: { path: string; text: string | undefined }[]): ProjectView {
  const view: ProjectView = {
    complete: !model.top('include'),
    services: new Set(),
    healthy: new Set(),
    declared: { volumes: new Set(), networks: new Set(), secrets: new Set(), configs: new Set() },
  };
  collect(view, model);
  if (!override) return view;
  const found = bases.filter((b) => b.text !== undefined);
  for (const b of found) collect(view, parseCompose(b.text as string, b.path));
  if (found.length === 0) view.complete = false;
  return view;
}
