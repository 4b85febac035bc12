import { defineRule } from '../../rule';
import type { Dockerfile, ShellCommand, Word } from '../model';
import { baseName, isArchiveName } from './archives';
import { fromValue, isHeredocMarker, sourceCount } from './copyArgs';
import { instructionsOf } from './instructionIndex';

const UNPACKERS = new Set(['unzip', 'gunzip', 'bunzip2', 'unlzma', 'unxz', 'zgz', 'uncompress', 'zcat', 'gzcat', 'unzstd']);

function isExtracting(command: ShellCommand): boolean {
  if (UNPACKERS.has(command.name)) return true;
  if (command.name !== 'tar') return false;
  return command.args.some(
    (a, i) => a.value === '--extract' || a.value === '--get' || /^-[A-Za-z]*x/.test(a.value) || (i === 0 && /^[A-Za-z]*x[A-Za-z]*$/.test(a.value)),
  );
}

/** Whether a COPY of a local archive exists at all: the precondition of a finding, and rare, so most files skip the walk over every stage. */
function copiesArchive(model: Dockerfile): boolean {
  for (const instruction of instructionsOf(model, 'COPY')) {
    if (fromValue(instruction)) continue;
    const args = instruction.args;
    for (let i = 0; i < sourceCount(instruction); i++) if (!isHeredocMarker(args[i]) && isArchiveName(args[i].value)) return true;
  }
  return false;
}

export const DL3010 = defineRule<Dockerfile>(
  {
    id: 'DL3010',
    title: 'Use ADD for extracting archives into an image',
    severity: 'info',
    appliesTo: 'dockerfile',
    fixable: false,
    summary: 'Copying an archive and unpacking it in a later RUN keeps the archive in a layer for ever; ADD unpacks local archives in one step.',
  },
  ({ model, report }) => {
    if (!copiesArchive(model)) return;
    for (const stage of model.stages) {
      let pending: Map<string, Word> | undefined;
      for (const instruction of stage.instructions) {
        if (instruction.keyword === 'COPY' && !instruction.flags.some((f) => f.name === 'from')) {
          for (let i = 0; i < sourceCount(instruction); i++) {
            const source = instruction.args[i];
            if (!isHeredocMarker(source) && isArchiveName(source.value)) (pending ??= new Map()).set(baseName(source.value), source);
          }
        } else if (instruction.keyword === 'RUN' && pending && pending.size > 0) {
          for (const command of model.shell(instruction)?.commands ?? []) {
            if (!isExtracting(command)) continue;
            for (const arg of command.args) {
              const source = pending.get(baseName(arg.value));
              if (!source) continue;
              pending.delete(baseName(arg.value));
              report({
                range: source.range,
                message: `${source.value} is copied, then unpacked in a later RUN (line ${arg.range.start.line + 1}): the archive stays in the COPY layer. ADD ${source.value} <dir> unpacks it in one layer.`,
                related: [{ message: 'unpacked here', range: arg.range }],
              });
            }
          }
        }
      }
    }
  },
);
