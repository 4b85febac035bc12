import { defineRule } from '../../rule';
import type { Dockerfile } from '../model';
import { isArchiveName, isRemoteSource } from './archives';
import { isHeredocMarker, sourceCount } from './copyArgs';
import { instructionsOf } from './instructionIndex';

/** Flags that only ADD understands; with them the instruction cannot become a COPY. */
const ADD_ONLY_FLAGS = new Set(['checksum', 'keep-git-dir', 'unpack']);

export const DL3020 = defineRule<Dockerfile>(
  {
    id: 'DL3020',
    title: 'Use COPY instead of ADD for files and folders',
    severity: 'error',
    appliesTo: 'dockerfile',
    fixable: true,
    summary: 'ADD also downloads URLs and unpacks archives; for plain local files COPY says exactly what happens and nothing more.',
  },
  ({ model, report }) => {
    for (const instruction of instructionsOf(model, 'ADD')) {
      let local = 0;
      let other = 0;
      for (let i = 0; i < sourceCount(instruction); i++) {
        const source = instruction.args[i];
        let value = source.value;
        if (value.includes('$')) {
          const expanded = model.expand(value, instruction);
          if (expanded === undefined) {
            other++;
            continue;
          }
          value = expanded;
        }
        if (isRemoteSource(value) || isArchiveName(value)) other++;
        else if (!isHeredocMarker(source)) local++;
      }
      if (local === 0) continue;
      const convertible = other === 0 && !instruction.flags.some((f) => ADD_ONLY_FLAGS.has(f.name));
      report({
        range: instruction.keywordToken.range,
        message: `ADD copies ${local === 1 ? 'a local file' : 'local files'} here; COPY does the same without ADD's URL download and archive unpacking, so use COPY.`,
        fixes: convertible
          ? [{ title: 'Replace ADD with COPY', edits: [{ range: instruction.keywordToken.range, newText: instruction.keywordToken.text === 'add' ? 'copy' : 'COPY' }], safe: true }]
          : [],
      });
    }
  },
);
