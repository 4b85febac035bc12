// Placeholder until the kubernetes engine lands: parses nothing, reports nothing.
import type { LanguageSupport } from '../language';

export interface KubernetesModel {
  text: string;
}

export const kubernetesSupport: LanguageSupport<KubernetesModel> = {
  kind: 'kubernetes',
  parse: (text) => ({ text }),
  syntaxDiagnostics: () => [],
  rules: [],
  suppressions: () => [],
  hover: () => null,
  explain: () => '# Kubernetes file\n',
};
