/**
 * Shared vocabulary of the engine. Positions are 0-based, `character` counts UTF-16 code
 * units (the unit of JavaScript strings and of the VS Code API), and ranges are end-exclusive.
 */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';

export const SEVERITIES: readonly SeveritySetting[] = ['off', 'error', 'warning', 'info', 'hint'];

export type FileKind = 'dockerfile' | 'kubernetes' | 'compose';
export const FILE_KINDS: readonly FileKind[] = ['dockerfile', 'kubernetes', 'compose'];

export interface TextEdit {
  range: Range;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** The one mechanical fix a user would accept without reading it; `--fix` applies only these. */
  safe: boolean;
}

export interface RelatedLocation {
  message: string;
  range: Range;
  /** Another file, for cross-file checks; absent means the same document. */
  path?: string;
}

export type DiagnosticTag = 'unnecessary' | 'deprecated';

export interface LintDiagnostic {
  rule: string;
  /** The same check's ids in peer tools (hadolint, BuildKit, kube-linter, dclint...). */
  aliases: string[];
  severity: Severity;
  message: string;
  range: Range;
  fixes: Fix[];
  docs: string;
  related?: RelatedLocation[];
  tags?: DiagnosticTag[];
}

export interface HoverResult {
  /** Markdown. Any text taken from the user's file must be escaped by the producer. */
  contents: string;
  range: Range;
}

export interface DocumentInput {
  text: string;
  fileName: string;
  /** An editor language id or a file kind that overrides detection by name and content. */
  language?: string;
}
