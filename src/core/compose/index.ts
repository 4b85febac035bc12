// Placeholder until the compose engine lands: parses nothing, reports nothing.
import type { LanguageSupport } from '../language';

export interface ComposeModel {
  text: string;
}

export const composeSupport: LanguageSupport<ComposeModel> = {
  kind: 'compose',
  parse: (text) => ({ text }),
  syntaxDiagnostics: () => [],
  syntaxChecks: [],
  rules: [],
  suppressions: () => [],
  ignoreFix: () => undefined,
  hover: () => null,
  explain: () => '# Compose file\n',
};
