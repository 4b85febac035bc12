/**
 * Schema validation and API lifecycle as rules: each finding points at the exact key or value, with a
 * fix where the correction is mechanical (a misspelt field, an enum value, an apiVersion).
 */
import { isScalar, type Node as YamlNode } from 'yaml';
import { defineRule, type Rule, type RuleContext } from '../rule';
import type { Fix } from '../types';
import type { KubeDocument, KubernetesModel } from './model';
import { migrateApiVersionFix } from './rules/fixes';
import { compareMinor, kindInfo, kubernetesSchema, type KindInfo } from './schema';
import { schemaFindings, type SchemaCheck } from './validate';
import { isPatch } from './rules/patchFiles';
import { KUBE_LINTER_SCHEMA_CHECK } from './rules/kubeLinterIds';

type KubeRule = Rule<KubernetesModel>;

function objects(model: KubernetesModel): KubeDocument[] {
  return model.documents.filter((d) => !d.skipped && d.isKubernetesObject && d.root);
}

function findingsRule(id: SchemaCheck, title: string, summary: string, fixable: boolean): KubeRule {
  // kube-linter runs all of these as its one `schema-validation` check, so its config and ignore comments reach them.
  return defineRule<KubernetesModel>({ id, aliases: [KUBE_LINTER_SCHEMA_CHECK], title, severity: 'error', appliesTo: 'kubernetes', fixable, summary }, (ctx) => {
    const { model } = ctx;
    const patchFile = isPatch(ctx);
    for (const doc of objects(model)) {
      for (const f of schemaFindings(doc, patchFile)) {
        if (f.check !== id) continue;
        const r = f.node.range;
        if (!r) continue;
        const range = model.lines.range(r[0], r[1]);
        const fixes: Fix[] = f.replacement ? [{ title: f.replacement.title, edits: [{ range, newText: f.replacement.text }], safe: false }] : [];
        ctx.report({ range, message: f.message, fixes });
      }
    }
  });
}

export const schemaUnknownField = findingsRule(
  'schema-unknown-field',
  'Field not defined by the Kubernetes API',
  'kubectl (strict validation by default) and the API server reject fields the object type does not define, and a misspelt optional field would otherwise be dropped without a trace.',
  true,
);

export const schemaType = findingsRule(
  'schema-type',
  'Value of the wrong type',
  'The API server rejects a value of the wrong type (a quoted number for replicas, a number where a string is expected, a malformed resource quantity) before anything is created.',
  false,
);

export const schemaRequired = findingsRule(
  'schema-required',
  'Required field missing',
  'The API server refuses an object without the fields its type requires, such as a container name or a Deployment selector.',
  false,
);

export const schemaEnum = findingsRule(
  'schema-enum',
  'Value not among the allowed values',
  'Fields such as imagePullPolicy, restartPolicy, a Service type or a port protocol accept a fixed set of values, spelled exactly; anything else is rejected.',
  true,
);

export const schemaUnknownKind = findingsRule(
  'schema-unknown-kind',
  'Kind not served by this apiVersion',
  'A built-in API version serves a fixed set of kinds: `apiVersion: v1` with `kind: Deployment` fails with "no matches for kind", and a misspelt kind too.',
  true,
);

/** The Kubernetes minor version findings are judged against: the setting, else the schema's own. */
function targetVersion(ctx: RuleContext<KubernetesModel>): string {
  const configured = ctx.config.kubernetes.targetVersion?.replace(/^v/, '');
  return configured && /^\d+\.\d+/.test(configured) ? configured : kubernetesSchema().kubernetesVersion;
}

/**
 * kube-linter's `no-extensions-v1beta` owns every `extensions/v1beta*` object (same range, same fix), so the
 * lifecycle rules leave that group to it and the finding appears once, under an id kube-linter configs name.
 */
function reportedByKubeLinter(doc: KubeDocument): boolean {
  return /^extensions\/v1beta/.test(doc.apiVersion ?? '');
}

/** Lifecycle of a kind, falling back to its item kind for `FooList`; undefined where another rule owns the finding. */
function lifecycle(doc: KubeDocument): KindInfo | undefined {
  if (reportedByKubeLinter(doc)) return undefined;
  const info = kindInfo(doc.apiVersion, doc.kind);
  if (info && (info.deprecated !== undefined || info.removed)) return info;
  if (doc.kind?.endsWith('List')) return kindInfo(doc.apiVersion, doc.kind.slice(0, -4));
  return undefined;
}

