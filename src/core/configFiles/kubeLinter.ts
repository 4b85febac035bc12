/**
 * `.kube-linter.yaml` / `.kube-linter.yml`: kube-linter's configuration, honoured so a team's existing
 * choice of checks carries over. Only what the file changes is patched: checks it includes are switched
 * on, checks it excludes (or that `doNotAutoAddDefaults` drops) are switched off, and everything else
 * keeps the editor's settings. Every key is validated and problems point at their line.
 */
import { isMap, type Node, type Pair } from 'yaml';
import { KUBE_LINTER_SCHEMA_CHECK, kubeLinterChecks, kubeLinterRules } from '../kubernetes/rules';
import { closestName } from '../suggest';
import type { SeveritySetting } from '../types';
import { setRule, type ConfigReadResult, type ConfigSource, type ReadOptions } from './source';
import { YamlConfigFile } from './yamlFile';
import { KUBE_LINTER_CONFIG_FILES } from './fileNames';

const CHECK_KEYS = ['addAllBuiltIn', 'doNotAutoAddDefaults', 'include', 'exclude', 'ignorePaths'];
const TOP_KEYS = ['checks', 'customChecks'];

interface CheckInfo {
  severity: SeveritySetting;
  enabledByDefault: boolean;
}

function builtInChecks(): Map<string, CheckInfo> {
  const checks = new Map<string, CheckInfo>();
  for (const rule of kubeLinterChecks) checks.set(rule.meta.id, { severity: rule.meta.severity, enabledByDefault: rule.meta.enabledByDefault });
  checks.set(KUBE_LINTER_SCHEMA_CHECK, { severity: 'error', enabledByDefault: false });
  return checks;
}

function unknownKey(file: YamlConfigFile, key: string, pair: Pair, known: readonly string[], where: string): void {
  const near = closestName(key, known);
  file.problem(pair.key as Node, 'warning', near ? `Unknown key \`${key}\` in ${where}; did you mean \`${near}\`? It is ignored.` : `Unknown key \`${key}\` in ${where}; kube-linter's keys there are ${known.join(', ')}. It is ignored.`);
}

export function readKubeLinterConfig(text: string, path: string, options: ReadOptions = {}): ConfigReadResult {
  const file = new YamlConfigFile(path, text);
  const root = file.root();
  if (!root) return { patch: {}, problems: file.problems };
  const checks = builtInChecks();
  let addAll = false;
  let noDefaults = false;
  const include: { value: string; node: Node }[] = [];
  const exclude: { value: string; node: Node }[] = [];

  const checkName = (entry: { value: string; node: Node }, key: string): boolean => {
    if (checks.has(entry.value)) return true;
    // Our own Kubernetes checks (kube-score and Polaris equivalents) are accepted too.
    if (options.isKnownRule?.(entry.value)) return true;
    const near = closestName(entry.value, checks.keys());
    file.problem(entry.node, 'warning', `Unknown check \`${entry.value}\` in \`checks.${key}\`${near ? `; did you mean \`${near}\`?` : '; run `infra-coach rules` for the list.'} It is ignored.`);
    return false;
  };

  for (const { key, pair, value } of file.entries(root)) {
    if (key === 'customChecks') {
      file.problem(pair.key as Node, 'warning', 'Custom checks are kube-linter templates that Infra Coach does not run; they are ignored here (kube-linter itself still runs them).');
      continue;
    }
    if (key !== 'checks') {
      unknownKey(file, key, pair, TOP_KEYS, 'the kube-linter config');
      continue;
    }
    if (value === null) continue;
    if (!isMap(value)) {
      file.problem(value, 'error', '`checks` must be a mapping, for example `checks: {exclude: [latest-tag]}`; it is ignored.');
      continue;
    }
    for (const entry of file.entries(value)) {
      switch (entry.key) {
        case 'addAllBuiltIn':
          addAll = file.boolean(entry.value, entry.key, entry.pair) ?? addAll;
          break;
        case 'doNotAutoAddDefaults':
          noDefaults = file.boolean(entry.value, entry.key, entry.pair) ?? noDefaults;
          break;
        case 'include':
        case 'exclude': {
          const target = entry.key === 'include' ? include : exclude;
          const list = entry.value === null ? [] : (file.stringList(entry.value, `checks.${entry.key}`, 'check names', entry.pair) ?? []);
          for (const item of list) if (checkName(item, entry.key)) target.push(item);
          break;
        }
        case 'ignorePaths':
          file.stringList(entry.value, 'checks.ignorePaths', 'path globs', entry.pair);
          file.problem(entry.pair.key as Node, 'warning', 'Infra Coach lints the files you open, so `ignorePaths` has no effect here; put `# infra-coach ignore-file=all -- reason` in files to skip.');
          break;
        default:
          unknownKey(file, entry.key, entry.pair, CHECK_KEYS, '`checks`');
      }
    }
  }

  const rules: Record<string, SeveritySetting> = {};
  const severityOf = (id: string): SeveritySetting => checks.get(id)?.severity ?? kubeLinterRules.find((r) => r.meta.id === id)?.meta.severity ?? 'warning';
  // kube-linter: addAllBuiltIn wins over doNotAutoAddDefaults; include adds; exclude wins over everything.
  if (addAll) for (const id of checks.keys()) setRule(rules, id, severityOf(id));
  else if (noDefaults) for (const [id, info] of checks) if (info.enabledByDefault) setRule(rules, id, 'off');
  for (const { value } of include) setRule(rules, value, severityOf(value));
  const excluded = new Set(exclude.map((e) => e.value));
  for (const { value, node } of include) {
    if (excluded.has(value)) file.problem(node, 'warning', `\`${value}\` is both included and excluded; exclude wins, so it stays off.`);
  }
  for (const { value } of exclude) setRule(rules, value, 'off');
  const problems = [...file.problems].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return { patch: Object.keys(rules).length > 0 ? { rules } : {}, problems };
}

/** Plugs into `CONFIG_SOURCES` in configResolve.ts. */
export const kubeLinterConfigSource: ConfigSource = {
  tool: 'kube-linter',
  fileNames: KUBE_LINTER_CONFIG_FILES,
  read: readKubeLinterConfig,
};
