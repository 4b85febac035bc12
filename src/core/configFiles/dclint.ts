/**
 * `.dclintrc` (JSON or YAML, also `.dclintrc.json` / `.yaml` / `.yml`): dclint's configuration,
 * honoured so a team that already tunes dclint gets the same rule levels here. dclint's levels are
 * 0 (off), 1 (warning) and 2 (error), either alone or as `[level, options]`. Rule options are not
 * applied (Infra Coach runs dclint's defaults) and say so.
 *
 * Plug in by appending `dclintConfigSource` to `CONFIG_SOURCES` in src/core/configResolve.ts.
 */
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { dclintRules } from '../compose/rules';
import { closestName } from '../suggest';
import type { SeveritySetting } from '../types';
import { setRule, type ConfigReadResult, type ConfigSource, type ReadOptions } from './source';
import { YamlConfigFile } from './yamlFile';
import { DCLINT_CONFIG_FILES } from './fileNames';

const LEVELS: Record<number, SeveritySetting> = { 0: 'off', 1: 'warning', 2: 'error' };
const TOP_KEYS = ['rules', 'quiet', 'debug', 'exclude', '$schema'];

function level(file: YamlConfigFile, node: Node | null, rule: string): SeveritySetting | undefined {
  if (isScalar(node) && typeof node.value === 'number' && node.value in LEVELS) return LEVELS[node.value];
  file.problem(node, 'error', `The level of \`${rule}\` must be 0 (off), 1 (warning) or 2 (error); it is ignored.`);
  return undefined;
}

export function readDclintConfig(text: string, path: string, options: ReadOptions = {}): ConfigReadResult {
  const file = new YamlConfigFile(path, text);
  const root = file.root();
  if (!root) return { patch: {}, problems: file.problems };
  const names = dclintRules.map((r) => r.meta.id);
  const rules: Record<string, SeveritySetting> = {};
  for (const { key, pair, value } of file.entries(root)) {
    if (key === 'quiet' || key === 'debug' || key === '$schema') continue;
    if (key === 'exclude') {
      file.problem(pair.key as Node, 'warning', 'Infra Coach lints the files you open, so `exclude` has no effect here; put `# dclint disable-file` at the top of a file to skip it.');
      continue;
    }
    if (key !== 'rules') {
      const near = closestName(key, TOP_KEYS);
      file.problem(pair.key as Node, 'warning', `Unknown key \`${key}\`${near ? `; did you mean \`${near}\`?` : `; dclint's keys are ${TOP_KEYS.slice(0, 4).join(', ')}.`} It is ignored.`);
      continue;
    }
    if (value === null) continue;
    if (!isMap(value)) {
      file.problem(value, 'error', '`rules` must be a mapping of rule names to levels, for example `rules: { no-version-field: 0 }`; it is ignored.');
      continue;
    }
    for (const rule of file.entries(value)) {
      if (!names.includes(rule.key) && !options.isKnownRule?.(rule.key)) {
        const near = closestName(rule.key, names);
        file.problem(rule.pair.key as Node, 'warning', `Unknown rule \`${rule.key}\`${near ? `; did you mean \`${near}\`?` : '; run `infra-coach rules` for the list.'} It is ignored.`);
        continue;
      }
      let setting: SeveritySetting | undefined;
      if (isSeq(rule.value)) {
        const [first, second] = rule.value.items as (Node | null)[];
        setting = level(file, first ?? rule.value, rule.key);
        if (second !== undefined) file.problem(second, 'warning', `Options of \`${rule.key}\` are not applied by Infra Coach, which uses dclint's default options; the level still applies.`);
      } else setting = level(file, rule.value ?? (rule.pair.key as Node), rule.key);
      if (setting) setRule(rules, rule.key, setting);
    }
  }
  return { patch: Object.keys(rules).length > 0 ? { rules } : {}, problems: file.problems };
}

/** Plugs into `CONFIG_SOURCES` in configResolve.ts. */
export const dclintConfigSource: ConfigSource = {
  tool: 'dclint',
  fileNames: DCLINT_CONFIG_FILES,
  read: readDclintConfig,
};
