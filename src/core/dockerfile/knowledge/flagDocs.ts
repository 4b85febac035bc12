/** Instruction flags, `RUN --mount` types and options, and the values some of them take. */
import { entry, ref, type Doc } from './doc';

const CHOWN: Doc = {
  summary: '`--chown=<user>[:<group>]` sets the owner of the copied files, instead of root.',
  details: [
    'Names are looked up in the image\'s `/etc/passwd` and `/etc/group`; numeric ids always work. This saves a separate `RUN chown`, which would duplicate every file in a new layer.',
  ],
  link: ref('copy---chown---chmod'),
};

const CHMOD: Doc = {
  summary: '`--chmod=<perms>` sets the permissions of the copied files, e.g. `--chmod=755` or `--chmod=u=rwx,go=rx`.',
  details: ['Like `--chown`, it avoids a separate `RUN chmod` layer that would store the files a second time.'],
  link: ref('copy---chown---chmod'),
};

const LINK: Doc = {
  summary: '`--link` copies the files into an independent layer that does not depend on the layers below it.',
  details: [
    'The layer can then be reused even when the base image changes, and rebased without rebuilding, which makes cache hits far more frequent. Do not use it when the copy must follow symlinks or merge into existing files of the destination.',
  ],
  link: ref('copy---link'),
};

const EXCLUDE: Doc = {
  summary: '`--exclude=<pattern>` leaves files matching the pattern out of this copy.',
  details: ['It may be repeated and takes `.dockerignore`-style patterns, e.g. `--exclude=*.md`. Unlike `.dockerignore`, it applies only to this instruction.'],
  link: ref('copy---exclude'),
};

/** Keyed `KEYWORD --name` (lower-case name, as in `Flag.name`). */
export const FLAG_DOCS: Readonly<Record<string, Doc>> = {
  'FROM --platform': {
    summary: '`--platform=<os>/<arch>[/<variant>]` chooses which platform\'s variant of a multi-platform base image to use.',
    details: [
      'Without it the base matches the target platform. `FROM --platform=$BUILDPLATFORM` runs the stage natively on the build machine, the usual way to cross-compile for `$TARGETPLATFORM` without emulation. A constant such as `linux/amd64` pins the stage to one platform (BuildKit\'s FromPlatformFlagConstDisallowed check flags that).',
    ],
    link: ref('from'),
  },
  'RUN --mount': {
    summary: '`--mount` attaches a filesystem to this `RUN` only, for the duration of the command; nothing from it is stored in the layer.',
    details: [
      'Syntax: `--mount=type=<bind|cache|tmpfs|secret|ssh>,<option>=<value>,...`; `bind` when `type` is left out. Typical uses: a package-manager cache that survives between builds (`type=cache`), a token that must not end up in the image (`type=secret`), access to a private Git server through the SSH agent (`type=ssh`), files from another stage without copying them (`type=bind,from=<stage>`).',
    ],
    link: ref('run---mount'),
  },
  'RUN --network': {
    summary: '`--network=<default|none|host>` chooses the network this `RUN` command runs in.',
    details: ['`none` cuts the command off from the network, proving the step needs no downloads; `host` uses the build machine\'s network and must be allowed by the builder (`network.host` entitlement).'],
    link: ref('run---network'),
  },
  'RUN --security': {
    summary: '`--security=<sandbox|insecure>` runs the command with the default sandbox or, with `insecure`, with elevated privileges.',
    details: ['`insecure` is like a privileged container; the builder must allow the `security.insecure` entitlement. Use it only for steps that truly need it, e.g. mounting filesystems.'],
    link: ref('run---security'),
  },
  'RUN --device': {
    summary: '`--device=<name>` gives the command access to a device (for example a GPU) known to the builder, by its CDI name.',
    details: ['The builder must allow it (`device` entitlement); this is a labs feature of recent Dockerfile syntax versions.'],
    link: ref('run---device'),
  },
  'COPY --from': {
    summary: '`--from=<stage|image>` copies from an earlier build stage or from an image instead of from the build context.',
    details: [
      'Give a stage name (`--from=build`), a stage index (`--from=0`) or any image reference (`--from=nginx:1.27`).',
    ],
    concept: 'This is how a multi-stage build moves only its results (a binary, a `dist/` folder) into a small final image, leaving compilers and caches behind.',
    link: ref('copy---from'),
  },
  'COPY --chown': CHOWN,
  'COPY --chmod': CHMOD,
  'COPY --link': LINK,
  'COPY --parents': {
    summary: '`--parents` keeps the source paths\' parent directories under the destination instead of flattening them.',
    details: ['For example `COPY --parents ./apps/*/package.json /src/` recreates `apps/<name>/package.json` under `/src/`.'],
    link: ref('copy---parents'),
  },
  'COPY --exclude': EXCLUDE,
  'ADD --chown': { ...CHOWN, link: ref('add---chown---chmod') },
  'ADD --chmod': { ...CHMOD, link: ref('add---chown---chmod') },
  'ADD --link': { ...LINK, link: ref('add---link') },
  'ADD --exclude': { ...EXCLUDE, link: ref('add---exclude') },
  'ADD --checksum': {
    summary: '`--checksum=sha256:<hex>` makes the build fail unless the downloaded file has exactly this digest.',
    details: ['It pins a remote `ADD` the way a digest pins a base image: the build stays reproducible and a tampered download is refused.'],
    link: ref('add---checksum'),
  },
  'ADD --keep-git-dir': {
    summary: '`--keep-git-dir` keeps the `.git` directory when `ADD` clones a Git repository.',
    details: ['By default only the checked-out files are added; keep the directory when the build needs the history (e.g. `git describe`).'],
    link: ref('add---keep-git-dir'),
  },
  'ADD --unpack': {
    summary: '`--unpack` controls whether `ADD` extracts an archive: `--unpack=true` also extracts remote archives, `--unpack=false` copies a local archive as a file.',
    link: ref('add---unpack'),
  },
  'HEALTHCHECK --interval': {
    summary: '`--interval=<duration>` is the time between two health checks (default 30s).',
    link: ref('healthcheck'),
  },
  'HEALTHCHECK --timeout': {
    summary: '`--timeout=<duration>` is how long one check may run before it counts as failed (default 30s).',
    link: ref('healthcheck'),
  },
  'HEALTHCHECK --start-period': {
    summary: '`--start-period=<duration>` is a grace period after start during which failed checks do not count (default 0s).',
    details: ['Give slow-starting applications time to boot; a success during the period ends it early.'],
    link: ref('healthcheck'),
  },
  'HEALTHCHECK --start-interval': {
    summary: '`--start-interval=<duration>` is the time between checks during the start period (default 5s).',
    link: ref('healthcheck'),
  },
  'HEALTHCHECK --retries': {
    summary: '`--retries=<n>` is how many consecutive failures mark the container unhealthy (default 3).',
    link: ref('healthcheck'),
  },
};

