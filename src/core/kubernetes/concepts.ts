/**
 * Plain-language notes for the Kubernetes kinds and fields people meet first. Hovers show them before
 * the official API description, which says what a field is but rarely why it exists.
 */

export interface Concept {
  title: string;
  /** Markdown, a few sentences. */
  text: string;
}

export const KIND_CONCEPTS: Record<string, Concept> = {
  Pod: {
    title: 'Pod: the smallest thing Kubernetes runs',
    text:
      'A Pod wraps one container, or a few that must live side by side: they share one IP address (they reach each other on `localhost`) and can share volumes. ' +
      'Pods are disposable. When one dies or its node fails, it is not repaired; a controller starts a new one, with a new IP. ' +
      'So nothing should depend on a Pod\'s address, and you rarely write a bare Pod: a Deployment, StatefulSet, DaemonSet or Job creates and replaces Pods for you, and a Service gives them a stable address.',
  },
  Deployment: {
    title: 'Deployment: keep N copies running, update them gradually',
    text:
      'A Deployment declares "run `replicas` copies of this Pod template". Kubernetes keeps that many running: if a Pod or a whole node dies, replacements start elsewhere. ' +
      'Changing the template (a new image tag, say) starts a rolling update: new Pods come up a few at a time and old ones go away only as the new ones become ready, so users see no downtime, and `kubectl rollout undo` goes back. ' +
      'Under the hood it manages one ReplicaSet per template version. Use it for stateless services; databases and other stateful apps want a StatefulSet.',
  },
  ReplicaSet: {
    title: 'ReplicaSet: a fixed number of identical Pods',
    text:
      'A ReplicaSet keeps exactly `replicas` Pods matching its selector alive, creating or deleting Pods to close the gap. ' +
      'It cannot update Pods in place; that is what a Deployment adds on top by switching between ReplicaSets. Write a Deployment instead of a ReplicaSet unless you have a reason.',
  },
  StatefulSet: {
    title: 'StatefulSet: Pods with a stable identity and their own storage',
    text:
      'A StatefulSet is for apps where each copy is not interchangeable, like databases and queues. Its Pods get fixed names (`web-0`, `web-1`...), start and stop in order, ' +
      'and each can get its own PersistentVolumeClaim from `volumeClaimTemplates` that follows it across restarts. ' +
      '`serviceName` names a headless Service that gives each Pod a stable DNS name.',
  },
  DaemonSet: {
    title: 'DaemonSet: one Pod on every node',
    text:
      'A DaemonSet runs one copy of its Pod on each node (or each node matching a selector), and adds one automatically when a node joins. ' +
      'It is the tool for node-level agents: log shippers, monitoring exporters, network and storage plugins. There is no `replicas`: the number of nodes decides.',
  },
  Job: {
    title: 'Job: run to completion',
    text:
      'A Job runs Pods until a given number of them finish successfully, retrying failures up to `backoffLimit`. Use it for one-off tasks such as migrations or batch processing. ' +
      'Its Pods must use `restartPolicy: Never` or `OnFailure`, and they do not need readiness or liveness probes: nothing routes traffic to them. ' +
      '`ttlSecondsAfterFinished` cleans the finished Job up.',
  },
  CronJob: {
    title: 'CronJob: a Job on a schedule',
    text:
      'A CronJob creates a Job from `jobTemplate` at the times its cron `schedule` gives (for example `"0 3 * * *"` for 03:00 daily, in the controller\'s time zone unless `timeZone` is set). ' +
      '`concurrencyPolicy` decides what happens when the previous run is still going, and the history limits keep old Jobs from piling up.',
  },
  Service: {
    title: 'Service: a stable address in front of changing Pods',
    text:
      'Pods come and go and their IPs change. A Service gives a group of Pods one stable virtual IP and DNS name (`<name>.<namespace>.svc`) and spreads connections across the ones that are ready. ' +
      'Which Pods belong is decided by `selector`, matched against Pod labels, not names. `type` decides who can reach it: ClusterIP (inside the cluster, the default), NodePort, LoadBalancer or ExternalName.',
  },
  Ingress: {
    title: 'Ingress: route outside HTTP traffic to Services',
    text:
      'An Ingress is a set of HTTP(S) routing rules: requests for a host and path go to a Service port. It does nothing by itself; an ingress controller (NGINX, Traefik, a cloud load balancer...) reads it, chosen by `ingressClassName`. ' +
      'It is usually where HTTPS ends: the `tls` section names the hosts and the Secret with their certificate, and traffic continues to the Pods inside the cluster.',
  },
  ConfigMap: {
    title: 'ConfigMap: configuration kept outside the image',
    text:
      'A ConfigMap holds non-secret settings as key/value pairs or whole files, so one image can run in every environment. Pods read it as environment variables (`envFrom`, `valueFrom.configMapKeyRef`) or as files through a volume. ' +
      'Mounted files are refreshed after a change; environment variables only when the Pod restarts. Values are limited to 1 MiB in total.',
  },
  Secret: {
    title: 'Secret: credentials, kept apart from other configuration',
    text:
      'A Secret carries passwords, tokens, keys and certificates. Values under `data` are base64-encoded, which is an encoding, not encryption; `stringData` takes plain text. ' +
      'The protection comes from access control (who may read Secrets), encryption at rest if the cluster enables it, and not committing real values to Git. Prefer mounting Secrets as files over environment variables, which leak into logs and crash dumps.',
  },
  HorizontalPodAutoscaler: {
    title: 'HorizontalPodAutoscaler: more Pods under load, fewer when quiet',
    text:
      'An HPA watches a metric (usually average CPU or memory use relative to the Pods\' requests) and changes the `replicas` of its target Deployment or StatefulSet between `minReplicas` and `maxReplicas`. ' +
      'It needs resource requests on the containers to compute utilisation, and the target should not also set `replicas` in Git, or every deploy resets what the HPA chose.',
  },
  PodDisruptionBudget: {
    title: 'PodDisruptionBudget: how many Pods may be down during maintenance',
    text:
      'A PDB limits voluntary disruptions, such as node drains during upgrades: with `minAvailable` or `maxUnavailable` it tells Kubernetes how many of the selected Pods must keep running. ' +
      'It does not protect against crashes or node failures. A budget that allows no disruption at all blocks node drains forever.',
  },
  NetworkPolicy: {
    title: 'NetworkPolicy: a firewall for Pods',
    text:
      'By default every Pod can talk to every other Pod. A NetworkPolicy selects Pods with `podSelector` and, once a Pod is selected for a direction (`policyTypes`), only traffic that one of its `ingress` or `egress` rules allows gets through. ' +
      'An empty `podSelector` with no rules is the usual "deny all" baseline. The cluster\'s network plugin must support policies for them to have any effect.',
  },
  Namespace: {
    title: 'Namespace: a named area of the cluster',
    text:
      'Namespaces separate teams, apps or environments within one cluster: names must be unique only within a namespace, and access rules, resource quotas and network policies are usually set per namespace. ' +
      'They are not a security boundary on their own, and some objects (nodes, cluster roles, persistent volumes) live outside any namespace.',
  },
  ServiceAccount: {
    title: 'ServiceAccount: the identity a Pod uses to call the API',
    text:
      'Every Pod runs as a ServiceAccount (`default` when none is set). RBAC roles bound to it decide what the Pod may do against the Kubernetes API. ' +
      'Give each workload its own account with only the rights it needs, and set `automountServiceAccountToken: false` when the app never talks to the API.',
  },
};

