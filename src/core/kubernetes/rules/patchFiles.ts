/**
 * Kustomize patches hold only the fields they change, so "field X is missing" means nothing there: the
 * base has it. Checks about absent fields (and selector matching, which needs the base's labels) skip
 * patch files; checks about values that are present still run.
 */
import type { KubernetesModel } from '../model';
import { isPatchFile } from '../validate';
import { fileModel } from './documentView';
import type { KubeContext } from './kubeRule';

const KUSTOMIZATION_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

/** The kustomization file in the linted file's folder, when the host can read it. */
export function kustomizationBeside(fileName: string, host: KubeContext['host']): string | undefined {
  if (!host) return undefined;
  const cut = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
  const dir = cut < 0 ? '' : fileName.slice(0, cut + 1);
  for (const name of KUSTOMIZATION_NAMES) {
    const text = host.readFile(dir + name);
    if (text !== undefined) return text;
  }
  return undefined;
}

const cache = new WeakMap<KubernetesModel, boolean>();

export function isPatch(ctx: KubeContext): boolean {
  const file = fileModel(ctx.model);
  let patch = cache.get(file);
  if (patch === undefined) {
    patch = isPatchFile(ctx.fileName, kustomizationBeside(ctx.fileName, ctx.host));
    cache.set(file, patch);
  }
  return patch;
}
