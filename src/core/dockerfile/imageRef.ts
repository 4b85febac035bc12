/**
 * Splits an image reference `[registry/]repository[:tag][@digest]` the way Docker's reference
 * grammar does: the first path component is a registry only when it holds a `.` or `:` or is
 * `localhost`; a bare name on Docker Hub lives under `library/`.
 */
import type { LineIndex } from '../text';
import type { ImageRef, Token } from './model';

export interface ImageParts {
  registry: string;
  explicitRegistry: boolean;
  repository: string;
  /** Offsets into the parsed string of each written part. */
  registrySpan?: [number, number];
  repositorySpan: [number, number];
  tag?: string;
  tagSpan?: [number, number];
  digest?: string;
  digestSpan?: [number, number];
}

export const DOCKER_HUB = 'docker.io';

export function splitImage(ref: string): ImageParts {
  let nameEnd = ref.length;
  let digest: string | undefined;
  let digestSpan: [number, number] | undefined;
  const at = ref.indexOf('@');
  if (at >= 0) {
    digest = ref.slice(at + 1);
    digestSpan = [at + 1, ref.length];
    nameEnd = at;
  }
  let tag: string | undefined;
  let tagSpan: [number, number] | undefined;
  const lastSlash = ref.lastIndexOf('/', nameEnd - 1);
  const colon = ref.indexOf(':', lastSlash + 1);
  if (colon >= 0 && colon < nameEnd) {
    tag = ref.slice(colon + 1, nameEnd);
    tagSpan = [colon + 1, nameEnd];
    nameEnd = colon;
  }
  const firstSlash = ref.indexOf('/');
  let registry = DOCKER_HUB;
  let explicitRegistry = false;
  let registrySpan: [number, number] | undefined;
  let repoStart = 0;
  if (firstSlash > 0 && firstSlash < nameEnd) {
    const first = ref.slice(0, firstSlash);
    if (first.includes('.') || first.includes(':') || first === 'localhost') {
      registry = first;
      explicitRegistry = true;
      registrySpan = [0, firstSlash];
      repoStart = firstSlash + 1;
    }
  }
  let repository = ref.slice(repoStart, nameEnd);
  const hub = registry === DOCKER_HUB || registry === 'index.docker.io' || registry === 'registry-1.docker.io';
  if (hub && !repository.includes('/') && repository) repository = 'library/' + repository;
  return { registry, explicitRegistry, repository, registrySpan, repositorySpan: [repoStart, nameEnd], tag, tagSpan, digest, digestSpan };
}

/** The ImageRef of a FROM (or COPY --from / mount from=) value. `resolved` is its statically expanded text. */
export function imageRef(token: Token, value: string, resolved: string | undefined, lines: LineIndex): ImageRef {
  const usesVariables = value.includes('$');
  const text = usesVariables ? (resolved ?? value) : value;
  const parts = splitImage(text);
  const ref: ImageRef = {
    token,
    resolved,
    registry: parts.registry,
    explicitRegistry: parts.explicitRegistry,
    repository: parts.repository,
    isScratch: text === 'scratch',
    usesVariables,
  };
  if (parts.tag !== undefined) ref.tag = parts.tag;
  if (parts.digest !== undefined) ref.digest = parts.digest;
  // Part ranges only when the reference is written literally and unquoted, so offsets line up.
  if (!usesVariables && value === token.text && token.end - token.start === value.length) {
    const at = (span: [number, number]) => lines.range(token.start + span[0], token.start + span[1]);
    if (parts.registrySpan) ref.registryRange = at(parts.registrySpan);
    ref.repositoryRange = at(parts.repositorySpan);
    if (parts.tagSpan) ref.tagRange = at(parts.tagSpan);
    if (parts.digestSpan) ref.digestRange = at(parts.digestSpan);
  }
  return ref;
}

/** A reference the registry would refuse: empty, upper-case repository, bad tag or digest. */
export function imageRefProblem(text: string): string | undefined {
  if (!text) return 'the image name is empty';
  const p = splitImage(text);
  const repo = text.slice(p.repositorySpan[0], p.repositorySpan[1]);
  if (!repo) return 'the repository name is empty';
  if (!/^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/.test(repo)) {
    return /[A-Z]/.test(repo) ? 'repository names must be lower-case' : `"${repo}" is not a valid repository name`;
  }
  if (p.tag !== undefined && !/^[\w][\w.-]{0,127}$/.test(p.tag)) return `"${p.tag}" is not a valid tag`;
  if (p.digest !== undefined && !/^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/.test(p.digest)) {
    return `"${p.digest}" is not a valid digest`;
  }
  return undefined;
}
