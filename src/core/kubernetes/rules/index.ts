import type { KubeRule } from './kubeRule';
import { accessToCreatePods } from './access-to-create-pods';
import { accessToSecrets } from './access-to-secrets';
import { clusterAdminRoleBinding } from './cluster-admin-role-binding';
import { cronjobStartingDeadline } from './cronjob-starting-deadline';
import { danglingHorizontalPodAutoscaler } from './dangling-horizontalpodautoscaler';
import { danglingIngress } from './dangling-ingress';
import { danglingNetworkPolicy } from './dangling-networkpolicy';
import { danglingNetworkPolicyPeerPodSelector } from './dangling-networkpolicypeer-podselector';
import { danglingService } from './dangling-service';
import { danglingServiceMonitor } from './dangling-servicemonitor';
import { defaultServiceAccount } from './default-service-account';
import { deprecatedServiceAccountField } from './deprecated-service-account-field';
import { dnsconfigOptions } from './dnsconfig-options';
import { dockerSock } from './docker-sock';
import { dropNetRawCapability } from './drop-net-raw-capability';
import { duplicateEnvVar } from './duplicate-env-var';
import { envValueFrom } from './env-value-from';
import { envVarSecret } from './env-var-secret';
import { exposedServices } from './exposed-services';
import { hostIpc } from './host-ipc';
import { hostNetwork } from './host-network';
import { hostPid } from './host-pid';
import { hostPort } from './host-port';
import { hpaMinEqualsMax } from './hpa-min-equals-max';
import { hpaMinimumThreeReplicas } from './hpa-minimum-three-replicas';
import { hpaTargetSetsReplicas } from './hpa-target-sets-replicas';
import { identicalProbes } from './identical-probes';
import { ingressMissingTls } from './ingress-missing-tls';
import { invalidLabelValue } from './invalid-label-value';
import { invalidTargetPorts } from './invalid-target-ports';
import { jobTtlSecondsAfterFinished } from './job-ttl-seconds-after-finished';
import { latestTag } from './latest-tag';
import { livenessPort } from './liveness-port';
import { minimumThreeReplicas } from './minimum-three-replicas';
import { missingPodDisruptionBudget } from './missing-pod-disruption-budget';
import { mismatchingSelector } from './mismatching-selector';
import { noAntiAffinity } from './no-anti-affinity';
import { noExtensionsV1beta } from './no-extensions-v1beta';
import { noLivenessProbe } from './no-liveness-probe';
import { noNodeAffinity } from './no-node-affinity';
import { noReadOnlyRootFs } from './no-read-only-root-fs';
import { noReadinessProbe } from './no-readiness-probe';
import { noRollingUpdateStrategy } from './no-rolling-update-strategy';
import { nonExistentServiceAccount } from './non-existent-service-account';
import { nonIsolatedPod } from './non-isolated-pod';
import { pdbHasPolicy } from './pdb-has-policy';
import { pdbMaxUnavailable } from './pdb-max-unavailable';
import { pdbMinAvailable } from './pdb-min-available';
import { pdbUnhealthyPodEvictionPolicy } from './pdb-unhealthy-pod-eviction-policy';
import { priorityClassName } from './priority-class-name';
import { privilegeEscalationContainer } from './privilege-escalation-container';
import { privilegedContainer } from './privileged-container';
import { privilegedPorts } from './privileged-ports';
import { readSecretFromEnvVar } from './read-secret-from-env-var';
import { readinessPort } from './readiness-port';
import { requiredAnnotationEmail } from './required-annotation-email';
import { requiredLabelOwner } from './required-label-owner';
import { restartPolicy } from './restart-policy';
import { runAsNonRoot } from './run-as-non-root';
import { sccDenyPrivilegedContainer } from './scc-deny-privileged-container';
import { sensitiveHostMounts } from './sensitive-host-mounts';
import { sortedKeys } from './sorted-keys';
import { sshPort } from './ssh-port';
import { startupPort } from './startup-port';
import { statefulsetServiceName } from './statefulset-service-name';
import { unsafeProcMount } from './unsafe-proc-mount';
import { unsafeSysctls } from './unsafe-sysctls';
import { unsetCpuRequirements } from './unset-cpu-requirements';
import { unsetMemoryRequirements } from './unset-memory-requirements';
import { useNamespace } from './use-namespace';
import { wildcardInRules } from './wildcard-in-rules';
import { writableHostMount } from './writable-host-mount';

