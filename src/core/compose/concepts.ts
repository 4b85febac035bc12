/**
 * Explanations for the Compose keys people most often get wrong, shown in hovers under the
 * specification's one-line description. Keyed by schema path: names chosen by the user (service,
 * volume, network names) are written `*`, list positions are dropped.
 */
export const COMPOSE_CONCEPTS: Record<string, string> = {
  services:
    'Each entry under `services` is one part of the application (a web server, a database, a queue worker). Compose runs it as one or more identical containers made from the same image, and gives it a DNS name on the project network equal to its key.',
  'services.*':
    'A **service** is a set of identical containers started from one image with the same settings. Other services reach it by this name (for example `db:5432`) on the project network. Scaling a service adds containers; it does not change the definition.',
  'services.*.image':
    'The **image** is the read-only template every container of this service starts from: the program plus all its dependencies, stored in a registry and versioned by tag. `image` alone pulls it; with `build` Compose builds it and gives it this name. Pin a version tag (`postgres:16.4`): with no tag you get `latest`, which moves.',
  'services.*.build':
    '`build` makes the image from a Dockerfile instead of pulling one: the value is the build context (a folder sent to the builder) or a mapping with `context`, `dockerfile`, `args`, `target`. Use it for your own code; use `image` for software someone else publishes. With both keys the built image is tagged with the `image` name.',
  'services.*.ports':
    'Publishes container ports on the host as `[HOST_IP:]HOST_PORT:CONTAINER_PORT`: traffic to the host port is forwarded into the container. Without a host address Docker listens on **every** interface of the machine (0.0.0.0), so anyone who can reach the host can connect, and Docker\'s own firewall rules take effect before host firewalls such as ufw. Write `127.0.0.1:8080:80` for a port only this machine should use. Quote entries: a YAML 1.1 parser reads `22:22` as a number.',
  'services.*.expose':
    '`expose` documents which ports the service listens on for other containers. It publishes nothing on the host; containers on a shared network can reach each other on any port whether or not it is listed. To reach the service from the host, use `ports`.',
  'services.*.volumes':
    'Containers are **ephemeral**: anything a container writes to its own filesystem is gone once the container is removed (a `docker compose down`, an image upgrade, a re-create after a config change). Volumes keep data outside the container. A **named volume** (`dbdata:/var/lib/postgresql/data`) is storage Docker manages; declare it under the top-level `volumes:`. A **bind mount** (`./config:/etc/app:ro`, a path starting with `/`, `./` or `~`) maps a folder of the host: handy for source code and config, but tied to that machine\'s paths and file permissions.',
  volumes:
    'Declares **named volumes**: storage managed by Docker that outlives containers, so a database keeps its data across `docker compose down` and upgrades (`docker compose down -v` deletes them). A service uses one by name in its `volumes:` list.',
  'volumes.*': 'A named volume. Services mount it with `NAME:/path/in/container`. `external: true` means it was created outside this project and Compose will not create or delete it.',
  'services.*.depends_on':
    '`depends_on` sets **start order**, not readiness: Compose starts the listed services first, but by default it only waits for their containers to *start*, not for the program inside to accept connections (a database can take seconds). Use the long form with `condition: service_healthy` and a `healthcheck` on the dependency to wait until it is ready, or `service_completed_successfully` to wait for a one-shot job such as a migration. Keep retries in the application too: dependencies can restart later.',
  'services.*.depends_on.*.condition':
    '`service_started` (default) waits until the container has started; `service_healthy` waits until its healthcheck passes (the dependency needs a healthcheck); `service_completed_successfully` waits until it has run to completion with exit code 0.',
  'services.*.healthcheck':
    'A **healthcheck** is a command Docker runs inside the container on a schedule (`interval`, `timeout`, `retries`, `start_period`); exit code 0 means healthy. The state shows in `docker compose ps` and lets other services wait for this one with `condition: service_healthy`. Check something real (`pg_isready`, an HTTP endpoint) rather than only that the process exists.',
  'services.*.restart':
    'What Docker does when the container stops: `no` (default), `always`, `on-failure[:max-retries]` or `unless-stopped`. It restarts a crashed process on the same machine; it does not move work to another machine if this one fails. Spreading containers over machines is the job of an orchestrator such as Kubernetes.',
  'services.*.environment':
    'Sets environment variables inside the container, as a mapping or as `KEY=value` items. They are visible to every process in the container and in `docker inspect`, so keep passwords out of this file: write `${DB_PASSWORD}` (filled in from `.env` or the shell when Compose reads the file) or use `secrets`. `env_file` loads variables from a file instead; `environment` wins when both set the same one.',
  'services.*.env_file':
    'Loads container environment variables from files (`KEY=value` per line), so they need not be written in the compose file. Not the same as `.env`: `.env` beside the compose file feeds `${VAR}` substitution in the compose file itself, while `env_file` goes into the container.',
  'services.*.secrets':
    'Grants this service secrets declared at the top level. Each is mounted as a read-only file under `/run/secrets/<name>` rather than passed as an environment variable, so it does not show in `docker inspect` or leak to child processes. Many images accept `*_FILE` variables that point at such files.',
  secrets: 'Declares secrets (from a `file`, an `environment` variable or `external`) that services can be granted in their own `secrets:` list; each is mounted as a file under `/run/secrets/`.',
  configs: 'Declares configuration files that services mount read-only (by default at `/<name>`), so the same image can run with different settings without rebuilding it.',
  'services.*.networks':
    'The networks this service joins. Compose creates one `default` network per project and puts every service on it, where each is reachable by its service name. Services can only talk to each other when they share a network, so separate networks isolate groups (for example a frontend that must not reach the database).',
  networks: 'Declares networks for services to join. Without this section every service shares the project\'s `default` network. `external: true` uses a network created outside the project.',
  'services.*.network_mode':
    '`host` shares the machine\'s network stack (no isolation, `ports` ignored, every port the program opens is open on the host); `none` disables networking; `service:<name>` shares another service\'s network namespace. Leave it unset to use Compose networks.',
  'services.*.profiles':
    'A service with profiles starts only when one of them is enabled (`docker compose --profile debug up` or `COMPOSE_PROFILES=debug`); services without profiles always start. Use it for optional tools such as admin UIs or test runners.',
  'services.*.deploy.resources':
    '`limits` caps what the container may use: over its memory limit the kernel kills it, over its CPU limit it is throttled. `reservations` asks for capacity to be set aside. Without limits one busy container can starve every other container on the machine.',
  'services.*.extends':
    'Copies the configuration of another service (in this file, or in `file`) and applies this service\'s own keys on top. Unlike YAML anchors it works across files, and lists such as `ports` are merged rather than replaced.',
  include:
    'Includes other Compose files as parts of this project. Each included file is read relative to its own folder, with its own `.env`, so a team can own its services in its own file; their services can be named in `depends_on` here.',
  'services.*.privileged': 'Runs the container with every Linux capability and access to all host devices: a process that breaks out of it controls the machine. Almost every need is met by one capability in `cap_add` instead.',
  'services.*.container_name': 'Fixes the container\'s name instead of Compose\'s `<project>-<service>-<n>`. Names are unique per machine, so a service with a fixed name cannot be scaled and two projects cannot both run it.',
  'services.*.command': 'Replaces the image\'s default command (its `CMD`). As a list each item is one argument, passed without a shell; as a string it is split like a shell would, but without shell features such as `&&`.',
  'services.*.entrypoint': 'Replaces the image\'s `ENTRYPOINT`, the program that runs with `command` as its arguments. Setting it also clears the image\'s default `CMD`.',
  'services.*.user': 'The user (and group) the container\'s process runs as. Many images run as root by default; a non-root user limits what an attacker gets if the program is compromised.',
  version: 'Obsolete. Compose ignores `version` and always applies the current Compose specification; it only prints a warning. Delete it.',
  name: 'The project name, used as the prefix of container, network and volume names. Without it Compose uses the folder name, so the same file makes different resources in a different folder.',
};

/** Notes on YAML features rather than Compose keys. */
export const YAML_NOTES = {
  merge:
    '`<<` is a YAML **merge key**: the keys of the anchored mapping (`*name`) are copied into this mapping, and keys written here win. Combined with an `x-` extension block holding an `&anchor`, it shares settings between services without repeating them.',
  extension: 'A key starting with `x-` is an **extension**: Compose ignores it, so it is the place for shared YAML anchors (`x-common: &common`) that services merge in with `<<: *common`.',
  alias: 'An alias (`*name`) stands for the node anchored with `&name` earlier in the file; Compose sees the anchored value here.',
};
