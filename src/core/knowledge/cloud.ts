/**
 * The tables beside the pyramid: who manages what in each cloud service model, the names the three
 * big providers give the same capability, and where orchestrators, meshes and IaC tools fit.
 */
import type { ConceptId } from './concepts';
import type { LevelId } from './levelIds';

/** The layers of the stack, top (closest to the user) to bottom, for the who-manages-what matrix. */
export const STACK_LAYERS = ['Application', 'Data', 'Runtime', 'Middleware', 'Operating system', 'Virtualisation', 'Servers', 'Storage', 'Networking'] as const;
export type StackLayer = (typeof STACK_LAYERS)[number];

export interface CloudModel {
  id: 'on-premises' | 'iaas' | 'paas' | 'faas' | 'saas';
  name: string;
  /** Layers the customer runs; the provider runs the rest. */
  youManage: readonly StackLayer[];
  note: string;
  examples: string[];
}

export const CLOUD_MODELS: readonly CloudModel[] = [
  { id: 'on-premises', name: 'On premises', youManage: STACK_LAYERS, note: 'Everything is yours, down to the cables.', examples: ['Your own data centre'] },
  { id: 'iaas', name: 'IaaS', youManage: ['Application', 'Data', 'Runtime', 'Middleware', 'Operating system'], note: 'You rent virtual machines, disks and networks and run everything from the OS up.', examples: ['AWS EC2', 'Azure Virtual Machines', 'Google Compute Engine'] },
  { id: 'paas', name: 'PaaS', youManage: ['Application', 'Data'], note: 'You push code; the platform patches, scales and balances it.', examples: ['Heroku', 'AWS Elastic Beanstalk', 'Azure App Service', 'Google App Engine'] },
  { id: 'faas', name: 'FaaS', youManage: ['Application'], note: 'You write functions; the provider runs each one per event. Data usually lives in managed services you call.', examples: ['AWS Lambda', 'Azure Functions', 'Google Cloud Functions'] },
  { id: 'saas', name: 'SaaS', youManage: [], note: 'You only configure and use a finished application.', examples: ['Gmail', 'Slack', 'Salesforce', 'Datadog'] },
];

export interface CloudEquivalent {
  capability: string;
  aws: string;
  azure: string;
  gcp: string;
  level?: LevelId;
}

export const CLOUD_EQUIVALENTS: readonly CloudEquivalent[] = [
  { capability: 'Virtual machines', aws: 'EC2', azure: 'Virtual Machines', gcp: 'Compute Engine', level: 'vm' },
  { capability: 'Managed Kubernetes', aws: 'EKS', azure: 'AKS', gcp: 'GKE', level: 'kubernetes' },
  { capability: 'Other container orchestration', aws: 'ECS', azure: 'Container Instances', gcp: '\u2014', level: 'containers' },
  { capability: 'Serverless containers', aws: 'Fargate', azure: 'Container Apps', gcp: 'Cloud Run', level: 'serverless' },
  { capability: 'Functions (FaaS)', aws: 'Lambda', azure: 'Functions', gcp: 'Cloud Functions', level: 'serverless' },
  { capability: 'Container registry', aws: 'ECR', azure: 'Container Registry', gcp: 'Artifact Registry', level: 'containers' },
  { capability: 'Object storage', aws: 'S3', azure: 'Blob Storage', gcp: 'Cloud Storage' },
  { capability: 'Block storage', aws: 'EBS', azure: 'Managed Disks', gcp: 'Persistent Disk' },
  { capability: 'Managed relational database', aws: 'RDS, Aurora', azure: 'Azure SQL, Database for PostgreSQL', gcp: 'Cloud SQL, AlloyDB' },
  { capability: 'In-memory cache', aws: 'ElastiCache', azure: 'Cache for Redis', gcp: 'Memorystore' },
  { capability: 'Virtual network', aws: 'VPC', azure: 'Virtual Network', gcp: 'VPC' },
  { capability: 'Load balancer', aws: 'ALB, NLB', azure: 'Load Balancer, Application Gateway', gcp: 'Cloud Load Balancing' },
  { capability: 'Infrastructure as code (native)', aws: 'CloudFormation', azure: 'Resource Manager, Bicep', gcp: 'Infrastructure Manager' },
];

export interface EcosystemGroup {
  id: 'orchestrators' | 'service-mesh' | 'iac';
  title: string;
  /** Where the group sits relative to the pyramid. */
  fits: string;
  levels: LevelId[];
  concept: ConceptId;
  tools: { name: string; note: string }[];
}

export const ECOSYSTEM: readonly EcosystemGroup[] = [
  {
    id: 'orchestrators',
    title: 'Orchestrators',
    fits: 'Between containers and the machines under them: they decide which container runs where, and keep it running.',
    levels: ['containers', 'kubernetes'],
    concept: 'ecs-nomad',
    tools: [
      { name: 'Kubernetes', note: 'The cloud-agnostic standard; powerful, with a large ecosystem and a steep curve.' },
      { name: 'Amazon ECS', note: 'AWS\u2019s own, simpler orchestrator; tasks run on EC2 or on Fargate.' },
      { name: 'HashiCorp Nomad', note: 'One binary; schedules containers, VMs and plain executables alike.' },
    ],
  },
  {
    id: 'service-mesh',
    title: 'Service meshes',
    fits: 'On top of an orchestrator, beside your code: a proxy next to each service handles encryption, retries and metrics for service-to-service calls.',
    levels: ['kubernetes', 'code'],
    concept: 'service-mesh',
    tools: [
      { name: 'Istio', note: 'The most features (canaries, mirroring, fault injection), built on Envoy; complex to run.' },
      { name: 'Linkerd', note: 'Lightweight Rust proxy; mutual TLS and metrics with little to configure.' },
      { name: 'Envoy', note: 'The proxy many meshes are built on; usable on its own.' },
    ],
  },
  {
    id: 'iac',
    title: 'Infrastructure as code',
    fits: 'Beside every level: it describes the machines, networks, clusters and functions themselves, so they can be recreated and reviewed like code.',
    levels: ['metal', 'vm', 'containers', 'kubernetes', 'serverless'],
    concept: 'infrastructure-as-code',
    tools: [
      { name: 'Terraform', note: 'HCL files, any cloud through providers; keeps a state file you must store safely.' },
      { name: 'CloudFormation', note: 'AWS only, YAML or JSON templates; AWS keeps the state.' },
      { name: 'Pulumi', note: 'Infrastructure in TypeScript, Python, Go and others, with loops and types.' },
    ],
  },
];