export const MOUNT_TYPE_DOCS: Readonly<Record<string, Doc>> = {
  bind: {
    summary: '`type=bind` mounts files from the build context, a stage or an image into the command, read-only by default.',
    details: ['Nothing is copied into the layer: handy for a source tree or a tool used once. Options: `target`, `source`, `from`, `rw`.'],
    link: ref('run---mounttypebind'),
  },
  cache: {
    summary: '`type=cache` mounts a persistent cache directory that survives between builds, for compilers and package managers.',
    details: [
      'The cache speeds up repeated builds (e.g. `target=/root/.cache/pip`, `/var/cache/apt`) but is never part of the image, and the builder may prune it at any time, so the command must work with an empty cache. Options: `id`, `target`, `ro`, `sharing`, `from`, `source`, `mode`, `uid`, `gid`.',
    ],
    concept: 'It complements the layer cache: when a dependency list changes and the layer must be rebuilt, the cache mount still holds the downloads from last time.',
    link: ref('run---mounttypecache'),
  },
  tmpfs: {
    summary: '`type=tmpfs` mounts an in-memory filesystem for scratch files that must not reach the layer.',
    details: ['Options: `target`, `size`.'],
    link: ref('run---mounttypetmpfs'),
  },
  secret: {
    summary: '`type=secret` exposes a build secret (a token, a credentials file) to this command without writing it into any layer.',
    details: [
      'Pass it with `docker build --secret id=<id>,src=<file>` (or `env=<VAR>`). By default it appears as the file `/run/secrets/<id>`; `env=<NAME>` exposes it as an environment variable instead. Options: `id`, `target`, `env`, `required`, `mode`, `uid`, `gid`.',
    ],
    concept: 'Anything written in a layer, `ARG` or `ENV` can be read back from the image; a secret mount is the way to use credentials during a build.',
    link: ref('run---mounttypesecret'),
  },
  ssh: {
    summary: '`type=ssh` forwards the build machine\'s SSH agent into the command, e.g. to clone private Git repositories.',
    details: ['Start the build with `docker build --ssh default`. The keys never enter the image. Options: `id`, `target`, `required`, `mode`, `uid`, `gid`.'],
    link: ref('run---mounttypessh'),
  },
};

interface MountOptionDoc {
  doc: Doc;
  /** What the option means for particular mount types, added after the general text. */
  byType?: Readonly<Record<string, string>>;
}

