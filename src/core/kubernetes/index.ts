import type { LanguageSupport } from '../language';
import { explainKubernetes } from './explain';
import { kubernetesHover } from './hover';
import type { KubernetesModel } from './model';
import { clearKubernetesParseCache, parseKubernetes } from './parse';
import { kubeLinterRules, PER_DOCUMENT_CHECKS } from './rules';
import { perDocument } from './rules/perDocument';
import { schemaRules } from './schemaRules';
import { kubernetesIgnoreFix, kubernetesSuppressions } from './suppressions';
import { kubernetesSyntaxChecks } from './syntax';

export type { KubernetesModel } from './model';

export const kubernetesSupport: LanguageSupport<KubernetesModel> = {
  kind: 'kubernetes',
  parse: parseKubernetes,
  syntaxDiagnostics: (model) => model.syntaxErrors,
  syntaxChecks: kubernetesSyntaxChecks,
  rules: [...schemaRules, ...kubeLinterRules.map((r) => (PER_DOCUMENT_CHECKS.has(r.meta.id) ? perDocument(r) : r))],
  suppressions: kubernetesSuppressions,
  ignoreFix: kubernetesIgnoreFix,
  hover: kubernetesHover,
  explain: explainKubernetes,
  clearCache: clearKubernetesParseCache,
};
