import type { Rule } from '../../rule';
import type { Dockerfile } from '../model';
import { buildkitRules } from './buildkitRules';
import { instructionRules } from './instructionRules';
import { shellRules } from './shellRules';

/** Every Dockerfile rule, one module each. */
export const dockerfileRules: readonly Rule<Dockerfile>[] = [
  ...instructionRules,
  ...shellRules,
  ...buildkitRules,
];
