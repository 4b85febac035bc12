/** What each Dockerfile instruction does, in plain words, tied to the concept behind it. */
import { ref, type Doc } from './doc';

const LAYER =
  'Each instruction that changes files adds a read-only layer to the image, and BuildKit caches it: when the instruction and everything before it are unchanged, the next build reuses the cached layer instead of running it again. Put what changes least near the top.';

export const INSTRUCTION_DOCS: Readonly<Record<string, Doc>> = {
  FROM: {
    summary: '`FROM` starts a new build stage on top of a base image (or on an earlier stage, or on nothing with `scratch`).',
    details: [
      'Syntax: `FROM [--platform=<platform>] <image>[:<tag>|@<digest>] [AS <name>]`. Every instruction after it, up to the next `FROM`, builds on that base.',
      'Several `FROM` lines make a multi-stage build: a stage that compiles or installs can hand only its results to a small final stage with `COPY --from`, so compilers and caches never reach the shipped image. The last stage is what `docker build` produces unless `--target` names another.',
      'Only `ARG` may come before the first `FROM`; such global ARGs can be used in `FROM` lines.',
    ],
    concept:
      'An image is a read-only template made of layers; a container is a running instance of it. The base image supplies the user-space files (shell, libraries, runtime), but never a kernel: containers share the host kernel, which is why they start in seconds and weigh megabytes where a VM boots a whole operating system in minutes and weighs gigabytes.',
    link: ref('from'),
  },
  RUN: {
    summary: '`RUN` executes a command at build time in a temporary container and saves the files it changed as a new image layer.',
    details: [
      'Shell form `RUN apt-get update && apt-get install -y curl` runs through the stage\'s shell (`/bin/sh -c` on Linux); exec form `RUN ["executable", "arg"]` runs the program directly, with no shell to expand variables or chain commands. A heredoc (`RUN <<EOF`) runs a multi-line script in one step.',
      'Flags: `--mount` gives the command a cache, secret, SSH agent or files from another stage without storing them in the layer; `--network` and `--security` change its sandbox.',
      LAYER + ' Chain related commands with `&&` and clean up in the same `RUN`: files deleted in a later layer still take space in the earlier one.',
    ],
    concept: 'Build time and run time are separate: `RUN` shapes the image once; `CMD`/`ENTRYPOINT` say what each container started from it runs.',
    link: ref('run'),
  },
  CMD: {
    summary: '`CMD` sets the default command (or default arguments for `ENTRYPOINT`) that a container runs when it starts.',
    details: [
      'Exec form `CMD ["node", "server.js"]` is preferred: the program runs as PID 1 and receives stop signals directly. Shell form `CMD node server.js` wraps it in `/bin/sh -c`, which does not forward signals, so `docker stop` waits and then kills it.',
      'Only the last `CMD` of the final stage counts, and `docker run IMAGE other-command` replaces it. With an `ENTRYPOINT`, `CMD` supplies its default arguments.',
    ],
    concept: 'Nothing runs at build time: `CMD` is recorded in the image\'s configuration and used each time a container is created from the image.',
    link: ref('cmd'),
  },
  LABEL: {
    summary: '`LABEL` adds `key=value` metadata to the image, such as its source, version or maintainer.',
    details: [
      'Labels cost no layer. Prefer the OCI keys other tools read: `org.opencontainers.image.source`, `.version`, `.authors`, `.description`, `.licenses`.',
      'Labels are inherited from the base image; a later label with the same key overrides the earlier one.',
    ],
    link: ref('label'),
  },
  MAINTAINER: {
    summary: '`MAINTAINER` is deprecated: it records the author of the image, which a `LABEL` now does better.',
    details: [
      'Write `LABEL org.opencontainers.image.authors="Name <email>"` instead; tools read the OCI label, and BuildKit reports `MAINTAINER` with its MaintainerDeprecated check.',
    ],
    link: ref('maintainer-deprecated'),
  },
  EXPOSE: {
    summary: '`EXPOSE` documents the ports the container listens on; it does not publish them.',
    details: [
      'Syntax: `EXPOSE <port>[/<protocol>]...`, e.g. `EXPOSE 8080` or `EXPOSE 53/udp`; TCP is the default.',
      'A port becomes reachable from outside only when published at run time: `docker run -p 8080:8080`, `ports:` in Compose, or a Kubernetes Service. `docker run -P` publishes every exposed port on a random host port.',
    ],
    concept: 'Twelve-factor apps export their service by binding to a port; `EXPOSE` tells people and tools which one.',
    link: ref('expose'),
  },
  ENV: {
    summary: '`ENV` sets environment variables that later instructions and every container started from the image will see.',
    details: [
      'Syntax: `ENV KEY=value [KEY2=value2 ...]`. The older `ENV KEY value` form is still accepted but discouraged (BuildKit\'s LegacyKeyValueFormat check).',
      'ENV values persist in the image and are visible with `docker inspect`, so never put secrets in them; for values needed only while building, use `ARG` or a secret mount.',
      'ENV is inherited by stages that start `FROM` this stage, and a container can override it with `docker run -e`.',
    ],
    concept: 'Keeping configuration in environment variables, not in code, lets the same image run in every environment (a twelve-factor principle).',
    link: ref('env'),
  },
  ADD: {
    summary: '`ADD` copies files into the image like `COPY`, and can also fetch URLs, clone Git repositories and unpack local tar archives.',
    details: [
      'Those extras make results less predictable: a local `.tar.gz` is extracted rather than copied, and a remote file changes without the Dockerfile changing. Prefer `COPY` for plain files and say `ADD` only when you want the extraction or the download; pin downloads with `--checksum`.',
      'Flags: `--chown`, `--chmod`, `--link`, `--exclude`, `--checksum`, `--keep-git-dir`, `--unpack`.',
      LAYER,
    ],
    link: ref('add'),
  },
  COPY: {
    summary: '`COPY` copies files from the build context (or from another stage or image with `--from`) into the image.',
    details: [
      'Syntax: `COPY [flags] <src>... <dest>`. Sources are relative to the build context; files matched by `.dockerignore` are left out. A destination ending in `/` is a directory.',
      'Copy dependency manifests (`package.json`, `requirements.txt`) and install dependencies before copying the rest of the code, so a code change does not invalidate the dependency layer in the build cache.',
      LAYER,
    ],
    concept: 'In a multi-stage build, `COPY --from=<stage>` is how results cross into the final image; everything else stays behind, which keeps the shipped image small.',
    link: ref('copy'),
  },
  ENTRYPOINT: {
    summary: '`ENTRYPOINT` sets the program a container always runs; `CMD` and `docker run` arguments are passed to it.',
    details: [
      'Exec form `ENTRYPOINT ["/app/server"]` makes the program PID 1, so it receives `SIGTERM` on `docker stop`. Shell form runs under `/bin/sh -c`, ignores `CMD` and does not forward signals.',
      'A common pattern is an entrypoint script that prepares the environment and ends with `exec "$@"` to hand over to `CMD`. Override it at run time with `docker run --entrypoint`.',
    ],
    link: ref('entrypoint'),
  },
  VOLUME: {
    summary: '`VOLUME` marks a path whose data should live outside the container\'s writable layer, in a volume.',
    details: [
      'Syntax: `VOLUME ["/data"]` or `VOLUME /data /logs`. When a container starts without a mount for that path, Docker creates an anonymous volume for it.',
      'Changes a later build step makes under a declared volume path may be discarded, so prepare its contents before the `VOLUME` line.',
    ],
    concept: 'Containers are ephemeral: whatever a container writes into its own filesystem is lost when it is removed. Data that must survive (databases, uploads) belongs in volumes.',
    link: ref('volume'),
  },
  USER: {
    summary: '`USER` sets the user (and optionally group) that later `RUN` steps and the container\'s process run as.',
    details: [
      'Syntax: `USER <name|uid>[:<group|gid>]`. The user must exist in the image (create it with `useradd`/`adduser` in a `RUN` first), or be given as a numeric id.',
      'Without `USER`, containers run as root. Switching to an unprivileged user in the final stage limits what an attacker can do from a compromised process.',
    ],
    concept: 'Containers share the host kernel, so their isolation is thinner than a VM\'s; not running as root is one of the cheapest ways to reduce the risk.',
    link: ref('user'),
  },
  WORKDIR: {
    summary: '`WORKDIR` sets the working directory for the instructions that follow and for the container\'s process, creating it if needed.',
    details: [
      'Use an absolute path (`WORKDIR /app`); a relative one is resolved against the previous `WORKDIR`, which is easy to misread.',
      'Prefer `WORKDIR` to `RUN cd /somewhere && ...`: a `cd` lasts only for that one `RUN`.',
    ],
    link: ref('workdir'),
  },
  ARG: {
    summary: '`ARG` declares a build argument: a variable that can be set with `docker build --build-arg NAME=value` and is used only while building.',
    details: [
      'Syntax: `ARG NAME[=default]`. An `ARG` before the first `FROM` is global and usable in `FROM` lines; inside a stage it must be declared again (`ARG NAME`) to be visible there.',
      'ARG values are not kept in the final image\'s environment, but they do show in the image history, so secrets belong in `RUN --mount=type=secret`, not in ARGs.',
      'Some ARGs are predefined without a declaration: the platform ARGs (`TARGETPLATFORM`, `BUILDPLATFORM`...) and the proxy ARGs (`HTTP_PROXY`...).',
    ],
    link: ref('arg'),
  },
  ONBUILD: {
    summary: '`ONBUILD` registers an instruction that runs later, when another Dockerfile uses this image as its base.',
    details: [
      'Syntax: `ONBUILD <INSTRUCTION>`, e.g. `ONBUILD COPY . /app`. The trigger runs right after the child\'s `FROM`, in the child\'s build context.',
      'Triggers act at a distance and surprise people reading the child Dockerfile; they were mostly used by the deprecated `-onbuild` image variants. `ONBUILD ONBUILD`, `ONBUILD FROM` and `ONBUILD MAINTAINER` are not allowed.',
    ],
    link: ref('onbuild'),
  },
  STOPSIGNAL: {
    summary: '`STOPSIGNAL` sets the signal `docker stop` sends to ask the container\'s main process to exit.',
    details: [
      'The default is `SIGTERM`; after a grace period (10 s by default) the process is killed with `SIGKILL`. Some servers expect another signal for a graceful shutdown, e.g. `SIGQUIT` for nginx.',
    ],
    link: ref('stopsignal'),
  },
  HEALTHCHECK: {
    summary: '`HEALTHCHECK` tells Docker how to test that the container still works, so it can be reported as healthy or unhealthy.',
    details: [
      'Syntax: `HEALTHCHECK [--interval=30s --timeout=30s --start-period=0s --start-interval=5s --retries=3] CMD <command>`; the command exits 0 for healthy, 1 for unhealthy. `HEALTHCHECK NONE` turns off a check inherited from the base image.',
      'Docker and Compose (`depends_on: condition: service_healthy`) use the status; Kubernetes ignores it and uses its own liveness and readiness probes.',
    ],
    link: ref('healthcheck'),
  },
  SHELL: {
    summary: '`SHELL` changes the shell used by shell-form `RUN`, `CMD` and `ENTRYPOINT` for the rest of the stage.',
    details: [
      'Syntax (JSON only): `SHELL ["/bin/bash", "-o", "pipefail", "-c"]`. With `pipefail`, a failing command inside a pipe fails the whole `RUN` instead of being hidden by the last command.',
      'On Windows images it switches between `cmd` and PowerShell, e.g. `SHELL ["powershell", "-Command"]`.',
    ],
    link: ref('shell'),
  },
};

/** The `AS` of `FROM <image> AS <name>`. */
export const AS_DOC: Doc = {
  summary: '`AS <name>` names this build stage so later instructions can refer to it.',
  details: [
    'Other stages can build on it (`FROM <name>`), copy its files (`COPY --from=<name>`) or mount them (`RUN --mount=from=<name>`), and `docker build --target <name>` stops the build there.',
  ],
  concept: 'Multi-stage builds keep images small: tools needed only to build stay in named intermediate stages, and only the results are copied into the final one.',
  link: 'https://docs.docker.com/build/building/multi-stage/',
  linkTitle: 'Multi-stage builds',
};

/** HEALTHCHECK's CMD and NONE words. */
export const HEALTHCHECK_WORDS: Readonly<Record<string, Doc>> = {
  CMD: {
    summary: '`HEALTHCHECK CMD` gives the command that checks the container\'s health; exit code 0 means healthy, 1 unhealthy.',
    details: ['It runs inside the container, so the tool it calls (`curl`, `wget`, a small binary) must exist in the image.'],
    link: ref('healthcheck'),
  },
  NONE: {
    summary: '`HEALTHCHECK NONE` disables any health check inherited from the base image.',
    link: ref('healthcheck'),
  },
};
