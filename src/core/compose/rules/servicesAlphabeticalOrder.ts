import { isMap, type Node, type Pair } from 'yaml';
import { reorderEdit } from '../reorder';
import { isMergeKey, keyText } from '../yamlNodes';
import { compareNames, composeRule, fix } from './common';

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
    const sorted = [...pairs.filter(isMergeKey), ...named.slice().sort((a, b) => compareNames(keyText(a) ?? '', keyText(b) ?? ''))];
    let edit: ReturnType<typeof reorderEdit> | null = null;
    const seen: string[] = [];
    for (const pair of named) {
      const name = keyText(pair) ?? '';
      // Like dclint: name the earliest already-listed service this one should precede.
      const before = seen.filter((prev) => compareNames(prev, name) > 0).sort(compareNames)[0];
      seen.push(name);
      if (!before) continue;
      if (edit === null) edit = reorderEdit(model, section.value, sorted);
      report({
        range: model.rangeOf(pair.key as Node),
        message: `Service "${name}" should come before "${before}"; keep services in alphabetical order.`,
        fixes: fix('Sort services alphabetically', edit),
      });
    }
  },
);
