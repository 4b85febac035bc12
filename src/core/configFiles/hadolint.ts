/**
 * `.hadolint.yaml` / `.hadolint.yml`: hadolint's configuration file, honoured so teams that
 * already use hadolint change nothing. Every key is validated; a bad value is reported at its
 * line and ignored while the rest of the file still applies.
 */
import { isMap, isScalar, type Node, type Pair } from 'yaml';
import { closestName } from '../suggest';
import type { Severity, SeveritySetting } from '../types';
import { setRule, type ConfigPatch, type ConfigProblem, type ConfigReadResult, type ConfigSource, type ReadOptions } from './source';
import { YamlConfigFile } from './yamlFile';
import { HADOLINT_CONFIG_FILES } from './fileNames';

/**
 * hadolint's four levels on ours. `style` becomes `hint`, the quietest level, as in editors that
 * show hadolint's style findings as hints.
 */
const OVERRIDE_LEVELS: Record<string, Severity> = { error: 'error', warning: 'warning', info: 'info', style: 'hint' };

const THRESHOLDS: Record<string, Severity> = {
  error: 'error',
  warning: 'warning',
  info: 'info',
  style: 'hint',
  // hadolint fails on every finding with these two.
  ignore: 'hint',
  none: 'hint',
};

export const LABEL_TYPES = ['text', 'url', 'semver', 'hash', 'rfc3339', 'spdx', 'email'] as const;

/** Keys that only shape hadolint's own command line output; accepted and checked, without effect here. */
const OUTPUT_KEYS: Record<string, 'boolean' | 'string' | 'list'> = {
  'no-fail': 'boolean',
  'no-color': 'boolean',
  verbose: 'boolean',
  format: 'string',
  formats: 'list',
};

const KNOWN_KEYS = ['ignored', 'override', 'trustedRegistries', 'label-schema', 'strict-labels', 'failure-threshold', 'disable-ignore-pragma', ...Object.keys(OUTPUT_KEYS)];

/** ShellCheck codes are valid in hadolint files; Infra Coach does not run ShellCheck, so they are accepted silently. */
const SHELLCHECK_CODE = /^SC\d{4}$/i;

export function readHadolintConfig(text: string, path: string, options: ReadOptions = {}): ConfigReadResult {
  const file = new YamlConfigFile(path, text);
  const root = file.root();
  const patch: ConfigPatch = {};
  if (!root) return { patch, problems: file.problems };

  const rules: Record<string, SeveritySetting> = {};
  const ignored: { value: string; node: Node }[] = [];
  const ruleCode = (entry: { value: string; node: Node }, key: string): boolean => {
    if (/\s/.test(entry.value)) {
      file.problem(entry.node, 'error', `\`${entry.value}\` in \`${key}\` is not a rule code; write one code per entry, such as DL3008.`);
      return false;
    }
    if (options.isKnownRule && !SHELLCHECK_CODE.test(entry.value) && !options.isKnownRule(entry.value)) {
      file.problem(entry.node, 'warning', `Unknown rule \`${entry.value}\` in \`${key}\`; check the spelling (run \`infra-coach rules\` for the list).`);
    }
    return true;
  };

  for (const { key, pair, value } of file.entries(root)) {
    switch (key) {
      case 'ignored': {
        for (const entry of file.stringList(value, key, 'rule codes', pair) ?? []) if (ruleCode(entry, key)) ignored.push(entry);
        break;
      }
      case 'override':
        readOverride(file, value, pair, (entry, level) => {
          if (ruleCode(entry, `override.${level}`)) setRule(rules, entry.value, OVERRIDE_LEVELS[level]);
        });
        break;
      case 'trustedRegistries': {
        const list = file.stringList(value, key, 'registry names', pair);
        if (list) patch.dockerfile = { ...patch.dockerfile, trustedRegistries: list.map((e) => e.value) };
        break;
      }
      case 'label-schema': {
        const schema = readLabelSchema(file, value, pair);
        if (schema) patch.dockerfile = { ...patch.dockerfile, labelSchema: schema };
        break;
      }
      case 'strict-labels': {
        const strict = file.boolean(value, key, pair);
        if (strict !== undefined) patch.dockerfile = { ...patch.dockerfile, strictLabels: strict };
        break;
      }
      case 'failure-threshold': {
        const level = isScalar(value) && typeof value.value === 'string' ? THRESHOLDS[value.value.toLowerCase()] : undefined;
        if (level) patch.failureThreshold = level;
        else file.problem(value ?? pair, 'error', `\`failure-threshold\` must be one of ${Object.keys(THRESHOLDS).join(', ')}; it is ignored.`);
        break;
      }
      case 'disable-ignore-pragma': {
        const disabled = file.boolean(value, key, pair);
        if (disabled) file.problem(pair, 'warning', 'Infra Coach always honours inline ignore comments, so `disable-ignore-pragma` has no effect here; remove the comments you do not want.');
        break;
      }
      default: {
        const kind = OUTPUT_KEYS[key];
        if (kind === 'boolean') file.boolean(value, key, pair);
        else if (kind === 'string') {
          if (!isScalar(value) || typeof value.value !== 'string') file.problem(value ?? pair, 'error', `\`${key}\` must be a string; it is ignored.`);
        } else if (kind === 'list') file.stringList(value, key, 'output formats', pair);
        else file.problem(pair.key as Node, 'warning', unknownKeyMessage(key));
      }
    }
  }
  // As in hadolint, an ignored rule stays off even when an override names it.
  for (const entry of ignored) setRule(rules, entry.value, 'off');
  if (Object.keys(rules).length > 0) patch.rules = rules;
  return { patch, problems: byPosition(file.problems) };
}