/**
 * kube-linter's built-in checks under their own names, on by default exactly when kube-linter enables
 * them. Its 63rd check, `schema-validation`, is the schema validator's job (see KUBE_LINTER_SCHEMA_CHECK).
 */
export const kubeLinterChecks: readonly KubeRule[] = [
  accessToCreatePods,
  accessToSecrets,
  clusterAdminRoleBinding,
  danglingHorizontalPodAutoscaler,
  danglingIngress,
  danglingNetworkPolicy,
  danglingNetworkPolicyPeerPodSelector,
  danglingService,
  danglingServiceMonitor,
  defaultServiceAccount,
  deprecatedServiceAccountField,
  dnsconfigOptions,
  dockerSock,
  dropNetRawCapability,
  duplicateEnvVar,
  envValueFrom,
  envVarSecret,
  exposedServices,
  hostIpc,
  hostNetwork,
  hostPid,
  hpaMinimumThreeReplicas,
  invalidTargetPorts,
  jobTtlSecondsAfterFinished,
  latestTag,
  livenessPort,
  minimumThreeReplicas,
  mismatchingSelector,
  noAntiAffinity,
  noExtensionsV1beta,
  noLivenessProbe,
  noNodeAffinity,
  noReadOnlyRootFs,
  noReadinessProbe,
  noRollingUpdateStrategy,
  nonExistentServiceAccount,
  nonIsolatedPod,
  pdbMaxUnavailable,
  pdbMinAvailable,
  pdbUnhealthyPodEvictionPolicy,
  priorityClassName,
  privilegeEscalationContainer,
  privilegedContainer,
  privilegedPorts,
  readSecretFromEnvVar,
  readinessPort,
  requiredAnnotationEmail,
  requiredLabelOwner,
  restartPolicy,
  runAsNonRoot,
  sccDenyPrivilegedContainer,
  sensitiveHostMounts,
  sortedKeys,
  sshPort,
  startupPort,
  unsafeProcMount,
  unsafeSysctls,
  unsetCpuRequirements,
  unsetMemoryRequirements,
  useNamespace,
  wildcardInRules,
  writableHostMount,
];

/** kube-score and Polaris checks kube-linter lacks, under our ids with theirs as aliases. */
export const peerChecks: readonly KubeRule[] = [
  cronjobStartingDeadline,
  hostPort,
  hpaMinEqualsMax,
  hpaTargetSetsReplicas,
  identicalProbes,
  ingressMissingTls,
  pdbHasPolicy,
  statefulsetServiceName,
  invalidLabelValue,
  missingPodDisruptionBudget,
];

export const kubeLinterRules: readonly KubeRule[] = [...kubeLinterChecks, ...peerChecks];

/**
 * Checks that read only their own object (and the file's name, patch-ness and configuration), so their
 * findings are remembered per document across edits (see perDocument.ts). A check that looks at other
 * objects must not be listed here.
 */
export const PER_DOCUMENT_CHECKS: ReadonlySet<string> = new Set([
  'cronjob-starting-deadline',
  'default-service-account',
  'deprecated-service-account-field',
  'dnsconfig-options',
  'docker-sock',
  'drop-net-raw-capability',
  'duplicate-env-var',
  'env-var-secret',
  'host-ipc',
  'host-network',
  'host-pid',
  'host-port',
  'identical-probes',
  'ingress-missing-tls',
  'invalid-label-value',
  'job-ttl-seconds-after-finished',
  'latest-tag',
  'liveness-port',
  'no-anti-affinity',
  'no-extensions-v1beta',
  'no-liveness-probe',
  'no-node-affinity',
  'no-read-only-root-fs',
  'no-readiness-probe',
  'no-rolling-update-strategy',
  'priority-class-name',
  'privilege-escalation-container',
  'privileged-container',
  'privileged-ports',
  'read-secret-from-env-var',
  'readiness-port',
  'required-annotation-email',
  'required-label-owner',
  'restart-policy',
  'run-as-non-root',
  'scc-deny-privileged-container',
  'sensitive-host-mounts',
  'ssh-port',
  'startup-port',
  'unsafe-proc-mount',
  'unsafe-sysctls',
  'unset-cpu-requirements',
  'unset-memory-requirements',
  'use-namespace',
  'wildcard-in-rules',
  'writable-host-mount',
]);

export { KUBE_LINTER_SCHEMA_CHECK } from './kubeLinterIds';
