/**
 * Restricted Mode. VS Code already drops an untrusted workspace's values of the settings the manifest
 * lists under `restrictedConfigurations`; a repository's own config files (`.infra-coach.yaml`) can set
 * the same limit, so here they may lower it but never raise it above the user's own. No `vscode`
 * import, so unit tests can run it.
 */
import { defaultConfig } from '../core/config';
import type { ConfigPatch, ResolvedConfig } from '../core/configResolve';

/** The resolution with `maxFileSize` capped at the user's setting (or the default) when it is higher. */
export function limitForUntrusted(resolved: ResolvedConfig, userSettings: ConfigPatch): ResolvedConfig {
  const limit = userSettings.maxFileSize ?? defaultConfig().maxFileSize;
  if (resolved.config.maxFileSize <= limit) return resolved;
  return { ...resolved, config: { ...resolved.config, maxFileSize: limit } };
}