function readOverride(
  file: YamlConfigFile,
  value: Node | null,
  pair: Pair,
  each: (entry: { value: string; node: Node }, level: string) => void,
): void {
  if (!isMap(value)) {
    file.problem(value ?? pair, 'error', '`override` must map levels to lists of rule codes, for example `override: {error: [DL3008]}`; it is ignored.');
    return;
  }
  for (const { key, pair: levelPair, value: list } of file.entries(value)) {
    if (!(key in OVERRIDE_LEVELS)) {
      file.problem(levelPair.key as Node, 'error', `Unknown level \`${key}\` in \`override\`; use error, warning, info or style.`);
      continue;
    }
    for (const entry of file.stringList(list, `override.${key}`, 'rule codes', levelPair) ?? []) each(entry, key);
  }
}

function readLabelSchema(file: YamlConfigFile, value: Node | null, pair: Pair): Record<string, string> | undefined {
  if (!isMap(value)) {
    file.problem(value ?? pair, 'error', '`label-schema` must map label names to types, for example `label-schema: {version: semver}`; it is ignored.');
    return undefined;
  }
  const schema: Record<string, string> = {};
  for (const { key, pair: labelPair, value: type } of file.entries(value)) {
    // An empty type means free text, as in hadolint.
    const name = type === null ? 'text' : isScalar(type) ? (type.value === '' ? 'text' : type.value) : undefined;
    if (typeof name === 'string' && (LABEL_TYPES as readonly string[]).includes(name)) schema[key] = name;
    else file.problem(type ?? labelPair, 'error', `Label \`${key}\` has no valid type; use one of ${LABEL_TYPES.join(', ')}. The label is ignored.`);
  }
  return schema;
}

function byPosition(problems: ConfigProblem[]): ConfigProblem[] {
  return [...problems].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

function unknownKeyMessage(key: string): string {
  const near = closestName(key, KNOWN_KEYS);
  return near ? `Unknown key \`${key}\`; did you mean \`${near}\`? It is ignored.` : `Unknown key \`${key}\`; hadolint's keys are ${KNOWN_KEYS.join(', ')}. It is ignored.`;
}

export const hadolintConfigSource: ConfigSource = {
  tool: 'hadolint',
  fileNames: HADOLINT_CONFIG_FILES,
  read: readHadolintConfig,
};
