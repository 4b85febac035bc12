import type { Node, Pair } from 'yaml';
import { reorderEdit } from '../reorder';
import { isMergeKey, keyText } from '../yamlNodes';
import { compareNames, composeRule, fix } from './common';

/** dclint's default order; `x-*` extension keys come first, alphabetically. Keys dclint does not list (e.g. `models`) go last. */
export const TOP_LEVEL_ORDER = ['version', 'name', 'include', 'services', 'networks', 'volumes', 'secrets', 'configs'];

function rank(key: string): [number, string] {
  if (key.startsWith('x-')) return [0, key];
  const i = TOP_LEVEL_ORDER.indexOf(key);
  return i >= 0 ? [1 + i, ''] : [1 + TOP_LEVEL_ORDER.length, key];
}

function compare(a: string, b: string): number {
  const [ra, ta] = rank(a);
  const [rb, tb] = rank(b);
  return ra - rb || compareNames(ta, tb);
}

export const topLevelPropertiesOrder = composeRule(
  {
    id: 'top-level-properties-order',
    title: 'Top-level keys out of the conventional order',
    severity: 'warning',
    fixable: true,
    summary: 'dclint\'s style rule: extension keys (`x-*`) first, then name, include, services, networks, volumes, secrets and configs, so every file reads top-down the same way.',
  },
  ({ model, report }) => {
    const root = model.root;
    if (!root) return;
    const pairs = root.items as Pair[];
    const keyed = pairs.filter((p) => !isMergeKey(p) && keyText(p) !== undefined);
    // Most files are in order: the sorted order, its text and the edit wait for the first key out of place.
    let edit: ReturnType<typeof reorderEdit> | null = null;
    let expected = '';
    let previous: string | undefined;
    for (const pair of keyed) {
      const key = keyText(pair) ?? '';
      if (previous !== undefined && compare(key, previous) < 0) {
        if (edit === null) {
          const sorted = [...pairs.filter(isMergeKey), ...keyed.slice().sort((a, b) => compare(keyText(a) ?? '', keyText(b) ?? ''))];
          expected = sorted
            .map((p) => keyText(p) ?? '')
            .filter((k) => k !== '<<')
            .join(', ');
          edit = reorderEdit(model, root, sorted);
        }
        report({
          range: model.rangeOf(pair.key as Node),
          message: `Top-level key "${key}" should come before "${previous}"; expected order: ${expected}.`,
          fixes: fix('Reorder the top-level keys', edit),
        });
      } else previous = key;
    }
  },
);
