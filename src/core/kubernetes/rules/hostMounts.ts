/** The hostPath checks: which mounts of which containers reach which host paths. */
import { hostPathVolumes, mountsOf, type HostPathVolume, type Mount } from './podFields';
import { workloads, type Container } from './workloads';
import type { KubernetesModel } from '../model';

export interface HostMount {
  container: Container;
  mount: Mount;
  volume: HostPathVolume;
}

export function* hostMounts(model: KubernetesModel): Iterable<HostMount> {
  for (const w of workloads(model)) {
    const volumes = hostPathVolumes(w);
    if (volumes.size === 0) continue;
    for (const container of w.containers) {
      for (const mount of mountsOf(container)) {
        const volume = volumes.get(mount.name);
        if (volume) yield { container, mount, volume };
      }
    }
  }
}

