/** LABEL pairs of a Dockerfile and the value checks behind hadolint's label-schema types. */
import type { Dockerfile, Instruction } from '../model';
import { isSpdxExpression } from './spdx';
import { instructionsOf } from './instructionIndex';
import { perModel } from './perModel';

/** A LABEL `key=value` flattened to offsets, with its value expanded. */
export interface LabelPair {
  instruction: Instruction;
  /** Key with quotes removed. */
  key: string;
  keyStart: number;
  keyEnd: number;
  /** Value with quotes removed and escapes resolved (variables not expanded). */
  value?: string;
  /** Value as written, for static expansion. */
  rawValue?: string;
  /** Where the value is (just after the key when there is none). */
  valueStart: number;
  valueEnd: number;
  /** The value after expanding variables statically; undefined when a variable has no known value. */
  resolved?: string;
}

/**
 * Every LABEL key/value of the file, in order (ONBUILD triggers excluded: they label other images).
 * Only the label-schema rules read these, and only when a schema is configured; DL3048 reads the
 * parser's pairs directly. One literal per pair: an intermediate object spread into this one cost
 * more than every label check together in a profile of the corpus.
 */
export const labelPairs: (model: Dockerfile) => LabelPair[] = perModel((model) => {
  const out: LabelPair[] = [];
  for (const instruction of instructionsOf(model, 'LABEL')) {
    if (!instruction.pairs) continue;
    for (const pair of instruction.pairs) {
      const word = pair.value;
      const value = word?.value;
      const rawValue = word?.text;
      out.push({
        instruction,
        key: pair.key.value,
        keyStart: pair.key.start,
        keyEnd: pair.key.end,
        value,
        rawValue,
        valueStart: word ? word.start : pair.key.end,
        valueEnd: word ? word.end : pair.key.end,
        resolved: rawValue?.includes('$') ? model.expand(rawValue, instruction) : (value ?? ''),
      });
    }
  }
  return out;
});

/** Whether the label schema declares any label of `type`: without one, the rules for that type have nothing to check. */
export function schemaHasType(schema: Readonly<Record<string, string>>, type: string): boolean {
  for (const key in schema) if (schema[key] === type) return true;
  return false;
}

/** Whether the label schema names any label at all. */
export function schemaIsEmpty(schema: Readonly<Record<string, string>>): boolean {
  for (const key in schema) if (Object.prototype.hasOwnProperty.call(schema, key)) return false;
  return true;
}

const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*)(?:\.(?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*))*))?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;

function isSemver(value: string): boolean {
  return SEMVER.test(value);
}

/** An absolute URI (RFC 3986): a scheme, a colon, then only URI characters with valid %-escapes. */
function isUri(value: string): boolean {
  return /^[A-Za-z][A-Za-z0-9+.-]*:[A-Za-z0-9\-._~!$&'()*+,;=:@/?#[\]%]*$/.test(value) && !/%(?![0-9A-Fa-f]{2})/.test(value);
}

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-](\d{2}):(\d{2}))$/;

function isRfc3339(value: string): boolean {
  const m = RFC3339.exec(value);
  if (!m) return false;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const offsetOk = m[9] === undefined || (Number(m[9]) < 24 && Number(m[10]) < 60);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth && hour < 24 && minute < 60 && second <= 60 && offsetOk;
}

/** A short (7) or full (40) git SHA-1, or a full SHA-256 (64), in lower case. */
function isHash(value: string): boolean {
  return /^(?:[0-9a-f]{7}|[0-9a-f]{40}|[0-9a-f]{64})$/.test(value);
}

const ATEXT = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
const EMAIL = new RegExp(`^(?:${ATEXT}(?:\\.${ATEXT})*|"(?:[^"\\\\]|\\\\.)*")@(?:${ATEXT}(?:\\.${ATEXT})*|\\[[^\\[\\]\\\\]*\\])$`);

/** An RFC 5322 addr-spec: `local@domain`, with a dot-atom or quoted local part. */
function isEmail(value: string): boolean {
  return EMAIL.test(value);
}

/** The label-schema types that check values, with the rule each one reports under. */
export const TYPED_LABEL_CHECKS: Record<string, { test: (value: string) => boolean; what: string }> = {
  url: { test: isUri, what: 'an absolute URL (scheme://…)' },
  rfc3339: { test: isRfc3339, what: 'an RFC 3339 time such as 2024-05-01T12:00:00Z' },
  spdx: { test: isSpdxExpression, what: 'an SPDX license id or expression such as Apache-2.0 or MIT OR Apache-2.0' },
  hash: { test: isHash, what: 'a git commit hash: 7, 40 or 64 lower-case hex characters' },
  semver: { test: isSemver, what: 'a semantic version such as 1.4.2 (no leading v)' },
  email: { test: isEmail, what: 'an e-mail address such as team@example.com' },
};
