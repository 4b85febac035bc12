import type { FileKind } from './types';

const DOCKERFILE_NAME = /^(?:dockerfile|containerfile)(?:\..+)?$|\.dockerfile$/i;
const COMPOSE_NAME = /^(?:compose(?:\.[^/]+)?|docker-compose[^/]*)\.ya?ml$/i;
const YAML_NAME = /\.ya?ml$/i;

/** Editor language ids and file kinds that force a kind. */
const LANGUAGE_OVERRIDES: Record<string, FileKind> = {
  dockerfile: 'dockerfile',
  containerfile: 'dockerfile',
  dockercompose: 'compose',
  compose: 'compose',
  kubernetes: 'kubernetes',
};

export function baseName(fileName: string): string {
  const cut = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
  return fileName.slice(cut + 1);
}

export function kindFromName(fileName: string): FileKind | undefined {
  const name = baseName(fileName);
  if (name.startsWith('Dockerfile') || name.startsWith('Containerfile') || DOCKERFILE_NAME.test(name)) {
    // `Dockerfile.*` is a Dockerfile by convention except for files of other formats beside it.
    if (!/\.(?:ya?ml|json|md|txt|sh|py|js|ts)$/i.test(name) || /\.dockerfile$/i.test(name)) return 'dockerfile';
  }
  if (COMPOSE_NAME.test(name)) return 'compose';
  return undefined;
}

/**
 * A YAML file is a Kubernetes manifest when one of its documents has top-level `apiVersion` and `kind`.
 * This is a cheap line scan, not a parse: it runs on every YAML file the editor opens.
 */
export function looksLikeKubernetes(text: string): boolean {
  let apiVersion = false;
  let kind = false;
  const re = /^(apiVersion|kind|---)[ \t]*(?::|$)/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[1] === '---') {
      apiVersion = kind = false;
      continue;
    }
    if (m[1] === 'apiVersion') apiVersion = true;
    else kind = true;
    if (apiVersion && kind) return true;
  }
  return false;
}

function isKustomization(fileName: string): boolean {
  return /^kustomization\.ya?ml$/i.test(baseName(fileName));
}

/** Decides which engine reads a file: an explicit language first, then the name, then the content. */
export function detectKind(fileName: string, text: string, language?: string): FileKind | undefined {
  const forced = language ? LANGUAGE_OVERRIDES[language.toLowerCase()] : undefined;
  if (forced) return forced;
  const byName = kindFromName(fileName);
  if (byName) return byName;
  const yamlish = language === 'yaml' || YAML_NAME.test(fileName);
  if (yamlish && !isKustomization(fileName) && looksLikeKubernetes(text)) return 'kubernetes';
  return undefined;
}
