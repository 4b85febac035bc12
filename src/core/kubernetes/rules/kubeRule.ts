import { defineRule, type Rule, type RuleContext, type RuleMeta } from '../../rule';
import type { KubernetesModel } from '../model';

export type KubeRule = Rule<KubernetesModel>;
export type KubeContext = RuleContext<KubernetesModel>;

type KubeMeta = Pick<RuleMeta, 'id' | 'title' | 'severity' | 'summary'> & Partial<Pick<RuleMeta, 'aliases' | 'enabledByDefault' | 'fixable'>>;

/** A Kubernetes check: off by default unless kube-linter enables it by default (say so with `enabledByDefault`). */
export function kubeRule(meta: KubeMeta, check: (context: KubeContext) => void): KubeRule {
  return defineRule<KubernetesModel>({ appliesTo: 'kubernetes', fixable: false, enabledByDefault: false, ...meta }, check);
}
