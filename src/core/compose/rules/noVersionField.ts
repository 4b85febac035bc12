import type { TextEdit } from '../../types';
import { composeRule, fix } from './common';

export const noVersionField = composeRule(
  {
    id: 'no-version-field',
    title: 'Obsolete top-level `version`',
    severity: 'error',
    fixable: true,
    summary: 'Compose ignores `version` (it always uses the latest specification) and prints a warning about it; the key only misleads readers into thinking it picks a file format.',
  },
  ({ model, report }) => {
    // Written twice (a syntax error too), every copy goes: deleting one would leave the next to report.
    const versions = model.topEntries.filter((e) => e.key === 'version' && !e.via);
    if (versions.length === 0) return;
    const { lines } = model;
    const deleteLines = (version: (typeof versions)[number]): TextEdit => {
      const startLine = lines.positionAt(version.pair.key ? version.at[0] : 0).line;
      const valueEnd = version.rawValue?.range?.[1] ?? version.at[1];
      let endLine = lines.positionAt(Math.max(version.at[1], valueEnd - 1)).line;
      if (endLine < startLine) endLine = startLine;
      const next = endLine + 1 < lines.lineCount ? lines.lineStart(endLine + 1) : lines.lineEnd(endLine);
      return { range: lines.range(lines.lineStart(startLine), next), newText: '' };
    };
    report({
      range: model.range(versions[0].at),
      message: 'The top-level `version` is obsolete: Compose ignores it and warns on every run. Delete the line.',
      tags: ['deprecated'],
      fixes: fix(versions.length > 1 ? 'Delete the `version` lines' : 'Delete the `version` line', versions.map(deleteLines)),
    });
  },
);
