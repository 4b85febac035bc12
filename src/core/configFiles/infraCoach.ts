/**
 * `.infra-coach.yaml` / `.infra-coach.yml`: Infra Coach's own configuration file, read by the
 * editor and the CLI alike. Paths in it (ignored files, build contexts) are relative to the file's
 * folder. Every key is validated; a bad value is reported at its line and ignored, the rest applies.
 *
 *   rules: { DL3008: off, latest-tag: error }
 *   ignore: [vendor/**, "**\/*.generated.yaml"]
 *   failure-threshold: warning
 *   enable: { compose: false }
 *   maxFileSize: 2000000
 *   kubernetes: { targetVersion: "1.30" }
 *   dockerfile:
 *     trustedRegistries: [ghcr.io]
 *     buildContexts: { services/web/Dockerfile: . }
 */
import { isMap, isScalar, type Node, type Pair } from 'yaml';
import { Dockerignore } from '../dockerfile/dockerignore';
import { dirname, joinPath, pathKey } from '../paths';
import { closestName } from '../suggest';
import { FILE_KINDS, SEVERITIES, type FileKind, type Severity, type SeveritySetting } from '../types';
import { setRule, type ConfigPatch, type ConfigReadResult, type ConfigSource, type ReadOptions } from './source';
import { YamlConfigFile } from './yamlFile';
import { INFRA_COACH_CONFIG_FILES } from './fileNames';

const TOP_KEYS = ['rules', 'ignore', 'failure-threshold', 'enable', 'maxFileSize', 'kubernetes', 'dockerfile'];
const THRESHOLDS: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

export function readInfraCoachConfig(text: string, path: string, options: ReadOptions = {}): ConfigReadResult {
  const file = new YamlConfigFile(path, text);
  const root = file.root();
  const patch: ConfigPatch = {};
  if (!root) return { patch, problems: file.problems };
  let ignore: Dockerignore | undefined;
  const contexts: { matcher: Dockerignore; glob: string; context: string }[] = [];

  for (const { key, pair, value } of file.entries(root)) {
    switch (key) {
      case 'rules':
        patch.rules = readRules(file, value, pair, options);
        break;
      case 'ignore': {
        const globs = file.stringList(value, key, 'path patterns', pair);
        if (globs?.length) ignore = new Dockerignore(globs.map((g) => g.value).join('\n'));
        break;
      }
      case 'failure-threshold': {
        const level = isScalar(value) && typeof value.value === 'string' ? value.value.toLowerCase() : undefined;
        if (level && (THRESHOLDS as readonly string[]).includes(level)) patch.failureThreshold = level as Severity;
        else file.problem(value ?? pair, 'error', `\`failure-threshold\` must be one of ${THRESHOLDS.join(', ')}; it is ignored.`);
        break;
      }
      case 'enable':
        patch.enable = readEnable(file, value, pair);
        break;
      case 'maxFileSize': {
        if (isScalar(value) && typeof value.value === 'number' && Number.isFinite(value.value) && value.value >= 0) patch.maxFileSize = value.value;
        else file.problem(value ?? pair, 'error', '`maxFileSize` must be a number of bytes, for example `maxFileSize: 2000000`; it is ignored.');
        break;
      }
      case 'kubernetes':
        readSection(file, value, pair, 'kubernetes', ['targetVersion'], (k, v, p) => {
          // Only a string: an unquoted 1.30 is the number 1.3 in YAML, and would silently target the wrong version.
          const version = isScalar(v) && typeof v.value === 'string' ? v.value.trim() : '';
          if (/^v?1\.\d{1,2}$/.test(version)) patch.kubernetes = { targetVersion: version.replace(/^v/, '') };
          else file.problem(v ?? p, 'error', `\`kubernetes.${k}\` must be a Kubernetes minor version in quotes, for example \`targetVersion: "1.30"\`; it is ignored.`);
        });
        break;
      case 'dockerfile':
        readSection(file, value, pair, 'dockerfile', ['trustedRegistries', 'buildContexts'], (k, v, p) => {
          if (k === 'trustedRegistries') {
            const list = file.stringList(v, 'dockerfile.trustedRegistries', 'registry names', p);
            if (list) patch.dockerfile = { ...patch.dockerfile, trustedRegistries: list.map((e) => e.value) };
            return;
          }
          if (!isMap(v)) {
            file.problem(v ?? p, 'error', '`dockerfile.buildContexts` must map Dockerfile paths to their build context folders, for example `buildContexts: {services/web/Dockerfile: .}`; it is ignored.');
            return;
          }
          for (const entry of file.entries(v)) {
            const folder = isScalar(entry.value) && typeof entry.value.value === 'string' ? entry.value.value.trim() : '';
            if (!folder) {
              file.problem(entry.value ?? entry.pair, 'error', `The build context of \`${entry.key}\` must be a folder path such as \`.\`; this entry is ignored.`);
              continue;
            }
            contexts.push({ matcher: new Dockerignore(entry.key), glob: entry.key, context: folder });
          }
        });
        break;
      default: {
        const near = closestName(key, TOP_KEYS);
        file.problem(pair.key as Node, 'warning', near ? `Unknown key \`${key}\`; did you mean \`${near}\`? It is ignored.` : `Unknown key \`${key}\`; the keys are ${TOP_KEYS.join(', ')}. It is ignored.`);
      }
    }
  }

  if (ignore || contexts.length) {
    const folder = dirname(path);
    patch.forFile = (fileName) => {
      const relative = relativeTo(folder, fileName);
      if (relative === undefined) return {};
      const hit = ignore?.excludes(relative);
      if (hit) return { ignoredBy: `${path}: ignore ${hit.pattern.pattern}` };
      // The first mapping that names the file wins, in the order the file lists them.
      const mapped = contexts.find((c) => c.matcher.excludes(relative));
      return mapped ? { patch: { dockerfile: { buildContext: joinPath(folder, mapped.context) } } } : {};
    };
  }
  return { patch, problems: file.problems };
}

