import type { LanguageContext } from '../language';
import type { LintDiagnostic } from '../types';
import type { Dockerfile } from './model';

export function explainDockerfile(model: Dockerfile, diagnostics: LintDiagnostic[], _context: LanguageContext): string {
  return `# Dockerfile\n\n${model.stages.length} stage(s), ${diagnostics.length} finding(s).\n`;
}
