/**
 * Remembers what a per-document check reported for each document, so a re-lint after an edit runs the
 * check only on the documents whose text changed. The parser keeps a `KubeDocument` (same identity) for
 * every document whose text is unchanged, moving its offsets; its findings are then replayed, moved by the
 * lines the document moved. Only checks that read nothing but their own object may be wrapped: a
 * cross-object check (dangling-service, PDB matching...) depends on the other documents too.
 */
import type { EffectiveConfig } from '../../config';
import type { Report } from '../../rule';
import type { Range } from '../../types';
import type { KubeDocument } from '../model';
import { documentView } from './documentView';
import type { KubeContext, KubeRule } from './kubeRule';
import { isPatch } from './patchFiles';

interface Remembered {
  /** The document's first line when the reports were made. */
  line: number;
  reports: Report[];
}

interface DocumentMemo {
  /** What else the findings depend on: the configuration, the file name and whether it is a patch. */
  key: string;
  byRule: Map<KubeRule, Remembered>;
}

const memos = new WeakMap<KubeDocument, DocumentMemo>();
const configKeys = new WeakMap<EffectiveConfig, string>();

function keyOf(ctx: KubeContext): string {
  let config = configKeys.get(ctx.config);
  if (config === undefined) configKeys.set(ctx.config, (config = JSON.stringify(ctx.config)));
  return `${isPatch(ctx)}\0${ctx.fileName}\0${config}`;
}

function moveRange(r: Range, lines: number): Range {
  return { start: { line: r.start.line + lines, character: r.start.character }, end: { line: r.end.line + lines, character: r.end.character } };
}

function moved(r: Report, lines: number): Report {
  return {
    ...r,
    range: moveRange(r.range, lines),
    ...(r.fixes ? { fixes: r.fixes.map((f) => ({ ...f, edits: f.edits.map((e) => ({ ...e, range: moveRange(e.range, lines) })) })) } : {}),
    ...(r.related ? { related: r.related.map((x) => (x.path ? x : { ...x, range: moveRange(x.range, lines) })) } : {}),
  };
}

export function perDocument(rule: KubeRule): KubeRule {
  return {
    meta: rule.meta,
    docs: rule.docs,
    check(ctx) {
      const key = keyOf(ctx);
      for (const doc of ctx.model.documents) {
        if (doc.skipped || !doc.isKubernetesObject || !doc.root || !doc.kind) continue;
        let memo = memos.get(doc);
        if (!memo || memo.key !== key) memos.set(doc, (memo = { key, byRule: new Map() }));
        const line = doc.range.start.line;
        let seen = memo.byRule.get(rule);
        if (!seen) {
          const reports: Report[] = [];
          rule.check({ model: documentView(ctx.model, doc), fileName: ctx.fileName, config: ctx.config, host: ctx.host, report: (r) => reports.push(r) });
          memo.byRule.set(rule, (seen = { line, reports }));
        }
        const lines = line - seen.line;
        for (const r of seen.reports) ctx.report(lines === 0 ? r : moved(r, lines));
      }
    },
  };
}
