import type { EffectiveConfig } from '../../../../src/core/config';

/** Config tweak that declares one label-schema label of `type`. */
export function schemaOf(label: string, type: string): (config: EffectiveConfig) => void {
  return (config) => {
    config.dockerfile.labelSchema = { [label]: type };
  };
}
