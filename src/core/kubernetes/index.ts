// Placeholder until the kubernetes engine lands: parses nothing, reports nothing.
import type { LanguageSupport } from '../language';

export interface KubernetesModel {
  text: string;
}

export const kubernetesSupport: LanguageSupport<KubernetesModel> = {
  kind: 'kubernetes',
  parse: (text) => ({ text }),
  syntaxDiagnostics: () => [],
  syntaxChecks: [],
  rules: [],
  suppressions: () => [],
  ignoreFix: () => undefined,
  hover: () => null,
  explain: () => '# Kubernetes file\n',
};
