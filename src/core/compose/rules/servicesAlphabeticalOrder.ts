import type { Node, Pair } from 'yaml';
import { isMap } from '../nodeTypes';
import { reorderEdit } from '../reorder';
import { isMergeKey, keyText } from '../yamlNodes';
import { compareNames, composeRule, fix } from './common';

/**
 * Like dclint, the earliest (alphabetically) already-listed service this one should precede; the first
 * listed among equals. One pass: filtering and sorting `seen` for every service made the rule quadratic.
 */
function earliestAfter(seen: readonly string[], name: string): string | undefined {
  let best: string | undefined;
  for (const prev of seen) if (compareNames(prev, name) > 0 && (best === undefined || compareNames(prev, best) < 0)) best = prev;
  return best;
}

export const servicesAlphabeticalOrder = composeRule(
  {
    id: 'services-alphabetical-order',
    title: 'Services not in alphabetical order',
    severity: 'warning',
    fixable: true,
    summary: 'dclint\'s style rule: services sorted by name are quick to find in a long file. The order has no effect on how Compose starts them.',
  },
  ({ model, report }) => {
    const section = model.top('services');
    if (!section || section.via || !isMap(section.value)) return;
    const pairs = section.value.items as Pair[];
    const named = pairs.filter((p) => !isMergeKey(p) && keyText(p) !== undefined);
    let edit: ReturnType<typeof reorderEdit> | null = null;
    const seen: string[] = [];
    // The alphabetically last name so far: a service after it (the usual case) precedes none of the others.
    let last: string | undefined;
    for (const pair of named) {
      const name = keyText(pair) ?? '';
      const before = last !== undefined && compareNames(last, name) > 0 ? earliestAfter(seen, name) : undefined;
      seen.push(name);
      if (last === undefined || compareNames(name, last) > 0) last = name;
      if (!before) continue;
      // Most files are in order: the sorted order and its edit wait for the first service out of place.
      if (edit === null) {
        const sorted = [...pairs.filter(isMergeKey), ...named.slice().sort((a, b) => compareNames(keyText(a) ?? '', keyText(b) ?? ''))];
        edit = reorderEdit(model, section.value, sorted);
      }
      report({
        range: model.rangeOf(pair.key as Node),
        message: `Service "${name}" should come before "${before}"; keep services in alphabetical order.`,
        fixes: fix('Sort services alphabetically', edit),
      });
    }
  },
);
