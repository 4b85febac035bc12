/**
 * GitHub Actions workflow commands: each finding becomes an annotation on the pull request's
 * diff. Values are escaped as the runner expects, so a message with `%`, `:`, `,` or line breaks
 * cannot end the command early or inject another one.
 */
import type { Severity } from '../../core/types';
import type { FileReport } from '../report';

const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

/** The message part: `%`, CR and LF are encoded. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Property values: also `:` and `,`, which separate properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function toGithub(reports: FileReport[]): string {
  const lines: string[] = [];
  for (const { path, result } of reports) {
    if (!result.kind) continue;
    for (const d of result.diagnostics) {
      const props = [
        `file=${escapeProperty(path)}`,
        `line=${d.range.start.line + 1}`,
        `col=${d.range.start.character + 1}`,
        `endLine=${d.range.end.line + 1}`,
        `endColumn=${d.range.end.character + 1}`,
        `title=${escapeProperty(`${d.rule}: ${d.severity}`)}`,
      ];
      lines.push(`::${COMMAND[d.severity]} ${props.join(',')}::${escapeData(`${d.message} (${d.docs})`)}`);
    }
    for (const f of result.failures) lines.push(`::error file=${escapeProperty(path)},title=${escapeProperty(`${f.rule} failed`)}::${escapeData(`Rule ${f.rule} failed; its findings are missing: ${f.error.split('\n')[0]}`)}`);
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}
