/** Required label and annotation checks: some key matching a pattern, with a value of the right shape. */
import { isPatch } from './patchFiles';
import type { KubeContext } from './kubeRule';
import { anchorAt, workloads } from './workloads';
import { getIn, stringMap } from './yamlNodes';

export function reportMissingMetadata(ctx: KubeContext, field: 'labels' | 'annotations', key: RegExp, value: RegExp, message: string): void {
  if (isPatch(ctx)) return;
  for (const w of workloads(ctx.model)) {
    const entries = stringMap(getIn(w.root, ['metadata', field]));
    if (Object.entries(entries).some(([k, v]) => key.test(k) && value.test(v))) continue;
    ctx.report({ range: anchorAt(ctx.model, w.root, ['metadata', field]), message: `${w.kind} "${w.name}" ${message}` });
  }
}
