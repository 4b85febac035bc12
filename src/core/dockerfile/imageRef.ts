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
  /**
   * Offsets into the parsed string of the written repository; the registry ends one character before
   * it, a tag starts one after it and ends where the digest's `@` is. Numbers rather than a [start, end]
   * pair per part: four small arrays per FROM were most of this module's allocation.
   */
  repositoryStart: number;
  repositoryEnd: number;
  tag?: string;
  digest?: string;
  /** Offset of the digest, after the `@` (-1 when there is none), and the parsed string's length. */
  digestStart: number;
  end: number;
}

export const DOCKER_HUB = 'docker.io';

export function splitImage(ref: string): ImageParts {
  let nameEnd = ref.length;
  let digest: string | undefined;
  const at = ref.indexOf('@');
  if (at >= 0) {
    digest = ref.slice(at + 1);
    nameEnd = at;
  }
  let tag: string | undefined;
  const lastSlash = ref.lastIndexOf('/', nameEnd - 1);
  const colon = ref.indexOf(':', lastSlash + 1);
  if (colon >= 0 && colon < nameEnd) {
    tag = ref.slice(colon + 1, nameEnd);
    nameEnd = colon;
  }
  const firstSlash = ref.indexOf('/');
  let registry = DOCKER_HUB;
  let explicitRegistry = false;
  let repoStart = 0;
  if (firstSlash > 0 && firstSlash < nameEnd) {
    const first = ref.slice(0, firstSlash);
    if (first.includes('.') || first.includes(':') || first === 'localhost') {
      registry = first;
      explicitRegistry = true;
      repoStart = firstSlash + 1;
    }
  }
  let repository = ref.slice(repoStart, nameEnd);
  const hub = registry === DOCKER_HUB || registry === 'index.docker.io' || registry === 'registry-1.docker.io';
  if (hub && !repository.includes('/') && repository) repository = 'library/' + repository;
  return {
    registry, explicitRegistry, repository, repositoryStart: repoStart, repositoryEnd: nameEnd, tag, digest, digestStart: at < 0 ? -1 : at + 1, end: ref.length,
  };
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
    const p = this.#parts;
    return p.explicitRegistry ? this.#range(0, p.repositoryStart - 1) : undefined;
  }

  get repositoryRange(): Range | undefined {
    return this.#range(this.#parts.repositoryStart, this.#parts.repositoryEnd);
  }

  get tagRange(): Range | undefined {
    const p = this.#parts;
    return p.tag !== undefined ? this.#range(p.repositoryEnd + 1, p.digestStart < 0 ? p.end : p.digestStart - 1) : undefined;
  }

  get digestRange(): Range | undefined {
    const p = this.#parts;
    return p.digestStart >= 0 ? this.#range(p.digestStart, p.end) : undefined;
  }

  #range(start: number, end: number): Range | undefined {
    return this.#lines ? this.#lines.range(this.token.start + start, this.token.start + end) : undefined;
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
  const repo = text.slice(p.repositoryStart, p.repositoryEnd);
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
