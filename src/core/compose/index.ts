import type { LanguageSupport } from '../language';
import { explainCompose } from './explain';
import { composeHover } from './hover';
import { parseCompose, YAML_SYNTAX, type ComposeModel } from './model';
import { composeRules } from './rules';
import { composeIgnoreFix, composeSuppressions } from './suppressions';
import { SCHEMA_CHECK, schemaDiagnostics } from './validate';

export type { ComposeModel } from './model';

export const composeSupport: LanguageSupport<ComposeModel> = {
  kind: 'compose',
  parse: parseCompose,
  syntaxDiagnostics: (model) => [...model.syntaxErrors, ...schemaDiagnostics(model)],
  syntaxChecks: [YAML_SYNTAX, SCHEMA_CHECK],
  rules: composeRules,
  suppressions: composeSuppressions,
  ignoreFix: composeIgnoreFix,
  hover: composeHover,
  explain: explainCompose,
};
