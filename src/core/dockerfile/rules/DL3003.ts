import { defineRule } from '../../rule';
import type { Dockerfile } from '../model';
import { commandsNamed, type CommandFilter } from './shellUtil';

/** Hoisted: literals in the check would be a new array and object on every lint. */
const CD = ['cd'];
const NOT_ONBUILD: CommandFilter = { onbuild: false };

export default defineRule<Dockerfile>(
  {
    id: 'DL3003',
    title: 'Use WORKDIR instead of cd',
    severity: 'warning',
    appliesTo: 'dockerfile',
    fixable: false,
    summary: 'Flags `cd` in RUN: a `cd` lasts only for that RUN, while WORKDIR sets the directory for every later instruction and for the running container.',
  },
  (context) => {
    for (const cmd of commandsNamed(context.model, CD, NOT_ONBUILD)) {
      context.report({
        range: cmd.command.nameWord.range,
        message: 'Use WORKDIR instead of `cd`: the directory change ends with this RUN, so later instructions silently run somewhere else.',
      });
    }
  },
);
