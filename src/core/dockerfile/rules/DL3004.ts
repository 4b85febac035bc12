import { defineRule } from '../../rule';
import type { Range } from '../../types';
import type { Dockerfile } from '../model';
import { commandsNamed, wrappersNamed } from './shellUtil';

export default defineRule<Dockerfile>(
  {
    id: 'DL3004',
    title: 'Do not use sudo',
    severity: 'error',
    appliesTo: 'dockerfile',
    fixable: false,
    summary: 'Flags `sudo` in RUN: the build runs as the current USER already, and sudo adds a setuid binary, PAM and tty quirks to the image; switch users with USER.',
  },
  (context) => {
    const df = context.model;
    for (const { word } of wrappersNamed(df, 'sudo')) report(word.range);
    // A bare `sudo` the shell analysis did not peel (e.g. `sudo -s`) is still the program itself.
    for (const cmd of commandsNamed(df, ['sudo'])) report(cmd.command.nameWord.range);

    function report(range: Range): void {
      context.report({
        range,
        message: 'Do not use `sudo` in a build: RUN already runs as the current USER, so switch with a USER instruction instead of shipping sudo.',
      });
    }
  },
);
