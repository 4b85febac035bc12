/** ARGs that exist without a declaration: platform, proxy and BuildKit built-in build arguments. */
import { ref, type Doc } from './doc';

const PLATFORM_LINK = ref('automatic-platform-args-in-the-global-scope');
const PLATFORM_USE =
  'It is predefined in the global scope (usable in `FROM`); inside a stage, declare `ARG <NAME>` without a value to use it.';

function platform(summary: string, example: string): Doc {
  return { summary, details: [`${example} ${PLATFORM_USE}`], link: PLATFORM_LINK };
}

function proxy(name: string, what: string): Doc {
  return {
    summary: `\`${name}\` is a predefined proxy argument: ${what}`,
    details: [
      'Pass it with `docker build --build-arg`; it is available to `RUN` without an `ARG` line and, unlike other ARGs, is left out of `docker history` so that credentials in a proxy URL do not leak. The lower-case spelling works the same way.',
    ],
    link: ref('predefined-args'),
  };
}

function buildkit(summary: string, detail: string): Doc {
  return { summary, details: [detail, 'Set it with `--build-arg` or declare it with `ARG` in the Dockerfile.'], link: ref('buildkit-built-in-build-args') };
}

const ENTRIES: Record<string, Doc> = {
  TARGETPLATFORM: platform('`TARGETPLATFORM` is the platform the image is being built for, such as `linux/amd64` or `linux/arm64/v8`.', 'It follows `docker build --platform` (the build machine\'s platform by default).'),
  TARGETOS: platform('`TARGETOS` is the operating system part of `TARGETPLATFORM`, e.g. `linux` or `windows`.', 'Typical use: `GOOS=$TARGETOS` when cross-compiling.'),
  TARGETARCH: platform('`TARGETARCH` is the architecture part of `TARGETPLATFORM`, e.g. `amd64` or `arm64`.', 'Typical use: `GOARCH=$TARGETARCH`, or choosing which release binary to download.'),
  TARGETVARIANT: platform('`TARGETVARIANT` is the CPU variant part of `TARGETPLATFORM`, e.g. `v7` for `linux/arm/v7`; often empty.', 'Typical use: `GOARM=${TARGETVARIANT#v}`.'),
  BUILDPLATFORM: platform('`BUILDPLATFORM` is the platform of the machine running the build, e.g. `linux/amd64`.', '`FROM --platform=$BUILDPLATFORM` runs a stage natively on the builder, the fast way to cross-compile.'),
  BUILDOS: platform('`BUILDOS` is the operating system part of `BUILDPLATFORM`.', 'Useful for downloading tools that run on the build machine.'),
  BUILDARCH: platform('`BUILDARCH` is the architecture part of `BUILDPLATFORM`, e.g. `amd64`.', 'Useful for downloading tools that run on the build machine.'),
  BUILDVARIANT: platform('`BUILDVARIANT` is the CPU variant part of `BUILDPLATFORM`; often empty.', 'Rarely needed outside ARM builders.'),
  HTTP_PROXY: proxy('HTTP_PROXY', 'the proxy for plain HTTP requests made by build commands.'),
  HTTPS_PROXY: proxy('HTTPS_PROXY', 'the proxy for HTTPS requests made by build commands.'),
  FTP_PROXY: proxy('FTP_PROXY', 'the proxy for FTP requests made by build commands.'),
  NO_PROXY: proxy('NO_PROXY', 'hosts and domains that build commands reach directly, bypassing the proxy.'),
  ALL_PROXY: proxy('ALL_PROXY', 'the proxy for any protocol without a more specific setting.'),
  BUILDKIT_INLINE_CACHE: buildkit('`BUILDKIT_INLINE_CACHE=1` writes build-cache metadata into the image itself, so a later build can use the pushed image as a cache source.', 'Used with `--cache-from=<image>`; the `inline` cache exporter is the modern way to say it.'),
  BUILDKIT_SYNTAX: buildkit('`BUILDKIT_SYNTAX` chooses the Dockerfile frontend image, overriding the `# syntax=` directive.', 'For example `--build-arg BUILDKIT_SYNTAX=docker/dockerfile:1.7`.'),
  BUILDKIT_CONTEXT_KEEP_GIT_DIR: buildkit('`BUILDKIT_CONTEXT_KEEP_GIT_DIR=1` keeps the `.git` directory when the build context is a Git URL.', 'Needed when the build reads Git metadata, such as the commit for a version label.'),
  BUILDKIT_MULTI_PLATFORM: buildkit('`BUILDKIT_MULTI_PLATFORM=1` makes the result a multi-platform image index even when only one platform is built.', 'Keeps the output format stable across single- and multi-platform builds.'),
  BUILDKIT_SANDBOX_HOSTNAME: buildkit('`BUILDKIT_SANDBOX_HOSTNAME` sets the hostname `RUN` commands see (default `buildkitsandbox`).', 'Useful for tools that behave differently by hostname.'),
  BUILDKIT_CACHE_MOUNT_NS: buildkit('`BUILDKIT_CACHE_MOUNT_NS` sets a namespace for the ids of cache mounts.', 'Lets several projects on one builder keep separate caches with the same ids.'),
  BUILDKIT_DOCKERFILE_CHECK: buildkit('`BUILDKIT_DOCKERFILE_CHECK` configures build checks from outside the file, like the `# check=` directive.', 'For example `--build-arg BUILDKIT_DOCKERFILE_CHECK=skip=all`.'),
  SOURCE_DATE_EPOCH: {
    summary: '`SOURCE_DATE_EPOCH` is a Unix timestamp that BuildKit uses for file and image timestamps, for reproducible builds.',
    details: ['With the same inputs and the same value, two builds produce byte-identical images.'],
    link: 'https://docs.docker.com/build/ci/github-actions/reproducible-builds/',
    linkTitle: 'Reproducible builds',
  },
};

/** Lookup by name; proxy ARGs also in lower case. */
export function predefinedArgDoc(name: string): Doc | undefined {
  if (Object.prototype.hasOwnProperty.call(ENTRIES, name)) return ENTRIES[name];
  if (/_proxy$/.test(name)) {
    const upper = name.toUpperCase();
    if (upper.endsWith('_PROXY') && Object.prototype.hasOwnProperty.call(ENTRIES, upper)) return ENTRIES[upper];
  }
  return undefined;
}
