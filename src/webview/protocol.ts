/**
 * Messages between the learning webviews and the extension, and the webview's saved state.
 * Both sides treat what they receive as untrusted: a message is used only after its validator
 * returns it, and anything of an unknown type or shape is dropped. No DOM, no vscode: imported
 * by the extension and by the webview script alike.
 */
import { isConceptId, type ConceptId } from '../core/knowledge/concepts';
import type { FileDescription } from '../core/knowledge/fileDescription';
import { isLevelId, type LevelId } from '../core/knowledge/levelIds';
import { isSnippetId, type SnippetId } from '../core/knowledge/snippetRefs';
import { FILE_KINDS, type FileKind } from '../core/types';

export type LearningView = 'pyramid' | 'concept';

/** From the webview to the extension. */
export type WebviewMessage =
  | { type: 'ready' }
  | { type: 'explainConcept'; concept: ConceptId }
  | { type: 'insertSnippet'; snippet: SnippetId }
  | { type: 'explainFile' }
  | { type: 'showPyramid'; level?: LevelId }
  /** The page now shows this heading; lets tests and the host confirm what a user sees. */
  | { type: 'rendered'; view: LearningView; id: string; heading: string };

/** From the extension to the webview. */
export type HostMessage =
  | { type: 'here'; file: FileDescription | null }
  | { type: 'showConcept'; concept: ConceptId }
  | { type: 'selectLevel'; level: LevelId };

export interface PyramidState {
  view: 'pyramid';
  selected?: LevelId;
  here?: FileDescription | null;
}

export interface ConceptState {
  view: 'concept';
  concept: ConceptId;
  /** Pages visited before this one, for the Back button. */
  history: ConceptId[];
}

export type LearningState = PyramidState | ConceptState;

const MAX_TEXT = 500;
const MAX_LIST = 50;
const MAX_HISTORY = 30;

type Fields = Record<string, unknown>;

function record(value: unknown): Fields | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  // Only plain data, as structured cloning delivers it: no inherited fields, no class instances.
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null ? (value as Fields) : undefined;
}

/** True when `value` has exactly the keys in `required` plus any of `optional`. */
function hasShape(value: Fields, required: readonly string[], optional: readonly string[] = []): boolean {
  const keys = Object.keys(value);
  return required.every((k) => k in value) && keys.every((k) => required.includes(k) || optional.includes(k));
}

function shortText(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_TEXT;
}

function textList(value: unknown): value is string[] {
  return Array.isArray(value) && value.length <= MAX_LIST && value.every(shortText);
}

export function parseWebviewMessage(raw: unknown): WebviewMessage | undefined {
  const m = record(raw);
  if (!m || typeof m.type !== 'string') return undefined;
  switch (m.type) {
    case 'ready':
    case 'explainFile':
      return hasShape(m, ['type']) ? { type: m.type } : undefined;
    case 'explainConcept':
      return hasShape(m, ['type', 'concept']) && isConceptId(m.concept) ? { type: 'explainConcept', concept: m.concept } : undefined;
    case 'insertSnippet':
      return hasShape(m, ['type', 'snippet']) && isSnippetId(m.snippet) ? { type: 'insertSnippet', snippet: m.snippet } : undefined;
    case 'showPyramid':
      if (!hasShape(m, ['type'], ['level'])) return undefined;
      if (m.level === undefined) return { type: 'showPyramid' };
      return isLevelId(m.level) ? { type: 'showPyramid', level: m.level } : undefined;
    case 'rendered':
      if (!hasShape(m, ['type', 'view', 'id', 'heading'])) return undefined;
      if ((m.view !== 'pyramid' && m.view !== 'concept') || !shortText(m.id) || !shortText(m.heading)) return undefined;
      return { type: 'rendered', view: m.view, id: m.id, heading: m.heading };
    default:
      return undefined;
  }
}

export function parseFileDescription(raw: unknown): FileDescription | undefined {
  const f = record(raw);
  if (!f || !hasShape(f, ['kind', 'fileName', 'level', 'place', 'kinds', 'parts'])) return undefined;
  if (!(FILE_KINDS as readonly unknown[]).includes(f.kind) || !isLevelId(f.level)) return undefined;
  if (!shortText(f.fileName) || !shortText(f.place) || !textList(f.kinds) || !textList(f.parts)) return undefined;
  return { kind: f.kind as FileKind, fileName: f.fileName, level: f.level, place: f.place, kinds: [...f.kinds], parts: [...f.parts] };
}

export function parseHostMessage(raw: unknown): HostMessage | undefined {
  const m = record(raw);
  if (!m || typeof m.type !== 'string') return undefined;
  switch (m.type) {
    case 'here': {
      if (!hasShape(m, ['type', 'file'])) return undefined;
      if (m.file === null) return { type: 'here', file: null };
      const file = parseFileDescription(m.file);
      return file ? { type: 'here', file } : undefined;
    }
    case 'showConcept':
      return hasShape(m, ['type', 'concept']) && isConceptId(m.concept) ? { type: 'showConcept', concept: m.concept } : undefined;
    case 'selectLevel':
      return hasShape(m, ['type', 'level']) && isLevelId(m.level) ? { type: 'selectLevel', level: m.level } : undefined;
    default:
      return undefined;
  }
}

/** A saved state, as restored after a reload; anything malformed falls back to `fallback`. */
export function parseLearningState(raw: unknown, fallback: LearningState): LearningState {
  const s = record(raw);
  if (!s) return fallback;
  if (s.view === 'pyramid') {
    const state: PyramidState = { view: 'pyramid' };
    if (isLevelId(s.selected)) state.selected = s.selected;
    if (s.here === null) state.here = null;
    else if (s.here !== undefined) {
      const here = parseFileDescription(s.here);
      if (here) state.here = here;
    }
    return state;
  }
  if (s.view === 'concept' && isConceptId(s.concept)) {
    const history = Array.isArray(s.history) ? s.history.filter(isConceptId).slice(-MAX_HISTORY) : [];
    return { view: 'concept', concept: s.concept, history };
  }
  return fallback;
}
