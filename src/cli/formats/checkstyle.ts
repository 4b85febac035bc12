/** Checkstyle XML, read by Jenkins, GitLab and reviewdog. Every attribute value is escaped. */
import type { Severity } from '../../core/types';
import type { FileReport } from '../report';

const SEVERITY: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'info', hint: 'info' };

/** Escapes for an attribute value and drops characters XML 1.0 cannot carry at all. */
export function escapeXml(text: string): string {
  return text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}

export function toCheckstyle(reports: FileReport[]): string {
  const out = ['<?xml version="1.0" encoding="utf-8"?>', '<checkstyle version="4.3">'];
  for (const { path, result } of reports) {
    if (!result.kind) continue;
    out.push(`  <file name="${escapeXml(path)}">`);
    for (const d of result.diagnostics) {
      out.push(
        `    <error line="${d.range.start.line + 1}" column="${d.range.start.character + 1}" severity="${SEVERITY[d.severity]}" message="${escapeXml(d.message)}" source="infra-coach.${escapeXml(d.rule)}"/>`,
      );
    }
    for (const f of result.failures) out.push(`    <error line="1" column="1" severity="error" message="${escapeXml(`Rule ${f.rule} failed; its findings are missing: ${f.error.split('\n')[0]}`)}" source="infra-coach.${escapeXml(f.rule)}"/>`);
    out.push('  </file>');
  }
  out.push('</checkstyle>');
  return out.join('\n') + '\n';
}
