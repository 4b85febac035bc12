/** access-to-secrets and access-to-create-pods: a binding that grants some verbs on some resources. */
import type { KubeContext } from './kubeRule';
import { BINDING_KINDS, boundRules, listEntries } from './rbac';
import { fileIndex, kindAnchor } from './workloads';
import { get, getIn, rangeOf } from './yamlNodes';

export function reportAccess(ctx: KubeContext, resources: readonly string[], verbs: readonly string[], what: string): void {
  const { model } = ctx;
  const index = fileIndex(model);
  for (const kind of BINDING_KINDS) {
    for (const binding of index.ofKind(kind)) {
      const { role, rules } = boundRules(model, binding);
      if (!role) continue;
      for (const { role: owner, rule } of rules) {
        const resource = listEntries(rule, 'resources').find((r) => r.value === '*' || resources.includes(r.value));
        const verb = listEntries(rule, 'verbs').find((v) => v.value === '*' || verbs.includes(v.value));
        if (!resource || !verb) continue;
        const range = rangeOf(model, getIn(get(binding.root, 'roleRef'), ['name'])) ?? kindAnchor(model, binding.root);
        const ruleRange = rangeOf(model, resource.node);
        ctx.report({
          range,
          message: `${binding.kind} "${binding.name}" grants ${what} through ${owner.kind} "${owner.name}" (${verb.value} on ${resource.value}); bind a role without that permission.`,
          ...(ruleRange ? { related: [{ message: `the rule in ${owner.kind} "${owner.name}"`, range: ruleRange }] } : {}),
        });
        break;
      }
    }
  }
}
