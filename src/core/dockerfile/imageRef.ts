/**
 * Splits an image reference `[registry/]repository[:tag][@digest]` the way Docker's reference
 * grammar does: the first path component is a registry only when it holds a `.` or `:` or is
 * `localhost`; a bare name on Docker Hub lives under `library/`.
 */
import type { LineIndex } from '../text';
import type { Range } from '../types';
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

/**
 * An ImageRef whose part ranges are computed on first read: only a few rules and the hover
 * look at them, and each costs two offset-to-position searches per FROM.
 */
class ParsedImageRef implements ImageRef {
  readonly #parts: ImageParts;
  readonly #lines: LineIndex | undefined;
  stageRef?: number = undefined;
  tag?: string = undefined;
  digest?: string = undefined;
  registry: string;
  explicitRegistry: boolean;
  repository: string;

  constructor(
    readonly token: Token,
    readonly resolved: string | undefined,
    parts: ImageParts,
    readonly isScratch: boolean,
    readonly usesVariables: boolean,
    /** Set when the reference is written literally and unquoted, so part offsets line up with the file. */
    lines: LineIndex | undefined,
  ) {
    this.#parts = parts;
    this.#lines = lines;
    this.registry = parts.registry;
    this.explicitRegistry = parts.explicitRegistry;
    this.repository = parts.repository;
    if (parts.tag !== undefined) this.tag = parts.tag;
    if (parts.digest !== undefined) this.digest = parts.digest;
  }

  get registryRange(): Range | undefined {
    return this.#range(this.#parts.registrySpan);
  }

  get repositoryRange(): Range | undefined {
    return this.#range(this.#parts.repositorySpan);
  }

  get tagRange(): Range | undefined {
    return this.#range(this.#parts.tagSpan);
  }

  get digestRange(): Range | undefined {
    return this.#range(this.#parts.digestSpan);
  }

  #range(span: [number, number] | undefined): Range | undefined {
    return span && this.#lines ? this.#lines.range(this.token.start + span[0], this.token.start + span[1]) : undefined;
  }
}

/** The ImageRef of a FROM (or COPY --from / mount from=) value. `resolved` is its statically expanded text. */
export function imageRef(
  token: Token,
  value: string,
  resolved: string | undefined,
  lines: LineIndex,
  parts: ImageParts = splitImage(value.includes('$') ? (resolved ?? value) : value),
): ImageRef {
  const usesVariables = value.includes('$');
  const text = usesVariables ? (resolved ?? value) : value;
  // Part ranges only when the reference is written literally and unquoted, so offsets line up.
  const literal = !usesVariables && value === token.text && token.end - token.start === value.length;
  return new ParsedImageRef(token, resolved, parts, text === 'scratch', usesVariables, literal ? lines : undefined);
}

/** A reference the registry would refuse: empty, upper-case repository, bad tag or digest. */
export function imageRefProblem(text: string, p: ImageParts = splitImage(text)): string | undefined {
  if (!text) return 'the image name is empty';
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
