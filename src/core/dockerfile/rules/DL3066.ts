import { defineRule } from '../../rule';
import type { Dockerfile, Instruction } from '../model';
import { instructionsOf } from './instructionIndex';
import { stageGraph } from './stageGraph';
import { userOf } from './userNames';

export const DL3066 = defineRule<Dockerfile>(
  {
    id: 'DL3066',
    title: 'Use a numeric UID in USER',
    severity: 'info',
    appliesTo: 'dockerfile',
    fixable: false,
    summary: 'A user name can only be checked by reading /etc/passwd inside the image; a numeric UID lets Kubernetes (runAsNonRoot) and scanners verify the user without it.',
  },
  ({ model, report }) => {
    // Without a USER anywhere no stage has one to judge: most files end here, before any stage is looked at.
    if (instructionsOf(model, 'USER').length === 0) return;
    const graph = stageGraph(model);
    // Built on the first finding: most files have none.
    let reported: Set<Instruction> | undefined;
    for (const stage of model.stages) {
      // Most stages set no USER: that cheap answer comes before the stage graph's costlier questions.
      const instruction = graph.effectiveUser(stage);
      if (!instruction || reported?.has(instruction)) continue;
      // Only the user an image finally runs as is visible to the cluster; Windows has no numeric users.
      if (!graph.isRunnable(stage) || graph.isWindows(stage)) continue;
      const user = userOf(model, instruction);
      // A variable without a known value is the builder's choice; root is DL3002's finding.
      if (!user || user.resolved === undefined || user.resolved === '' || user.resolved === 'root' || /^\d+$/.test(user.resolved)) continue;
      (reported ??= new Set()).add(instruction);
      report({
        range: model.lines.range(user.start, user.end),
        message: `USER ${user.text}${user.text !== user.resolved ? ` (defaults to ${user.resolved})` : ''} is a name: Kubernetes' runAsNonRoot cannot verify a name and refuses to start the pod. Use the numeric UID, e.g. USER 10001.`,
      });
    }
  },
);