const TARGET: MountOptionDoc = {
  doc: { summary: '`target` is the path inside the build container where the mount appears (aliases `dst`, `destination`).', link: ref('run---mount') },
  byType: {
    bind: 'required.',
    cache: 'required; it also serves as the cache\'s id when `id` is not given.',
    tmpfs: 'required.',
    secret: 'defaults to `/run/secrets/<id>`.',
    ssh: 'defaults to `/run/buildkit/ssh_agent.<N>`; `SSH_AUTH_SOCK` points to it.',
  },
};
const SOURCE: MountOptionDoc = {
  doc: { summary: '`source` is the path to mount from inside `from` (alias `src`).', link: ref('run---mount') },
  byType: { bind: 'defaults to the root of `from` (the build context when `from` is absent).', cache: 'the subpath of the `from` stage that seeds the cache.' },
};
const READONLY: MountOptionDoc = {
  doc: { summary: '`ro` (or `readonly`) makes the mount read-only.', link: ref('run---mount') },
  byType: { cache: 'use it when the command must only read an existing cache.', bind: 'bind mounts are already read-only unless `rw` is given.' },
};
const READWRITE: MountOptionDoc = {
  doc: {
    summary: '`rw` (or `readwrite`) lets the command write into a bind mount; the writes are thrown away afterwards.',
    details: ['Nothing written there reaches the layer or the build context.'],
    link: ref('run---mounttypebind'),
  },
};

export const MOUNT_OPTION_DOCS: Readonly<Record<string, MountOptionDoc>> = {
  type: {
    doc: { summary: '`type` chooses the kind of mount: `bind` (the default), `cache`, `tmpfs`, `secret` or `ssh`.', link: ref('run---mount') },
  },
  target: TARGET,
  dst: TARGET,
  destination: TARGET,
  source: SOURCE,
  src: SOURCE,
  from: {
    doc: { summary: '`from` names the build stage or image to mount files from.', link: ref('run---mount') },
    byType: {
      bind: 'defaults to the build context; with a stage name the command can use that stage\'s files without a `COPY`, so they never reach this layer.',
      cache: 'the stage\'s files seed the cache; by default the cache starts empty.',
    },
  },
  readonly: READONLY,
  ro: READONLY,
  readwrite: READWRITE,
  rw: READWRITE,
  id: {
    doc: { summary: '`id` identifies what is mounted.', link: ref('run---mount') },
    byType: {
      cache: 'cache mounts with the same `id` share one cache across instructions and stages; it defaults to the `target` path.',
      secret: 'the id given to `docker build --secret id=<id>`; it defaults to the file name of `target`.',
      ssh: 'the id given to `docker build --ssh <id>`; it defaults to `default`.',
    },
  },
  sharing: {
    doc: {
      summary: '`sharing` decides what happens when several builds use the same cache at once: `shared` (the default), `private` or `locked`.',
      details: ['Use `locked` for tools that cannot share their cache, such as apt.'],
      link: ref('run---mounttypecache'),
    },
  },
  mode: {
    doc: { summary: '`mode` sets the file mode of the mounted cache directory, secret file or SSH socket, in octal.', link: ref('run---mount') },
    byType: { cache: 'defaults to `0755`.', secret: 'defaults to `0400`.', ssh: 'defaults to `0600`.' },
  },
  uid: {
    doc: { summary: '`uid` sets the numeric user id that owns the mounted directory, secret or socket (default 0, root).', details: ['Set it when the command runs as a non-root `USER`.'], link: ref('run---mount') },
  },
  gid: {
    doc: { summary: '`gid` sets the numeric group id that owns the mounted directory, secret or socket (default 0).', link: ref('run---mount') },
  },
  required: {
    doc: { summary: '`required` makes the build fail when the secret or SSH agent was not provided (default false: the mount is skipped).', link: ref('run---mounttypesecret') },
  },
  size: {
    doc: { summary: '`size` caps the size of a tmpfs mount, e.g. `size=64m`.', link: ref('run---mounttypetmpfs') },
  },
  env: {
    doc: { summary: '`env=<NAME>` exposes the secret as the environment variable `NAME` of the command instead of (or besides) a file.', link: ref('run---mounttypesecret') },
  },
};

export function mountOptionText(key: string, type: string): { doc: Doc; note?: string } | undefined {
  const found = entry(MOUNT_OPTION_DOCS, key);
  if (!found) return undefined;
  return { doc: found.doc, note: found.byType && entry(found.byType, type) };
}

/** Values of flags and mount options with a fixed vocabulary. */
export const VALUE_DOCS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  sharing: {
    shared: '`sharing=shared`: concurrent builds read and write the same cache at the same time.',
    private: '`sharing=private`: a concurrent build gets a new, separate cache instead of waiting.',
    locked: '`sharing=locked`: a concurrent build waits until the current one releases the cache. Safe for tools such as apt that lock their own files.',
  },
  network: {
    default: '`--network=default`: the normal build network, with internet access.',
    none: '`--network=none`: no network at all, proving the step downloads nothing.',
    host: '`--network=host`: the build machine\'s own network; the builder must allow the `network.host` entitlement.',
  },
  security: {
    sandbox: '`--security=sandbox`: the default, unprivileged sandbox.',
    insecure: '`--security=insecure`: runs the command with elevated privileges, like a privileged container; needs the `security.insecure` entitlement.',
  },
};
