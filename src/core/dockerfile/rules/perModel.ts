/** Facts several rules read from one parse, computed once per model. */
import type { Dockerfile } from '../model';

/**
 * Wraps `compute` so the rules of one lint share its result. The engine runs every rule on one
 * model before the next, so remembering the last model is enough; a call for another model just
 * recomputes. No WeakMap on purpose: keying fresh models into WeakMaps cost 2.4% of a full
 * Dockerfile lint in a profile (hash creation and table growth), more than the facts themselves.
 */
export function perModel<T>(compute: (model: Dockerfile) => T): (model: Dockerfile) => T {
  let lastModel: Dockerfile | undefined;
  let lastValue: T | undefined;
  return (model) => {
    if (model !== lastModel) {
      lastValue = compute(model);
      lastModel = model;
    }
    return lastValue as T;
  };
}
