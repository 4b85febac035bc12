/**
 * The ids the Dockerfile parser reports problems under. Each is a RuleMeta so it is listed,
 * documented (docs/rules/<id>.md) and configurable like a rule. Most mirror an error that
 * today's BuildKit frontend raises, so hadolint's parse-error id DL1000 is their alias. Where a
 * hadolint rule names exactly the same problem (DL3043, DL3061), its id is an alias too, so one
 * finding answers to both names; a literal port above 65535 carries DL3011 on the finding itself,
 * since DL3011 stays a rule of its own for ports that only variable expansion reveals.
 */
import type { RuleMeta } from '../rule';
import type { LintDiagnostic, Range, Severity } from '../types';
import { docsUrl } from '../rule';

function check(id: string, title: string, severity: Severity, summary: string, aliases: string[] = ['DL1000']): RuleMeta {
  return { id, aliases, title, severity, appliesTo: 'dockerfile', fixable: false, enabledByDefault: true, summary };
}

export const SYNTAX = {
  unknownInstruction: check(
    'dockerfile-unknown-instruction',
    'Unknown instruction',
    'error',
    'The line starts with a word that is not a Dockerfile instruction, so the build fails before it starts.',
  ),
  missingArguments: check(
    'dockerfile-missing-arguments',
    'Instruction without its required arguments',
    'error',
    'An instruction lacks arguments it needs (COPY needs a source and a destination, FROM an image...), so the build fails.',
  ),
  extraArguments: check(
    'dockerfile-extra-arguments',
    'Instruction with arguments it does not take',
    'error',
    'An instruction has more arguments than it accepts (FROM image AS name extra, HEALTHCHECK NONE args...), so the build fails.',
  ),
  unknownFlag: check(
    'dockerfile-unknown-flag',
    'Flag the instruction does not accept',
    'error',
    'A `--flag` that this instruction does not support makes the build fail with "unknown flag".',
  ),
  invalidFlagValue: check(
    'dockerfile-invalid-flag-value',
    'Flag with a missing or invalid value',
    'error',
    'A flag needs a value of a given shape (a duration, a boolean, a network mode, a mount spec...); anything else fails the build.',
  ),
  duplicateFlag: check(
    'dockerfile-duplicate-flag',
    'Flag given twice',
    'error',
    'A flag that takes one value is given more than once on the same instruction, which the frontend rejects.',
  ),
  invalidMount: check(
    'dockerfile-invalid-mount',
    'Invalid RUN --mount specification',
    'error',
    'A RUN --mount has an unknown type or option, a malformed value, or lacks its target, so the build fails.',
  ),
  unterminatedQuote: check(
    'dockerfile-unterminated-quote',
    'Unterminated quote',
    'error',
    'A single or double quote is opened and never closed, so the arguments (or the shell command) cannot be parsed.',
  ),
  unterminatedHeredoc: check(
    'dockerfile-unterminated-heredoc',
    'Heredoc without its terminator',
    'error',
    'A `<<EOF` heredoc is never closed by a line holding only its delimiter, so the rest of the file is swallowed and the build fails.',
  ),
  invalidSubstitution: check(
    'dockerfile-invalid-substitution',
    'Invalid variable substitution',
    'error',
    'A `${...}` variable reference is not closed or uses a modifier the frontend does not support, so the build fails.',
  ),
  invalidDirective: check(
    'dockerfile-invalid-directive',
    'Invalid parser directive',
    'error',
    'A parser directive has an invalid value (escape other than \\ or `, unknown check option) or is repeated, so the build fails.',
  ),
  misplacedDirective: check(
    'dockerfile-misplaced-directive',
    'Parser directive that is ignored',
    'warning',
    'A `# syntax=` or `# escape=` comment below the top of the file (after a blank line, comment or instruction) is ignored by the builder.',
    [],
  ),
  invalidExecForm: check(
    'dockerfile-invalid-exec-form',
    'Malformed JSON (exec form) arguments',
    'warning',
    'Arguments that look like a JSON array but are not valid JSON (single quotes, missing commas) silently run as a shell command instead.',
    [],
  ),
  shellFormRequired: check(
    'dockerfile-shell-json-required',
    'SHELL not in JSON form',
    'error',
    'SHELL accepts only a JSON array of strings, such as SHELL ["/bin/bash", "-o", "pipefail", "-c"].',
  ),
  noFrom: check(
    'dockerfile-instruction-before-from',
    'Instruction before the first FROM',
    'error',
    'Only ARG (and parser directives and comments) may come before the first FROM; a Dockerfile also needs at least one FROM.',
    ['DL1000', 'DL3061'],
  ),
  invalidFrom: check(
    'dockerfile-invalid-from',
    'Malformed FROM',
    'error',
    'FROM takes an image and optionally `AS name`; other shapes, invalid stage names and malformed image references fail the build.',
  ),
  invalidPort: check(
    'dockerfile-invalid-port',
    'Invalid EXPOSE port or protocol',
    'error',
    'EXPOSE takes port numbers (1-65535) or ranges with an optional /tcp, /udp or /sctp protocol; anything else fails the build.',
  ),
  invalidSignal: check(
    'dockerfile-invalid-signal',
    'Invalid STOPSIGNAL',
    'error',
    'STOPSIGNAL takes a signal name such as SIGTERM or a signal number; anything else fails the build.',
  ),
  invalidKeyValue: check(
    'dockerfile-invalid-key-value',
    'Malformed ENV, LABEL or ARG',
    'error',
    'ENV and LABEL need name=value pairs (or one legacy `name value`), ARG a name with an optional =default; a missing = or empty name fails the build.',
  ),
  invalidOnbuild: check(
    'dockerfile-invalid-onbuild-trigger',
    'Instruction not allowed as an ONBUILD trigger',
    'error',
    'ONBUILD cannot wrap FROM, MAINTAINER or another ONBUILD; the builder rejects the file.',
    ['DL1000', 'DL3043'],
  ),
  invalidHealthcheck: check(
    'dockerfile-invalid-healthcheck',
    'Malformed HEALTHCHECK',
    'error',
    'HEALTHCHECK takes `NONE` alone or `CMD` followed by a command; anything else fails the build.',
  ),
} as const;

export const dockerfileSyntaxChecks: readonly RuleMeta[] = Object.values(SYNTAX);

/** The hadolint rule a literal EXPOSE port above 65535 also answers to. */
export const PORT_RANGE_ALIASES: readonly string[] = ['DL1000', 'DL3011'];

export function syntaxDiagnostic(meta: RuleMeta, range: Range, message: string, aliases: readonly string[] = meta.aliases): LintDiagnostic {
  return { rule: meta.id, aliases: [...aliases], severity: meta.severity, message, range, fixes: [], docs: docsUrl(meta.id) };
}