export const FIELD_CONCEPTS: Record<string, Concept> = {
  replicas: {
    title: 'replicas',
    text:
      'How many identical Pods to keep running. More than one keeps the app up while a Pod restarts or a node is drained; three is a common minimum for production. ' +
      'If a HorizontalPodAutoscaler manages this workload, leave `replicas` out, or each apply resets the autoscaler\'s choice.',
  },
  selector: {
    title: 'selector',
    text:
      'A label query: which Pods this object manages or sends traffic to. Kubernetes matches labels, not names, so the selector must match the labels in the Pod template, and two controllers must never select the same Pods. ' +
      'A workload\'s selector cannot be changed after creation.',
  },
  template: {
    title: 'template',
    text:
      'The blueprint for the Pods this controller creates: their labels and their spec. Changing it (image, environment, resources) is what triggers a rollout; changing `replicas` does not.',
  },
  containers: {
    title: 'containers',
    text:
      'The containers that make up the Pod. Usually one: your app. Extra containers ("sidecars") share the Pod\'s network and volumes and live and die with it, which suits helpers like proxies or log shippers, not independent services.',
  },
  initContainers: {
    title: 'initContainers',
    text: 'Containers that run one after another, each to completion, before the app containers start: waiting for a dependency, running migrations, preparing files in a shared volume.',
  },
  image: {
    title: 'image',
    text:
      'The container image to run, as `registry/repository:tag` or pinned by `@sha256:digest`. A fixed version tag, or better a digest, makes every Pod run the same code; `latest` or no tag means replicas started on different days can run different builds.',
  },
  ports: {
    title: 'ports',
    text:
      'The ports the container listens on. Listing them documents the app and lets a Service or probe refer to a port by name; it does not open or close anything: a process listening on an unlisted port is still reachable inside the cluster.',
  },
  resources: {
    title: 'resources',
    text:
      '`requests` is what the scheduler reserves for the container: it decides which node has room and guarantees that share. `limits` caps usage: over the memory limit the container is killed (OOMKilled); over the CPU limit it is slowed down. ' +
      'Setting them stops one workload from starving its neighbours, and HPAs compute utilisation from requests.',
  },
  livenessProbe: {
    title: 'livenessProbe',
    text:
      'Asks "is this container still working?". After `failureThreshold` failures in a row the kubelet restarts the container. Use it to recover from deadlocks, and keep it cheap and independent of other services, or an outage elsewhere restarts your healthy Pods.',
  },
  readinessProbe: {
    title: 'readinessProbe',
    text:
      'Asks "can this container take traffic right now?". While it fails, the Pod is removed from its Services\' endpoints but not restarted. Rolling updates also wait for new Pods to become ready before removing old ones.',
  },
  startupProbe: {
    title: 'startupProbe',
    text: 'Gives a slow-starting app time to boot: until it succeeds, liveness and readiness probes are held back, so a long start is not mistaken for a hang and restarted.',
  },
  securityContext: {
    title: 'securityContext',
    text:
      'Privilege and access settings for the Pod or container: which user it runs as (`runAsNonRoot`, `runAsUser`), whether it may gain privileges (`allowPrivilegeEscalation`), Linux capabilities, and whether its root filesystem is read-only. ' +
      'Running as non-root with a read-only filesystem and no extra capabilities limits what an attacker can do from inside the container.',
  },
  strategy: {
    title: 'strategy',
    text:
      'How a Deployment replaces old Pods with new ones. `RollingUpdate` (the default) swaps them gradually: `maxSurge` extra Pods may start and `maxUnavailable` may be missing at any time (25% each by default). `Recreate` stops all old Pods first, which means downtime but never two versions at once.',
  },
  updateStrategy: {
    title: 'updateStrategy',
    text: 'How a StatefulSet or DaemonSet rolls out a new template: `RollingUpdate` replaces Pods one by one (StatefulSets in reverse ordinal order, with an optional `partition`), `OnDelete` waits until you delete each Pod yourself.',
  },
  volumes: {
    title: 'volumes',
    text:
      'Storage the Pod\'s containers can mount: scratch space (`emptyDir`, gone with the Pod), configuration (`configMap`, `secret`), or durable disks through a `persistentVolumeClaim`. A container sees a volume only where its `volumeMounts` place it.',
  },
};

