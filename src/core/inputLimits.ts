/**
 * What the engine says about a file it will not fully lint: binary content (never parsed) and a file
 * over the size limit (syntax checks only). One finding each, so the user sees why rules are silent.
 */
import { toDiagnostic, type RuleMeta } from './rule';
import type { LintDiagnostic, Severity } from './types';

export const BINARY_FILE: RuleMeta = {
  id: 'binary-file',
  aliases: [],
  title: 'File holds binary data',
  severity: 'warning',
  appliesTo: 'any',
  fixable: false,
  enabledByDefault: true,
  summary: 'A file named like a Dockerfile, manifest or Compose file holds binary data (NUL bytes), so no tool can read it as text; it is not linted.',
};

export const FILE_TOO_LARGE: RuleMeta = {
  id: 'file-too-large',
  aliases: [],
  title: 'File is over the size limit',
  severity: 'info',
  appliesTo: 'any',
  fixable: false,
  enabledByDefault: true,
  summary: 'A file larger than `maxFileSize` gets syntax checks only, so a huge file never freezes the editor; this finding says the best-practice rules did not run.',
};

/** Where git and editors look for a NUL byte to call a file binary. */
const BINARY_PROBE = 8000;

export function looksBinary(text: string): boolean {
  return text.slice(0, BINARY_PROBE).includes('\0');
}

const START = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

export function binaryFileDiagnostic(severity: Severity): LintDiagnostic {
  return toDiagnostic(BINARY_FILE, severity, {
    range: START,
    message: 'This file holds binary data (a NUL byte near its start), so Infra Coach does not lint it. If it should be text, re-save it as UTF-8.',
  });
}

function megabytes(n: number): string {
  return `${(n / 1_000_000).toFixed(1)} MB`;
}

export function fileTooLargeDiagnostic(severity: Severity, size: number, limit: number): LintDiagnostic {
  return toDiagnostic(FILE_TOO_LARGE, severity, {
    range: START,
    message: `This file is ${megabytes(size)}, over the ${megabytes(limit)} size limit (maxFileSize), so only syntax checks ran. Raise the limit to run every rule on it.`,
  });
}
