/**
 * COPY and ADD sources that do not exist in the build context: the build stops with "failed to
 * compute cache key: … not found". Needs to know whether a path exists, which a plain FileHost
 * cannot tell, so it runs where the host can (the CLI, the desktop editor), not in vscode.dev.
 */
import type { Dockerfile, Instruction, Word } from '../dockerfile/model';
import { dirname, isAbsolutePath, joinPath } from '../paths';
import { defineRule } from '../rule';
import type { Range } from '../types';

export const COPY_SOURCE_MISSING = defineRule<never>(
  {
    id: 'copy-source-missing',
    title: 'COPY or ADD source does not exist in the build context',
    severity: 'error',
    appliesTo: 'dockerfile',
    fixable: false,
    summary: 'A COPY or ADD source must exist in the build context, or the build fails with "not found".',
  },
  () => undefined,
).meta;

export interface CopySourceFact {
  /** As written, variables expanded. */
  path: string;
  range: Range;
  keyword: string;
}

/** Literal sources of COPY/ADD from the context (no `--from`, no URL, heredoc, wildcard or unknown variable). */
export function copySources(model: Dockerfile): CopySourceFact[] {
  const out: CopySourceFact[] = [];
  for (const ins of model.instructions) {
    if ((ins.keyword !== 'COPY' && ins.keyword !== 'ADD') || ins.flags.some((f) => f.name === 'from')) continue;
    for (const source of sourcesOf(ins)) {
      const value = source.value.includes('$') ? model.expand(source.text, ins) : source.value;
      // Wildcards may match nothing legitimately (an optional file); only plain paths are checked.
      if (!value || /[*?[\]$]/.test(value) || value.includes('\\')) continue;
      out.push({ path: value.replace(/^\/+/, ''), range: source.range, keyword: ins.keyword });
    }
  }
  return out;
}

function sourcesOf(ins: Instruction): Word[] {
  return ins.args.slice(0, -1).filter((a) => !a.value.startsWith('<<') && !/^[a-z][a-z0-9+.-]*:\/\//i.test(a.value) && !/^git@/.test(a.value));
}

/** The build context of a Dockerfile: the configured one (relative to the Dockerfile's folder) or that folder. */
export function contextOf(fileName: string, configured: string | undefined): string {
  const folder = dirname(fileName);
  return configured ? (isAbsolutePath(configured) ? configured : joinPath(folder, configured)) : folder;
}

export function missingSourceMessage(fact: CopySourceFact, context: string): string {
  return `${fact.keyword} source '${fact.path}' does not exist in the build context (${context}); the build fails with "not found". Fix the path, or set the build context (dockerfile.buildContexts in .infra-coach.yaml).`;
}
