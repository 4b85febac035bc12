import type { Node } from 'yaml';
import { isMap, isScalar, isSeq } from '../nodeTypes';
import { parsePortSpec } from '../facts';
import { reorderEdit } from '../reorder';
import { scalarString } from '../yamlNodes';
import { composeRule, fix } from './common';

/** The sort key dclint uses: the published port (or the container port when none is published), as written. */
function portKey(model: Parameters<typeof reorderEdit>[0], item: Node): string {
  if (isScalar(item)) {
    const spec = parsePortSpec(scalarString(item) ?? '');
    return spec.published ?? spec.target ?? '';
  }
  if (isMap(item)) return scalarString(model.entry(item, 'published')?.value) ?? '';
  return '';
}

const collator = new Intl.Collator('en', { numeric: true });

export const servicePortsAlphabeticalOrder = composeRule(
  {
    id: 'service-ports-alphabetical-order',
    title: '`ports` not in ascending order',
    severity: 'warning',
    fixable: true,
    summary: 'dclint\'s style rule: published ports sorted by host port (numerically) make clashes and gaps easy to see.',
  },
  ({ model, report }) => {
    for (const s of model.services) {
      const e = s.get('ports');
      if (!e || e.via || !isSeq(e.value)) continue;
      const items = e.value.items as Node[];
      const keys = new Map(items.map((item) => [item, portKey(model, model.resolve(item) ?? item)]));
      if (items.every((item, i) => i === 0 || collator.compare(keys.get(items[i - 1]) ?? '', keys.get(item) ?? '') <= 0)) continue;
      const sorted = items.slice().sort((a, b) => collator.compare(keys.get(a) ?? '', keys.get(b) ?? ''));
      report({
        range: model.range(e.at),
        message: `Ports of service "${s.name}" are not sorted by host port; expected ${sorted.map((i) => keys.get(i)).join(', ')}.`,
        fixes: fix('Sort the ports', reorderEdit(model, e.value, sorted)),
      });
    }
  },
);
