import { kubeRule } from './kubeRule';
import { isPatch } from './patchFiles';
import { fileIndex } from './workloads';
import { get, getIn, keyRange, pairOf, pairRange } from './yamlNodes';

export const jobTtlSecondsAfterFinished = kubeRule(
  {
    id: 'job-ttl-seconds-after-finished',
    title: 'Job finished pods are never cleaned up',
    severity: 'info',
    enabledByDefault: true,
    summary: 'A standalone Job without ttlSecondsAfterFinished stays in the API with its pods forever; a CronJob already prunes Jobs through its history limits.',
  },
  (ctx) => {
    const { model } = ctx;
    const index = fileIndex(model);
    for (const job of isPatch(ctx) ? [] : index.ofKind('Job')) {
      const specPair = pairOf(job.root, 'spec');
      if (!specPair || get(specPair.value, 'ttlSecondsAfterFinished')) continue;
      const range = keyRange(model, specPair);
      if (range) ctx.report({ range, message: `Job "${job.name}" has no spec.ttlSecondsAfterFinished, so it and its pods stay after it finishes; set one (e.g. 86400).` });
    }
    for (const cron of index.ofKind('CronJob')) {
      const pair = pairOf(getIn(cron.root, ['spec', 'jobTemplate', 'spec']), 'ttlSecondsAfterFinished');
      const range = pair && pairRange(model, pair);
      if (range) ctx.report({ range, message: `CronJob "${cron.name}" sets ttlSecondsAfterFinished on its Jobs, which fights successfulJobsHistoryLimit/failedJobsHistoryLimit; remove it and use the history limits.` });
    }
  },
);
