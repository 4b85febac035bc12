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
      let names: string[];
      if (ins.keyword === 'FROM') {
        const stage = model.stages.find((s) => s.from === ins);
        names = stage?.name ? [stage.name.text] : [];
      } else if (ins.keyword === 'ARG') names = (ins.pairs ?? []).map((p) => p.key.value);
      else continue;
      const comment = description(ins.comments);
      if (names.length === 0 || !comment) continue;
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
