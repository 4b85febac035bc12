/**
 * The cross-file view of a folder tree, shared by the CLI and the editor: each file contributes
 * small facts when it is (re)linted, and `diagnose` turns all facts into per-file changes: findings
 * to add (with related locations in other files) and per-file findings other files resolve.
 * Everything goes through the FileHost and the engine's parse cache: no Node API here.
 */
import type { EffectiveConfig, FileHost } from '../config';
import { ComposeModel } from '../compose/model';
import { severityFor } from '../config';
import type { Dockerfile } from '../dockerfile/model';
import { parseDocument } from '../engine';
import type { KubernetesModel } from '../kubernetes/model';
import { kustomizationBeside } from '../kubernetes/rules/patchFiles';
import { isPatchFile } from '../kubernetes/validate';
import { languages } from '../languages';
import { toDiagnostic, type RuleMeta } from '../rule';
import { applySuppressions, type Suppression } from '../suppression';
import type { FileKind, LintDiagnostic, Range } from '../types';
import { buildTargets, checkBuildTarget, checkPorts, COMPOSE_BUILD_TARGET, COMPOSE_PORT_NOT_EXPOSED, type BuildTargetFact } from './composeBuild';
import { checkKubernetes, kubernetesFacts, type KubernetesFacts } from './kubernetes';
import { contextOf, copySources, COPY_SOURCE_MISSING, missingSourceMessage, type CopySourceFact } from './copySources';
import { joinPath } from '../paths';

/** A FileHost that can also tell whether a path (file or folder) exists; absent in the web build. */
export interface WorkspaceHost extends FileHost {
  exists?(path: string): boolean;
}

/** Rules that exist only in the cross-file view, listed by `infra-coach rules` beside the engine's. */
export const WORKSPACE_RULES: readonly RuleMeta[] = [COMPOSE_BUILD_TARGET, COMPOSE_PORT_NOT_EXPOSED, COPY_SOURCE_MISSING];

export interface WorkspaceDocument {
  fileName: string;
  text: string;
  language?: string;
}

export interface FileDelta {
  add: LintDiagnostic[];
  /** Per-file findings that other files resolve: drop the one of this rule at this range. */
  withdraw: { rule: string; range: Range }[];
}

interface Entry {
  kind: FileKind;
  suppressions: Suppression[];
  kubernetes?: KubernetesFacts;
  buildTargets?: BuildTargetFact[];
  copySources?: CopySourceFact[];
}

export class WorkspaceIndex {
  private readonly files = new Map<string, Entry>();

  /**
   * Records what a file contributes; call after linting it (its parse is then in the engine's cache).
   * Returns the error when reading the facts failed: the file then takes no part in cross-file checks.
   */
  update(doc: WorkspaceDocument): string | undefined {
    this.files.delete(doc.fileName);
    try {
      const parsed = parseDocument(doc);
      if (!parsed) return undefined;
      const entry: Entry = { kind: parsed.kind, suppressions: languages[parsed.kind].suppressions(parsed.model) };
      if (parsed.kind === 'kubernetes') entry.kubernetes = kubernetesFacts(doc.fileName, parsed.model as KubernetesModel);
      if (parsed.kind === 'dockerfile') entry.copySources = copySources(parsed.model as Dockerfile);
      if (parsed.kind === 'compose' && parsed.model instanceof ComposeModel) entry.buildTargets = buildTargets(doc.fileName, parsed.model);
      this.files.set(doc.fileName, entry);
      return undefined;
    } catch (error) {
      return error instanceof Error ? (error.stack ?? error.message) : String(error);
    }
  }

  /** The Kubernetes facts of every indexed file, for navigation across files. */
  kubernetesFacts(): KubernetesFacts[] {
    return [...this.files.values()].flatMap((e) => (e.kubernetes ? [e.kubernetes] : []));
  }

  remove(fileName: string): void {
    this.files.delete(fileName);
  }

  has(fileName: string): boolean {
    return this.files.has(fileName);
  }

  get size(): number {
    return this.files.size;
  }

