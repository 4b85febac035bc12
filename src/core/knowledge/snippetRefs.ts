/**
 * The snippets the learning views offer to insert, by the name they have in snippets/*.code-snippets.
 * A unit test checks that each one exists in its file.
 */
export const SNIPPET_REFS = {
  'docker-node': { file: 'dockerfile.code-snippets', language: 'dockerfile', name: 'Node.js multi-stage image', label: 'Dockerfile: Node.js multi-stage' },
  'docker-python': { file: 'dockerfile.code-snippets', language: 'dockerfile', name: 'Python service image', label: 'Dockerfile: Python service' },
  'docker-go': { file: 'dockerfile.code-snippets', language: 'dockerfile', name: 'Go static binary on distroless', label: 'Dockerfile: Go static binary' },
  'compose-stack': { file: 'compose.code-snippets', language: 'dockercompose', name: 'Web, database and cache', label: 'Compose: web + database + cache' },
  'k8s-deployment-service': { file: 'kubernetes.code-snippets', language: 'yaml', name: 'Deployment and Service', label: 'Kubernetes: Deployment + Service' },
  'k8s-ingress-tls': { file: 'kubernetes.code-snippets', language: 'yaml', name: 'Ingress with TLS', label: 'Kubernetes: Ingress with TLS' },
  'k8s-hpa': { file: 'kubernetes.code-snippets', language: 'yaml', name: 'HorizontalPodAutoscaler', label: 'Kubernetes: HorizontalPodAutoscaler' },
  'k8s-pdb': { file: 'kubernetes.code-snippets', language: 'yaml', name: 'PodDisruptionBudget', label: 'Kubernetes: PodDisruptionBudget' },
  'k8s-config': { file: 'kubernetes.code-snippets', language: 'yaml', name: 'ConfigMap and Secret', label: 'Kubernetes: ConfigMap + Secret' },
  'k8s-cronjob': { file: 'kubernetes.code-snippets', language: 'yaml', name: 'CronJob', label: 'Kubernetes: CronJob' },
} as const;

export type SnippetId = keyof typeof SNIPPET_REFS;

export function isSnippetId(value: unknown): value is SnippetId {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(SNIPPET_REFS, value);
}
