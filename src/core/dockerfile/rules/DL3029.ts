import { defineRule } from '../../rule';
import type { Dockerfile } from '../model';

export const DL3029 = defineRule<Dockerfile>(
  {
    id: 'DL3029',
    aliases: ['FromPlatformFlagConstDisallowed'],
    title: 'Do not use --platform flag with FROM',
    severity: 'warning',
    appliesTo: 'dockerfile',
    fixable: false,
    summary: 'A constant FROM --platform pins the stage to one platform, so multi-platform builds silently produce the wrong architecture.',
  },
  ({ model, report }) => {
    for (const stage of model.stages) {
      const value = stage.platform?.value;
      // Anything with a variable ($BUILDPLATFORM, linux/$TARGETARCH) follows the build's platforms.
      if (!value || !value.value || value.value.includes('$')) continue;
      const platform = value.value.toLowerCase();
      const [os, arch] = platform.split('/');
      // A stage named for its platform (`build-arm64`) is deliberately platform-specific.
      const name = stage.name?.text.toLowerCase() ?? '';
      if (name && ((os && name.includes(os)) || (arch && name.includes(arch)))) continue;
      report({
        range: value.range,
        message: `FROM --platform=${value.value} is a constant, so this stage is ${value.value} whatever platform you build for. Use $BUILDPLATFORM for build tools or $TARGETPLATFORM, or drop the flag.`,
      });
    }
  },
);
