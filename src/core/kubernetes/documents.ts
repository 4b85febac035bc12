/**
 * Cuts a multi-document YAML text into the spans the `yaml` package would parse as separate documents,
 * without parsing it, so an edit re-parses only the document it touched.
 *
 * A `---` or `...` at the start of a line followed by a space, a tab or the line's end is always a
 * document marker in YAML 1.2: no scalar, block or quoted, may contain one. Cutting there is exact,
 * not a guess; `%` directive lines just before a `---` belong to the document they introduce.
 */
export interface TextChunk {
  start: number;
  end: number;
  text: string;
}

export function splitDocuments(text: string): TextChunk[] {
  const cuts = [0];
  // indexOf finds candidate lines natively; a multiline regex over a 2 MB manifest is several times slower.
  for (let i = text.indexOf('\n---'); i >= 0; i = text.indexOf('\n---', i + 4)) {
    const after = text.charCodeAt(i + 4);
    if (after === 32 || after === 9 || after === 10 || after === 13 || Number.isNaN(after)) cuts.push(directiveStart(text, i + 1));
  }
  const chunks: TextChunk[] = [];
  for (let i = 0; i < cuts.length; i++) {
    const start = cuts[i];
    const end = i + 1 < cuts.length ? cuts[i + 1] : text.length;
    if (end > start) chunks.push({ start, end, text: text.slice(start, end) });
  }
  return chunks.length > 0 ? chunks : [{ start: 0, end: 0, text: '' }];
}

/** Moves a cut before `%YAML` / `%TAG` lines that directly precede a `---`. */
function directiveStart(text: string, markerStart: number): number {
  let cut = markerStart;
  while (cut > 0) {
    const prevLineStart = text.lastIndexOf('\n', cut - 2) + 1;
    if (text.charCodeAt(prevLineStart) !== 37 /* % */) break;
    cut = prevLineStart;
  }
  return cut;
}
