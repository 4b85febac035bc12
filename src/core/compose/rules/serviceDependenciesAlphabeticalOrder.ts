import type { Node, Pair } from 'yaml';
import { isMap, isSeq } from '../nodeTypes';
import { reorderEdit } from '../reorder';
import { keyText, scalarString } from '../yamlNodes';
import { compareNames, composeRule, fix } from './common';

function nameOf(item: unknown): string {
  if (isMap(item) || isSeq(item)) return '';
  const pair = item as Pair;
  if (pair && typeof pair === 'object' && 'key' in pair) return keyText(pair) ?? '';
  return scalarString(item as Node) ?? '';
}

export const serviceDependenciesAlphabeticalOrder = composeRule(
  {
    id: 'service-dependencies-alphabetical-order',
    title: '`depends_on` not in alphabetical order',
    severity: 'warning',
    fixable: true,
    summary: 'dclint\'s style rule: listing dependencies alphabetically makes a missing or doubled one easy to spot. The order has no effect on start-up order.',
  },
  ({ model, report }) => {
    for (const s of model.services) {
      const e = s.get('depends_on');
      if (!e || e.via || !(isSeq(e.value) || isMap(e.value))) continue;
      const items = e.value.items as (Node | Pair)[];
      const names = items.map(nameOf);
      // Names in order (the usual case) are exactly when the stable sort would change nothing: no sort then.
      if (names.every((n, i) => i === 0 || compareNames(names[i - 1], n) <= 0)) continue;
      const sorted = items.map((item, i) => ({ item, name: names[i] })).sort((a, b) => compareNames(a.name, b.name));
      report({
        range: model.range(e.at),
        message: `Dependencies of service "${s.name}" are not in alphabetical order; expected ${sorted.map((d) => d.name).join(', ')}.`,
        fixes: fix('Sort `depends_on` alphabetically', reorderEdit(model, e.value, sorted.map((d) => d.item))),
      });
    }
  },
);
