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
    const version = model.top('version');
    if (!version || version.via) return;
    const { lines } = model;
    const startLine = lines.positionAt(version.pair.key ? version.at[0] : 0).line;
    const valueEnd = (version.rawValue?.range?.[1] ?? version.at[1]);
    let endLine = lines.positionAt(Math.max(version.at[1], valueEnd - 1)).line;
    if (endLine < startLine) endLine = startLine;
    const next = endLine + 1 < lines.lineCount ? lines.lineStart(endLine + 1) : lines.lineEnd(endLine);
    report({
      range: model.range(version.at),
      message: 'The top-level `version` is obsolete: Compose ignores it and warns on every run. Delete the line.',
      tags: ['deprecated'],
      fixes: fix('Delete the `version` line', { range: lines.range(lines.lineStart(startLine), next), newText: '' }),
    });
  },
);