/** Notes that depend on where the field sits, e.g. `type` only means something specific in a Service. */
export function contextualConcept(kind: string | undefined, path: readonly (string | number)[]): Concept | undefined {
  const keys = path.filter((s): s is string => typeof s === 'string');
  const last = keys[keys.length - 1];
  if (kind === 'Service' && keys.join('.') === 'spec.type') return SERVICE_TYPES;
  if (kind === 'Ingress' && keys[0] === 'spec' && keys[1] === 'tls') return INGRESS_TLS;
  if (last === 'strategy' && kind !== 'Deployment') return undefined;
  return last ? FIELD_CONCEPTS[last] : undefined;
}

const SERVICE_TYPES: Concept = {
  title: 'Service types',
  text:
    '`ClusterIP` (default): a virtual IP reachable only inside the cluster. `NodePort`: also opens the same port (30000-32767) on every node. ' +
    '`LoadBalancer`: also asks the cloud provider for an external load balancer that forwards to those node ports. `ExternalName`: no proxying at all, just a DNS alias (CNAME) to `externalName`.',
};

const INGRESS_TLS: Concept = {
  title: 'Ingress TLS',
  text:
    'Each entry lists `hosts` and the `secretName` of a `kubernetes.io/tls` Secret holding their certificate and key, in the Ingress\'s namespace. The ingress controller terminates HTTPS there and forwards plain HTTP to the Service unless configured otherwise. ' +
    'Tools like cert-manager can create and renew that Secret for you.',
};
