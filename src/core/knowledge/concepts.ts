/**
 * The catalog of concepts Infra Coach can explain: ids, titles and one-line summaries. Small on
 * purpose, because the extension loads it on activation for the Explain Concept quick pick; the
 * pages themselves (conceptPages.ts) are bundled into the webview script only.
 */
import type { LevelId } from './levelIds';

export const CONCEPT_IDS = [
  'bare-metal',
  'hypervisor',
  'virtual-machine',
  'container',
  'image-vs-dockerfile',
  'docker-compose',
  'container-vs-pod',
  'node',
  'cluster',
  'deployment',
  'service',
  'ingress',
  'managed-kubernetes',
  'serverless',
  'faas-baas',
  'cold-start',
  'cloud-models',
  'service-mesh',
  'infrastructure-as-code',
  'ecs-nomad',
  'cloud-native',
  'vm-vs-container',
] as const;

export type ConceptId = (typeof CONCEPT_IDS)[number];

export interface ConceptSummary {
  id: ConceptId;
  title: string;
  /** One sentence, shown in the quick pick. */
  summary: string;
  /** The pyramid level the concept belongs to, when it belongs to one. */
  level?: LevelId;
  /** Extra words the quick pick matches (abbreviations, product names). */
  keywords: string[];
}

export const CONCEPTS: readonly ConceptSummary[] = [
  { id: 'bare-metal', title: 'Bare metal', level: 'metal', keywords: ['physical server', 'dedicated host'], summary: 'A real machine in a rack that runs one operating system directly on its hardware.' },
  { id: 'hypervisor', title: 'Hypervisors', level: 'vm', keywords: ['KVM', 'VMware', 'Hyper-V', 'VirtualBox', 'type 1', 'type 2'], summary: 'The software layer that slices one physical machine into several virtual ones.' },
  { id: 'virtual-machine', title: 'Virtual machine (VM)', level: 'vm', keywords: ['EC2', 'Compute Engine', 'guest OS'], summary: 'A complete computer, kernel included, emulated on top of a hypervisor.' },
  { id: 'container', title: 'Container', level: 'containers', keywords: ['Docker', 'namespaces', 'cgroups', 'OCI'], summary: 'An application and its dependencies run as isolated processes that share the host kernel.' },
  { id: 'image-vs-dockerfile', title: 'Image vs Dockerfile', level: 'containers', keywords: ['build', 'registry', 'layers', 'tag', 'digest'], summary: 'The Dockerfile is the recipe you edit; the image is the read-only artifact a build produces from it.' },
  { id: 'docker-compose', title: 'Docker Compose', level: 'containers', keywords: ['compose.yaml', 'depends_on', 'multi-container'], summary: 'One YAML file that starts several cooperating containers on a single host.' },
  { id: 'container-vs-pod', title: 'Container vs Pod', level: 'kubernetes', keywords: ['sidecar', 'pod'], summary: 'A pod is the Kubernetes wrapper around one or more containers that share a network address and volumes.' },
  { id: 'node', title: 'Node', level: 'kubernetes', keywords: ['worker', 'kubelet'], summary: 'One machine (usually a VM) in a Kubernetes cluster that runs pods.' },
  { id: 'cluster', title: 'Cluster', level: 'kubernetes', keywords: ['control plane', 'API server', 'etcd', 'scheduler'], summary: 'The control plane plus the nodes it manages: the whole Kubernetes system.' },
  { id: 'deployment', title: 'Deployment', level: 'kubernetes', keywords: ['replicas', 'rolling update', 'ReplicaSet'], summary: 'The object that keeps a chosen number of identical pods running and replaces them gradually on change.' },
  { id: 'service', title: 'Service', level: 'kubernetes', keywords: ['ClusterIP', 'NodePort', 'LoadBalancer', 'selector'], summary: 'A stable name and address in front of a changing set of pods, chosen by their labels.' },
  { id: 'ingress', title: 'Ingress', level: 'kubernetes', keywords: ['TLS', 'HTTP routing', 'ingress controller'], summary: 'HTTP(S) routing from outside the cluster to Services, usually where TLS certificates live.' },
  { id: 'managed-kubernetes', title: 'Managed vs self-hosted Kubernetes', level: 'kubernetes', keywords: ['EKS', 'AKS', 'GKE', 'kubeadm'], summary: 'Who runs the control plane: your team, or the cloud provider.' },
  { id: 'serverless', title: 'Serverless', level: 'serverless', keywords: ['Lambda', 'Cloud Run', 'Fargate', 'pay per use'], summary: 'You hand the provider code or a container; it runs and scales it and bills you per use.' },
  { id: 'faas-baas', title: 'FaaS and BaaS', level: 'serverless', keywords: ['Function as a Service', 'Backend as a Service', 'Firebase'], summary: 'Functions triggered by events, and ready-made backend services you call instead of building.' },
  { id: 'cold-start', title: 'Cold start', level: 'serverless', keywords: ['latency', 'warm', 'provisioned concurrency'], summary: 'The extra delay of the first request after idle time, while the platform prepares a fresh instance.' },
  { id: 'cloud-models', title: 'IaaS, PaaS, SaaS and FaaS', keywords: ['cloud service models', 'shared responsibility'], summary: 'Four ways to rent computing, told apart by how much of the stack the provider runs for you.' },
  { id: 'service-mesh', title: 'Service mesh', level: 'kubernetes', keywords: ['Istio', 'Linkerd', 'Envoy', 'mTLS', 'sidecar proxy'], summary: 'A layer of proxies that encrypts, routes and measures the traffic between services.' },
  { id: 'infrastructure-as-code', title: 'Infrastructure as code', keywords: ['Terraform', 'CloudFormation', 'Pulumi', 'IaC'], summary: 'Servers, networks and databases declared in versioned files that a tool applies.' },
  { id: 'ecs-nomad', title: 'ECS and Nomad', level: 'kubernetes', keywords: ['orchestrator', 'Elastic Container Service', 'HashiCorp'], summary: 'Two container orchestrators that trade Kubernetes\u2019 breadth for simplicity.' },
  { id: 'cloud-native', title: 'Cloud-native and the twelve-factor app', level: 'code', keywords: ['12-factor', 'CNCF', 'microservices'], summary: 'Designing software for automation, failure and elastic scale, with the twelve-factor checklist as a start.' },
  { id: 'vm-vs-container', title: 'VM vs container', level: 'containers', keywords: ['comparison', 'isolation', 'density'], summary: 'Where each isolates, what each costs, and when to choose which.' },
];

export function conceptSummary(id: string): ConceptSummary | undefined {
  return CONCEPTS.find((c) => c.id === id);
}

export function isConceptId(value: unknown): value is ConceptId {
  return typeof value === 'string' && (CONCEPT_IDS as readonly string[]).includes(value);
}
