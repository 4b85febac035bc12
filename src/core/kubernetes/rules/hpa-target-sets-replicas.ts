import { kubeRule } from './kubeRule';
import { hpaFor } from './hpa';
import { anchorAt, workloads } from './workloads';
import { pairOf, pairRange } from './yamlNodes';

export const hpaTargetSetsReplicas = kubeRule(
  {
    id: 'hpa-target-sets-replicas',
    aliases: ['deployment-targeted-by-hpa-does-not-have-replicas-configured'],
    title: 'Autoscaled workload also fixes replicas',
    severity: 'warning',
    enabledByDefault: true,
    fixable: true,
    summary: 'When an HPA scales a workload, a replicas value in the manifest resets the count on every apply, undoing the autoscaler until it reacts again.',
  },
  (ctx) => {
    const { model } = ctx;
    for (const w of workloads(model)) {
      const pair = pairOf(w.spec, 'replicas');
      if (!pair) continue;
      const hpa = hpaFor(model, w);
      const range = hpa && pairRange(model, pair);
      if (!hpa || !range) continue;
      // Delete the whole `replicas:` line, comment included.
      const line = range.start.line;
      const lineText = model.lines.lineText(line);
      const alone = lineText.trim().startsWith('replicas:');
      const edit = alone ? { range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }, newText: '' } : undefined;
      ctx.report({
        range,
        message: `${w.kind} "${w.name}" is scaled by HorizontalPodAutoscaler "${hpa.name}" but also sets replicas, which resets the scale on every apply; remove replicas.`,
        related: [{ message: `HorizontalPodAutoscaler "${hpa.name}"`, range: anchorAt(model, hpa.root, ['spec', 'scaleTargetRef']) }],
        fixes: edit ? [{ title: 'Remove replicas', edits: [edit], safe: true }] : [],
      });
    }
  },
);
