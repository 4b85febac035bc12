import { kubeRule } from './kubeRule';
import { isPatch } from './patchFiles';
import { podFieldAnchor, workloads } from './workloads';
import { get, str } from './yamlNodes';

export const restartPolicy = kubeRule(
  {
    id: 'restart-policy',
    title: 'Pod restart policy is not Always or OnFailure',
    severity: 'info',
    summary: 'With restartPolicy Never (or unset on a bare Pod meant to recover) a crashed container stays down; Always or OnFailure lets the kubelet restart it.',
  },
  (ctx) => {
    for (const w of workloads(ctx.model)) {
      const policy = str(get(w.podSpec, 'restartPolicy'));
      if (policy === 'Always' || policy === 'OnFailure' || (!policy && isPatch(ctx))) continue;
      ctx.report({
        range: podFieldAnchor(ctx.model, w, 'restartPolicy'),
        message: policy ? `${w.kind} "${w.name}" has restartPolicy ${policy}; use Always or OnFailure so crashed containers are restarted.` : `${w.kind} "${w.name}" does not set restartPolicy; set Always (or OnFailure for batch work) explicitly.`,
      });
    }
  },
);
