import { defineRule } from '../../rule';
import type { Dockerfile } from '../model';

export const NoEmptyContinuation = defineRule<Dockerfile>(
  {
    id: 'NoEmptyContinuation',
    title: 'Blank line inside a continued instruction',
    severity: 'warning',
    appliesTo: 'dockerfile',
    fixable: true,
    summary: 'A blank line inside an instruction continued with a backslash is skipped today but is slated to become an error; it also hides where the instruction ends.',
  },
  ({ model, report }) => {
    for (const ins of model.instructions) {
      // Nearly every instruction has none: skip without the empty array `?? []` would allocate.
      if (!ins.emptyContinuationLines) continue;
      for (const blank of ins.emptyContinuationLines) {
        const line = blank.start.line;
        const lines = model.lines;
        const lineEnd = lines.positionAt(lines.lineEnd(line));
        const last = line + 1 >= lines.lineCount;
        // The whole line with one line break, so the fix removes it cleanly; the last line of the file has
        // no break of its own, so it goes with the one before it.
        const removed = last
          ? { start: lines.positionAt(lines.lineEnd(line - 1)), end: lineEnd }
          : { start: { line, character: 0 }, end: { line: line + 1, character: 0 } };
        report({
          range: last ? { start: { line, character: 0 }, end: lineEnd } : removed,
          message: `Blank line inside this continued ${ins.keyword}: BuildKit skips it for now, but it will become an error. Remove it, or end the instruction before it.`,
          fixes: [{ title: 'Remove the blank line', safe: true, edits: [{ range: removed, newText: '' }] }],
        });
      }
    }
  },
);
