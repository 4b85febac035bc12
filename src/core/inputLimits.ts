/**
 * What the engine says about a file it will not fully lint: binary content (never parsed), a file over
 * the size limit (syntax checks only) and one far over it (not parsed). One finding each, so the user
 * sees why rules are silent.
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
  // Most files are shorter than the probe: searching them whole skips a slice per lint.
  return (text.length <= BINARY_PROBE ? text : text.slice(0, BINARY_PROBE)).includes('\0');
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

/**
 * Past this multiple of `maxFileSize` a file is not parsed at all. Syntax checks alone on a 50 MB file
 * take about a minute and gigabytes of memory under load; twice the limit still lets a file that grew
 * a little past it keep its syntax checks, while a file far over it costs nothing.
 */
export const PARSE_CEILING_FACTOR = 2;

export function overParseCeiling(size: number, limit: number): boolean {
  return size > limit * PARSE_CEILING_FACTOR;
}

export function fileTooLargeDiagnostic(severity: Severity, size: number, limit: number): LintDiagnostic {
  const message = overParseCeiling(size, limit)
    ? `This file is ${megabytes(size)}, more than ${PARSE_CEILING_FACTOR}× the ${megabytes(limit)} size limit (maxFileSize), so it was not parsed or checked at all. Split it, or raise the limit to at least ${megabytes(size)} to run every rule on it.`
    : `This file is ${megabytes(size)}, over the ${megabytes(limit)} size limit (maxFileSize), so only syntax checks ran. Raise the limit to run every rule on it.`;
  return toDiagnostic(FILE_TOO_LARGE, severity, { range: START, message });
}

/** What explain says instead of a narrative about a file too large to parse. */
export function tooLargeToExplain(size: number, limit: number): string {
  return `This file is ${megabytes(size)}, more than ${PARSE_CEILING_FACTOR}× the ${megabytes(limit)} size limit (maxFileSize), so Infra Coach did not read it. Split it, or raise the limit, to get an explanation.`;
}
