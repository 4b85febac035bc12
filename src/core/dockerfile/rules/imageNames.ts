/** Splitting image references the way Docker does, for references that are not a FROM's own image. */

export interface ImageName {
  /** docker.io when no registry is written. */
  registry: string;
  explicitRegistry: boolean;
  /** Offsets of the tag (without `:`) within the reference, when there is one. */
  tag?: { text: string; start: number };
  digest?: string;
}

export function parseImageName(reference: string): ImageName {
  let rest = reference;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag: ImageName['tag'];
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = { text: rest.slice(colon + 1), start: colon + 1 };
    rest = rest.slice(0, colon);
  }
  const slash = rest.indexOf('/');
  const first = slash >= 0 ? rest.slice(0, slash) : '';
  const explicitRegistry = slash >= 0 && (first.includes('.') || first.includes(':') || first === 'localhost');
  return { registry: explicitRegistry ? first.toLowerCase() : 'docker.io', explicitRegistry, tag, digest };
}

/** Docker Hub answers to several names; a trusted-registry entry for one covers the others. */
const DOCKER_HUB = ['docker.io', 'hub.docker.com', 'index.docker.io', 'registry-1.docker.io'];

function matchesPattern(registry: string, pattern: string): boolean {
  const p = pattern.trim().toLowerCase();
  if (p === '*') return true;
  if (p.startsWith('*')) return registry.endsWith(p.slice(1));
  if (p.endsWith('*')) return registry.startsWith(p.slice(0, -1));
  return registry === p;
}

/** Whether `registry` is allowed by hadolint-style patterns: exact, `*`, `*.suffix`, `prefix*`. */
export function isTrustedRegistry(registry: string, patterns: readonly string[]): boolean {
  const names = DOCKER_HUB.includes(registry) ? DOCKER_HUB : [registry];
  return patterns.some((p) => names.some((name) => matchesPattern(name, p)));
}
