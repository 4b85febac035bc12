import { isScalar, type Node as YamlNode, type YAMLMap } from 'yaml';
import { kubeRule } from './kubeRule';
import { fileIndex } from './workloads';
import { getIn, pairs, rangeOf } from './yamlNodes';

const NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/;
const DNS_SUBDOMAIN = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$/;

/** Why a label key breaks the API's rules (optional DNS-subdomain prefix, then a name), or undefined. */
export function labelKeyProblem(key: string): string | undefined {
  const slash = key.indexOf('/');
  const prefix = slash < 0 ? undefined : key.slice(0, slash);
  const name = slash < 0 ? key : key.slice(slash + 1);
  if (prefix !== undefined && (prefix.length > 253 || !DNS_SUBDOMAIN.test(prefix))) return `has prefix "${prefix}", which must be a lower-case DNS subdomain (e.g. example.com)`;
  if (name.length > 63) return 'has a name part longer than 63 characters';
  if (!NAME.test(name)) return 'must be letters, digits, "-", "_" or "." and start and end with a letter or digit';
  return undefined;
}

/** Why a label value breaks the API's rules, or undefined. Empty values are allowed. */
export function labelValueProblem(value: string): string | undefined {
  if (value === '') return undefined;
  if (value.length > 63) return 'is longer than 63 characters';
  if (!NAME.test(value)) return 'may contain only letters, digits, "-", "_" and "." and must start and end with a letter or digit';
  return undefined;
}

export const invalidLabelValue = kubeRule(
  {
    id: 'invalid-label-value',
    aliases: ['label-values'],
    title: 'Label key or value the API rejects',
    severity: 'error',
    enabledByDefault: true,
    summary: 'Label values are at most 63 letters, digits, "-", "_" and "." (starting and ending alphanumeric), and keys follow similar rules; anything else makes the API reject the object.',
  },
  (ctx) => {
    const { model } = ctx;
    const index = fileIndex(model);
    const check = (map: YamlNode | undefined, where: string): void => {
      for (const pair of pairs(map)) {
        const key = String(pair.key.value);
        const keyProblem = labelKeyProblem(key);
        const keyRange = keyProblem && rangeOf(model, pair.key);
        if (keyRange) ctx.report({ range: keyRange, message: `Label key "${key}" in ${where} ${keyProblem}.` });
        const value = pair.value;
        // Numbers and booleans are the schema's business (labels must be strings).
        if (!isScalar(value) || typeof value.value !== 'string') continue;
        const problem = labelValueProblem(value.value);
        const range = problem && rangeOf(model, value);
        if (range) ctx.report({ range, message: `Label value "${value.value}" of ${key} in ${where} ${problem}; shorten it or replace the other characters (e.g. "+" by "-").` });
      }
    };
    for (const o of index.objects) check(getIn(o.root, ['metadata', 'labels']), `${o.kind} "${o.name}"`);
    for (const w of index.workloads) {
      if (w.template) check(getIn(w.template, ['metadata', 'labels']), `the pod template of ${w.kind} "${w.name}"`);
      check(getIn(w.spec as YAMLMap | undefined, ['selector', 'matchLabels']), `the selector of ${w.kind} "${w.name}"`);
    }
    for (const svc of index.ofKind('Service')) check(getIn(svc.root, ['spec', 'selector']), `the selector of Service "${svc.name}"`);
  },
);
