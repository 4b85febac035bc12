/**
 * The infrastructure pyramid, bottom to top. Figures are typical orders of magnitude, not limits:
 * they are there so a reader can compare levels, and each one says so.
 */
import type { ConceptId } from './concepts';
import { LEVEL_TITLES, type LevelId } from './levelIds';
import type { SnippetId } from './snippetRefs';

export interface PyramidLevel {
  id: LevelId;
  title: string;
  /** A few words for the pyramid row itself. */
  tagline: string;
  whatItIs: string;
  analogy: string;
  pros: string[];
  cons: string[];
  youManage: string[];
  providerManages: string[];
  size: string;
  startTime: string;
  isolation: string;
  bestFor: string;
  examples: string[];
  concepts: ConceptId[];
  snippets: SnippetId[];
}

export const LEVELS: readonly PyramidLevel[] = [
  {
    id: 'metal',
    title: LEVEL_TITLES.metal,
    tagline: 'The actual hardware in a data centre',
    whatItIs: 'A physical computer in a rack: processors, memory, disks and network cards. One operating system is installed straight onto it, and everything else (libraries, services, your application) is installed on top of that system by hand or by scripts.',
    analogy: 'Owning a detached house: every room is yours, and so is every leaking pipe.',
    pros: ['All of the machine\u2019s performance, with no virtualisation layer taking a share', 'Full control over hardware, kernel and drivers', 'No noisy neighbours competing for the same CPU or disk'],
    cons: ['Slow to obtain and to replace: days or weeks, not seconds', 'Often badly used: one small app may leave most of an expensive machine idle', 'Applications on one system can clash over library versions', 'A hardware fault or a crash takes down everything on the box'],
    youManage: ['Hardware purchase or rental, firmware', 'Operating system and its patches', 'Runtimes, libraries, your application and data', 'Capacity planning and spare parts'],
    providerManages: ['At most the building, power, cooling and network uplink (colocation or rented dedicated servers)'],
    size: 'A whole machine: tens of cores, hundreds of GB of RAM',
    startTime: 'Minutes to boot; weeks to buy',
    isolation: 'Physical: nothing else shares the hardware',
    bestFor: 'Steady, performance-critical loads, special hardware (GPUs, licences tied to a machine), and the hosts that run everything above',
    examples: ['Racked servers on premises', 'Dedicated or bare-metal cloud instances'],
    concepts: ['bare-metal', 'hypervisor'],
    snippets: [],
  },
  {
    id: 'vm',
    title: LEVEL_TITLES.vm,
    tagline: 'Whole computers emulated on shared hardware',
    whatItIs: 'A hypervisor divides one physical machine into several virtual ones. Each virtual machine believes it is a real computer: it boots its own kernel and operating system and gets a slice of CPU, memory and disk.',
    analogy: 'Splitting one large house into separate flats, each with its own front door, kitchen and meter.',
    pros: ['Strong isolation: a separate kernel per guest', 'Run different operating systems side by side on one host', 'Snapshots, cloning and live migration make backup and recovery easier', 'Rented by the hour from any cloud (IaaS)'],
    cons: ['Every guest carries a full operating system: gigabytes of disk and memory', 'Boots in minutes rather than seconds', 'You still patch and harden each guest OS', 'The hypervisor is one more layer to secure'],
    youManage: ['Guest operating system and its patches', 'Runtimes, libraries, your application and data', 'Network rules inside your virtual network'],
    providerManages: ['Hardware, data centre, hypervisor', 'Physical network and storage'],
    size: 'Gigabytes: roughly 1\u201320 GB, often 4\u201310 GB for a general-purpose image',
    startTime: 'About one to a few minutes',
    isolation: 'Hardware-level: separate kernels behind a hypervisor',
    bestFor: 'Legacy applications, workloads that need their own OS or kernel, strict multi-tenant isolation, and the nodes that Kubernetes runs on',
    examples: ['AWS EC2', 'Azure Virtual Machines', 'Google Compute Engine', 'VMware, KVM, VirtualBox'],
    concepts: ['virtual-machine', 'hypervisor', 'vm-vs-container'],
    snippets: [],
  },
  {
    id: 'containers',
    title: LEVEL_TITLES.containers,
    tagline: 'Apps packaged with their dependencies, sharing one kernel',
    whatItIs: 'A container is a process (or a few) that the kernel isolates with namespaces and limits with cgroups. It runs from an image that holds the application plus its runtime and libraries, but no kernel of its own: every container on a host shares the host kernel.',
    analogy: 'Standard shipping containers: whatever is packed inside, every crane, ship and lorry handles the box the same way.',
    pros: ['Small and fast: megabytes, and start in about a second', 'The same image runs on a laptop, in CI and in production', 'Dense: many containers fit where only a few VMs would', 'Each service can carry its own runtime version without conflicts'],
    cons: ['Weaker isolation than a VM: a kernel flaw exposes every container on the host', 'Ephemeral by default: data written inside is lost unless stored in a volume', 'Many small containers are harder to observe and operate without an orchestrator'],
    youManage: ['The Dockerfile and the image it builds (base image, updates, user, size)', 'Your application, configuration and data volumes', 'The host, or the service that runs your containers'],
    providerManages: ['With a managed container service: hosts, container runtime and scheduling'],
    size: 'Megabytes: roughly 10\u2013500 MB, commonly 50\u2013200 MB',
    startTime: 'About a second or a few seconds',
    isolation: 'Process-level: namespaces and cgroups on a shared kernel',
    bestFor: 'Microservices, CI/CD pipelines, reproducible development environments, anything you want to ship as one artifact',
    examples: ['Docker, Podman, containerd', 'Docker Compose for several containers on one host'],
    concepts: ['container', 'image-vs-dockerfile', 'docker-compose', 'vm-vs-container'],
    snippets: ['docker-node', 'docker-python', 'docker-go', 'compose-stack'],
  },
  {
    id: 'kubernetes',
    title: LEVEL_TITLES.kubernetes,
    tagline: 'An orchestrator that runs containers across many machines',
    whatItIs: 'Kubernetes runs containers across a cluster of nodes. You declare the state you want (three replicas of this image, reachable under this name) in YAML objects, and its controllers keep working until the cluster matches: they schedule pods, restart crashed ones, replace lost nodes and roll out new versions.',
    analogy: 'Air traffic control: it does not fly the planes, it decides where each one goes and reroutes them when something fails.',
    pros: ['Self-healing: failed pods are restarted and rescheduled', 'Rolling updates and rollbacks without downtime', 'Horizontal autoscaling on CPU, memory or custom metrics', 'Service discovery and load balancing built in', 'Portable across clouds and on premises'],
    cons: ['A steep learning curve and verbose YAML', 'Networking, storage and security have many moving parts', 'Running the control plane yourself takes dedicated expertise', 'Overkill for a handful of containers'],
    youManage: ['Manifests: Deployments, Services, Ingresses, configuration', 'Resource requests and limits, probes, security settings', 'Worker nodes (unless a serverless node option is used)', 'With self-hosted clusters: the control plane too'],
    providerManages: ['With managed Kubernetes (EKS, AKS, GKE): the control plane, its upgrades and availability'],
    size: 'Adds no size per app; a cluster is typically 3 or more nodes',
    startTime: 'Pods start in seconds once images are cached on the node',
    isolation: 'Containers in pods, with namespaces, network policies and RBAC on top',
    bestFor: 'Many services at scale, teams that need self-healing and rolling updates, multi-cloud portability',
    examples: ['Amazon EKS', 'Azure AKS', 'Google GKE', 'k3s, kubeadm', 'Alternatives: Amazon ECS, HashiCorp Nomad'],
    concepts: ['cluster', 'node', 'container-vs-pod', 'deployment', 'service', 'ingress', 'managed-kubernetes', 'service-mesh', 'ecs-nomad'],
    snippets: ['k8s-deployment-service', 'k8s-ingress-tls', 'k8s-hpa', 'k8s-pdb', 'k8s-config', 'k8s-cronjob'],
  },
  {
    id: 'serverless',
    title: LEVEL_TITLES.serverless,
    tagline: 'You give the cloud code; it runs it on demand',
    whatItIs: 'The provider runs your function or container only when a request or event arrives, scales the number of instances from zero to thousands by itself, and bills for the time actually used. You never see a server, an operating system or an IP address.',
    analogy: 'Calling a taxi instead of owning a car: no parking, insurance or servicing, but you go where the service goes and pay per ride.',
    pros: ['No servers to patch or size', 'Scales to zero and back automatically', 'Pay per request and per millisecond of run time', 'Quick to get a small event-driven service running'],
    cons: ['Cold starts add latency after idle periods', 'Limits on run time (for example 15 minutes on AWS Lambda), memory and package size', 'Strong vendor lock-in: each provider\u2019s model differs', 'Harder to run, debug and test locally'],
    youManage: ['Function code or the container image', 'Memory setting, timeouts, environment variables, permissions'],
    providerManages: ['Servers, operating system, runtime patching', 'Scaling, availability, load balancing'],
    size: 'A function package: kilobytes to tens of MB (larger for container images)',
    startTime: 'Around 100 ms when warm; hundreds of ms to seconds on a cold start',
    isolation: 'Per function instance, in the provider\u2019s sandbox (micro-VMs or containers)',
    bestFor: 'Event-driven work, background jobs, glue between services, APIs with spiky or unpredictable traffic',
    examples: ['AWS Lambda', 'Azure Functions', 'Google Cloud Functions', 'Serverless containers: AWS Fargate, Azure Container Apps, Google Cloud Run', 'Knative on Kubernetes'],
    concepts: ['serverless', 'faas-baas', 'cold-start', 'cloud-models'],
    snippets: [],
  },
  {
    id: 'code',
    title: LEVEL_TITLES.code,
    tagline: 'The application every layer below exists to run',
    whatItIs: 'Your application: its code, its configuration and its data. Every level below is a different answer to one question: how much of the machinery under this code do you want to own?',
    analogy: 'The cargo: the reason for the ship, the port and the crane.',
    pros: ['The part that makes your product different', 'Portable when it follows cloud-native habits: config in the environment, stateless processes, logs to stdout'],
    cons: ['Inherits the limits of the level it runs on', 'Hard-coded hosts, local state or local files tie it to one machine'],
    youManage: ['Always: code, dependencies, configuration, data and its security'],
    providerManages: ['With SaaS, even the application is someone else\u2019s: you only configure and use it'],
    size: 'Whatever your application needs',
    startTime: 'Your own start-up time, on top of the level below',
    isolation: 'Whatever the level below provides',
    bestFor: 'Writing it so it can move between levels: twelve-factor habits, health endpoints, graceful shutdown',
    examples: ['A web API, a worker, a scheduled job, an MCP server'],
    concepts: ['cloud-native', 'cloud-models', 'infrastructure-as-code'],
    snippets: [],
  },
];

export function level(id: LevelId): PyramidLevel {
  const found = LEVELS.find((l) => l.id === id);
  if (!found) throw new Error(`Unknown pyramid level ${id}`);
  return found;
}
