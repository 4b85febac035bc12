/**
 * Go to definition for references that name something defined elsewhere: `COPY --from=stage`
 * (and `FROM stage`) → that stage's FROM line; Compose `depends_on: x` → service x; a Service's
 * `selector` → the pod templates it selects, in this file and every indexed file of the tree.
 */
import type { ComposeModel } from '../compose/model';
import { dependencyGraph } from '../compose/facts';
import type { Dockerfile } from '../dockerfile/model';
import { parseDocument } from '../engine';
import type { KubernetesModel } from '../kubernetes/model';
import { mapMatches } from '../kubernetes/rules/selectors';
import { fileIndex, sameNamespace } from '../kubernetes/rules/workloads';
import type { Node as YamlNode } from 'yaml';
import { get, keyRange, pairOf, rangeOf, stringMap } from '../kubernetes/rules/yamlNodes';
import { comparePositions, rangeContains } from '../text';
import type { DocumentInput, Position, Range } from '../types';
import type { KubernetesFacts } from './kubernetes';

export interface Definition {
  /** Absent: the same document. */
  fileName?: string;
  range: Range;
}

export function definitionsAt(input: DocumentInput, position: Position, others: readonly KubernetesFacts[] = []): Definition[] {
  const parsed = parseDocument(input);
  if (!parsed) return [];
  switch (parsed.kind) {
    case 'dockerfile':
      return stageDefinition(parsed.model as Dockerfile, position);
    case 'compose':
      return serviceDefinition(parsed.model as ComposeModel, position);
    case 'kubernetes':
      return selectorDefinitions(input.fileName, parsed.model as KubernetesModel, position, others);
  }
}

function within(range: Range, position: Position): boolean {
  return rangeContains(range, position) && comparePositions(range.start, range.end) !== 0;
}

function stageDefinition(model: Dockerfile, position: Position): Definition[] {
  for (const ins of model.instructions) {
    if (!within(ins.range, position)) continue;
    const refs = ins.flags.filter((f) => f.name === 'from' && f.value).map((f) => f.value!);
    if (ins.keyword === 'FROM' && ins.args[0]) refs.push(ins.args[0]);
    for (const ref of refs) {
      if (!within(ref.range, position)) continue;
      const stage = model.stageByRef(ref.value);
      // `FROM x` names itself when x is an image; only an earlier stage is a definition.
      if (stage && stage.from !== ins) return [{ range: stage.name?.range ?? stage.from.range }];
    }
  }
  return [];
}

function serviceDefinition(model: ComposeModel, position: Position): Definition[] {
  for (const deps of dependencyGraph(model).out.values()) {
    for (const d of deps) {
      const range = model.range(d.span);
      if (!within(range, position)) continue;
      const target = model.service(d.name);
      if (target?.keyNode.range) return [{ range: model.range([target.keyNode.range[0], target.keyNode.range[1]]) }];
    }
  }
  return [];
}

function selectorDefinitions(fileName: string, model: KubernetesModel, position: Position, others: readonly KubernetesFacts[]): Definition[] {
  const index = fileIndex(model);
  for (const svc of index.ofKind('Service')) {
    const pair = pairOf(get(svc.root, 'spec'), 'selector');
    // From the `selector:` key to the end of its labels.
    const key = pair && keyRange(model, pair);
    const value = pair && rangeOf(model, pair.value as YamlNode | null);
    const range = key && { start: key.start, end: value?.end ?? key.end };
    if (!pair || !range || !within(range, position)) continue;
    const selector = stringMap(pair.value);
    if (Object.keys(selector).length === 0) return [];
    const local: Definition[] = index.workloads
      .filter((w) => sameNamespace(w, svc) && mapMatches(selector, w.podLabels))
      .flatMap((w) => {
        const labels = rangeOf(model, get(get(w.template ?? w.root, 'metadata'), 'labels'));
        return labels ? [{ range: labels }] : [];
      });
    const remote: Definition[] = others
      .filter((f) => f.fileName !== fileName)
      .flatMap((f) => f.workloads.filter((w) => sameNamespace(w, svc) && mapMatches(selector, w.podLabels)).map((w) => ({ fileName: f.fileName, range: w.range })));
    return [...local, ...remote];
  }
  return [];
}
