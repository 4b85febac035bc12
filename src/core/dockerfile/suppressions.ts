import type { Suppression } from '../suppression';
import type { Fix, LintDiagnostic } from '../types';
import type { Dockerfile } from './model';

export function dockerfileSuppressions(_model: Dockerfile): Suppression[] {
  return [];
}

export function dockerfileIgnoreFix(_model: Dockerfile, _diagnostic: LintDiagnostic): Fix | undefined {
  return undefined;
}
