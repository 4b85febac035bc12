import type { LanguageSupport } from '../language';
import type { Dockerfile } from './model';
import { parseDockerfile } from './parser';
import { dockerfileRules } from './rules';
import { dockerfileSuppressions } from './suppressions';
import { dockerfileHover } from './hover';
import { explainDockerfile } from './explain';

export const dockerfileSupport: LanguageSupport<Dockerfile> = {
  kind: 'dockerfile',
  parse: (text) => parseDockerfile(text),
  syntaxDiagnostics: (model) => model.syntaxErrors,
  rules: dockerfileRules,
  suppressions: dockerfileSuppressions,
  hover: dockerfileHover,
  explain: explainDockerfile,
};
