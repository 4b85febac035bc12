import { defineRule } from '../../rule';
import type { Fix } from '../../types';
import type { Dockerfile } from '../model';
import { APT_GET, argsOf } from './packageManagers';
import { commandsNamed } from './shellUtil';

/** `apt` subcommands that `apt-get` runs the same way; `search`, `show`, `list` belong to apt-cache. */
const SAME_IN_APT_GET = new Set([
  'install', 'remove', 'purge', 'update', 'upgrade', 'dist-upgrade', 'autoremove', 'autopurge', 'clean', 'autoclean',
  'source', 'build-dep', 'download', 'changelog', 'satisfy', 'check', 'distclean', 'dist-clean',
]);
const APT_CACHE = new Set(['search', 'show', 'showsrc', 'policy', 'depends', 'rdepends', 'madison', 'pkgnames']);

export default defineRule<Dockerfile>(
  {
    id: 'DL3027',
    title: 'Use apt-get or apt-cache instead of apt',
    severity: 'warning',
    appliesTo: 'dockerfile',
    fixable: true,
    summary: 'Flags the `apt` command: its output and behaviour are made for people at a terminal and may change between releases; scripts should call `apt-get` or `apt-cache`.',
  },
  (context) => {
    for (const cmd of commandsNamed(context.model, ['apt'])) {
      const sub = argsOf(cmd, APT_GET).positionals[0]?.value;
      const replacement = sub && APT_CACHE.has(sub) ? 'apt-cache' : 'apt-get';
      const fixes: Fix[] = [];
      if (sub && SAME_IN_APT_GET.has(sub)) {
        fixes.push({ title: 'Replace apt with apt-get', edits: [{ range: cmd.command.nameWord.range, newText: cmd.command.nameWord.text.replace(/apt(["']?)$/, 'apt-get$1') }], safe: true });
      }
      context.report({
        range: cmd.command.nameWord.range,
        message: `Use \`${replacement}\` instead of \`apt\`: apt's interface is meant for people at a terminal and warns that it is not stable for scripts.`,
        fixes,
      });
    }
  },
);
