/** Registries of image references that are not a FROM's own image (COPY --from, RUN --mount from=). */

/** The registry host an image reference pulls from: docker.io when none is written. */
export function registryOf(reference: string): string {
  const name = reference.split('@')[0];
  const slash = name.indexOf('/');
  const first = slash >= 0 ? name.slice(0, slash) : '';
  const explicit = slash >= 0 && (first.includes('.') || first.includes(':') || first === 'localhost');
  return explicit ? first.toLowerCase() : 'docker.io';
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
