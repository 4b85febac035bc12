/**
 * The names of BuildKit's build checks (`docker build --check`). Some are Infra Coach rule ids,
 * others are aliases of the hadolint rule that reports the same finding. `# check=skip=all`
 * silences exactly these.
 */
export const BUILDKIT_CHECKS: readonly string[] = [
  'StageNameCasing',
  'FromAsCasing',
  'NoEmptyContinuation',
  'ConsistentInstructionCasing',
  'DuplicateStageName',
  'ReservedStageName',
  'JSONArgsRecommended',
  'MaintainerDeprecated',
  'UndefinedArgInFrom',
  'WorkdirRelativePath',
  'UndefinedVar',
  'MultipleInstructionsDisallowed',
  'LegacyKeyValueFormat',
  'InvalidBaseImagePlatform',
  'RedundantTargetPlatform',
  'SecretsUsedInArgOrEnv',
  'InvalidDefaultArgInFrom',
  'FromPlatformFlagConstDisallowed',
  'CopyIgnoredFile',
  'InvalidDefinitionDescription',
  'ExposeProtoCasing',
  'ExposeInvalidFormat',
];

const LOWER = new Set(BUILDKIT_CHECKS.map((id) => id.toLowerCase()));

export function isBuildkitCheck(id: string): boolean {
  return LOWER.has(id.toLowerCase());
}
