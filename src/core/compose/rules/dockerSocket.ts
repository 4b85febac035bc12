import { serviceVolumes } from '../facts';
import { composeRule, envOf } from './common';

const SOCKETS = /^(?:\/var)?\/run\/docker\.sock$|^\/\/\.\/pipe\/docker_engine$|^\\\\\.\\pipe\\docker_engine$/;

export const dockerSocket = composeRule(
  {
    id: 'compose-docker-socket',
    title: 'Docker socket mounted into a container',
    severity: 'warning',
    fixable: false,
    summary: 'Whoever can talk to the Docker socket can start a privileged container and so controls the host; mount it only into tools that must manage containers, read-only and behind a socket proxy.',
  },
  (context) => {
    const { model, report } = context;
    const env = envOf(context);
    for (const s of model.services) {
      for (const v of serviceVolumes(model, s, env)) {
        if (!v.source || !SOCKETS.test(v.source)) continue;
        report({
          range: model.range(v.span),
          message: `Service "${s.name}" mounts the Docker socket (${v.source}); anything running in it can start privileged containers and take over the host. Mount it only into trusted tools, ideally through a read-only socket proxy.`,
        });
      }
    }
  },
);
