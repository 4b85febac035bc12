/**
 * The concept pages, in the Markdown subset the learning webview renders (headings, paragraphs,
 * lists, tables, code blocks, **bold**, `code`, and links; `concept:<id>` links open another page).
 * Bundled into the webview script, not into the extension.
 */
import type { ConceptId } from './concepts';

export const CONCEPT_PAGES: Record<ConceptId, string> = {
  'bare-metal': `# Bare metal

A **bare-metal server** is a physical computer with an operating system installed straight onto its hardware. No virtualisation layer sits in between, so the application gets every cycle of CPU and every byte of memory.

## What you take on
- Buying or renting the machine, and replacing failed disks and fans
- Installing and patching the operating system
- Every runtime, library and service the application needs

## Trade-offs
- **Performance:** the best there is; no neighbours share the box.
- **Flexibility:** you may tune the kernel, drivers and firmware as you like.
- **Waste:** a machine sized for peak load often idles; one small app may use a few percent of it.
- **Conflicts:** apps on one system share one set of libraries, so version clashes are common.
- **Blast radius:** a crash or hardware fault stops everything on that machine.

Slicing one machine into several isolated ones is what [hypervisors](concept:hypervisor) do, which leads to [virtual machines](concept:virtual-machine).
`,

  hypervisor: `# Hypervisors

A **hypervisor** is the software that lets one physical host run several [virtual machines](concept:virtual-machine). It hands each guest a share of CPU, memory, disk and network, and keeps the guests from seeing each other.

## Two kinds
| Kind | Runs on | Examples | Typical use |
| --- | --- | --- | --- |
| Type 1 (bare-metal) | Directly on the hardware | VMware ESXi, KVM, Hyper-V, Xen | Data centres and clouds |
| Type 2 (hosted) | On top of a normal OS | VirtualBox, VMware Workstation | A developer's laptop |

## Why it matters
- It is what lets a cloud rent you "a server" in seconds: the server is a slice of a bigger one.
- It is also one more layer to secure: a flaw in the hypervisor could cross guest boundaries.
- Every guest still boots a full operating system, which is the overhead [containers](concept:container) avoid.
`,

  'virtual-machine': `# Virtual machine (VM)

A **virtual machine** is a complete computer made of software: virtual CPUs, memory, disks and network cards provided by a [hypervisor](concept:hypervisor). It boots its own kernel and operating system, so a Linux host can run a Windows guest and the reverse.

## Typical figures
- **Size:** gigabytes, because each one carries a whole OS (roughly 1 to 20 GB).
- **Start time:** about a minute or more.
- **Isolation:** strong; each guest has its own kernel.

## Good at
- Running software that needs a specific OS or kernel
- Isolating tenants who must not trust each other
- Snapshots, clones and moving a running machine to another host

## Costs
Fifty small services as fifty VMs means fifty operating systems to store, boot, patch and monitor. That overhead is why most new services ship as [containers](concept:container), often running *inside* VMs that serve as Kubernetes [nodes](concept:node).

Cloud names: AWS EC2, Azure Virtual Machines, Google Compute Engine. This is the **IaaS** model (see [cloud models](concept:cloud-models)).
`,

  container: `# Container

A **container** is an application plus everything it needs (runtime, libraries, settings) running as ordinary processes that the kernel fences off. Linux **namespaces** give it its own view of processes, network and files; **cgroups** cap its CPU and memory. There is no guest kernel: every container on a host shares the host's.

## Why people use them
- **Small and quick:** usually tens to hundreds of MB, starting in about a second.
- **Same everywhere:** the image that passed CI is the one that runs in production, so "it works on my machine" stops being an excuse.
- **Dense:** a host that fits a dozen VMs can fit hundreds of containers.

## What to watch
- **Shared kernel:** a kernel vulnerability affects every container on the host, so run as a non-root user and drop privileges.
- **Ephemeral files:** anything written inside disappears with the container; keep data in volumes or external services.
- **Many moving parts:** beyond a few containers you want an orchestrator such as [Kubernetes](concept:cluster).

A container runs from an image, which is built from a Dockerfile: see [image vs Dockerfile](concept:image-vs-dockerfile).
`,

  'image-vs-dockerfile': `# Image vs Dockerfile

| | Dockerfile | Image |
| --- | --- | --- |
| What it is | A text file of build instructions | The read-only result of running them |
| You | Edit it, review it, commit it | Build, tag, push and pull it |
| Lives in | Your repository | A registry (Docker Hub, ECR, GHCR, ...) |
| Identified by | Its path | A tag (\`web:1.4\`) and a content digest (\`sha256:...\`) |

Think of a recipe and the dish cooked from it: the **Dockerfile** is the recipe, the **image** is the prepared meal, and a **container** is that meal being eaten, one serving of many.

## How a build works
\`docker build\` runs the instructions in order. \`FROM\` picks a base image; each \`RUN\`, \`COPY\` or \`ADD\` adds a **layer** on top. Layers are cached, so instructions that change rarely (installing packages) belong before those that change often (copying your source).

## Habits that pay off
- Pin the base image to a version or a digest, never \`latest\`, so the same Dockerfile gives the same image.
- Use multi-stage builds: compile in one stage, copy only the result into a small final stage.
- Run as a non-root \`USER\` in the final stage.

Infra Coach's hovers and rules point these out line by line.
`,

  'docker-compose': `# Docker Compose

**Compose** describes an application made of several [containers](concept:container) in one YAML file (\`compose.yaml\`): which image or build each service uses, its ports, volumes, environment and which services it waits for. \`docker compose up\` starts the whole set on **one host**, on a private network where services reach each other by name.

## Typical shape
- \`web\` built from your Dockerfile, publishing a port
- \`db\` from a database image, with a named volume for its data
- \`cache\` from a Redis image

## Starting in the right order
\`depends_on\` alone only orders container start-up. With \`condition: service_healthy\` and a \`healthcheck\` on the dependency, Compose waits until the database actually answers.

## Where it stops
Compose does not spread containers over several machines, replace a failed host or roll out updates gradually. When you need those, the same images move to an orchestrator such as Kubernetes (see [Deployment](concept:deployment)) or [ECS or Nomad](concept:ecs-nomad).
`,

  'container-vs-pod': `# Container vs Pod

A **container** is one isolated application process (and its children), started from one image. Docker, Podman and containerd all speak in containers.

A **pod** is how Kubernetes wraps containers. It is the smallest thing Kubernetes schedules, and it can hold one or several containers that:
- share one IP address and port space, so they talk over \`localhost\`;
- can mount the same volumes;
- are placed on the same [node](concept:node) and started and stopped together.

## One container or several?
Most pods hold a single application container. Extra containers are for helpers that must live beside it: a log shipper, a proxy from a [service mesh](concept:service-mesh) (a *sidecar*), or an *init container* that prepares files before the app starts.

## Pods are disposable
A pod that dies is replaced by a new one with a new IP. That is why you rarely create pods directly: a [Deployment](concept:deployment) keeps the right number running, and a [Service](concept:service) gives them a stable address.
`,

  node: `# Node

A **node** is one machine in a Kubernetes [cluster](concept:cluster), usually a [virtual machine](concept:virtual-machine), sometimes bare metal. Worker nodes run your pods; control-plane nodes run Kubernetes itself.

## On every worker node
- **kubelet:** the agent that starts the pods the scheduler assigned and reports their health
- **a container runtime** (containerd, CRI-O) that actually runs the containers
- **kube-proxy** or an equivalent network plugin that routes Service traffic

## Things to know
- Pods ask for CPU and memory with **requests**; the scheduler places them on nodes with room. Limits cap what they may use.
- When a node fails, its pods are recreated on other nodes, which is why several replicas and a PodDisruptionBudget matter.
- On managed clusters you still choose node sizes and counts (or let an autoscaler do it), unless you use a serverless node option such as Fargate or GKE Autopilot.
`,

  cluster: `# Cluster

A Kubernetes **cluster** is a set of [nodes](concept:node) run as one system. You never talk to a node directly: you send desired state to the cluster's API, and it makes it so.

## The control plane
- **API server:** the front door; \`kubectl apply\` sends your YAML here
- **etcd:** the key-value store that holds every object
- **scheduler:** picks a node for each new pod
- **controller manager:** loops that compare what exists with what you asked for and fix the difference

## Declarative, not step by step
You do not say "start three containers". You write a [Deployment](concept:deployment) saying "three replicas of this image should exist", and the controllers keep that true through crashes, node failures and updates.

## Who runs it
Running the control plane yourself is demanding; most teams use [managed Kubernetes](concept:managed-kubernetes) such as EKS, AKS or GKE.
`,

  deployment: `# Deployment

A **Deployment** tells Kubernetes: "keep this many identical pods of this template running". It owns a ReplicaSet, which owns the pods.

\`\`\`yaml
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 3
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      containers:
        - name: web
          image: registry.example.com/web:1.4.2
\`\`\`

## What it gives you
- **Self-healing:** a crashed pod or a lost node is replaced to get back to \`replicas\`.
- **Rolling updates:** change the image and old pods are replaced a few at a time (\`maxSurge\`, \`maxUnavailable\`), so users see no downtime when readiness probes are set.
- **Rollback:** \`kubectl rollout undo\` returns to the previous template.

## Things Infra Coach checks
The selector must match the template's labels; set resource requests and limits, liveness and readiness probes, and a pinned image tag. Pair it with a [Service](concept:service) to receive traffic, and an HPA to scale it.
`,

  service: `# Service

Pods come and go, and each new one gets a new IP. A **Service** gives a group of pods one stable name and virtual IP, and spreads traffic across the healthy ones.

## How it finds pods
A Service has a \`selector\`, a set of labels. Every pod whose labels match (and whose readiness probe passes) receives traffic. If no pod matches, the Service silently leads nowhere, a mistake Infra Coach reports.

## Types
| Type | Reachable from | Use |
| --- | --- | --- |
| ClusterIP (default) | Inside the cluster | Service-to-service calls |
| NodePort | A port on every node | Simple external access, testing |
| LoadBalancer | A cloud load balancer | Exposing a TCP service publicly |
| ExternalName | DNS alias | Pointing at something outside the cluster |

Inside the cluster a Service is reachable by DNS as \`name.namespace.svc\`. For HTTP routing by host name or path, and for TLS, put an [Ingress](concept:ingress) in front.
`,

  ingress: `# Ingress

An **Ingress** describes how HTTP and HTTPS requests from outside the cluster reach [Services](concept:service) inside it: by host name (\`shop.example.com\`) and by path (\`/api\`).

## What makes it work
The Ingress object is only a set of rules. An **ingress controller** (ingress-nginx, Traefik, a cloud's load balancer controller) reads them and does the routing. Without a controller installed, an Ingress does nothing.

## TLS
The \`tls\` section names the hosts and the Secret holding the certificate and key, so HTTPS ends at the controller. Tools such as cert-manager can create and renew that Secret.

## Good practice
- Serve HTTPS: an Ingress without \`tls\` exposes plain HTTP.
- Point each backend at an existing Service and port.
- Set \`ingressClassName\` so the right controller picks it up.

The newer Gateway API covers the same need with more roles and protocols.
`,

  'managed-kubernetes': `# Managed vs self-hosted Kubernetes

| | Self-hosted | Managed (EKS, AKS, GKE) | Serverless nodes (Fargate, Autopilot) |
| --- | --- | --- | --- |
| Control plane | You install, upgrade, back up | Provider | Provider |
| Worker nodes | You | You (sizes, upgrades) | Provider |
| Your manifests | You | You | You |
| Effort | High | Medium | Low |

## Self-hosted
Tools like kubeadm, k3s or Talos install Kubernetes on machines you control. You get full control and can run anywhere, including air-gapped sites, but etcd backups, certificate rotation and version upgrades are yours.

## Managed
The provider runs the API server, etcd and the scheduler, keeps them available and offers one-click upgrades. You still decide node pools and everything you deploy. This is the usual choice.

## Even less
Serverless options run each pod on capacity the provider manages, so there are no nodes to patch; you pay per pod and accept some limits (no privileged pods, fewer node-level features).
`,

  serverless: `# Serverless

**Serverless** does not mean there are no servers; it means they are not your concern. You hand the provider a function or a container image, and it:
- starts instances when requests or events arrive, and removes them when idle (down to zero);
- scales out to as many instances as the load needs;
- bills for what runs, often per millisecond, rather than for machines kept on.

## Two flavours
- **Functions** ([FaaS](concept:faas-baas)): AWS Lambda, Azure Functions, Google Cloud Functions.
- **Serverless containers:** Google Cloud Run, Azure Container Apps, AWS Fargate, Knative. You keep your Dockerfile and lose the servers.

## Trade-offs
- No OS to patch, no capacity to plan
- [Cold starts](concept:cold-start) after idle time
- Limits: maximum run time (15 minutes on Lambda), memory, package size
- Lock-in: each provider's triggers and configuration differ, and local testing is harder

Serverless fits event handlers, scheduled jobs and spiky APIs; long-running, steady, latency-critical services are often cheaper on containers.
`,

  'faas-baas': `# FaaS and BaaS

Both are forms of [serverless](concept:serverless), and they are often used together.

## FaaS: Function as a Service
You write a single function; an event calls it: an HTTP request, a file landing in storage, a message on a queue, a timer. The provider runs it in a fresh or reused sandbox and throws the sandbox away later.

Good for short, stateless work. Keep state in a database or a cache, not in the function's memory.

Examples: AWS Lambda, Azure Functions, Google Cloud Functions, Apache OpenWhisk.

## BaaS: Backend as a Service
Instead of writing a backend piece, you call a hosted one: authentication, a document database, file storage, push notifications.

Examples: Firebase, Supabase, AWS Amplify, Auth0.

## Together
A mobile app may sign users in with a BaaS auth service, store data in its database, and run a FaaS function when a new record arrives. There is no server of yours anywhere in that picture.
`,

  'cold-start': `# Cold start

A **cold start** is the extra wait on a request that finds no ready instance of a [serverless](concept:serverless) function. The platform must find capacity, start a sandbox, load the runtime and your code, and run your start-up logic before handling the request.

## How long
A warm call typically answers in tens of milliseconds plus your own work (around 100 ms in total is common). A cold one adds from roughly a hundred milliseconds to several seconds, depending on the runtime, package size and whether the function joins a private network.

## When it happens
- The first request after a period with no traffic
- A traffic burst that needs more instances than are warm
- Right after you deploy a new version

## Making it smaller
- Keep the package small and imports lazy
- Prefer runtimes that start fast; avoid heavy frameworks in functions
- Move set-up work out of the start-up path, or reuse connections across calls
- Pay for a few always-warm instances (provisioned concurrency, minimum instances) where latency matters
`,

  'cloud-models': `# IaaS, PaaS, SaaS and FaaS

The four service models differ in one thing: where the line between your work and the provider's work falls.

| Layer | IaaS | PaaS | FaaS | SaaS |
| --- | --- | --- | --- | --- |
| Application | You | You | You (functions) | Provider |
| Data | You | You | You (in managed services) | Provider |
| Runtime and middleware | You | Provider | Provider | Provider |
| Operating system | You | Provider | Provider | Provider |
| Virtualisation, servers, storage, network | Provider | Provider | Provider | Provider |

- **IaaS:** rented VMs, disks and networks. EC2, Azure VMs, Compute Engine. Choose it for full control or unusual OS needs.
- **PaaS:** push code, the platform runs it. Heroku, Elastic Beanstalk, App Service, App Engine.
- **FaaS:** deploy functions that run per event. Lambda, Azure Functions, Cloud Functions.
- **SaaS:** a finished product you configure. Gmail, Slack, Datadog.

Teams often start low for control and move pieces up as running them stops being worth the effort. Most real systems mix all four.
`,

  'service-mesh': `# Service mesh

A **service mesh** handles the calls between your services, so each service does not need its own code for encryption, retries and metrics. It places a small proxy beside every service instance (a *sidecar* in the same [pod](concept:container-vs-pod), or a per-node proxy), and all traffic passes through these proxies.

## Two planes
- **Data plane:** the proxies that carry the traffic
- **Control plane:** the component that configures every proxy from your policies

## What you get
- **Mutual TLS** between services, with certificates issued and rotated for you
- **Traffic control:** retries, timeouts, circuit breaking, canary and weighted routing
- **Observability:** request rates, errors and latencies for every hop, plus traces

## The main options
| Mesh | Proxy | Character |
| --- | --- | --- |
| Istio | Envoy | Richest features, most to learn |
| Linkerd | linkerd2-proxy (Rust) | Small and simple, core features |
| Envoy alone | Envoy | Build your own, no full control plane |

A mesh adds latency and resources per pod; adopt one when you have many services and need these guarantees.
`,

  'infrastructure-as-code': `# Infrastructure as code

**Infrastructure as code (IaC)** means describing servers, networks, databases, clusters and functions in files, committing them, and letting a tool create or change the real resources to match.

## Why it helps
- **Repeatable:** the same files build the same environment every time, for staging or a new region.
- **Reviewable:** each change is a diff in a pull request, with an author and a reason.
- **Recoverable:** lose an account or a region and rebuild from the repository.
- **Drift detection:** the tool can show what someone changed by hand.

## The common tools
| Tool | Language | Clouds | State |
| --- | --- | --- | --- |
| Terraform / OpenTofu | HCL | Any, through providers | A state file you store (for example in S3 with locking) |
| CloudFormation | YAML or JSON | AWS only | Kept by AWS |
| Pulumi | TypeScript, Python, Go, C#, Java | Any | Pulumi service or self-managed |

A Dockerfile, a Compose file and Kubernetes manifests are IaC too: declarative files for one level of the pyramid. Tools like Terraform usually create the levels below them (the network, the cluster) and hand over to Kubernetes YAML or Helm for what runs inside.
`,

  'ecs-nomad': `# ECS and Nomad

Kubernetes is the best-known orchestrator but not the only one.

## Amazon ECS
AWS's own container orchestrator. You define **task definitions** (roughly a pod: one or more containers) and **services** that keep a number of tasks running behind a load balancer. Tasks run on EC2 instances you manage or on **Fargate**, where AWS provides the capacity. It is simpler than Kubernetes and deeply tied to IAM, CloudWatch and ALB, and it only runs on AWS.

## HashiCorp Nomad
A single binary acting as both server and client. Besides containers it can schedule VMs, Java applications and plain executables, which suits mixed estates. It pairs with Consul for service discovery and Vault for secrets.

## Compared
| | Kubernetes | ECS | Nomad |
| --- | --- | --- | --- |
| Complexity | High | Medium | Low to medium |
| Runs on | Any cloud, on premises | AWS | Any |
| Workloads | Containers | Containers | Containers, VMs, binaries |
| Strength | Ecosystem, standard APIs | AWS integration | Simplicity, flexibility |
`,

  'cloud-native': `# Cloud-native and the twelve-factor app

**Cloud-native** is a way of building software for platforms that automate everything and where anything can fail. Running an old application on a rented VM is *cloud-hosted*; cloud-native means the application was designed for that world.

## Traits
- **Automated:** builds, tests, deployments, scaling and recovery run without hands; [IaC](concept:infrastructure-as-code) and CI/CD are the base.
- **Containerised:** images are the unit of delivery.
- **Small, independent services** with their own data, talking over APIs or events.
- **Built to fail well:** retries, timeouts, circuit breakers, graceful degradation.
- **Observable:** metrics, logs and traces from day one.
- **Stateless processes:** state lives in databases, caches and object stores, so any instance can be replaced.

## The twelve-factor checklist (highlights)
- Configuration comes from the environment, not from code.
- Backing services (database, queue, cache) are attached resources, swappable by changing config.
- Processes are stateless and share nothing.
- The app serves by binding to a port.
- Scale out by running more processes, not bigger ones.
- Keep development, staging and production as alike as possible.
- Logs go to standard output as a stream.

A Dockerfile with a fixed \`CMD\`, configuration through \`ENV\` defaults overridden at run time, and a health endpoint is a good start.
`,

  'vm-vs-container': `# VM vs container

Both isolate workloads; they do it at different levels.

| | Virtual machine | Container |
| --- | --- | --- |
| Isolates with | A hypervisor and a separate kernel | Kernel namespaces and cgroups, shared kernel |
| Size | Gigabytes (full OS) | Megabytes (app and its libraries) |
| Start time | Minutes | Seconds |
| Per host | Dozens | Hundreds |
| Security boundary | Strong | Good, weaker than a VM |
| Best for | Different OSes, untrusted tenants, legacy apps | Microservices, CI/CD, fast scaling |

## Not either-or
In most clouds containers run *inside* VMs: the VMs are the [nodes](concept:node) of a cluster, giving tenant isolation, while containers give density and speed within them. Sandboxed runtimes (gVisor, Kata Containers, Firecracker micro-VMs) blur the line further by giving each container or function a VM-like boundary.

## Choosing
Choose a VM when you need another OS or kernel, or the strongest isolation. Choose a [container](concept:container) for nearly everything else you build today.
`,
};
