import type { Rule } from '../../rule';
import type { Dockerfile } from '../model';

/** Every Dockerfile rule, one module each. */
export const dockerfileRules: readonly Rule<Dockerfile>[] = [];
