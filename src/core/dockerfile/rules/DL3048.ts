import { defineRule } from '../../rule';
import type { Dockerfile } from '../model';
import { labelPairs } from './labels';

const RESERVED = ['com.docker.', 'io.docker.', 'org.dockerproject.'];

/** Why a label key breaks Docker's key guidelines, or undefined when it follows them. */
function keyProblem(key: string): string | undefined {
  if (!/^[a-z]/.test(key)) return 'must start with a lower-case letter';
  if (!/[a-z0-9]$/.test(key)) return 'must end with a lower-case letter or digit';
  const bad = /[^a-z0-9._/-]/.exec(key);
  if (bad) return `contains ${bad[0] === bad[0].toLowerCase() ? `"${bad[0]}"` : 'upper-case letters'}; use only a-z, 0-9, ".", "-", "_" and "/"`;
  if (key.includes('..') || key.includes('--')) return 'has consecutive separators ("..", "--")';
  const reserved = RESERVED.find((ns) => key.startsWith(ns));
  if (reserved) return `uses the ${reserved}* namespace, which Docker reserves for itself`;
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
    for (const pair of labelPairs(model)) {
      if (pair.key.includes('$')) continue;
      const problem = keyProblem(pair.key);
      if (!problem) continue;
      report({ range: model.lines.range(pair.keyStart, pair.keyEnd), message: `Label key ${pair.key} ${problem}.` });
    }
  },
);
