/** What the common base-image variants and tag shapes mean. */
import { ref } from './doc';

interface Variant {
  /** Matched against `repository:tag` in lower case. */
  test: RegExp;
  text: string;
}

const VARIANTS: readonly Variant[] = [
  {
    test: /alpine/,
    text: '**alpine**: built on Alpine Linux, a base of about 5 MB that uses the musl C library and `apk`. Images are small, but software built for glibc may fail or behave differently (DNS resolution, locale, performance), and prebuilt Python wheels or Node addons may need compiling.',
  },
  {
    test: /slim/,
    text: '**slim**: a trimmed Debian with only the packages the runtime needs; it keeps glibc, so it is the compatible middle ground between the full image and alpine.',
  },
  { test: /trixie/, text: '**trixie**: based on Debian 13.' },
  { test: /bookworm/, text: '**bookworm**: based on Debian 12, the current stable release for most official images.' },
  { test: /bullseye/, text: '**bullseye**: based on Debian 11, now the old-stable release; plan a move to bookworm.' },
  { test: /buster|stretch|jessie/, text: '**buster/stretch/jessie**: based on a Debian release that no longer gets regular security updates; move to a current one.' },
  { test: /noble|jammy|focal/, text: '**noble/jammy/focal**: based on an Ubuntu LTS release (24.04, 22.04 or 20.04).' },
  {
    test: /distroless/,
    text: '**distroless**: contains only the application runtime and its libraries, with no shell and no package manager. Very small attack surface; debug with the `:debug` tags, and use the `:nonroot` tags to run as an unprivileged user.',
  },
  { test: /chiseled/, text: '**chiseled**: an Ubuntu image cut down to just the files the runtime needs, with no shell or package manager (distroless-style).' },
  { test: /chainguard|wolfi/, text: '**Chainguard/Wolfi**: minimal, frequently rebuilt images with few known vulnerabilities, usually without a shell.' },
  { test: /\bubi\d*|ubi-(?:minimal|micro)/, text: '**UBI**: Red Hat\'s freely redistributable Universal Base Image (RHEL-based, `dnf`/`microdnf`).' },
  {
    test: /servercore|windowsservercore/,
    text: '**Windows Server Core**: a Windows base with most of the Windows API and .NET Framework, several GB in size. Windows containers need a Windows host whose version matches (`ltsc2019`, `ltsc2022`...).',
  },
  {
    test: /nanoserver/,
    text: '**Nano Server**: the smallest Windows base (a few hundred MB), for .NET (Core) and other apps that need no full Windows API; it has no PowerShell by default. Needs a Windows host of a matching version.',
  },
  { test: /busybox/, text: '**busybox**: a tiny image (about 1-5 MB) whose one binary provides a shell and the common Unix tools; good for debugging or very small images.' },
  { test: /onbuild/, text: '**onbuild**: a deprecated variant whose `ONBUILD` triggers copy and build your code implicitly; write those steps in your own Dockerfile instead.' },
  { test: /-jre\b|jre-|:jre/, text: '**jre**: only the Java runtime, without the compiler, for running applications; build with a `-jdk` image in an earlier stage.' },
  { test: /-jdk\b|jdk-|:jdk/, text: '**jdk**: the full Java Development Kit, needed to compile; ship with a smaller JRE image.' },
  { test: /windowsservercore|ltsc20\d\d/, text: '**ltsc**: a Windows Long-Term Servicing Channel release; the host must run a compatible Windows version.' },
];

/** Explanations of the variants found in a repository and tag. */
export function describeVariants(repository: string, tag: string | undefined): string[] {
  const subject = (repository + ':' + (tag ?? '')).toLowerCase();
  const out: string[] = [];
  for (const v of VARIANTS) if (v.test.test(subject) && !out.includes(v.text)) out.push(v.text);
  return out;
}

export type Pinning = 'digest' | 'version' | 'floating' | 'latest' | 'untagged';

/** How precisely a tag/digest pins the base image. */
export function pinningOf(tag: string | undefined, digest: string | undefined): Pinning {
  if (digest) return 'digest';
  if (tag === undefined) return 'untagged';
  if (tag.toLowerCase() === 'latest') return 'latest';
  // A patch-level version (1.27.3, 3.12.4-slim) rarely moves; a major or minor tag follows new releases.
  if (/(^|[^\d.])\d+\.\d+\.\d+/.test(tag) || /^\d{8}/.test(tag) || /^[0-9a-f]{12,}$/.test(tag)) return 'version';
  return 'floating';
}

export const PINNING_TEXT: Readonly<Record<Pinning, string>> = {
  digest: 'Pinned by digest: the build always gets exactly these bytes, whatever happens to the tag. Update it deliberately (tools such as Renovate or Dependabot can).',
  version: 'Pinned to a precise version tag. Tags can still be re-pushed (for example for security rebuilds); add `@sha256:…` to pin the exact bytes.',
  floating: 'Not pinned: this tag moves as new releases come out, so two builds of the same Dockerfile can get different bases. Use a full version (or a digest) for reproducible builds.',
  latest: 'Not pinned: `latest` is just the default tag and moves with every release, so builds are not reproducible and can break unexpectedly. Name a version.',
  untagged: 'No tag is given, so Docker uses `latest`: the base moves with every release and builds are not reproducible. Name a version.',
};

export const IMAGE_CONCEPT =
  'An image is a read-only template of layers, stored and versioned in a registry; containers are running instances of it. The base image is the bottom layers of yours, so its size and contents ship with every container.';

export const SCRATCH_TEXT =
  '`scratch` is the empty image: no shell, no libraries, no files. The stage starts from nothing, which suits statically linked binaries (Go, Rust) and gives the smallest possible image.';

export const PINNING_LINK = 'https://docs.docker.com/build/building/best-practices/#pin-base-image-versions';
export const FROM_LINK = ref('from');

/** Docker Hub page of an image on Docker Hub, or undefined for other registries. */
export function hubPage(registry: string, repository: string): string | undefined {
  if (registry !== 'docker.io' && registry !== 'index.docker.io' && registry !== 'registry-1.docker.io') return undefined;
  if (!/^[a-z0-9._/-]+$/.test(repository)) return undefined;
  return repository.startsWith('library/') ? `https://hub.docker.com/_/${repository.slice(8)}` : `https://hub.docker.com/r/${repository}`;
}