/** `fileName` relative to `folder`, `/`-separated, or undefined when it is not below it. */
function relativeTo(folder: string, fileName: string): string | undefined {
  const base = pathKey(folder).replace(/\/$/, '');
  const target = pathKey(fileName);
  const caseFold = /^[a-z]:/.test(base);
  const a = caseFold ? base.toLowerCase() : base;
  const b = caseFold ? target.toLowerCase() : target;
  if (!b.startsWith(a + '/')) return undefined;
  return target.slice(base.length + 1);
}

function readRules(file: YamlConfigFile, value: Node | null, pair: Pair, options: ReadOptions): Record<string, SeveritySetting> | undefined {
  if (!isMap(value)) {
    file.problem(value ?? pair, 'error', '`rules` must map rule ids to a severity, for example `rules: {DL3008: off, latest-tag: error}`; it is ignored.');
    return undefined;
  }
  const rules: Record<string, SeveritySetting> = {};
  for (const entry of file.entries(value)) {
    // YAML reads a bare `off` as the string "off" in YAML 1.2, but `false` is a boolean: accept it as off.
    const raw = isScalar(entry.value) ? entry.value.value : undefined;
    const setting = raw === false ? 'off' : typeof raw === 'string' ? raw.toLowerCase() : undefined;
    if (!setting || !(SEVERITIES as readonly string[]).includes(setting)) {
      file.problem(entry.value ?? entry.pair, 'error', `Rule \`${entry.key}\` must be set to one of ${SEVERITIES.join(', ')}; this entry is ignored.`);
      continue;
    }
    if (options.isKnownRule && !options.isKnownRule(entry.key)) {
      file.problem(entry.pair.key as Node, 'warning', `Unknown rule \`${entry.key}\` in \`rules\`; check the spelling (run \`infra-coach rules\` for the list).`);
    }
    setRule(rules, entry.key, setting as SeveritySetting);
  }
  return rules;
}

function readEnable(file: YamlConfigFile, value: Node | null, pair: Pair): Partial<Record<FileKind, boolean>> | undefined {
  if (!isMap(value)) {
    file.problem(value ?? pair, 'error', '`enable` must map file kinds to true or false, for example `enable: {compose: false}`; it is ignored.');
    return undefined;
  }
  const enable: Partial<Record<FileKind, boolean>> = {};
  for (const entry of file.entries(value)) {
    if (!(FILE_KINDS as readonly string[]).includes(entry.key)) {
      file.problem(entry.pair.key as Node, 'error', `Unknown file kind \`${entry.key}\` in \`enable\`; use ${FILE_KINDS.join(', ')}.`);
      continue;
    }
    const on = file.boolean(entry.value, `enable.${entry.key}`, entry.pair);
    if (on !== undefined) enable[entry.key as FileKind] = on;
  }
  return enable;
}

function readSection(file: YamlConfigFile, value: Node | null, pair: Pair, section: string, keys: string[], each: (key: string, value: Node | null, pair: Pair) => void): void {
  if (!isMap(value)) {
    file.problem(value ?? pair, 'error', `\`${section}\` must be a mapping with the keys ${keys.join(', ')}; it is ignored.`);
    return;
  }
  for (const entry of file.entries(value)) {
    if (keys.includes(entry.key)) each(entry.key, entry.value, entry.pair);
    else file.problem(entry.pair.key as Node, 'warning', `Unknown key \`${section}.${entry.key}\`; the keys are ${keys.join(', ')}. It is ignored.`);
  }
}

export const infraCoachConfigSource: ConfigSource = {
  tool: 'infra-coach',
  fileNames: INFRA_COACH_CONFIG_FILES,
  read: readInfraCoachConfig,
};
