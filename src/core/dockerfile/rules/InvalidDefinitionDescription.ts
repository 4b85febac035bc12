import { defineRule } from '../../rule';
import type { Comment, Dockerfile } from '../model';
import { parsePragma } from '../suppressions';

export const InvalidDefinitionDescription = defineRule<Dockerfile>(
  {
    id: 'InvalidDefinitionDescription',
    title: 'Comment above a stage or ARG is not a description of it',
    severity: 'warning',
    appliesTo: 'dockerfile',
    fixable: false,
    enabledByDefault: false,
    summary:
      'BuildKit shows the comment right above `FROM … AS name` or `ARG name` as its description (`docker buildx build --call=outline`); such a comment should start with that name.',
  },
  ({ model, report }) => {
    for (const ins of model.instructions) {
      // Most definitions have no comment above them: look for one before building the list of names.
      if ((ins.keyword !== 'FROM' && ins.keyword !== 'ARG') || ins.comments.length === 0) continue;
      const comment = description(ins.comments);
      if (!comment) continue;
      let names: string[];
      if (ins.keyword === 'FROM') {
        // The parser numbers a FROM with the index of the stage it opens.
        const stage = model.stages[ins.stage];
        names = stage?.from === ins && stage.name ? [stage.name.text] : [];
      } else names = (ins.pairs ?? []).map((p) => p.key.value);
      if (names.length === 0) continue;
      const first = comment.text.split(' ')[0];
      if (names.includes(first)) continue;
      const example = names.length > 1 ? '<arg_key>' : names[0];
      const what = ins.keyword === 'FROM' ? `stage '${names[0]}'` : names.length > 1 ? 'these ARGs' : `ARG '${names[0]}'`;
      report({
        range: comment.token.range,
        message: `This comment becomes the description of ${what} in build outlines, but does not start with the name: write "# ${example} <description>", or leave a blank line between the comment and the ${ins.keyword}.`,
      });
    }
  },
);

/** The nearest comment that could be a description; ignore comments and check directives never are. */
function description(comments: Comment[]): Comment | undefined {
  for (let i = comments.length - 1; i >= 0; i--) {
    if (!parsePragma(comments[i].token.text)) return comments[i];
  }
  return undefined;
}
