import type { Suppression } from '../suppression';
import type { Dockerfile } from './model';

export function dockerfileSuppressions(_model: Dockerfile): Suppression[] {
  return [];
}
