import { kubeRule } from './kubeRule';
import { isPatch } from './patchFiles';
import { anchorAt, fileIndex } from './workloads';
import { getIn } from './yamlNodes';

export const cronjobStartingDeadline = kubeRule(
  {
    id: 'cronjob-starting-deadline',
    aliases: ['cronjob-has-deadline'],
    title: 'CronJob without startingDeadlineSeconds',
    severity: 'info',
    enabledByDefault: true,
    summary: 'Without startingDeadlineSeconds a CronJob that missed more than 100 schedules (controller down, cluster paused) stops being scheduled at all.',
  },
  (ctx) => {
    if (isPatch(ctx)) return;
    for (const cron of fileIndex(ctx.model).ofKind('CronJob')) {
      if (getIn(cron.root, ['spec', 'startingDeadlineSeconds'])) continue;
      ctx.report({ range: anchorAt(ctx.model, cron.root, ['spec', 'startingDeadlineSeconds']), message: `CronJob "${cron.name}" has no spec.startingDeadlineSeconds; set one (e.g. 200) so missed runs are skipped instead of stopping the schedule.` });
    }
  },
);
