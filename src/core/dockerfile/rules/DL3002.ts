import { defineRule } from '../../rule';
import type { Dockerfile, Instruction } from '../model';
import { instructionsOf } from './instructionIndex';
import { stageGraph } from './stageGraph';
import { userOf } from './userNames';

export const DL3002 = defineRule<Dockerfile>(
  {
    id: 'DL3002',
    title: 'Last USER should not be root',
    severity: 'warning',
    appliesTo: 'dockerfile',
    fixable: false,
    summary: 'An image whose last USER is root runs its process as root, so a compromise of the process is a compromise of the whole container.',
  },
  ({ model, report }) => {
    // Without a USER anywhere no stage has one to judge: most files end here, before any stage is looked at.
    if (instructionsOf(model, 'USER').length === 0) return;
    const graph = stageGraph(model);
    // Built on the first finding: most files have none.
    let reported: Set<Instruction> | undefined;
    for (const stage of model.stages) {
      // Most stages set no USER: that cheap answer comes before the runnable check, which resolves COPY --from.
      const last = graph.effectiveUser(stage);
      if (!last || reported?.has(last) || !graph.isRunnable(stage)) continue;
      const user = userOf(model, last);
      if (!user || (user.resolved !== 'root' && user.resolved !== '0')) continue;
      (reported ??= new Set()).add(last);
      const inherited = last.stage !== stage.index;
      report({
        range: model.lines.range(user.start, user.end),
        message: `The image${stage.name ? ` built by stage ${stage.name.text}` : ''} runs as root${user.text !== user.resolved ? ` (${user.text} defaults to ${user.resolved})` : ''}${inherited ? ', inherited from this stage' : ''}: switch to an unprivileged USER after the steps that need root.`,
      });
    }
  },
);
