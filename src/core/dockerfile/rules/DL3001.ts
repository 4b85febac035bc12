import { defineRule } from '../../rule';
import type { Dockerfile } from '../model';
import { code } from './shellReports';
import { commandsNamed } from './shellUtil';

/** Why each command is pointless while an image builds. */
const REASONS: Record<string, string> = {
  free: 'shows the build machine\'s memory, which says nothing about where the container will run',
  kill: 'stops processes, but a RUN step starts no long-lived processes worth stopping',
  mount: 'mounts need privileges a build does not have; use `RUN --mount` or a runtime volume',
  ps: 'lists processes of a throwaway build container',
  service: 'starts a service whose process ends with this RUN step; start it from CMD or ENTRYPOINT',
  shutdown: 'a container has no machine to shut down',
  ssh: 'opens an interactive remote session the build cannot use; fetch code with COPY or `RUN --mount=type=ssh`',
  top: 'is an interactive monitor and a build has no terminal',
  vim: 'is an interactive editor and a build has no terminal; write files with COPY or a heredoc',
  ifconfig: 'shows the build container\'s network, which differs from the one the container will run on',
};

const COMMANDS = Object.keys(REASONS);

export default defineRule<Dockerfile>(
  {
    id: 'DL3001',
    title: 'Interactive or system command in RUN',
    severity: 'info',
    appliesTo: 'dockerfile',
    fixable: false,
    summary: 'Flags commands such as `ssh`, `vim`, `top` or `service` in RUN: they need a terminal, a running system or privileges that an image build does not have.',
  },
  (context) => {
    for (const cmd of commandsNamed(context.model, COMMANDS)) {
      context.report({
        range: cmd.command.nameWord.range,
        message: `${code(cmd.name)} makes no sense in an image build: it ${REASONS[cmd.name]}.`,
      });
    }
  },
);
