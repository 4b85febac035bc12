import { defineRule } from '../../rule';
import type { Dockerfile } from '../model';
import { instructionsOf } from './instructionIndex';

const RESERVED = ['com.docker.', 'io.docker.', 'org.dockerproject.'];

/**
 * Whether `key` passes the format checks of `keyProblem` (namespace aside). A char loop instead of four
 * regular expressions, as it runs for every label of every lint and nearly every key passes.
 */
function isWellFormed(key: string): boolean {
  const n = key.length;
  if (n === 0) return false;
  let previous = 0;
  for (let i = 0; i < n; i++) {
    const c = key.charCodeAt(i);
    const letterOrDigit = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (!letterOrDigit && c !== 46 && c !== 95 && c !== 47 && c !== 45) return false; // . _ / -
    if ((c === 46 || c === 45) && c === previous) return false; // .. --
    previous = c;
  }
  const first = key.charCodeAt(0);
  const last = key.charCodeAt(n - 1);
  return first >= 97 && first <= 122 && ((last >= 97 && last <= 122) || (last >= 48 && last <= 57));
}

/** Why a label key breaks Docker's key guidelines, or undefined when it follows them. */
function keyProblem(key: string): string | undefined {
  if (!isWellFormed(key)) {
    if (!/^[a-z]/.test(key)) return 'must start with a lower-case letter';
    if (!/[a-z0-9]$/.test(key)) return 'must end with a lower-case letter or digit';
    const bad = /[^a-z0-9._/-]/.exec(key);
    if (bad) return `contains ${bad[0] === bad[0].toLowerCase() ? `"${bad[0]}"` : 'upper-case letters'}; use only a-z, 0-9, ".", "-", "_" and "/"`;
    if (key.includes('..') || key.includes('--')) return 'has consecutive separators ("..", "--")';
  }
  for (const reserved of RESERVED) if (key.startsWith(reserved)) return `uses the ${reserved}* namespace, which Docker reserves for itself`;
  return undefined;
}

export const DL3048 = defineRule<Dockerfile>(
  {
    id: 'DL3048',
    title: 'Invalid label key',
    severity: 'hint',
    appliesTo: 'dockerfile',
    fixable: false,
    summary: 'Label keys should be lower-case reverse-DNS names such as org.example.team, so they stay unique and readable across tools.',
  },
  ({ model, report }) => {
    for (const instruction of instructionsOf(model, 'LABEL')) {
      if (!instruction.pairs) continue;
      for (const pair of instruction.pairs) {
        const key = pair.key.value;
        if (key.includes('$')) continue;
        const problem = keyProblem(key);
        if (!problem) continue;
        report({ range: model.lines.range(pair.key.start, pair.key.end), message: `Label key ${key} ${problem}.` });
      }
    }
  },
);
