import { defineRule, type Report } from '../../rule';
import type { Range } from '../../types';
import type { Dockerfile, Instruction } from '../model';
import { fromValue } from './copyArgs';
import { instructionsOf } from './instructionIndex';
import { isTrustedRegistry, registryOf } from './imageNames';
import { earlierStage } from './stageGraph';

/**
 * Apart from the rule: the closures below share a context allocated on entry, which lints without
 * trusted registries (the default) should not pay.
 */
function checkRegistries(model: Dockerfile, trusted: readonly string[], report: (r: Report) => void): void {
  const check = (reference: string, registry: string, range: Range, what: string): void => {
    if (isTrustedRegistry(registry.toLowerCase(), trusted)) return;
    report({
      range,
      message: `${what} ${reference} comes from ${registry}, which is not a trusted registry (${trusted.join(', ')}). Use a mirror of it in a trusted registry.`,
    });
  };
  const checkRef = (raw: string, range: Range, at: Instruction, what: string): void => {
    const ref = raw.includes('$') ? model.expand(raw, at) : raw;
    if (!ref || ref.toLowerCase() === 'scratch' || earlierStage(model, ref, at)) return;
    check(ref, registryOf(ref), range, what);
  };
  for (const stage of model.stages) {
    const image = stage.image;
    if (image.isScratch || image.stageRef !== undefined) continue;
    if (image.usesVariables && !image.resolved) continue;
    check(image.resolved ?? image.token.text, image.registry, image.registryRange ?? image.token.range, 'Base image');
  }
  for (const instruction of instructionsOf(model, 'COPY')) {
    const from = fromValue(instruction);
    if (from) checkRef(from.value, from.range, instruction, 'COPY --from image');
  }
  for (const instruction of instructionsOf(model, 'RUN')) {
    for (const mount of instruction.mounts ?? []) {
      const source = mount.option('from')?.value;
      if (source && (mount.type === 'bind' || mount.type === 'cache')) checkRef(source.value, source.range, instruction, 'Mounted image');
    }
  }
}

export const DL3026 = defineRule<Dockerfile>(
  {
    id: 'DL3026',
    title: 'Use only an allowed registry in the FROM image',
    severity: 'error',
    appliesTo: 'dockerfile',
    fixable: false,
    summary: 'With dockerfile.trustedRegistries set, every base image and every image files are copied from must come from one of those registries.',
  },
  ({ model, config, report }) => {
    const trusted = config.dockerfile.trustedRegistries;
    if (trusted.length > 0) checkRegistries(model, trusted, report);
  },
);