  /**
   * The changes to each file's findings. `configFor` gives the file's effective configuration
   * (rule severities apply to cross-file findings as to any other); `host` reads files that are
   * not indexed (the Dockerfile a Compose file builds).
   */
  diagnose(configFor: (fileName: string) => EffectiveConfig, host: WorkspaceHost): Map<string, FileDelta> {
    const out = new Map<string, FileDelta>();
    const delta = (fileName: string): FileDelta => {
      let d = out.get(fileName);
      if (!d) out.set(fileName, (d = { add: [], withdraw: [] }));
      return d;
    };
    const kubeFacts = [...this.files.values()].flatMap((e) => (e.kubernetes ? [e.kubernetes] : []));
    // As the per-file checks decide it: by name, or listed under `patches` in the kustomization beside.
    const patches = new Map<string, boolean>();
    const isPatch = (fileName: string) => {
      let patch = patches.get(fileName);
      if (patch === undefined) patches.set(fileName, (patch = isPatchFile(fileName, kustomizationBeside(fileName, host))));
      return patch;
    };
    const verdict = checkKubernetes(kubeFacts, isPatch);
    const kubeMeta = new Map(languages.kubernetes.rules.map((r) => [r.meta.id, r.meta]));
    for (const w of verdict.withdrawn) delta(w.fileName).withdraw.push({ rule: w.rule, range: w.range });
    for (const f of verdict.findings) {
      const meta = kubeMeta.get(f.rule);
      if (meta) this.add(delta, configFor, meta, f.fileName, { range: f.range, message: f.message, related: f.related });
    }
    for (const [fileName, entry] of this.files) {
      if (host.exists && entry.copySources?.length) {
        const context = contextOf(fileName, configFor(fileName).dockerfile.buildContext);
        // No context folder at all (a Dockerfile built from elsewhere): nothing to judge against.
        if (host.exists(context)) {
          for (const fact of entry.copySources) {
            if (!host.exists(joinPath(context, fact.path))) this.add(delta, configFor, COPY_SOURCE_MISSING, fileName, { range: fact.range, message: missingSourceMessage(fact, context) });
          }
        }
      }
      for (const fact of entry.buildTargets ?? []) {
        const text = host.readFile(fact.dockerfile);
        if (text === undefined) continue;
        const parsed = parseDocument({ text, fileName: fact.dockerfile, language: 'dockerfile' });
        if (parsed?.kind !== 'dockerfile') continue;
        const finding = checkBuildTarget(fact, parsed.model as Dockerfile);
        if (finding) this.add(delta, configFor, COMPOSE_BUILD_TARGET, fileName, finding);
        // Ports are judged against the stage that is built, so only when that stage exists.
        else for (const port of checkPorts(fact, parsed.model as Dockerfile)) this.add(delta, configFor, COMPOSE_PORT_NOT_EXPOSED, fileName, port);
      }
    }
    return out;
  }

  private add(
    delta: (fileName: string) => FileDelta,
    configFor: (fileName: string) => EffectiveConfig,
    meta: RuleMeta,
    fileName: string,
    report: { range: Range; message: string; related?: LintDiagnostic['related'] },
  ): void {
    const config = configFor(fileName);
    const entry = this.files.get(fileName);
    if (!entry || !config.enable[entry.kind]) return;
    const severity = severityFor(meta, config);
    if (severity === 'off') return;
    const diagnostic = toDiagnostic(meta, severity, report);
    // Inline ignore comments silence cross-file findings like any other.
    if (applySuppressions([diagnostic], entry.suppressions).kept.length === 0) return;
    delta(fileName).add.push(diagnostic);
  }
}

/** A file's findings with its cross-file delta applied, in position order. */
export function withDelta(diagnostics: readonly LintDiagnostic[], delta: FileDelta | undefined): LintDiagnostic[] {
  if (!delta) return [...diagnostics];
  const kept = diagnostics.filter((d) => !delta.withdraw.some((w) => w.rule === d.rule && sameRange(w.range, d.range)));
  return [...kept, ...delta.add].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.rule.localeCompare(b.rule));
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}


export { definitionsAt, type Definition } from './definitions';
