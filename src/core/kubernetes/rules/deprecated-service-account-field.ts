import { kubeRule } from './kubeRule';
import { workloads } from './workloads';
import { get, keyRange, pairOf, pairRange, str } from './yamlNodes';

export const deprecatedServiceAccountField = kubeRule(
  {
    id: 'deprecated-service-account-field',
    title: 'Deprecated serviceAccount field',
    severity: 'warning',
    enabledByDefault: true,
    fixable: true,
    summary: '`serviceAccount` is a deprecated alias of `serviceAccountName`; when both are set and differ, readers cannot tell which account the pod uses.',
  },
  (ctx) => {
    const { model } = ctx;
    for (const w of workloads(model)) {
      const pair = pairOf(w.podSpec, 'serviceAccount');
      const value = str(pair?.value);
      if (!pair || !value) continue;
      const current = str(get(w.podSpec, 'serviceAccountName'));
      if (current === value) continue;
      const range = pairRange(model, pair);
      const key = keyRange(model, pair);
      if (!range || !key) continue;
      const fixes = current === undefined ? [{ title: 'Rename to serviceAccountName', edits: [{ range: key, newText: 'serviceAccountName' }], safe: true }] : [];
      ctx.report({ range, message: `${w.kind} "${w.name}" uses the deprecated serviceAccount field; use serviceAccountName instead.`, fixes });
    }
  },
);