function apiVersionNode(doc: KubeDocument): YamlNode | undefined {
  const pair = doc.root?.items.find((p) => isScalar(p.key) && p.key.value === 'apiVersion');
  return (pair?.value as YamlNode | undefined) ?? undefined;
}

/** Kinds whose fields changed between the old and new version, so rewriting apiVersion alone would break them. */
const RESHAPED = new Set(['extensions/v1beta1/Ingress', 'networking.k8s.io/v1beta1/Ingress', 'autoscaling/v2beta1/HorizontalPodAutoscaler', 'extensions/v1beta1/PodSecurityPolicy']);

function replacementFix(model: KubernetesModel, doc: KubeDocument, info: KindInfo, node: YamlNode): Fix | undefined {
  const migrated = migrateApiVersionFix(model, doc);
  if (migrated) return migrated;
  if (!info.replacement || RESHAPED.has(`${doc.apiVersion}/${doc.kind}`) || !node.range) return undefined;
  return { title: `Change apiVersion to ${info.replacement}`, edits: [{ range: model.lines.range(node.range[0], node.range[1]), newText: info.replacement }], safe: false };
}

export const removedApiVersion = defineRule<KubernetesModel>(
  {
    id: 'removed-api-version',
    title: 'apiVersion no longer served',
    severity: 'error',
    appliesTo: 'kubernetes',
    fixable: true,
    summary: 'Clusters at or after the removal release reject the object ("no matches for kind"); move to the replacement API version before upgrading.',
  },
  (ctx) => {
    const target = targetVersion(ctx);
    for (const doc of objects(ctx.model)) {
      const info = lifecycle(doc);
      const node = apiVersionNode(doc);
      if (!info?.removed || !node?.range || compareMinor(target, info.removed) < 0) continue;
      const since = info.deprecated ? ` (deprecated since ${info.deprecated})` : '';
      const instead = info.replacement ? ` Use ${info.replacement}.` : '';
      const fix = replacementFix(ctx.model, doc, info, node);
      ctx.report({
        range: ctx.model.lines.range(node.range[0], node.range[1]),
        message: `${doc.apiVersion} ${doc.kind} was removed in Kubernetes ${info.removed}${since}; the target version is ${target}.${instead}${info.note ? ' ' + info.note : ''}`,
        fixes: fix ? [fix] : [],
        tags: ['deprecated'],
      });
    }
  },
);

export const deprecatedApiVersion = defineRule<KubernetesModel>(
  {
    id: 'deprecated-api-version',
    title: 'apiVersion deprecated',
    severity: 'warning',
    appliesTo: 'kubernetes',
    fixable: true,
    summary: 'A deprecated API version still works but will be removed in a later release; switching now avoids a failed deploy after a cluster upgrade.',
  },
  (ctx) => {
    const target = targetVersion(ctx);
    for (const doc of objects(ctx.model)) {
      const info = lifecycle(doc);
      const node = apiVersionNode(doc);
      if (!info || info.deprecated === undefined || !node?.range) continue;
      if (info.removed && compareMinor(target, info.removed) >= 0) continue; // removed-api-version reports it
      if (info.deprecated && compareMinor(target, info.deprecated) < 0) continue;
      const when = info.deprecated ? ` since Kubernetes ${info.deprecated}` : '';
      const removal = info.removed ? ` and stops being served in ${info.removed}` : '';
      const instead = info.replacement ? ` Use ${info.replacement}.` : '';
      const fix = replacementFix(ctx.model, doc, info, node);
      ctx.report({
        range: ctx.model.lines.range(node.range[0], node.range[1]),
        message: `${doc.apiVersion} ${doc.kind} is deprecated${when}${removal}.${instead}${info.note ? ' ' + info.note : ''}`,
        fixes: fix ? [fix] : [],
        tags: ['deprecated'],
      });
    }
  },
);

export const schemaRules: readonly KubeRule[] = [schemaUnknownField, schemaType, schemaRequired, schemaEnum, schemaUnknownKind, removedApiVersion, deprecatedApiVersion];
