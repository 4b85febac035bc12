/**
 * A one-document view of a parsed file, so a per-document check can run on a single object: it shares the
 * file's text, line index and lookups and lists only that document. Views are made once per document per
 * parse and remember the file they came from, for facts that belong to the file (is it a Kustomize patch).
 */
import type { KubeDocument, KubernetesModel } from '../model';

const views = new WeakMap<KubernetesModel, Map<KubeDocument, KubernetesModel>>();
const files = new WeakMap<KubernetesModel, KubernetesModel>();

export function documentView(model: KubernetesModel, doc: KubeDocument): KubernetesModel {
  let byDoc = views.get(model);
  if (!byDoc) views.set(model, (byDoc = new Map()));
  let view = byDoc.get(doc);
  if (!view) {
    view = Object.create(model, { documents: { value: [doc] } }) as KubernetesModel;
    files.set(view, model);
    byDoc.set(doc, view);
  }
  return view;
}

/** The whole file a model or a one-document view belongs to. */
export function fileModel(model: KubernetesModel): KubernetesModel {
  return files.get(model) ?? model;
}
