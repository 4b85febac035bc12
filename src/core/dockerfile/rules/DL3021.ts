import { defineRule } from '../../rule';
import type { Dockerfile } from '../model';
import { sourceCount } from './copyArgs';
import { innerEnd } from './quotes';
import { instructionsOf } from './instructionIndex';

/** `dir/`, and the names that can only be directories: `.`, `..`, `x/.`, `x/..`. */
function namesDirectory(path: string): boolean {
  return path.endsWith('/') || path.endsWith('\\') || /(^|\/)\.\.?$/.test(path);
}

export const DL3021 = defineRule<Dockerfile>(
  {
    id: 'DL3021',
    title: 'COPY with more than 2 arguments requires the last argument to end with /',
    severity: 'error',
    appliesTo: 'dockerfile',
    fixable: true,
    summary: 'Several sources can only go into a directory; without the trailing slash the destination reads as a file name.',
  },
  ({ model, report }) => {
    for (const instruction of instructionsOf(model, 'COPY')) {
      const sources = sourceCount(instruction);
      if (sources < 2) continue;
      const dest = instruction.args[sources];
      let path = dest.value;
      if (path.includes('$')) {
        const expanded = model.expand(path, instruction);
        if (expanded === undefined) continue;
        path = expanded;
      }
      if (namesDirectory(path)) continue;
      const at = model.lines.positionAt(innerEnd(dest));
      report({
        range: dest.range,
        message: `COPY has ${sources} sources, so ${dest.value} must be a directory: end it with / (${dest.value}/).`,
        fixes: [{ title: `Add a trailing slash: ${dest.value}/`, edits: [{ range: { start: at, end: at }, newText: '/' }], safe: true }],
      });
    }
  },
);
