import { composeRule } from './common';

export const requireProjectNameField = composeRule(
  {
    id: 'require-project-name-field',
    title: 'No top-level `name`',
    severity: 'warning',
    fixable: false,
    summary: 'Without `name` the project is named after the folder, so the same file creates different containers, networks and volumes when the folder is renamed or cloned elsewhere.',
  },
  ({ model, report }) => {
    if (!model.root || model.top('name')) return;
    const first = model.topEntries[0];
    report({
      range: first ? model.range(first.at) : model.lines.range(0, 0),
      message: 'The file has no top-level `name`, so Compose names the project (and its containers, networks and volumes) after the folder. Add `name: <project>` at the top.',
    });
  },
);
