import { defineRule } from '../../rule';
import type { Dockerfile } from '../model';
import { apkAdds } from './packageManagers';
import { addFlagFix } from './shellReports';
import { coversDirectory, hasCacheMount, removesLater } from './shellUtil';

const APK_CACHE = '/var/cache/apk';

export default defineRule<Dockerfile>(
  {
    id: 'DL3019',
    title: 'Use --no-cache with apk add',
    severity: 'info',
    appliesTo: 'dockerfile',
    fixable: true,
    summary: 'Flags `apk add` without `--no-cache`: the downloaded package index stays in /var/cache/apk and ships in the image layer.',
  },
  (context) => {
    for (const inv of apkAdds(context.model)) {
      // `--no-network` installs from files already present and fetches no index.
      if (inv.args.has('no-cache', 'no-network')) continue;
      if (hasCacheMount(inv.cmd.script, (target) => coversDirectory(target, APK_CACHE, '/var/cache'))) continue;
      if (removesLater(inv.cmd, APK_CACHE, '/var/cache')) continue;
      context.report({
        range: inv.cmd.command.nameWord.range,
        message: 'Add `--no-cache` to `apk add` so the package index is not kept in the image layer.',
        fixes: [addFlagFix(inv.sub, '--no-cache')],
      });
    }
  },
);
