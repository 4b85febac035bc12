/**
 * The names of the config files each source reads, apart from their parsers: the editor watches
 * these files from activation on, before it loads the engine (which parses them) on first use.
 */
export const HADOLINT_CONFIG_FILES = ['.hadolint.yaml', '.hadolint.yml'] as const;
export const KUBE_LINTER_CONFIG_FILES = ['.kube-linter.yaml', '.kube-linter.yml'] as const;
export const DCLINT_CONFIG_FILES = ['.dclintrc', '.dclintrc.json', '.dclintrc.yaml', '.dclintrc.yml'] as const;
export const INFRA_COACH_CONFIG_FILES = ['.infra-coach.yaml', '.infra-coach.yml'] as const;

/** Every config file name of every source, as `CONFIG_SOURCES` (src/core/configResolve.ts) reads them. */
export const CONFIG_FILE_NAMES: readonly string[] = [...HADOLINT_CONFIG_FILES, ...KUBE_LINTER_CONFIG_FILES, ...DCLINT_CONFIG_FILES, ...INFRA_COACH_CONFIG_FILES];
