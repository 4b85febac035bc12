import { defineRule } from '../../rule';
import type { Dockerfile } from '../model';
import { commandsNamed } from './shellUtil';

export default defineRule<Dockerfile>(
  {
    id: 'DL4005',
    title: 'Use SHELL to change the default shell',
    severity: 'warning',
    appliesTo: 'dockerfile',
    fixable: false,
    summary: 'Flags `ln` touching `/bin/sh`: replacing the system shell by a symlink changes it for every package script too; the SHELL instruction changes it for RUN only.',
  },
  (context) => {
    for (const cmd of commandsNamed(context.model, ['ln'])) {
      const target = cmd.command.args.find((w) => w.value === '/bin/sh');
      if (!target) continue;
      context.report({
        range: target.range,
        message: 'Use the SHELL instruction instead of linking `/bin/sh`: relinking the system shell also changes how package scripts and the base image\'s tools run.',
      });
    }
  },
);
