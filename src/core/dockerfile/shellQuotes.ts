/**
 * Shell quote removal and the small character tests of the RUN analysis. The functions work on a
 * span of a larger text, so the parser never slices a word just to look at it.
 *
 * Not the same as words.ts `unquote` or variables.ts `expandWord`, which follow the Dockerfile
 * frontend (a configurable escape character that escapes only `"`, `$` and itself in double quotes,
 * no `$'...'`, no line joins). These follow POSIX sh inside a RUN: in double quotes `\` also
 * escapes a backquote and joins lines, `\<newline>` joins lines outside quotes, `$'...'` is quoting.
 */

/** Index of the first `'`, `"` or `\` in text[start, end), or `end` when the span needs no quote removal. */
export function firstQuoteOrEscape(text: string, start: number, end: number): number {
  let i = start;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 39 || c === 34 || c === 92) break;
  }
  return i;
}

/** Shell quote removal: '...' literal, "..." with \\ before $ ` " \\ newline, \\x outside quotes. */
export function shellUnquote(text: string, start: number, end: number): string {
  const i = firstQuoteOrEscape(text, start, end);
  return i === end ? text.slice(start, end) : unquoteFrom(text, start, end, i);
}

/** Quote removal of text[start, end) whose first quote or escape is at `i`. */
export function unquoteFrom(text: string, start: number, end: number, i: number): string {
  // Copy unchanged runs in one slice each; building strings char by char makes deep ropes.
  let out = text.slice(start, i);
  let run = i;
  let quote = 0;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (quote === 39) {
      if (c === 39) {
        out += text.slice(run, i);
        run = i + 1;
        quote = 0;
      }
    } else if (quote === 34) {
      if (c === 34) {
        out += text.slice(run, i);
        run = i + 1;
        quote = 0;
      } else if (c === 92 && i + 1 < end) {
        const n = text.charCodeAt(i + 1);
        if (n === 36 || n === 96 || n === 34 || n === 92 || n === 10) {
          out += text.slice(run, i);
          run = n === 10 ? i + 2 : i + 1;
          i++;
        }
      }
    } else if (c === 39 || c === 34) {
      if (c === 39 && i > start && text.charCodeAt(i - 1) === 36 && run <= i - 1) {
        out += text.slice(run, i - 1); // $'...': drop the $
      } else out += text.slice(run, i);
      run = i + 1;
      quote = c;
    } else if (c === 92 && i + 1 < end) {
      out += text.slice(run, i);
      run = text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
      i++;
    }
  }
  return out + text.slice(run, end);
}

/** Quote removal that also records, for each output character, its index in the input. */
export function unquoteWithOffsets(raw: string): { text: string; offsets: number[] } {
  const offsets: number[] = [];
  let quote = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (quote === 39) {
      if (c === 39) quote = 0;
      else offsets.push(i);
    } else if (quote === 34) {
      if (c === 34) quote = 0;
      else if (c === 92 && i + 1 < raw.length) {
        const n = raw.charCodeAt(i + 1);
        if (n === 36 || n === 96 || n === 34 || n === 92) offsets.push(++i);
        else if (n === 10) i++;
        else offsets.push(i);
      } else offsets.push(i);
    } else if (c === 39 || c === 34) quote = c;
    else if (c === 36 && raw.charCodeAt(i + 1) === 39) {
      // $'...': keep the content literally (escapes are rare in Dockerfiles).
      i++;
      quote = 39;
    } else if (c === 92 && i + 1 < raw.length) {
      if (raw.charCodeAt(i + 1) === 10) i++;
      else offsets.push(++i);
    } else offsets.push(i);
  }
  return { text: textAt(raw, offsets), offsets };
}

/** The characters of `raw` at `offsets` (increasing), copied a run of neighbours at a time rather than one by one. */
function textAt(raw: string, offsets: readonly number[]): string {
  let out = '';
  let from = 0;
  for (let j = 1; j <= offsets.length; j++) {
    if (j === offsets.length || offsets[j] !== offsets[j - 1] + 1) {
      out += raw.slice(offsets[from], offsets[j - 1] + 1);
      from = j;
    }
  }
  return out;
}

/** Whether the word text[start, end) as written is `NAME=…`, `NAME+=…` or `NAME[i]=…`. */
export function isAssignmentAt(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95)) return false;
  for (let i = start + 1; i < end; i++) {
    const d = text.charCodeAt(i);
    if (d === 61) return true;
    if (d === 43 && i + 1 < end && text.charCodeAt(i + 1) === 61) return true;
    if (d === 91) {
      const close = text.indexOf(']=', i);
      return close >= 0 && close + 2 <= end;
    }
    if (!((d >= 65 && d <= 90) || (d >= 97 && d <= 122) || d === 95 || (d >= 48 && d <= 57))) return false;
  }
  return false;
}

/** The characters JavaScript's `\s` matches, tested on a UTF-16 code unit without making a string. */
export function isJsSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
