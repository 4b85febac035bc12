/**
 * Named volumes, networks, secrets and configs that a service uses but the file never declares at
 * the top level. Compose refuses such a file ("refers to undefined volume ...").
 */
import type { Node } from 'yaml';
import { isMap, isSeq } from '../nodeTypes';
import { serviceVolumes } from '../facts';
import type { ComposeModel, ComposeService, TopLevelSection } from '../model';
import { closestName as closest } from '../../suggest';
import { scalarString, spanOf } from '../yamlNodes';
import type { Env } from '../interpolation';
import { projectView } from '../project';
import { composeRule, envOf, fix } from './common';

interface Use {
  name: string;
  span: [number, number];
  /** The name is the whole scalar as written here, so a rename edit is exact. */
  exact: boolean;
}

function listOrMapNames(model: ComposeModel, service: ComposeService, key: string): Use[] {
  const e = service.get(key);
  if (!e) return [];
  const out: Use[] = [];
  if (isSeq(e.value)) {
    for (const raw of e.value.items as Node[]) {
      const item = model.resolve(raw);
      const name = isMap(item) ? scalarString(model.entry(item, 'source')?.value) : scalarString(item);
      const at = isMap(item) ? model.entry(item, 'source')?.rawValue : raw;
      if (name !== undefined) out.push({ name, span: (e.via ? spanOf(e.via) : spanOf(at ?? raw)) ?? e.at, exact: !e.via && !isMap(item) });
    }
  } else if (isMap(e.value)) {
    for (const k of model.entriesOf(e.value)) out.push({ name: k.key, span: k.at, exact: !k.via });
  }
  return out;
}

function volumeUses(model: ComposeModel, service: ComposeService, env: Env): Use[] {
  return serviceVolumes(model, service, env)
    .filter((v) => v.type === 'volume' && v.source && !v.source.includes('$'))
    .map((v) => ({ name: v.source as string, span: v.span, exact: false }));
}

const USES: Record<TopLevelSection, (model: ComposeModel, service: ComposeService, env: Env) => Use[]> = {
  volumes: volumeUses,
  networks: (model, service) => listOrMapNames(model, service, 'networks').filter((u) => u.name !== 'default'),
  secrets: (model, service) => listOrMapNames(model, service, 'secrets'),
  configs: (model, service) => listOrMapNames(model, service, 'configs'),
};

const SINGULAR: Record<TopLevelSection, string> = { volumes: 'volume', networks: 'network', secrets: 'secret', configs: 'config' };

function undefinedReferenceRule(section: TopLevelSection, summary: string) {
  const singular = SINGULAR[section];
  return composeRule(
    {
      id: `compose-undefined-${singular}`,
      title: `Service uses an undeclared ${singular}`,
      severity: 'error',
      fixable: true,
      summary,
    },
    (context) => {
      const { model, report } = context;
      const project = projectView(model, context.host);
      if (!project.complete) return;
      const env = envOf(context);
      const declared = project.declared[section];
      for (const s of model.services) {
        for (const use of USES[section](model, s, env)) {
          if (declared.has(use.name)) continue;
          const suggestion = closest(use.name, [...declared.keys()]);
          const range = model.range(use.span);
          report({
            range,
            message: `Service "${s.name}" uses ${singular} "${use.name}", which is not declared under the top-level \`${section}:\`; Compose refuses the file. ${suggestion ? `Did you mean "${suggestion}"?` : `Declare it under the top-level \`${section}:\`${section === 'volumes' ? ', or write a path starting with `./` for a bind mount' : ''}.`}`,
            fixes: suggestion && use.exact ? fix(`Change to "${suggestion}"`, { range, newText: suggestion }, false) : [],
          });
        }
      }
    },
  );
}

export const undefinedVolume = undefinedReferenceRule(
  'volumes',
  'A service mounts a named volume that the top-level `volumes:` does not declare; Compose refuses the file. A source without `/` or `./` is a volume name, not a folder.',
);
export const undefinedNetwork = undefinedReferenceRule('networks', 'A service joins a network that the top-level `networks:` does not declare; Compose refuses the file. Only `default` exists without a declaration.');
export const undefinedSecret = undefinedReferenceRule('secrets', 'A service asks for a secret that the top-level `secrets:` does not declare; Compose refuses the file.');
export const undefinedConfig = undefinedReferenceRule('configs', 'A service asks for a config that the top-level `configs:` does not declare; Compose refuses the file.');
