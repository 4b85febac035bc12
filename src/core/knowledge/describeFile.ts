/**
 * "You are here": which pyramid level a file belongs to and what it holds, in a few plain facts.
 * Every string may contain text from the user's file; whoever renders it must escape it.
 */
import type { Dockerfile } from '../dockerfile/model';
import type { ComposeModel } from '../compose/model';
import { baseName, detectKind } from '../fileKind';
import type { KubernetesModel } from '../kubernetes/model';
import type { LanguageSupport } from '../language';
import { languages } from '../languages';
import type { FileDescription } from './fileDescription';

export type { FileDescription } from './fileDescription';

const MAX_PARTS = 50;

export function describeFile(text: string, fileName: string, language?: string): FileDescription | undefined {
  const kind = detectKind(fileName, text, language);
  if (!kind) return undefined;
  const name = baseName(fileName);
  switch (kind) {
    case 'dockerfile':
      return { kind, fileName: name, level: 'containers', place: 'Containers: a recipe that builds an image', kinds: [], parts: dockerfileStages(text, fileName) };
    case 'compose':
      return { kind, fileName: name, level: 'containers', place: 'Containers: several containers on one host, started together', kinds: [], parts: composeServices(text, fileName) };
    case 'kubernetes':
      return { kind, fileName: name, level: 'kubernetes', place: 'Kubernetes: objects the cluster keeps running', kinds: kubernetesKinds(text, fileName), parts: [] };
  }
}

function dockerfileStages(text: string, fileName: string): string[] {
  const model = (languages.dockerfile as LanguageSupport<Dockerfile>).parse(text, fileName);
  return model.stages.slice(0, MAX_PARTS).map((stage) => {
    const image = stage.image.token.text;
    return stage.name ? `${stage.name.text} (from ${image})` : `stage ${stage.index + 1} (from ${image})`;
  });
}

function composeServices(text: string, fileName: string): string[] {
  const model = (languages.compose as LanguageSupport<ComposeModel>).parse(text, fileName);
  return model.services.slice(0, MAX_PARTS).map((s) => s.name);
}

function kubernetesKinds(text: string, fileName: string): string[] {
  const model = (languages.kubernetes as LanguageSupport<KubernetesModel>).parse(text, fileName);
  const counts = new Map<string, number>();
  for (const doc of model.documents) {
    if (!doc.kind || !doc.isKubernetesObject) continue;
    counts.set(doc.kind, (counts.get(doc.kind) ?? 0) + 1);
  }
  return [...counts].slice(0, MAX_PARTS).map(([k, n]) => (n > 1 ? `${k} \u00d7${n}` : k));
}
