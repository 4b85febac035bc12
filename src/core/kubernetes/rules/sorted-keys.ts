import { isMap, isSeq, isScalar, type Node as YamlNode, type Pair } from 'yaml';
import { kubeRule } from './kubeRule';
import type { KubeContext } from './kubeRule';
import { keyRange } from './yamlNodes';

function compareBytes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function visit(ctx: KubeContext, node: YamlNode | null | undefined): void {
  if (isSeq(node)) {
    for (const item of node.items) visit(ctx, item as YamlNode);
    return;
  }
  if (!isMap(node)) return;
  const keyed: Pair[] = [];
  const keys: string[] = [];
  for (const pair of node.items) {
    if (isScalar(pair.key)) {
      keyed.push(pair);
      keys.push(String(pair.key.value));
    }
    visit(ctx, pair.value as YamlNode | null);
  }
  const index = keys.findIndex((k, i) => i > 0 && compareBytes(keys[i - 1], k) > 0);
  if (index < 0) return;
  const range = keyRange(ctx.model, keyed[index]);
  if (range) {
    const expected = [...keys].sort(compareBytes);
    ctx.report({ range, message: `Keys are not sorted: "${keys[index]}" comes after "${keys[index - 1]}"; expected order: ${expected.join(', ')}.` });
  }
}

export const sortedKeys = kubeRule(
  {
    id: 'sorted-keys',
    title: 'Mapping keys not sorted',
    severity: 'hint',
    summary: 'Sorted keys make large manifests easier to scan and diffs between versions smaller; a house style some teams enforce.',
  },
  (ctx) => {
    for (const doc of ctx.model.documents) if (!doc.skipped && doc.root) visit(ctx, doc.root);
  },
);
