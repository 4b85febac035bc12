import type { LanguageSupport } from '../language';
import type { Dockerfile } from './model';
import { parseDockerfile, dockerfileSyntaxChecks } from './parser';
import { dockerfileRules } from './rules';
import { dockerfileSuppressions, dockerfileIgnoreFix } from './suppressions';
import { dockerfileHover } from './hover';
import { explainDockerfile } from './explain';

export const dockerfileSupport: LanguageSupport<Dockerfile> = {
  kind: 'dockerfile',
  parse: (text) => parseDockerfile(text),
  syntaxDiagnostics: (model) => model.syntaxErrors,
  syntaxChecks: dockerfileSyntaxChecks,
  rules: dockerfileRules,
  suppressions: dockerfileSuppressions,
  ignoreFix: dockerfileIgnoreFix,
  hover: dockerfileHover,
  explain: explainDockerfile,
};
