import { kubeRule } from './kubeRule';
import { fileIndex } from './workloads';
import { bool, pairOf, pairRange } from './yamlNodes';

export const sccDenyPrivilegedContainer = kubeRule(
  {
    id: 'scc-deny-privileged-container',
    title: 'SecurityContextConstraints allow privileged containers',
    severity: 'warning',
    summary: 'An OpenShift SecurityContextConstraints with allowPrivilegedContainer: true lets every pod it admits run privileged, with full access to the node.',
  },
  (ctx) => {
    for (const scc of fileIndex(ctx.model).ofKind('SecurityContextConstraints')) {
      const pair = pairOf(scc.root, 'allowPrivilegedContainer');
      const range = pair && bool(pair.value) === true ? pairRange(ctx.model, pair) : undefined;
      if (range) ctx.report({ range, message: `SecurityContextConstraints "${scc.name}" allow privileged containers; set allowPrivilegedContainer: false and grant specific capabilities instead.` });
    }
  },
);
