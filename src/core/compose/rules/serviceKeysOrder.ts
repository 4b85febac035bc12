import type { Node, Pair } from 'yaml';
import { reorderEdit } from '../reorder';
import { isMergeKey, keyText } from '../yamlNodes';
import { compareNames, composeRule, fix } from './common';

/** dclint's default groups, in order; keys in no group come last, alphabetically. */
export const SERVICE_KEY_GROUPS: readonly (readonly string[])[] = [
  ['image', 'build', 'container_name'],
  ['depends_on'],
  ['volumes', 'volumes_from', 'configs', 'secrets'],
  ['environment', 'env_file'],
  ['ports', 'networks', 'network_mode', 'extra_hosts'],
  ['command', 'entrypoint', 'working_dir', 'restart', 'healthcheck'],
  ['logging', 'labels'],
  ['user', 'isolation'],
];

const RANK = new Map(SERVICE_KEY_GROUPS.flat().map((key, i) => [key, i]));

function compareKeys(a: string, b: string): number {
  const ra = RANK.get(a) ?? Infinity;
  const rb = RANK.get(b) ?? Infinity;
  if (ra !== rb) return ra < rb ? -1 : 1;
  return ra === Infinity ? compareNames(a, b) : 0;
}

export const serviceKeysOrder = composeRule(
  {
    id: 'service-keys-order',
    title: 'Service keys out of the conventional order',
    severity: 'warning',
    fixable: true,
    summary: 'dclint\'s style rule: keys in a fixed order (what runs, what it needs, its data, its environment, its network, how it runs, metadata, security, the rest) make services quick to compare.',
  },
  ({ model, report }) => {
    for (const s of model.services) {
      if (!s.map) continue;
      // Each key's text read once: the order check, the sort and the message all use it.
      const merges: Pair[] = [];
      const keyed: { pair: Pair; key: string }[] = [];
      for (const pair of s.map.items as Pair[]) {
        if (isMergeKey(pair)) merges.push(pair);
        else keyed.push({ pair, key: keyText(pair) ?? '' });
      }
      // Most services are in order: the sorted order, its text and the edit wait for the first key out of place.
      let expected: string | undefined;
      let edit: ReturnType<typeof reorderEdit>;
      let previous: string | undefined;
      for (const { pair, key } of keyed) {
        if (previous !== undefined && compareKeys(key, previous) < 0) {
          if (expected === undefined) {
            const sorted = keyed.slice().sort((a, b) => compareKeys(a.key, b.key));
            expected = sorted.map((k) => k.key).join(', ');
            edit = reorderEdit(model, s.map, [...merges, ...sorted.map((k) => k.pair)]);
          }
          report({
            range: model.rangeOf(pair.key as Node),
            message: `Key "${key}" of service "${s.name}" should come before "${previous}"; expected order: ${expected}.`,
            fixes: fix(`Reorder the keys of service "${s.name}"`, edit),
          });
        } else previous = key;
      }
    }
  },
);
