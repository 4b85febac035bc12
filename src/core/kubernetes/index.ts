import type { LanguageSupport } from '../language';
import { explainKubernetes } from './explain';
import { kubernetesHover } from './hover';
import type { KubernetesModel } from './model';
import { clearKubernetesParseCache, parseKubernetes } from './parse';
import { kubeLinterRules } from './rules';
import { schemaRules } from './schemaRules';
import { kubernetesIgnoreFix, kubernetesSuppressions } from './suppressions';
import { kubernetesSyntaxChecks } from './syntax';

export type { KubernetesModel } from './model';

export const kubernetesSupport: LanguageSupport<KubernetesModel> = {
  kind: 'kubernetes',
  parse: parseKubernetes,
  syntaxDiagnostics: (model) => model.syntaxErrors,
  syntaxChecks: kubernetesSyntaxChecks,
  rules: [...schemaRules, ...kubeLinterRules],
  suppressions: kubernetesSuppressions,
  ignoreFix: kubernetesIgnoreFix,
  hover: kubernetesHover,
  explain: explainKubernetes,
  clearCache: clearKubernetesParseCache,
};
