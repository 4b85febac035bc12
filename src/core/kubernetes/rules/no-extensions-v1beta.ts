import { kubeRule } from './kubeRule';
import { migrateApiVersionFix } from './fixes';
import { fileIndex, versionOf } from './workloads';
import { pairOf, rangeOf } from './yamlNodes';

export const noExtensionsV1beta = kubeRule(
  {
    id: 'no-extensions-v1beta',
    title: 'Removed extensions/v1beta API',
    severity: 'error',
    enabledByDefault: true,
    fixable: true,
    summary: 'The extensions/v1beta1 API group stopped being served in Kubernetes 1.16-1.22; objects using it are rejected by current clusters.',
  },
  (ctx) => {
    const { model } = ctx;
    for (const o of fileIndex(model).objects) {
      if (o.group !== 'extensions' || !/^v1beta./.test(versionOf(o.apiVersion))) continue;
      const range = rangeOf(model, pairOf(o.root, 'apiVersion')?.value);
      if (!range) continue;
      const fix = migrateApiVersionFix(model, o.doc);
      const target = fix ? fix.title.replace(/^Migrate \S+ to /, '') : undefined;
      ctx.report({
        range,
        message: `${o.kind} "${o.name}" uses ${o.apiVersion}, which current clusters no longer serve; ${target ? `migrate to ${target}` : 'migrate to the kind\'s stable API group (e.g. networking.k8s.io/v1 for Ingress)'}.`,
        fixes: fix ? [fix] : [],
        tags: ['deprecated'],
      });
    }
  },
);
