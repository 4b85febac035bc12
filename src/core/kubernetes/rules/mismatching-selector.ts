import { isMap } from 'yaml';
import { kubeRule } from './kubeRule';
import { isPatch } from './patchFiles';
import { alignSelectorFix } from './fixes';
import { formatLabels, isEmptySelector, mapMatches, readSelector, selectorMatches } from './selectors';
import { anchorAt, keyRangeOr, workloads, type Workload } from './workloads';
import { get, getIn, pairOf, stringMap } from './yamlNodes';

/** Beta workload APIs defaulted the selector to the template labels; apps/v1 requires it. */
function selectorDefaults(w: Workload): boolean {
  return w.kind === 'ReplicationController' || w.kind === 'DeploymentConfig' || w.group === 'extensions' || /^apps\/v1beta/.test(w.apiVersion);
}

export const mismatchingSelector = kubeRule(
  {
    id: 'mismatching-selector',
    aliases: ['deployment-pod-selector-labels-match-template-metadata-labels', 'statefulset-pod-selector-labels-match-template-metadata-labels'],
    title: 'Selector does not match the pod template labels',
    severity: 'error',
    enabledByDefault: true,
    fixable: true,
    summary: 'A controller finds its pods through its selector; if the template\'s labels do not match it, the API rejects the object or the controller loses track of its pods.',
  },
  (ctx) => {
    if (isPatch(ctx)) return;
    const { model } = ctx;
    for (const w of workloads(model)) {
      if (!w.template || w.kind === 'Pod') continue;
      // A CronJob's selector, if any, sits in its job template; Jobs generate theirs.
      const owner = w.kind === 'CronJob' ? getIn(w.root, ['spec', 'jobTemplate', 'spec']) : w.spec;
      const selectorPair = pairOf(owner, 'selector');
      const selectorNode = selectorPair?.value ?? undefined;
      const plain = w.kind === 'ReplicationController' || w.kind === 'DeploymentConfig';
      const empty = !selectorNode || (plain ? Object.keys(stringMap(selectorNode)).length === 0 : isEmptySelector(readSelector(selectorNode)));
      if (empty) {
        // No selector and no labels: a partial object (a kustomize patch), not something to align.
        if (w.jobLike || selectorDefaults(w) || Object.keys(w.podLabels).length === 0) continue;
        const fix = alignSelectorFix(model, w);
        ctx.report({
          range: selectorPair ? keyRangeOr(model, selectorPair, w) : anchorAt(model, w.root, ['spec', 'selector']),
          message: `${w.kind} "${w.name}" has no selector; set spec.selector.matchLabels to labels of its pod template (${formatLabels(w.podLabels)}).`,
          fixes: fix ? [fix] : [],
        });
        continue;
      }
      const matches = plain || !isMap(selectorNode) || (!get(selectorNode, 'matchLabels') && !get(selectorNode, 'matchExpressions'))
        ? mapMatches(stringMap(selectorNode), w.podLabels)
        : selectorMatches(readSelector(selectorNode), w.podLabels);
      if (matches) continue;
      const fix = alignSelectorFix(model, w);
      const labelsPair = pairOf(get(w.template, 'metadata'), 'labels');
      const labelsRange = labelsPair ? keyRangeOr(model, labelsPair, w) : undefined;
      ctx.report({
        range: keyRangeOr(model, selectorPair!, w),
        message: `The selector of ${w.kind} "${w.name}" does not match its pod template labels (${formatLabels(w.podLabels)}); make every selector label appear on the template with the same value.`,
        fixes: fix ? [fix] : [],
        ...(labelsRange ? { related: [{ message: 'pod template labels', range: labelsRange }] } : {}),
      });
    }
  },
);
